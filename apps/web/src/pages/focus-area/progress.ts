import type { IndicatorProgress } from '@samverkan/follow-up';
import { formatNumber } from '../../ui/format';

/** The share of the way as a whole percent, and how far a bar may show it (never below 0 or past the target). */
export const percentOfWay = (progress: IndicatorProgress): number => Math.round(progress.share * 100);
export const barValue = (progress: IndicatorProgress): number => Math.min(100, Math.max(0, percentOfWay(progress)));

/**
 * "42 % av vägen från utgångsvärde 12 till målvärde 6": in the officials' words, saying whether
 * the goal is a decrease, and plainly when the latest value lies further from the target.
 */
export const progressText = (progress: IndicatorProgress): string => {
  const way = `från utgångsvärde ${formatNumber(progress.baseline)} till målvärde ${formatNumber(progress.target)}`;
  const direction = progress.direction === 'decrease' ? 'en minskning' : 'en ökning';
  const latest = `Senaste mätning ${formatNumber(progress.latest.value)}`;
  if (progress.share >= 1) return `${latest}: målvärdet är nått (${way}, ${direction}).`;
  if (progress.share < 0) return `${latest}: längre från målet än utgångsvärdet (${way}, ${direction}).`;
  return `${latest}: ${percentOfWay(progress)} % av vägen ${way} (${direction}).`;
};
