import { formatNumber, formatShortDate } from '../../ui';
import type { MeasureStatusPoint } from '../../api/schema';

type Counted = Exclude<keyof MeasureStatusPoint, 'at'>;

/**
 * The series of the chart and its table, in one place so both say the same thing. Colours have at
 * least 3:1 contrast against white (WCAG 1.4.11) and differ in lightness, not only in hue; the
 * legend, the tooltips and the table give every value in words and numbers.
 */
export const STATUS_SERIES: readonly { readonly key: Exclude<Counted, 'late'>; readonly label: string; readonly colour: string }[] = [
  { key: 'green', label: 'Enligt plan', colour: '#1b7a3a' },
  { key: 'yellow', label: 'Risk för avvikelse', colour: '#8a6100' },
  { key: 'red', label: 'Avviker från plan', colour: '#b3261e' },
  { key: 'done', label: 'Genomförd', colour: '#1f5fa8' },
  { key: 'notFollowedUp', label: 'Inte uppföljd', colour: '#6b6f76' },
];

export const LATE_SERIES = { key: 'late', label: 'Försenade (av alla ovan)', colour: '#1b1b1b' } as const;

export const totalOf = (p: MeasureStatusPoint): number => STATUS_SERIES.reduce((sum, s) => sum + p[s.key], 0);

/** The chart in one sentence, for its text alternative: the span and how the last point stood. */
export const trendSummary = (points: readonly MeasureStatusPoint[]): string => {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'Inga mätpunkter.';
  const counts = STATUS_SERIES.map((s) => `${formatNumber(last[s.key])} ${s.label.toLocaleLowerCase('sv-SE')}`).join(', ');
  return `Stapeldiagram över åtgärder per status, ${points.length} mätpunkter från ${formatShortDate(first.at)} till ${formatShortDate(last.at)}. Den ${formatShortDate(last.at)}: ${formatNumber(totalOf(last))} åtgärder, varav ${counts}; ${formatNumber(last.late)} försenade. Alla värden finns i tabellen under diagrammet.`;
};
