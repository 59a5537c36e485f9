/**
 * The steps of a focus area (DOMAIN.md, "The focus area's machine"). The four cycle steps follow
 * Brå's model as the agreements draw it: mapping → analysis → measures → evaluation, in a circle.
 */
export type Step = 'proposed' | 'mapping' | 'analysis' | 'measures' | 'evaluation' | 'closed' | 'withdrawn';

export type CycleStep = 'mapping' | 'analysis' | 'measures' | 'evaluation';

/** `none` is the empty stream: nothing has been proposed yet. */
export type FocusAreaStatus = 'none' | Step;

export const CYCLE_STEPS: readonly CycleStep[] = ['mapping', 'analysis', 'measures', 'evaluation'];

export const isCycleStep = (step: string | undefined): step is CycleStep =>
  CYCLE_STEPS.includes(step as CycleStep);

/** The cycle step after `step`, or undefined after evaluation (which closes or starts a new cycle). */
export const nextCycleStep = (step: FocusAreaStatus): CycleStep | undefined => {
  if (!isCycleStep(step)) return undefined;
  return CYCLE_STEPS[CYCLE_STEPS.indexOf(step) + 1];
};

/** Going back is only to an earlier cycle step: the work is redone, never erased. */
export const isEarlierCycleStep = (to: string | undefined, from: FocusAreaStatus): boolean =>
  isCycleStep(to) && isCycleStep(from) && CYCLE_STEPS.indexOf(to) < CYCLE_STEPS.indexOf(from);

/** The Swedish names the officials use, for messages. */
export const STEP_LABEL_SV: Readonly<Record<FocusAreaStatus, string>> = {
  none: 'ej föreslaget',
  proposed: 'föreslaget',
  mapping: 'kartläggning',
  analysis: 'analys',
  measures: 'åtgärder',
  evaluation: 'uppföljning och utvärdering',
  closed: 'avslutat',
  withdrawn: 'återkallat',
};
