import type { DecisionPolicy, Goal } from '../../api/schema';

/** Whether the goal's baseline is still to be measured ("mäts senast …") where the agreement lets it follow. */
export const baselineFollows = (goal: Goal, policy?: Pick<DecisionPolicy, 'baselineMayFollow'>): boolean =>
  policy?.baselineMayFollow === true && goal.baseline === undefined && goal.baselineDueBy !== undefined;

/** The parts of a SMART goal that are still missing, in Swedish (empty when the goal is SMART). */
export const missingSmartParts = (goal: Goal, policy?: Pick<DecisionPolicy, 'baselineMayFollow'>): string[] => [
  ...(goal.indicator?.trim() ? [] : ['indikator']),
  ...(goal.baseline === undefined && !baselineFollows(goal, policy) ? ['utgångsvärde'] : []),
  ...(goal.target === undefined ? ['målvärde'] : []),
  ...(goal.targetDate ? [] : ['måldatum']),
  ...(goal.followUpMethod?.trim() ? [] : ['uppföljningsmetod']),
];

export const isSmart = (goal: Goal | undefined, policy?: Pick<DecisionPolicy, 'baselineMayFollow'>): boolean =>
  goal !== undefined && missingSmartParts(goal, policy).length === 0;
