/**
 * The steps of a focus area (DOMAIN.md, "The focus area's machine"). The four cycle steps follow
 * Brå's model as the agreements draw it; which follows which is the machine's table (topology.ts).
 */
export type Step = 'proposed' | 'mapping' | 'analysis' | 'measures' | 'evaluation' | 'closed' | 'withdrawn';

export type CycleStep = 'mapping' | 'analysis' | 'measures' | 'evaluation';

/** `none` is the empty stream: nothing has been proposed yet. */
export type FocusAreaStatus = 'none' | Step;

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
