import { rule, type BusinessRule } from '@samverkan/shared-kernel';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysIn = (year: number, month: number): number => {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
};

/** A calendar date 'YYYY-MM-DD' (dates are compared as text, so the shape matters). */
export const isIsoDate = (text: string | undefined): boolean => {
  const match = text === undefined ? null : ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
};

export const dateMustBeValid = (field: string, text: string | undefined): BusinessRule =>
  rule('DateMustBeValid', `Fältet "${field}" måste vara ett datum på formen ÅÅÅÅ-MM-DD.`, () => !isIsoDate(text));
