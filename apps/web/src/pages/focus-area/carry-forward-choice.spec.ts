import { describe, expect, it } from '@jest/globals';
import type { CycleWork, Measure } from '../../api/schema';
import { causesComingAlong, defaultChoice, measuresMissingTheirGoal, withMeasure } from './carry-forward-choice';

const measure = (measureId: string, over: Partial<Measure> = {}): Measure =>
  ({
    measureId,
    causeId: 'cause-1',
    goalId: 'goal-1',
    activity: measureId,
    operationalGoal: 'x',
    dueDate: '2025-06-30',
    responsiblePartyId: 'lomma-kommun',
    responsibleFunction: 'Samordnare',
    followUpMethod: 'x',
    kind: 'oneOff',
    status: null,
    ...over,
  }) as Measure;

const work = {
  problemStatement: null,
  sources: [{ sourceId: 'src-1', kind: 'safetySurvey', title: 'Trygghetsmätningen' }],
  causes: [
    { causeId: 'cause-1', description: 'Få vuxna', factor: 'place' },
    { causeId: 'cause-2', description: 'Mörker', factor: 'place' },
  ],
  goals: [
    { goalId: 'goal-1', description: 'Tryggare centrum' },
    { goalId: 'goal-2', description: 'Färre bränder' },
  ],
  measures: [measure('m-1'), measure('m-2', { status: 'done', goalId: 'goal-2' }), measure('m-3', { goalId: 'goal-2', furtherCauseIds: ['cause-2'] })],
  childImpactAssessment: null,
  outcomes: [],
  measurements: [],
  conclusion: null,
} as unknown as CycleWork;

describe('the carry-forward choice', () => {
  it('keeps every unfinished measure and its goal by default, and no source', () => {
    expect(defaultChoice(work)).toEqual({ measureIds: ['m-1', 'm-3'], goalIds: ['goal-1', 'goal-2'], sourceIds: [] });
  });

  it('ticks the goal of a measure ticked again', () => {
    const dropped = { measureIds: [], goalIds: [], sourceIds: [] };
    expect(withMeasure(dropped, work, 'm-3', true)).toEqual({ measureIds: ['m-3'], goalIds: ['goal-2'], sourceIds: [] });
  });

  it('names a kept measure whose goal was dropped', () => {
    expect(measuresMissingTheirGoal({ measureIds: ['m-3'], goalIds: ['goal-1'], sourceIds: [] }, work).map((m) => m.measureId)).toEqual(['m-3']);
  });

  it('tells which causes come along with the kept measures', () => {
    expect(causesComingAlong({ measureIds: ['m-3'], goalIds: [], sourceIds: [] }, work).map((c) => c.causeId)).toEqual(['cause-1', 'cause-2']);
  });
});
