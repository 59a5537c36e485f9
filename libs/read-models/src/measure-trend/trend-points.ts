import { addDays, addMonths, daysBetween, laterOf, type IsoDate } from '@samverkan/shared-kernel';

/** A chart of more points than this says nothing more, and each point is a plan replayed. */
export const MAX_TREND_POINTS = 60;

/** `count` days spread evenly from `from` to `to`, both included (fewer when the span has fewer days). */
const evenly = (from: IsoDate, to: IsoDate, count: number): IsoDate[] => {
  if (count <= 1) return [to];
  const span = daysBetween(from, to);
  const days = Array.from({ length: count }, (_, i) => addDays(from, Math.round((i * span) / (count - 1))));
  return [...new Set(days)];
};

/**
 * The days a trend is measured on, from `from` to `to` (both included, `from` before `to`):
 * `count` days spread evenly when asked; otherwise one a month (the same day of the month as
 * `from`) and `to` last, spread evenly over at most MAX_TREND_POINTS when a month each is more.
 */
export const trendPoints = (from: IsoDate, to: IsoDate, count?: number): IsoDate[] => {
  if (count !== undefined) return evenly(from, to, Math.min(count, MAX_TREND_POINTS));
  const monthly: IsoDate[] = [];
  for (let i = 0, day = from; day < to; day = addMonths(from, ++i)) monthly.push(day);
  monthly.push(to);
  return monthly.length > MAX_TREND_POINTS ? evenly(from, to, MAX_TREND_POINTS) : monthly;
};

/**
 * The range a trend covers when the caller names none: the last twelve months up to `to`, or
 * less when the agreement's period began later (its measures cannot predate it).
 */
export const defaultTrendFrom = (to: IsoDate, periodFrom: IsoDate): IsoDate => {
  const yearBefore = addMonths(to, -12);
  const from = laterOf(yearBefore, periodFrom);
  return from < to ? from : yearBefore;
};
