/** Dates and counts as Swedish readers expect them: "1 december 2026", "3 dagar". */
const DATE = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Stockholm',
});
const SHORT_DATE = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const SHORT_DAY_IN_SWEDEN = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Stockholm' });
const NUMBER = new Intl.NumberFormat('sv-SE');

/** A calendar date ('YYYY-MM-DD', a day in Sweden) → "1 december 2026". Read as UTC so no zone shifts the day. */
export const formatDate = (isoDate: string): string => {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DATE.format(date);
};

/** An instant (ISO 8601) → "23 november 2026 kl. 07:11", Swedish time. */
export const formatDateTime = (instant: string): string => {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = DATE_TIME.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} kl. ${part('hour')}:${part('minute')}`;
};

/** A calendar date → "23 nov. 2025": short enough for an axis label or a narrow column. */
export const formatShortDate = (isoDate: string): string => SHORT_DATE.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

/** An instant → its day in Sweden, short: "23 nov. 2026". */
export const formatShortDay = (instant: string): string => SHORT_DAY_IN_SWEDEN.format(new Date(instant));

export const formatNumber = (value: number): string => NUMBER.format(value);

/** "1 dag", "12 dagar". */
export const formatDays = (days: number): string => formatCount(days, 'dag', 'dagar');

/** "1 försenad åtgärd", "3 försenade åtgärder": the caller gives both forms. */
export const formatCount = (count: number, one: string, many: string): string => `${formatNumber(count)} ${count === 1 ? one : many}`;
