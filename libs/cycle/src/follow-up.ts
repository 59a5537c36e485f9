/**
 * Follow-up of an action plan as the officials read it: how far a goal's indicator has come and
 * which measures need a word. Self-contained (structural types, no imports) so that the web app
 * reads the same function as the board (`@samverkan/follow-up`): one home for each judgement.
 */

/** A measure past its due date that is still marked green: its status was not followed up. */
export const greenButLate = (measure: { readonly status: string | null; readonly dueDate: string }, today: string): boolean =>
  measure.status === 'green' && measure.dueDate < today;

export interface IndicatorProgress {
  /** The latest measured value (by date), the one progress is judged on. */
  readonly latest: { readonly measuredOn: string; readonly value: number };
  readonly baseline: number;
  readonly target: number;
  /** 'decrease' when the target lies below the baseline (fewer crimes, a lower problem index). */
  readonly direction: 'increase' | 'decrease';
  /** The share of the way from baseline to target, 0 at the baseline and 1 at the target; may fall outside. */
  readonly share: number;
}

/**
 * Progress from the baseline towards the target, judged on the latest measured value. Undefined
 * while the goal lacks a baseline or a target, when the two are equal, or nothing is measured yet.
 */
export const indicatorProgress = (
  goal: { readonly baseline?: number; readonly target?: number },
  measurements: readonly { readonly measuredOn: string; readonly value: number | null }[],
): IndicatorProgress | undefined => {
  const { baseline, target } = goal;
  if (baseline === undefined || target === undefined || baseline === target) return undefined;
  const measured = measurements
    .filter((m): m is { measuredOn: string; value: number } => m.value !== null)
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const latest = measured.at(-1);
  if (latest === undefined) return undefined;
  return {
    latest: { measuredOn: latest.measuredOn, value: latest.value },
    baseline,
    target,
    direction: target < baseline ? 'decrease' : 'increase',
    share: (latest.value - baseline) / (target - baseline),
  };
};
