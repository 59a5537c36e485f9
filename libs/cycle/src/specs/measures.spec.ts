import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { agreementFacts, ev, focusAreaSpec, history, MUNICIPALITY, POLICE, PRISON_SERVICE } from '../testing/focus-area.fixtures.js';

const given = focusAreaSpec();
const { inMeasures, measuresDone } = history();
const withGoal = [...inMeasures, ev.smartGoal()];
const plan = (over: Partial<ReturnType<typeof ev.measure>['data']> = {}) => ({ type: 'PlanMeasure', data: ev.measure(over).data }) as const;
const proposeDecision = { type: 'ProposeTransition', data: { proposalId: 'p-decide', transition: 'advance', grounds: 'Åtgärdsplan 2024' } } as const;

describe('plan measure', () => {
  it('plans a measure against an identified cause and a goal', () => {
    given(withGoal).when(plan()).then(ev.measure());
  });

  it('refuses a cause that was never identified', () => {
    given(withGoal)
      .when(plan({ causeId: 'cause-x' }))
      .thenThrows('CauseMustExist');
  });

  it('refuses a goal that was never set', () => {
    given(inMeasures).when(plan()).thenThrows('GoalMustExist');
  });

  it('refuses a responsible party outside the agreement', () => {
    const refusal = given(withGoal)
      .when(plan({ responsiblePartyId: 'skanetrafiken' }))
      .thenThrows('MeasureResponsiblePartyMustBeParty');
    expect(refusal.field).toBe('responsiblePartyId');
  });

  it('refuses a due date after the agreement period', () => {
    const refusal = given(withGoal)
      .when(plan({ dueDate: '2028-01-31' }))
      .thenThrows('MeasureDueWithinAgreementPeriod');
    expect(refusal.field).toBe('dueDate');
  });

  it('refuses a due date that is not a date', () => {
    const refusal = given(withGoal)
      .when(plan({ dueDate: '2025-02-30' }))
      .thenThrows('DateMustBeValid');
    expect(refusal.field).toBe('dueDate');
  });

  it('refuses a person as the responsible function', () => {
    given(withGoal)
      .when(plan({ responsibleFunction: 'Anna, 19800101-1234' }))
      .thenThrows('NoPersonalIdentityNumber');
  });

  it('revises a measure planned again with the same id', () => {
    given([...withGoal, ev.measure()])
      .when(plan({ responsiblePartyId: POLICE }))
      .then(ev.measure({ responsiblePartyId: POLICE }));
  });

  it('keeps a goal that a measure is linked to', () => {
    given([...withGoal, ev.measure()])
      .when({ type: 'RemoveGoal', data: { goalId: 'goal-1' } })
      .thenThrows('GoalMustNotBeLinkedToMeasure');
  });

  it('follows a measure up with a status', () => {
    given(measuresDone)
      .when({ type: 'UpdateMeasureStatus', data: { measureId: 'measure-1', status: 'yellow', comment: 'Få föräldrar anmälda' } })
      .then(focusAreaEvent('MeasureStatusUpdated', { measureId: 'measure-1', status: 'yellow', comment: 'Få föräldrar anmälda' }));
    given(measuresDone)
      .when({ type: 'UpdateMeasureStatus', data: { measureId: 'measure-9', status: 'green' } })
      .thenThrows('MeasureMustExist');
  });
});

describe('gate: measures decided', () => {
  it('refuses without a measure', () => {
    given([...withGoal, ev.childImpact()])
      .when(proposeDecision)
      .thenThrows('MeasureRequired');
  });

  it('refuses a measure whose goal is not SMART', () => {
    const vagueGoal = focusAreaEvent('GoalSet', { goalId: 'goal-1', description: 'Tryggare centrum', indicator: 'Problemindex' });
    given([...measuresDone, vagueGoal])
      .when(proposeDecision)
      .thenThrows('MeasureMustHaveSmartGoal');
  });

  it('refuses before a child impact assessment is recorded', () => {
    given([...withGoal, ev.measure()])
      .when(proposeDecision)
      .thenThrows('ChildImpactAssessmentRequired');
  });

  describe('when the agreement changed after the measure was planned', () => {
    it('refuses a responsible party that is no longer a party', () => {
      const parties = [MUNICIPALITY, PRISON_SERVICE];
      const spec = focusAreaSpec(agreementFacts({ partyIds: parties }));
      const refusal = spec([...history(parties).measuresDone, ev.measure({ measureId: 'measure-2', responsiblePartyId: POLICE })])
        .when(proposeDecision)
        .thenThrows('MeasureResponsiblePartyMustBeParty');
      // The gate judges the stored plan, not a field of the proposal: no field is named.
      expect(refusal.field).toBeUndefined();
    });

    it('refuses a measure due after the shortened period', () => {
      const spec = focusAreaSpec(agreementFacts({ period: { from: '2023-01-01', to: '2024-12-31' } }));
      const refusal = spec(measuresDone).when(proposeDecision).thenThrows('MeasureDueWithinAgreementPeriod');
      expect(refusal.field).toBeUndefined();
    });
  });

  it('passes with a complete action plan', () => {
    given(measuresDone)
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
});
