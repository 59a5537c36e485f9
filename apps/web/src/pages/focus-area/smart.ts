import type { DecisionPolicy, Goal } from '../../api/schema';

/** The agreement's period ('YYYY-MM-DD', inclusive): a goal's target date must lie inside it (GoalTargetDateWithinAgreementPeriod). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** A target date outside the period: the parties have promised nothing after it. */
export const targetDateOutside = (goal: Goal, period?: Period): boolean =>
  goal.targetDate !== undefined && period !== undefined && (goal.targetDate < period.from || goal.targetDate > period.to);

/** Whether the goal's baseline is still to be measured ("mäts senast …") where the agreement lets it follow. */
export const baselineFollows = (goal: Goal, policy?: Pick<DecisionPolicy, 'baselineMayFollow'>): boolean =>
  policy?.baselineMayFollow === true && goal.baseline === undefined && goal.baselineDueBy !== undefined;

/** The parts of a SMART goal that are still missing, in Swedish (empty when the goal is SMART). */
export const missingSmartParts = (goal: Goal, policy?: Pick<DecisionPolicy, 'baselineMayFollow'>, period?: Period): string[] => [
  ...(goal.indicator?.trim() ? [] : ['indikator']),
  ...(goal.baseline === undefined && !baselineFollows(goal, policy) ? ['utgångsvärde'] : []),
  ...(goal.target === undefined ? ['målvärde'] : []),
  ...(goal.targetDate ? [] : ['måldatum']),
  ...(targetDateOutside(goal, period) ? ['måldatum inom överenskommelsens period'] : []),
  ...(goal.followUpMethod?.trim() ? [] : ['uppföljningsmetod']),
];

export const isSmart = (goal: Goal | undefined, policy?: Pick<DecisionPolicy, 'baselineMayFollow'>, period?: Period): boolean =>
  goal !== undefined && missingSmartParts(goal, policy, period).length === 0;
