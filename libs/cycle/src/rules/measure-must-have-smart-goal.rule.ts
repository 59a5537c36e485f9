import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { DecisionPolicy } from '../agreement-facts.js';
import { baselinePending, type Goal } from '../focus-area.context.js';

const present = (value: string | number | undefined): boolean =>
  typeof value === 'number' ? Number.isFinite(value) : value !== undefined && value.trim() !== '';

/**
 * SMART: the goal can be followed up (indicator, baseline, target, date and method are all there).
 * Where the agreement lets a baseline follow, "to be measured by <date>" stands in for the baseline
 * until evaluation, which refuses it still missing (BaselineMustBeMeasured).
 */
export const isSmartGoal = (goal: Goal | undefined, policy?: Pick<DecisionPolicy, 'baselineMayFollow'>): boolean => {
  if (goal === undefined) return false;
  const baseline = present(goal.baseline) || (policy?.baselineMayFollow === true && baselinePending(goal));
  return baseline && [goal.indicator, goal.target, goal.targetDate, goal.followUpMethod].every(present);
};

/** Measures decided: each measure is linked to a SMART goal, or its effect cannot be evaluated. */
export const measureMustHaveSmartGoal = (
  measure: { readonly activity: string; readonly goalId?: string },
  goals: readonly Goal[],
  policy?: Pick<DecisionPolicy, 'baselineMayFollow'>,
): BusinessRule =>
  rule(
    'MeasureMustHaveSmartGoal',
    `Åtgärden ”${measure.activity}” måste kopplas till ett SMART mål med indikator, utgångsvärde${policy?.baselineMayFollow ? ' (eller datum då det ska mätas)' : ''}, målvärde, måldatum och uppföljningsmetod.`,
    () =>
      !isSmartGoal(
        goals.find((goal) => goal.goalId === measure.goalId),
        policy,
      ),
  );
