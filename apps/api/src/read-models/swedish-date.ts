/** The calendar date in Sweden at `instant` (YYYY-MM-DD): due dates are judged by the Swedish day. */
export const swedishDate = (instant: Date): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** Minutes Stockholm is ahead of UTC at `instant` (60 in winter, 120 in summer). */
const stockholmOffsetMinutes = (instant: Date): number => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
};

/**
 * A date or an instant as an ISO-8601 UTC instant. A bare date means a Swedish day: its first
 * instant (`end` false) or its last (`end` true), so "to 2025-03-31" includes that whole evening.
 */
export const toUtcInstant = (when: string, end: boolean): string => {
  if (when.length > 10) return new Date(when).toISOString();
  const midnightUtc = new Date(`${when}T00:00:00.000Z`);
  const start = new Date(midnightUtc.getTime() - stockholmOffsetMinutes(midnightUtc) * 60_000);
  return end ? new Date(start.getTime() + 24 * 3600_000 - 1).toISOString() : start.toISOString();
};
