import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DECISION_POLICY } from '../agreement-facts.js';
import { focusAreaEvent } from '../focus-area.events.js';
import { foldFocusArea } from '../focus-area.fold.js';
import { possibleCommands } from '../next-actions.js';
import { agreementFacts, decided, ev, focusAreaSpec, history } from '../testing/focus-area.fixtures.js';

const mayFollow = agreementFacts({ policy: { ...DEFAULT_DECISION_POLICY, baselineMayFollow: true } });
const given = focusAreaSpec(mayFollow);
const givenStrict = focusAreaSpec();
const { inMeasures } = history();

const { baseline: _measured, ...withoutBaseline } = ev.smartGoal().data;
const laterGoal = { ...withoutBaseline, baselineDueBy: '2024-09-30' };
const goalSetLater = focusAreaEvent('GoalSet', laterGoal);
const measured = focusAreaEvent('GoalBaselineMeasured', { goalId: 'goal-1', baseline: 1.9 });
const plan = [...inMeasures, goalSetLater, ev.measure(), ev.childImpact()];
const inEvaluation = [...plan, ...decided('p-evaluation', 'advance', 'measures', 'evaluation')];
const proposeDecision = { type: 'ProposeTransition', data: { proposalId: 'p-decide', transition: 'advance', grounds: 'Åtgärdsplan 2024' } } as const;
const recordBaseline = { type: 'RecordGoalBaseline', data: { goalId: 'goal-1', baseline: 1.9 } } as const;

describe('baseline may follow', () => {
  describe('when the agreement lets a baseline follow', () => {
    it('sets a goal whose baseline is to be measured by a date', () => {
      given(inMeasures).when({ type: 'SetGoal', data: laterGoal }).then(goalSetLater);
    });

    it('lets the measures be decided with the baseline still to be measured', () => {
      given(plan)
        .when(proposeDecision)
        .then(
          focusAreaEvent('TransitionProposed', {
            proposalId: 'p-decide',
            transition: 'advance',
            from: 'measures',
            to: 'evaluation',
            grounds: 'Åtgärdsplan 2024',
          }),
        );
    });

    it('still refuses a goal with neither baseline nor the date it is measured by', () => {
      given([...inMeasures, focusAreaEvent('GoalSet', withoutBaseline), ev.measure(), ev.childImpact()])
        .when(proposeDecision)
        .thenThrows('MeasureMustHaveSmartGoal');
    });

    it('records the measured baseline later', () => {
      given(plan).when(recordBaseline).then(measured);
      given(inEvaluation).when(recordBaseline).then(measured);
    });

    it('offers recording the baseline only while one is awaited', () => {
      const offered = (events: Parameters<typeof foldFocusArea>[1]) =>
        possibleCommands(foldFocusArea(mayFollow, events)).some((c) => c.type === 'RecordGoalBaseline');
      expect(offered(plan)).toBe(true);
      expect(offered([...plan, measured])).toBe(false);
      expect(offered([...inMeasures, ev.smartGoal()])).toBe(false);
    });

    it('refuses a measured baseline for a goal that had one from the start', () => {
      given([...inMeasures, ev.smartGoal()])
        .when(recordBaseline)
        .thenThrows('BaselineMustBeAwaited');
    });

    it('refuses a measured baseline for an unknown goal', () => {
      given(plan)
        .when({ type: 'RecordGoalBaseline', data: { goalId: 'goal-x', baseline: 2 } })
        .thenThrows('GoalMustExist');
    });

    it('refuses a measured baseline that is not a number', () => {
      const refusal = given(plan)
        .when({ type: 'RecordGoalBaseline', data: { goalId: 'goal-1', baseline: Number.NaN } })
        .thenThrows('NumberRequired');
      expect(refusal.field).toBe('baseline');
    });

    it("refuses the goal's outcome while its baseline is still missing", () => {
      given(inEvaluation).when({ type: 'RecordGoalOutcome', data: ev.outcome().data }).thenThrows('BaselineMustBeMeasured');
    });

    it('records the outcome once the baseline is measured', () => {
      given([...inEvaluation, measured])
        .when({ type: 'RecordGoalOutcome', data: ev.outcome().data })
        .then(ev.outcome());
    });

    it.each(['close', 'newCycle'] as const)('refuses leaving evaluation (%s) while a baseline is missing', (transition) => {
      given([...inEvaluation, ev.conclusion()])
        .when({ type: 'ProposeTransition', data: { proposalId: 'p-end', transition, grounds: 'Utvärdering' } })
        .thenThrows('BaselineMustBeMeasured');
    });
  });

  describe('when the agreement does not (the default)', () => {
    it('refuses a goal with a date for its baseline instead of a baseline', () => {
      const refusal = givenStrict(inMeasures).when({ type: 'SetGoal', data: laterGoal }).thenThrows('BaselineMayFollowOnlyByPolicy');
      expect(refusal.field).toBe('baselineDueBy');
    });

    it('refuses to decide measures whose goal has no baseline, as before', () => {
      givenStrict([...inMeasures, focusAreaEvent('GoalSet', withoutBaseline), ev.measure(), ev.childImpact()])
        .when(proposeDecision)
        .thenThrows('MeasureMustHaveSmartGoal');
    });
  });
});
