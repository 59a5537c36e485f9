import { aboutField, checkRules } from '@samverkan/shared-kernel';
import type { RecordIndicatorMeasurement, SetGoal } from './focus-area.commands.js';
import { focusAreaEvent, type FocusAreaEvent } from './focus-area.events.js';
import type { FocusAreaState } from './focus-area.fold.js';
import { goalTargetDateWithinAgreementPeriod } from './rules/goal-target-date-within-agreement-period.rule.js';
import { indicatorMeasuredNotAfterToday } from './rules/indicator-measured-not-after-today.rule.js';
import { overallGoalMustExist } from './rules/overall-goal-must-exist.rule.js';
import { measureMustExist } from './rules/references.rule.js';

/**
 * A goal, and the measures it links (Brå's order: the measures may have been planned before it).
 * Linking revises each measure with the goal's id, in the same append as the goal: the link has one
 * home, the measure's `goalId`, and a goal and its links are never half-written.
 */
export const decideGoal = (command: SetGoal, state: FocusAreaState): FocusAreaEvent[] => {
  const { measureIds = [], ...goal } = command.data;
  const { facts, work } = state.context;
  checkRules(
    aboutField('targetDate', goalTargetDateWithinAgreementPeriod(goal, facts)),
    aboutField('overallGoalId', overallGoalMustExist(goal.overallGoalId, facts)),
    ...measureIds.map((id) => aboutField('measureIds', measureMustExist(work, id))),
  );
  const linked = work.measures
    .filter((m) => measureIds.includes(m.measureId) && m.goalId !== goal.goalId)
    .map(({ status: _status, statusComment: _comment, ...planned }) => focusAreaEvent('MeasurePlanned', { ...planned, goalId: goal.goalId }));
  return [focusAreaEvent('GoalSet', goal), ...linked];
};

/** A follow-up of an indicator: measured (on a day that has come) or planned ("ej mätt ännu"). */
export const decideIndicatorMeasurement = (command: RecordIndicatorMeasurement): FocusAreaEvent[] => {
  checkRules(aboutField('measuredOn', indicatorMeasuredNotAfterToday(command.data, command.today)));
  return [focusAreaEvent('IndicatorMeasured', command.data)];
};
