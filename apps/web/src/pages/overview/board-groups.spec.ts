import { describe, expect, it } from '@jest/globals';
import type { PlanBoardRow, Step } from '../../api/schema';
import { groupByStep, lateSentence, summarise } from './board-groups';

const row = (focusAreaId: string, step: Step, extra: Partial<PlanBoardRow> = {}): PlanBoardRow => ({
  focusAreaId,
  title: focusAreaId,
  childrenAndYoungPeople: false,
  step,
  stepLabel: step,
  cycle: 1,
  stepEnteredAt: '2026-01-01T00:00:00Z',
  daysInStep: 0,
  pendingProposal: null,
  lastRejection: null,
  measures: [],
  lateMeasures: 0,
  lateFromEarlierCycles: 0,
  revision: 1,
  ...extra,
});

describe('the board by step', () => {
  it('lists the steps in the order of the cycle, empty ones too, and withdrawn only when there is one', () => {
    const groups = groupByStep([row('a', 'measures'), row('b', 'proposed')]);
    expect(groups.map((g) => [g.step, g.rows.length])).toEqual([
      ['proposed', 1],
      ['mapping', 0],
      ['analysis', 0],
      ['measures', 1],
      ['evaluation', 0],
      ['closed', 0],
    ]);
    expect(groupByStep([row('w', 'withdrawn')]).at(-1)).toMatchObject({ step: 'withdrawn' });
  });

  it('puts the focus area that has waited longest in its step first', () => {
    const groups = groupByStep([row('new', 'analysis', { daysInStep: 2 }), row('old', 'analysis', { daysInStep: 40 })]);
    expect(groups.find((g) => g.step === 'analysis')!.rows.map((r) => r.focusAreaId)).toEqual(['old', 'new']);
  });

  it('sums up what waits for a decision and what is late', () => {
    const pending = {
      proposalId: 'p',
      transition: 'advance',
      from: 'mapping',
      to: 'analysis',
      grounds: '',
      meeting: null,
      proposedAt: '',
      approvedBy: [],
      awaiting: ['x'],
    } as const;
    expect(summarise([row('a', 'mapping', { pendingProposal: pending }), row('b', 'measures', { lateMeasures: 2 }), row('c', 'proposed')])).toEqual({
      focusAreas: 3,
      awaitingDecision: 1,
      lateMeasures: 2,
      withLateMeasures: 1,
    });
  });

  it('sums the late measures of every cycle, as Försenat lists them', () => {
    const rows = [row('a', 'mapping', { cycle: 2, lateMeasures: 1, lateFromEarlierCycles: 1 }), row('b', 'measures', { lateMeasures: 2 })];
    expect(summarise(rows)).toMatchObject({ lateMeasures: 3, withLateMeasures: 2 });
  });

  describe("a card's late line", () => {
    it('counts the late measures, in Swedish singular or plural', () => {
      expect(lateSentence({ lateMeasures: 1, lateFromEarlierCycles: 0 })).toBe('1 försenad åtgärd');
      expect(lateSentence({ lateMeasures: 3, lateFromEarlierCycles: 0 })).toBe('3 försenade åtgärder');
    });

    it('says how many of them an earlier cycle left', () => {
      expect(lateSentence({ lateMeasures: 3, lateFromEarlierCycles: 1 })).toBe('3 försenade åtgärder, varav 1 från en tidigare cykel');
      expect(lateSentence({ lateMeasures: 3, lateFromEarlierCycles: 2 })).toBe('3 försenade åtgärder, varav 2 från tidigare cykler');
    });

    it('says so plainly when all of them are from an earlier cycle', () => {
      expect(lateSentence({ lateMeasures: 1, lateFromEarlierCycles: 1 })).toBe('1 försenad åtgärd från en tidigare cykel');
      expect(lateSentence({ lateMeasures: 2, lateFromEarlierCycles: 2 })).toBe('2 försenade åtgärder från tidigare cykler');
    });
  });
});
