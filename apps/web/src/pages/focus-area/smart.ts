import type { Goal } from '../../api/schema';

/** The parts of a SMART goal that are still missing, in Swedish (empty when the goal is SMART). */
export const missingSmartParts = (goal: Goal): string[] => [
  ...(goal.indicator?.trim() ? [] : ['indikator']),
  ...(goal.baseline === undefined ? ['utgångsvärde'] : []),
  ...(goal.target === undefined ? ['målvärde'] : []),
  ...(goal.targetDate ? [] : ['måldatum']),
  ...(goal.followUpMethod?.trim() ? [] : ['uppföljningsmetod']),
];

export const isSmart = (goal: Goal | undefined): boolean => goal !== undefined && missingSmartParts(goal).length === 0;
