/**
 * The plan as it stood: built from periodic snapshots of each focus area plus a replay of the
 * few events after the snapshot, so a question about the past never replays the log from zero.
 */
export interface PlanHistory {
  /** Every focus area of the agreement as it stood at `at` (ISO-8601 instant), with the agreement. */
  planAsOf<TPlan>(agreementId: string, at: string): Promise<TPlan | undefined>;
  /** One focus area as of a stream revision. */
  focusAreaAsOfRevision<TDoc>(focusAreaId: string, revision: number): Promise<TDoc | undefined>;
}

export const PLAN_HISTORY = Symbol('PlanHistory');
