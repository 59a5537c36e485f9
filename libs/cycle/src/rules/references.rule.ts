import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CycleWork } from '../focus-area.context.js';

/**
 * The action plan hangs together: measures target causes and serve goals (Brå), so what a
 * measure names must exist, and what a measure uses cannot be removed from under it.
 */
const hasSource = (work: CycleWork, id: string) => work.sources.some((s) => s.sourceId === id);
const hasCause = (work: CycleWork, id: string) => work.causes.some((c) => c.causeId === id);
const hasGoal = (work: CycleWork, id: string) => work.goals.some((g) => g.goalId === id);
const hasMeasure = (work: CycleWork, id: string) => work.measures.some((m) => m.measureId === id);
const hasMeasurement = (work: CycleWork, id: string) => work.measurements.some((m) => m.measurementId === id);

export const sourceMustBeNew = (work: CycleWork, sourceId: string): BusinessRule =>
  rule('SourceAlreadyAdded', 'Källan finns redan i kartläggningen.', () => hasSource(work, sourceId));

export const sourceMustExist = (work: CycleWork, sourceId: string): BusinessRule =>
  rule('SourceMustExist', 'Källan finns inte i kartläggningen.', () => !hasSource(work, sourceId));

export const causeMustBeNew = (work: CycleWork, causeId: string): BusinessRule =>
  rule('CauseAlreadyIdentified', 'Orsaken finns redan i analysen.', () => hasCause(work, causeId));

export const causeMustExist = (work: CycleWork, causeId: string): BusinessRule =>
  rule('CauseMustExist', 'Orsaken finns inte i analysen. En åtgärd måste rikta sig mot en identifierad orsak.', () => !hasCause(work, causeId));

export const causeMustNotBeTargeted = (work: CycleWork, causeId: string): BusinessRule =>
  rule('CauseMustNotBeTargetedByMeasure', 'Orsaken kan inte tas bort eftersom en åtgärd riktar sig mot den. Ta bort eller ändra åtgärden först.', () =>
    work.measures.some((m) => m.causeId === causeId || (m.furtherCauseIds ?? []).includes(causeId)),
  );

export const goalMustExist = (work: CycleWork, goalId: string): BusinessRule =>
  rule('GoalMustExist', 'Målet finns inte i åtgärdsplanen.', () => !hasGoal(work, goalId));

export const goalMustNotBeLinked = (work: CycleWork, goalId: string): BusinessRule =>
  rule('GoalMustNotBeLinkedToMeasure', 'Målet kan inte tas bort eftersom en åtgärd är kopplad till det. Ta bort eller ändra åtgärden först.', () =>
    work.measures.some((m) => m.goalId === goalId),
  );

export const measureMustExist = (work: CycleWork, measureId: string): BusinessRule =>
  rule('MeasureMustExist', 'Åtgärden finns inte i åtgärdsplanen.', () => !hasMeasure(work, measureId));

/** Every further cause a measure addresses is one the analysis identified, like its main cause. */
export const furtherCausesMustExist = (work: CycleWork, causeIds: readonly string[] | undefined): BusinessRule =>
  rule('CauseMustExist', 'En av de ytterligare orsakerna finns inte i analysen. En åtgärd måste rikta sig mot identifierade orsaker.', () =>
    (causeIds ?? []).some((id) => !hasCause(work, id)),
  );

export const measurementMustExist = (work: CycleWork, measurementId: string): BusinessRule =>
  rule('IndicatorMeasurementMustExist', 'Mätningen finns inte bland målets uppföljningar.', () => !hasMeasurement(work, measurementId));
