import type { CycleWork, Measure } from '../../api/schema';

/** What the coordinator keeps of the cycle just ended: ids of each kind (what is left out is dropped). */
export interface CarryChoice {
  readonly measureIds: readonly string[];
  readonly goalIds: readonly string[];
  readonly sourceIds: readonly string[];
}

/** Only unfinished measures can go on; a done measure stays done in its cycle. */
export const unfinishedMeasures = (work: CycleWork): Measure[] => work.measures.filter((m) => m.status !== 'done');

/**
 * The choice offered first: every unfinished measure kept, with the goals they serve; sources
 * dropped (a new cycle maps the problem anew, from new sources, unless the coordinator keeps one).
 */
export const defaultChoice = (work: CycleWork): CarryChoice => {
  const measures = unfinishedMeasures(work);
  const goalIds = new Set(measures.flatMap((m) => (m.goalId ? [m.goalId] : [])));
  return { measureIds: measures.map((m) => m.measureId), goalIds: work.goals.map((g) => g.goalId).filter((id) => goalIds.has(id)), sourceIds: [] };
};

/** Ticking a measure ticks its goal too (the measure is evaluated against it). */
export const withMeasure = (choice: CarryChoice, work: CycleWork, measureId: string, kept: boolean): CarryChoice => {
  if (!kept) return { ...choice, measureIds: choice.measureIds.filter((id) => id !== measureId) };
  const goalId = work.measures.find((m) => m.measureId === measureId)?.goalId;
  return {
    ...choice,
    measureIds: [...choice.measureIds, measureId],
    goalIds: goalId && !choice.goalIds.includes(goalId) ? [...choice.goalIds, goalId] : choice.goalIds,
  };
};

export const toggled = (ids: readonly string[], id: string, kept: boolean): string[] => (kept ? [...ids, id] : ids.filter((other) => other !== id));

/** The kept measures whose goal was dropped: the form says which before anything is sent. */
export const measuresMissingTheirGoal = (choice: CarryChoice, work: CycleWork): Measure[] =>
  work.measures.filter((m) => choice.measureIds.includes(m.measureId) && m.goalId !== undefined && !choice.goalIds.includes(m.goalId));

/** The causes that come along with the kept measures (the API adds them; the form only tells). */
export const causesComingAlong = (choice: CarryChoice, work: CycleWork): CycleWork['causes'] => {
  const ids = new Set(work.measures.filter((m) => choice.measureIds.includes(m.measureId)).flatMap((m) => [m.causeId, ...(m.furtherCauseIds ?? [])]));
  return work.causes.filter((c) => ids.has(c.causeId));
};
