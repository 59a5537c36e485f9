/** What a replay step needs of an audit row. */
export interface StepRow {
  readonly occurredAt: string;
  readonly correlationId: string;
}

/**
 * The rows as replay steps: the events one request wrote together are one step. A council member's
 * approval and the step it completed ("TransitionApproved" and "StepAdvanced") are one decision to
 * an auditor, so they are taken, and undone, together. Rows come oldest first; so do the steps.
 */
export const replaySteps = <R extends StepRow>(rows: readonly R[]): R[][] => {
  const steps: R[][] = [];
  for (const row of rows) {
    const last = steps.at(-1);
    if (last && last[0]!.correlationId === row.correlationId) last.push(row);
    else steps.push([row]);
  }
  return steps;
};

/** The last step begun on or before the Swedish day (`dayOf` gives a row's day), or 0 when the replay begins after it. */
export const lastStepOnOrBefore = <R extends StepRow>(steps: readonly (readonly R[])[], day: string, dayOf: (instant: string) => string): number => {
  let found = 0;
  steps.forEach((step, i) => {
    if (dayOf(step[0]!.occurredAt) <= day) found = i + 1;
  });
  return found;
};
