import type { CycleWork, Measure } from './focus-area.context.js';
import type { FocusAreaMachineEvent, WorkEvent } from './focus-area.events.js';

export type WorkMachineEvent = Extract<FocusAreaMachineEvent, { type: Exclude<WorkEvent['type'], 'WorkCarriedForward'> }>;

/** Replaces the item with the same id, or appends it: "recording again revises". */
const upsert = <T>(items: readonly T[], item: T, sameId: (existing: T) => boolean): T[] =>
  items.some(sameId) ? items.map((existing) => (sameId(existing) ? item : existing)) : [...items, item];

/** Pure evolve of one cycle's work. Whether the event was allowed was judged when it was decided. */
export const evolveWork = (work: CycleWork, event: WorkMachineEvent): CycleWork => {
  switch (event.type) {
    case 'ProblemStatementRecorded':
      return { ...work, problemStatement: { ...event.data } };
    case 'SourceAdded':
      return { ...work, sources: [...work.sources, { ...event.data }] };
    case 'SourceRemoved':
      return { ...work, sources: work.sources.filter((s) => s.sourceId !== event.data.sourceId) };
    case 'CauseIdentified':
      return { ...work, causes: [...work.causes, { ...event.data }] };
    case 'CauseRemoved':
      return { ...work, causes: work.causes.filter((c) => c.causeId !== event.data.causeId) };
    case 'GoalSet':
      return { ...work, goals: upsert(work.goals, { ...event.data }, (g) => g.goalId === event.data.goalId) };
    case 'GoalBaselineMeasured':
      return {
        ...work,
        goals: work.goals.map((g) => (g.goalId === event.data.goalId ? { ...g, baseline: event.data.baseline } : g)),
      };
    case 'GoalRemoved':
      // Its outcome goes with it: an outcome is only ever for a goal of the plan.
      return {
        ...work,
        goals: work.goals.filter((g) => g.goalId !== event.data.goalId),
        outcomes: work.outcomes.filter((o) => o.goalId !== event.data.goalId),
        measurements: work.measurements.filter((m) => m.goalId !== event.data.goalId),
      };
    case 'MeasurePlanned': {
      const previous = work.measures.find((m) => m.measureId === event.data.measureId);
      // Revising the plan keeps the status the coordinators have followed up.
      const measure: Measure = {
        ...event.data,
        status: previous?.status ?? null,
        ...(previous?.statusComment !== undefined ? { statusComment: previous.statusComment } : {}),
      };
      return { ...work, measures: upsert(work.measures, measure, (m) => m.measureId === measure.measureId) };
    }
    case 'MeasureRemoved':
      return { ...work, measures: work.measures.filter((m) => m.measureId !== event.data.measureId) };
    case 'MeasureStatusUpdated': {
      const { measureId, status, comment } = event.data;
      return {
        ...work,
        measures: work.measures.map((m) => {
          if (m.measureId !== measureId) return m;
          const { statusComment: _previousComment, ...rest } = m;
          return { ...rest, status, ...(comment !== undefined ? { statusComment: comment } : {}) };
        }),
      };
    }
    case 'ChildImpactAssessmentRecorded':
      return { ...work, childImpactAssessment: { ...event.data } };
    case 'GoalOutcomeRecorded':
      return {
        ...work,
        outcomes: upsert(work.outcomes, { ...event.data, effect: { ...event.data.effect } }, (o) => o.goalId === event.data.goalId),
      };
    case 'IndicatorMeasured':
      return {
        ...work,
        measurements: upsert(work.measurements, { ...event.data }, (m) => m.measurementId === event.data.measurementId),
      };
    case 'IndicatorMeasurementRemoved':
      return { ...work, measurements: work.measurements.filter((m) => m.measurementId !== event.data.measurementId) };
    case 'EvaluationConcluded':
      return { ...work, conclusion: event.data.conclusion };
  }
};
