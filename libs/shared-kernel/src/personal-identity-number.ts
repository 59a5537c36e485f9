import { fieldLabelSv } from './field-label-sv.js';
import { rule, type BusinessRule } from './rule.js';

/**
 * DOMAIN.md: the system holds plans and decisions, never cases about individuals. Free text and
 * ids that look like a Swedish personal identity number (personnummer or samordningsnummer, whose
 * day is the real day + 60) are refused: YYMMDD-NNNN and YYYYMMDD-NNNN (`+` for people over 100).
 *
 * The text is normalised first, so that a number does not pass by being written with look-alike
 * characters: full-width digits (NFKC), dash-like characters (en and em dash, minus sign,
 * non-breaking hyphen, figure dash), zero-width and non-breaking spaces.
 *
 * - Written the usual way (the date run together, a separator before the last four): refused on
 *   a plausible date alone, not the check digit, since a mistyped number is still personal data.
 * - Run together (10 or 12 digits), or with spaces, dots or underscores between the date's groups:
 *   refused when the date is a real day and the Luhn check digit is right; without that check,
 *   phone and organisation numbers written together would be refused too.
 */

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and full-width hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
/** Zero-width space, joiners, word joiner, soft hyphen, byte order mark, Mongolian vowel separator. */
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF\u180E]/g;
/** No-break, en/em/thin/hair and other fixed-width spaces, narrow no-break, ideographic space. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** The text as the guard reads it: look-alike characters mapped to the plain ones. */
export const normaliseForIdentityNumbers = (text: string): string =>
  text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(SPACES, ' ').replace(/ {2,}/g, ' ');

/** Optional century, the date's three groups (a space, dot or underscore may part them), a separator, the last four. */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})([ ._]?)(\d{2})([ ._]?)(\d{2})([-+ ._]{0,3})(\d{4})(?!\d)/g;

const daysIn = (year: number | undefined, month: number): number =>
  month === 2 ? (year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Samordningsnummer add 60 to the day. */
const realDay = (day: number): number => (day > 60 ? day - 60 : day);

const plausibleDate = (month: number, day: number): boolean => month >= 1 && month <= 12 && realDay(day) >= 1 && realDay(day) <= 31;

const validDate = (year: number | undefined, month: number, day: number): boolean => plausibleDate(month, day) && realDay(day) <= daysIn(year, month);

/** The Luhn check over the ten digits YYMMDDNNNN: the last is the check digit of the first nine. */
export const luhnValid = (tenDigits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const product = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
};

export const containsPersonalIdentityNumber = (text: string): boolean => {
  for (const match of normaliseForIdentityNumbers(text).matchAll(CANDIDATE)) {
    const [, century, yy, gap1, mm, gap2, dd, separator, last] = match as unknown as string[];
    const month = Number(mm);
    const day = Number(dd);
    const usualForm = gap1 === '' && gap2 === '' && separator !== '';
    if (usualForm ? plausibleDate(month, day) : validDate(century ? Number(century + yy) : undefined, month, day) && luhnValid(`${yy}${mm}${dd}${last}`))
      return true;
  }
  return false;
};

/**
 * A UUID is made by the system, not written by a person: a run of its hex digits that happens to
 * read as a date and a check digit (about one id in a few thousand) is chance, not a birth date,
 * and refusing it would make a focus area unreachable by its own id.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids live in stream names and URLs forever: one chosen by a person may not hold a personnummer. */
export const idHoldsPersonalIdentityNumber = (id: string): boolean => !UUID.test(id) && containsPersonalIdentityNumber(id);

export const noPersonalIdentityNumberInId = (field: string, id: string | undefined): BusinessRule =>
  rule('NoPersonalIdentityNumber', MESSAGE(field), () => id !== undefined && idHoldsPersonalIdentityNumber(id), field);

const MESSAGE = (field: string) =>
  `Fältet ”${fieldLabelSv(field)}” ser ut att innehålla ett personnummer. Samverkan hanterar planer och beslut, aldrig uppgifter om enskilda personer.`;

export const noPersonalIdentityNumber = (field: string, text: string | undefined): BusinessRule =>
  rule('NoPersonalIdentityNumber', MESSAGE(field), () => text !== undefined && containsPersonalIdentityNumber(text), field);
