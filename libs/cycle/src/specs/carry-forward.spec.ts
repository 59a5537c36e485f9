import { describe, expect, it } from '@jest/globals';
import type { CarryWorkForward } from '../focus-area.commands.js';
import { focusAreaEvent, type FocusAreaEvent } from '../focus-area.events.js';
import { evolveFocusArea, initialFocusAreaState, upcastFocusAreaEvent } from '../focus-area.fold.js';
import { FOCUS_AREA_MACHINE_VERSION } from '../focus-area.machine.js';
import { possibleCommands } from '../next-actions.js';
import { agreementFacts, decided, ev, focusAreaSpec, history } from '../testing/focus-area.fixtures.js';

const givenStored = focusAreaSpec();
/** As the store holds them: accepted by machine 1.1.0, which records follow-ups and carried work. */
const stored = (events: readonly FocusAreaEvent[]): FocusAreaEvent[] =>
  events.map((event) => ({ ...event, metadata: { machineVersion: FOCUS_AREA_MACHINE_VERSION } }));
const given = (events: readonly FocusAreaEvent[]) => givenStored(stored(events));
const { mappingDone, inEvaluation, evaluationDone } = history();

/**
 * Cycle 1 with two sources, two causes, two goals and three measures: measure-1 (cause-1, goal-1)
 * unfinished, measure-2 (cause-2 and further cause-1, goal-2) unfinished, measure-3 done.
 */
const cycleOne: FocusAreaEvent[] = [
  ...mappingDone,
  ev.source('src-2'),
  ...decided('p-analysis', 'advance', 'mapping', 'analysis'),
  ev.cause(),
  ev.cause('cause-2'),
  ...decided('p-measures', 'advance', 'analysis', 'measures'),
  ev.smartGoal(),
  ev.smartGoal('goal-2'),
  ev.measure(),
  ev.measure({ measureId: 'measure-2', causeId: 'cause-2', furtherCauseIds: ['cause-1'], goalId: 'goal-2', activity: 'Belysning vid stationen' }),
  ev.measure({ measureId: 'measure-3', activity: 'Kommunpolis på plats' }),
  focusAreaEvent('MeasureStatusUpdated', { measureId: 'measure-3', status: 'done' }),
  focusAreaEvent('MeasureStatusUpdated', { measureId: 'measure-1', status: 'yellow', comment: 'Färre vandrare på sommaren' }),
  ev.childImpact(),
  ...decided('p-evaluation', 'advance', 'measures', 'evaluation'),
  focusAreaEvent('IndicatorMeasured', { goalId: 'goal-1', measurementId: 'm-1', measuredOn: '2025-03-01', value: 1.7 }),
  focusAreaEvent('IndicatorMeasured', { goalId: 'goal-2', measurementId: 'm-2', measuredOn: '2025-03-01', value: 2.2 }),
  ev.outcome(),
  ev.outcome('goal-2'),
  ev.conclusion(),
];
const inCycleTwo = [...cycleOne, ...decided('p-cycle-2', 'newCycle', 'evaluation', 'mapping')];

const carry = (over: Partial<CarryWorkForward['data']> = {}): CarryWorkForward => ({
  type: 'CarryWorkForward',
  data: { fromCycle: 1, sourceIds: [], causeIds: [], goalIds: [], measureIds: [], ...over },
});
const carried = (over: Partial<CarryWorkForward['data']> = {}) =>
  focusAreaEvent('WorkCarriedForward', { fromCycle: 1, sourceIds: [], causeIds: [], goalIds: [], measureIds: [], ...over });

const stateAfter = (events: FocusAreaEvent[]) =>
  stored(events)
    .map((e) => upcastFocusAreaEvent(e))
    .reduce(evolveFocusArea, initialFocusAreaState(agreementFacts()));

