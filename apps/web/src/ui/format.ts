/**
 * Dates and counts as Swedish readers expect them, in ONE format across the app: a day is
 * "3 mars 2025", a moment "3 mars 2025 kl. 10.05" (Språkrådet's time with a full stop), and a
 * count "3 dagar". Every page formats through here; none calls Intl or toLocale… itself.
 */
const DATE = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_IN_SWEDEN = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });
const TIME_IN_SWEDEN = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });
const NUMBER = new Intl.NumberFormat('sv-SE');

const instantOf = (instant: string): Date | undefined => {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** A calendar date ('YYYY-MM-DD', a day in Sweden) → "1 december 2026". Read as UTC so no zone shifts the day. */
export const formatDate = (isoDate: string): string => {
  const date = instantOf(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return date ? DATE.format(date) : isoDate;
};

/** An instant (ISO 8601) → its day in Sweden: "23 november 2026". */
export const formatDay = (instant: string): string => {
  const date = instantOf(instant);
  return date ? DAY_IN_SWEDEN.format(date) : instant;
};

/** An instant → its time of day in Sweden: "07.11". */
export const formatTime = (instant: string): string => {
  const date = instantOf(instant);
  if (!date) return instant;
  const parts = TIME_IN_SWEDEN.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}.${part('minute')}`;
};

/** An instant (ISO 8601) → "23 november 2026 kl. 07.11", Swedish time. */
export const formatDateTime = (instant: string): string => (instantOf(instant) ? `${formatDay(instant)} kl. ${formatTime(instant)}` : instant);

/**
 * The app has one date format; these two names stay for the callers that asked for a short one
 * (axes, narrow columns) and now get the same "23 november 2025".
 */
export const formatShortDate = formatDate;
export const formatShortDay = formatDay;

export const formatNumber = (value: number): string => NUMBER.format(value);

/** "1 dag", "12 dagar". */
export const formatDays = (days: number): string => formatCount(days, 'dag', 'dagar');

/** "1 försenad åtgärd", "3 försenade åtgärder": the caller gives both forms. */
export const formatCount = (count: number, one: string, many: string): string => `${formatNumber(count)} ${count === 1 ? one : many}`;
