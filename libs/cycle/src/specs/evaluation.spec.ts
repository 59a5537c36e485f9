import { describe, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { ev, focusAreaSpec, history } from '../testing/focus-area.fixtures.js';

const given = focusAreaSpec();
const { measuresDone, inEvaluation, evaluationDone } = history();
const propose = (transition: 'close' | 'newCycle') =>
  ({ type: 'ProposeTransition', data: { proposalId: `p-${transition}`, transition, grounds: 'Utvärdering 2025' } }) as const;

describe('evaluation', () => {
  it("records a goal's outcome: production, process and effect", () => {
    given(inEvaluation).when({ type: 'RecordGoalOutcome', data: ev.outcome().data }).then(ev.outcome());
  });

  it('refuses an outcome for a goal that is not in the plan', () => {
    given(inEvaluation)
      .when({ type: 'RecordGoalOutcome', data: ev.outcome('goal-x').data })
      .thenThrows('GoalMustExist');
  });

  it('refuses an effect without a measured value', () => {
    const data = { ...ev.outcome().data, effect: { measuredValue: Number.NaN } };
    given(inEvaluation).when({ type: 'RecordGoalOutcome', data }).thenThrows('NumberRequired');
  });

  it('does not take outcomes before the measures are decided', () => {
    given(measuresDone).when({ type: 'RecordGoalOutcome', data: ev.outcome().data }).thenThrows('TransitionNotAllowedFromStep');
  });

  it('still follows measures up', () => {
    given(inEvaluation)
      .when({ type: 'UpdateMeasureStatus', data: { measureId: 'measure-1', status: 'done' } })
      .then(focusAreaEvent('MeasureStatusUpdated', { measureId: 'measure-1', status: 'done' }));
  });

  it('no longer changes the action plan', () => {
    given(inEvaluation).when({ type: 'PlanMeasure', data: ev.measure().data }).thenThrows('TransitionNotAllowedFromStep');
  });

  it.each(['close', 'newCycle'] as const)('gate to %s refuses while a goal has no outcome', (transition) => {
    given([...inEvaluation, ev.conclusion()])
      .when(propose(transition))
      .thenThrows('OutcomeRequiredForEveryGoal');
  });

  it.each(['close', 'newCycle'] as const)('gate to %s refuses without a conclusion', (transition) => {
    given([...inEvaluation, ev.outcome()])
      .when(propose(transition))
      .thenThrows('ConclusionRequired');
  });

  it('gate to closing passes with outcomes for every goal and a conclusion', () => {
    given(evaluationDone)
      .when(propose('close'))
      .then(
        focusAreaEvent('TransitionProposed', {
          proposalId: 'p-close',
          transition: 'close',
          from: 'evaluation',
          to: 'closed',
          grounds: 'Utvärdering 2025',
        }),
      );
  });

  it('gate to a new cycle passes with outcomes for every goal and a conclusion', () => {
    given(evaluationDone)
      .when(propose('newCycle'))
      .then(
        focusAreaEvent('TransitionProposed', {
          proposalId: 'p-newCycle',
          transition: 'newCycle',
          from: 'evaluation',
          to: 'mapping',
          grounds: 'Utvärdering 2025',
        }),
      );
  });

  it('cannot close from another step', () => {
    given(measuresDone).when(propose('close')).thenThrows('TransitionNotAllowedFromStep');
  });
});