describe('carry work forward', () => {
  describe('in mapping of cycle 2', () => {
    it('keeps the chosen measure with its goal and brings the causes it addresses', () => {
      given(inCycleTwo)
        .when(carry({ sourceIds: ['src-2'], goalIds: ['goal-2'], measureIds: ['measure-2'] }))
        .then(carried({ sourceIds: ['src-2'], causeIds: ['cause-1', 'cause-2'], goalIds: ['goal-2'], measureIds: ['measure-2'] }));
    });

    it('keeps a cause named without its measure', () => {
      given(inCycleTwo)
        .when(carry({ causeIds: ['cause-2'] }))
        .then(carried({ causeIds: ['cause-2'] }));
    });

    it('drops everything when nothing is kept, and records the choice', () => {
      given(inCycleTwo).when(carry()).then(carried());
    });

    it('is offered to the coordinator until it is used', () => {
      expect(possibleCommands(stateAfter(inCycleTwo)).map((c) => c.type)).toContain('CarryWorkForward');
      expect(possibleCommands(stateAfter([...inCycleTwo, carried()])).map((c) => c.type)).not.toContain('CarryWorkForward');
    });
  });

  describe('rules', () => {
    it('refuses in cycle 1 (CarryForwardNeedsNewCycle)', () => {
      given(history().inMapping).when(carry()).thenThrows('CarryForwardNeedsNewCycle');
    });

    it('is not offered in cycle 1', () => {
      expect(possibleCommands(stateAfter(history().inMapping)).map((c) => c.type)).not.toContain('CarryWorkForward');
    });

    it('refuses outside mapping of the new cycle', () => {
      given(inEvaluation).when(carry()).thenThrows('TransitionNotAllowedFromStep');
      given([...inCycleTwo, ev.problemStatement(), ev.source('src-9'), ...decided('p-analysis-2', 'advance', 'mapping', 'analysis', undefined, 2)])
        .when(carry())
        .thenThrows('TransitionNotAllowedFromStep');
    });

    it('refuses any cycle but the one just before, naming fromCycle', () => {
      const refusal = given(inCycleTwo)
        .when(carry({ fromCycle: 2 }))
        .thenThrows('CarryForwardOnlyFromCycleJustBefore');
      expect(refusal.field).toBe('fromCycle');
    });

    it.each([
      ['sourceIds', { sourceIds: ['src-9'] }],
      ['causeIds', { causeIds: ['cause-9'] }],
      ['goalIds', { goalIds: ['goal-9'] }],
      ['measureIds', { measureIds: ['measure-9'] }],
    ] as const)('refuses an id that cycle 1 does not hold (%s), naming it', (field, over) => {
      const refusal = given(inCycleTwo).when(carry(over)).thenThrows('CarriedItemMustExist');
      expect(refusal.field).toBe(field);
      expect(refusal.message).toContain(Object.values(over)[0]?.[0]);
    });

    it('refuses a measure that is done (CarriedMeasureMustBeUnfinished)', () => {
      const refusal = given(inCycleTwo)
        .when(carry({ goalIds: ['goal-1'], measureIds: ['measure-3'] }))
        .thenThrows('CarriedMeasureMustBeUnfinished');
      expect(refusal.message).toContain('Kommunpolis på plats');
    });

    it('refuses a measure without its goal, naming the goal (CarriedMeasureNeedsItsGoal)', () => {
      const refusal = given(inCycleTwo)
        .when(carry({ goalIds: ['goal-1'], measureIds: ['measure-2'] }))
        .thenThrows('CarriedMeasureNeedsItsGoal');
      expect(refusal.field).toBe('goalIds');
      expect(refusal.message).toContain('Belysning vid stationen');
    });

    it('refuses a second carry-forward in the same cycle (WorkAlreadyCarriedForward)', () => {
      given([...inCycleTwo, carried({ sourceIds: ['src-1'] })])
        .when(carry({ sourceIds: ['src-2'] }))
        .thenThrows('WorkAlreadyCarriedForward');
    });

    it('refuses while a proposal waits for the council', () => {
      given([
        ...inCycleTwo,
        ev.problemStatement(),
        focusAreaEvent('TransitionProposed', { proposalId: 'p-x', transition: 'advance', from: 'mapping', to: 'analysis', grounds: 'Klart' }),
      ])
        .when(carry())
        .thenThrows('WorkFrozenWhileProposalPending');
    });
  });

  describe('evolve', () => {
    it('copies the kept items with their ids, a kept measure with its status, a kept goal with its follow-ups', () => {
      const { work } = stateAfter([
        ...inCycleTwo,
        carried({ sourceIds: ['src-2'], causeIds: ['cause-1'], goalIds: ['goal-1'], measureIds: ['measure-1'] }),
      ]).context;
      expect(work.sources.map((s) => s.sourceId)).toEqual(['src-2']);
      expect(work.causes.map((c) => c.causeId)).toEqual(['cause-1']);
      expect(work.goals.map((g) => g.goalId)).toEqual(['goal-1']);
      expect(work.measures).toEqual([expect.objectContaining({ measureId: 'measure-1', status: 'yellow', statusComment: 'Färre vandrare på sommaren' })]);
      expect(work.measurements.map((m) => m.measurementId)).toEqual(['m-1']);
      expect(work.outcomes).toEqual([]);
      expect(work.conclusion).toBeNull();
      expect(work.carriedForward).toEqual({ fromCycle: 1, sourceIds: ['src-2'], causeIds: ['cause-1'], goalIds: ['goal-1'], measureIds: ['measure-1'] });
    });

    it('leaves the earlier cycle as it was', () => {
      const state = stateAfter([...inCycleTwo, carried({ goalIds: ['goal-1'], causeIds: ['cause-1'], measureIds: ['measure-1'] })]);
      expect(state.context.previousCycles[0]?.work).toEqual(stateAfter(cycleOne).context.work);
    });

    it('adds to what the new cycle holds, never twice, and skips ids it cannot find (replay never refuses)', () => {
      const { work } = stateAfter([...inCycleTwo, ev.source('src-2'), carried({ sourceIds: ['src-1', 'src-2', 'src-9'] })]).context;
      expect(work.sources.map((s) => s.sourceId)).toEqual(['src-2', 'src-1']);
    });
  });
});

it('a finished first cycle is the history these specs start from', () => {
  expect(stateAfter(evaluationDone).step).toBe('evaluation');
});
