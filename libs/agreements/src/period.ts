/** A calendar date, `YYYY-MM-DD`, as the agreements state their periods. */
export type IsoDate = string;

/** The period an agreement is valid for, both days included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Checked by arithmetic rather than `new Date(...)`, which silently rolls 2023-02-30 into March. */
export const isValidIsoDate = (value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
};

/** A day of the year, `MM-DD` (e.g. a citizen promise "ready by year end" is `12-31`). */
export const isValidMonthDay = (value: string): boolean => {
  const match = MONTH_DAY.exec(value);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  // 29 February is allowed: it exists in some years.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
};

/** ISO dates compare correctly as strings once both are valid. */
export const isValidPeriod = (period: Period): boolean =>
  isValidIsoDate(period.from) && isValidIsoDate(period.to) && period.from <= period.to;

export const isWithinPeriod = (period: Period, date: IsoDate): boolean =>
  isValidIsoDate(date) && period.from <= date && date <= period.to;
