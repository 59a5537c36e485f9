import { rule, type BusinessRule } from './rule.js';

/**
 * DOMAIN.md: the system holds plans and decisions, never cases about individuals. Free text that
 * looks like a Swedish personal identity number (personnummer or samordningsnummer,
 * YYMMDD-NNNN / YYYYMMDD-NNNN, with or without the separator, `+` for people over 100) is refused.
 * We refuse on the shape and a plausible date, not on the check digit: a mistyped number is
 * still personal data.
 */
const PERSONNUMMER = /(?<!\d)(?:(?:19|20)?(\d{2}))(\d{2})(\d{2})[-+ ]?(\d{4})(?!\d)/g;

const plausibleDate = (month: number, day: number): boolean => {
  // Samordningsnummer add 60 to the day.
  const realDay = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && realDay >= 1 && realDay <= 31;
};

export const containsPersonalIdentityNumber = (text: string): boolean => {
  for (const match of text.matchAll(PERSONNUMMER)) {
    const [whole, , mm, dd] = match;
    // Ten digits run together without a separator is also how organisation numbers and phone
    // numbers look; only the separated form or the 12-digit form is taken as a personnummer.
    const separated = /[-+ ]/.test(whole) || whole.length === 12;
    if (separated && plausibleDate(Number(mm), Number(dd))) return true;
  }
  return false;
};

export const noPersonalIdentityNumber = (field: string, text: string | undefined): BusinessRule =>
  rule(
    'NoPersonalIdentityNumber',
    `Fältet "${field}" ser ut att innehålla ett personnummer. Samverkan hanterar planer och beslut, aldrig uppgifter om enskilda personer.`,
    () => text !== undefined && containsPersonalIdentityNumber(text),
  );
