import { describe, expect, it } from '@jest/globals';
import type { Goal } from '../../api/schema';
import { isSmart, missingSmartParts } from './smart';

const goal: Goal = {
  goalId: 'goal-1',
  description: 'Minskad otrygghet',
  indicator: 'Problemindex',
  baseline: 1.9,
  target: 1.5,
  targetDate: '2027-06-30',
  followUpMethod: 'Trygghetsmätningen',
};
const period = { from: '2023-01-01', to: '2026-12-31' };

describe('SMART in the web', () => {
  it('is not complete for a goal dated after the agreement period', () => {
    expect(isSmart(goal, undefined, period)).toBe(false);
    expect(missingSmartParts(goal, undefined, period)).toEqual(['måldatum inom överenskommelsens period']);
  });

  it('is complete for a goal dated inside the period', () => {
    expect(isSmart({ ...goal, targetDate: '2026-12-31' }, undefined, period)).toBe(true);
  });
});
