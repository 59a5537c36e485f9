/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, with integers only: no `Date`, so no clock and no
 * time zone can leak into a read model, and 2024-02-29 plus one year is decided here, not by a
 * runtime. Dates are assumed valid (the deciders refuse invalid ones before they are stored).
 */
export type CalendarDate = string;

const parts = (date: CalendarDate): [number, number, number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInYear = (year: number): number => (isLeapYear(year) ? 366 : 365);

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Days since 1970-01-01 (Howard Hinnant's `days_from_civil`): lets dates be subtracted. */
export const dayNumber = (date: CalendarDate): number => {
  const [y0, m, d] = parts(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

/** The inverse of `dayNumber` (Hinnant's `civil_from_days`). */
export const fromDayNumber = (days: number): CalendarDate => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(dayNumber(date) + days);

/** The same day `years` later; 29 February becomes 28 February in a year without one. */
export const addYears = (date: CalendarDate, years: number): CalendarDate => {
  const [y, m, d] = parts(date);
  return dateIn(y + years, `${pad(m, 2)}-${pad(d, 2)}`);
};

/** The day `monthDay` ('MM-DD') in `year`, 02-29 becoming 02-28 outside leap years. */
export const dateIn = (year: number, monthDay: string): CalendarDate => {
  const m = Number(monthDay.slice(0, 2));
  const d = Math.min(Number(monthDay.slice(3, 5)), daysInMonth(year, m));
  return `${pad(year, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

export const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4));

export const laterOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);
export const earlierOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);

/**
 * The calendar date of an ISO-8601 instant as written (the API writes UTC, `…Z`). A day boundary
 * in Stockholm can differ by an hour or two from UTC's; counting days in step or lateness, that is
 * within what a coordinator reads from the board, and it keeps the projection free of time zones.
 */
export const dateOfInstant = (instant: string): CalendarDate => instant.slice(0, 10);
