import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { Goal } from '../focus-area.context.js';

const present = (value: string | number | undefined): boolean =>
  typeof value === 'number' ? Number.isFinite(value) : value !== undefined && value.trim() !== '';

/** SMART: the goal can be followed up (indicator, baseline, target, date and method are all there). */
export const isSmartGoal = (goal: Goal | undefined): boolean =>
  goal !== undefined && [goal.indicator, goal.baseline, goal.target, goal.targetDate, goal.followUpMethod].every(present);

/** Measures decided: each measure is linked to a SMART goal, or its effect cannot be evaluated. */
export const measureMustHaveSmartGoal = (measure: { readonly activity: string; readonly goalId: string }, goals: readonly Goal[]): BusinessRule =>
  rule(
    'MeasureMustHaveSmartGoal',
    `Åtgärden "${measure.activity}" måste kopplas till ett SMART mål med indikator, utgångsvärde, målvärde, måldatum och uppföljningsmetod.`,
    () => !isSmartGoal(goals.find((goal) => goal.goalId === measure.goalId)),
  );
