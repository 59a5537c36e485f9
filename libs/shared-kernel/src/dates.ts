import { Temporal } from 'temporal-polyfill';

/**
 * The one home of calendar dates and Swedish days. Dates are 'YYYY-MM-DD' strings (ISO dates
 * compare correctly as text), instants ISO-8601 strings. Everything here is pure: the clock is
 * read at the edge and its instant passed in. Temporal's calendar decides what a day is (no hand
 * leap-year arithmetic, no `Date` that rolls 2023-02-30 into March).
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY = /^\d{2}-\d{2}$/;
/** A day, or an instant with its time zone written out (without one, the moment would depend on the server). */
const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** Due dates and "today" are judged by the Swedish day. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const day = (date: IsoDate): Temporal.PlainDate => Temporal.PlainDate.from(date);

const parses = (parse: () => unknown): boolean => {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
};

/**
 * Answers by date, remembered: Temporal's parsing and arithmetic cost microseconds where a lookup
 * costs nanoseconds, and a board or a generated store asks about the same few dates again and
 * again. Bounded, and the answer never depends on what is remembered. Not `lru-cache`, as the
 * server's caches are: the web app imports this module, and lru-cache would add 6.6 kB gzipped to its
 * Fokusområde page for a cache that forgets everything at 10 000 dates just as well.
 */
const remembered = <T>(answer: (date: IsoDate) => T): ((date: IsoDate) => T) => {
  const answers = new Map<IsoDate, T>();
  return (date) => {
    if (answers.has(date)) return answers.get(date)!;
    const value = answer(date);
    if (answers.size >= 10_000) answers.clear();
    answers.set(date, value);
    return value;
  };
};

const isRealDay = remembered((text) => ISO_DATE.test(text) && parses(() => Temporal.PlainDate.from(text, { overflow: 'reject' })));

/** A calendar date 'YYYY-MM-DD' that the calendar has (2023-02-29 is refused, 2024-02-29 kept). */
export const isIsoDate = (text: string | undefined): text is IsoDate => text !== undefined && isRealDay(text);

/** A day of the year 'MM-DD' (e.g. "ready by year end" is 12-31); 02-29 exists in some years, so it is one. */
export const isMonthDay = (text: string): boolean => MONTH_DAY.test(text) && parses(() => Temporal.PlainDate.from(`2000-${text}`, { overflow: 'reject' }));

/** A day that exists, or an instant with a time zone. */
export const isDayOrInstant = (text: unknown): text is string =>
  typeof text === 'string' &&
  DAY_OR_INSTANT.test(text) &&
  isIsoDate(text.slice(0, 10)) &&
  (text.length === 10 || parses(() => Temporal.Instant.from(text)));

const EPOCH = Temporal.PlainDate.from('1970-01-01');
/** Days since 1970-01-01: a board counts days in step and lateness for every row against the same few dates. */
const epochDayOf = remembered((date) => EPOCH.until(day(date), { largestUnit: 'days' }).days);

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => epochDayOf(to) - epochDayOf(from);

export const addDays = (date: IsoDate, days: number): IsoDate => day(date).add({ days }).toString();

/** The same day `months` later (or earlier); the 31st becomes the month's last day where it has none. */
export const addMonths = (date: IsoDate, months: number): IsoDate => day(date).add({ months }).toString();

/** The same day `years` later; 29 February becomes 28 February in a year without one. */
export const addYears = (date: IsoDate, years: number): IsoDate => day(date).add({ years }).toString();

/** The day `monthDay` ('MM-DD') in `year`, 02-29 becoming 02-28 outside leap years. */
export const dateIn = (year: number, monthDay: string): IsoDate =>
  Temporal.PlainDate.from({ year, month: Number(monthDay.slice(0, 2)), day: Number(monthDay.slice(3, 5)) }, { overflow: 'constrain' }).toString();

export const daysInYear = (year: number): number => Temporal.PlainDate.from({ year, month: 1, day: 1 }).daysInYear;

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);

/**
 * The calendar date of an ISO-8601 instant as written (the API writes UTC, `…Z`). Read models count
 * days in step and lateness with it: a day boundary in Stockholm can differ by an hour or two from
 * UTC's, within what a coordinator reads from the board, and it keeps projections free of time zones.
 */
export const dateOfInstant = (instant: string): IsoDate => instant.slice(0, 10);

const utc = (instant: Temporal.Instant): string => instant.toString({ fractionalSecondDigits: 3 });

/** An instant with its offset, as the API writes instants (UTC, milliseconds: `…T08:00:00.000Z`), so they compare as text. */
export const utcInstant = (instant: string): string => utc(Temporal.Instant.from(instant));

/** The date in Sweden at `instant` (YYYY-MM-DD): "today" for due dates and the plan as it stood. */
export const swedishDateOf = (instant: string): IsoDate => Temporal.Instant.from(instant).toZonedDateTimeISO(SWEDISH_TIME_ZONE).toPlainDate().toString();

/** The first instant of a Swedish day, in UTC. */
export const startOfSwedishDay = (date: IsoDate): string => utc(day(date).toZonedDateTime({ timeZone: SWEDISH_TIME_ZONE }).toInstant());

/** The last instant (to the millisecond) of a Swedish day, in UTC: the next day's first less 1 ms, so 23- and 25-hour days are whole. */
export const endOfSwedishDay = (date: IsoDate): string =>
  utc(day(date).add({ days: 1 }).toZonedDateTime({ timeZone: SWEDISH_TIME_ZONE }).toInstant().subtract({ milliseconds: 1 }));

/** The instant one millisecond earlier: "just before" a moment, for windows that must include it. */
export const instantBefore = (instant: string): string => utc(Temporal.Instant.from(instant).subtract({ milliseconds: 1 }));

/**
 * A day or an instant (see `isDayOrInstant`) as an ISO-8601 UTC instant. A bare day means a Swedish
 * day: its first instant (`end` false) or its last (`end` true), so "to 2025-03-31" includes that whole evening.
 */
export const toUtcInstant = (when: string, end: boolean): string =>
  when.length === 10 ? (end ? endOfSwedishDay(when) : startOfSwedishDay(when)) : utcInstant(when);
