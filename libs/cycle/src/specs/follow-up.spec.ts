import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { possibleCommands } from '../next-actions.js';
import { foldFocusArea } from '../focus-area.fold.js';
import { FOCUS_AREA_MACHINE_VERSION } from '../focus-area.machine.js';
import { agreementFacts, ev, focusAreaSpec, history, MUNICIPALITY, POLICE } from '../testing/focus-area.fixtures.js';

const given = focusAreaSpec(agreementFacts({ overallGoalIds: ['og-trygghet'] }));
const { inMeasures, measuresDone, inEvaluation } = history();
const withTwoCauses = [...inMeasures, ev.cause('cause-2')];
const goal = ev.smartGoal().data;
const unlinked = (over: Partial<ReturnType<typeof ev.measure>['data']> = {}) => {
  const { goalId: _goal, ...data } = ev.measure(over).data;
  return focusAreaEvent('MeasurePlanned', data);
};
const TODAY = '2025-03-15';
/** Measurements are accepted by machine 1.1.0; a stored event without a version is read as 1.0.0's. */
const accepted = <E extends object>(event: E): E => Object.assign({}, event, { machineVersion: FOCUS_AREA_MACHINE_VERSION });
const measure = (over: { goalId?: string; measurementId?: string; measuredOn?: string; value?: number | null; comment?: string } = {}) => ({
  goalId: 'goal-1',
  measurementId: 'm-1',
  measuredOn: '2025-03-01',
  value: 1.7,
  ...over,
});
const record = (over: Parameters<typeof measure>[0] = {}) => ({ type: 'RecordIndicatorMeasurement', data: measure(over), today: TODAY }) as const;

describe("plan measure in Brå's order (cause → measure → goal)", () => {
  it('plans a measure before any goal is set', () => {
    given(inMeasures).when({ type: 'PlanMeasure', data: unlinked().data }).then(unlinked());
  });

  it('offers planning a measure once a cause is identified, before a goal', () => {
    const state = foldFocusArea(agreementFacts(), inMeasures);
    expect(possibleCommands(state).map((c) => c.type)).toContain('PlanMeasure');
  });

  it('plans a measure that addresses several causes, shares responsibility and names collaborators', () => {
    const data = {
      ...unlinked().data,
      furtherCauseIds: ['cause-2'],
      coResponsible: [{ partyId: POLICE, function: 'Kommunpolis' }],
      collaborators: ['Lomma gymnasium', 'LommaHem'],
    };
    given(withTwoCauses).when({ type: 'PlanMeasure', data }).then(focusAreaEvent('MeasurePlanned', data));
  });

  it('refuses a further cause the analysis does not hold', () => {
    const refusal = given(inMeasures)
      .when({ type: 'PlanMeasure', data: { ...unlinked().data, furtherCauseIds: ['cause-x'] } })
      .thenThrows('CauseMustExist');
    expect(refusal.field).toBe('furtherCauseIds');
  });

  it('refuses to share responsibility with an actor that is not a party', () => {
    const refusal = given(inMeasures)
      .when({ type: 'PlanMeasure', data: { ...unlinked().data, coResponsible: [{ partyId: 'lommahem', function: 'Förvaltare' }] } })
      .thenThrows('MeasureCoResponsiblePartyMustBeParty');
    expect(refusal.field).toBe('coResponsible');
  });

  it('refuses a personal identity number among the collaborators', () => {
    const refusal = given(inMeasures)
      .when({ type: 'PlanMeasure', data: { ...unlinked().data, collaborators: ['Föreningen', '19800101-1234'] } })
      .thenThrows('NoPersonalIdentityNumber');
    expect(refusal.field).toBe('collaborators[1]');
  });

  it('keeps a cause that a measure addresses as a further cause', () => {
    given([...withTwoCauses, focusAreaEvent('MeasurePlanned', { ...unlinked().data, furtherCauseIds: ['cause-2'] })])
      .when({ type: 'RemoveCause', data: { causeId: 'cause-2' } })
      .thenThrows('CauseMustNotBeTargetedByMeasure');
  });

  it('refuses to decide the measures while a measure has no goal', () => {
    given([...inMeasures, ev.smartGoal(), unlinked(), ev.childImpact()])
      .when({ type: 'ProposeTransition', data: { proposalId: 'p-decide', transition: 'advance', grounds: 'Åtgärdsplan' } })
      .thenThrows('MeasureMustHaveSmartGoal');
  });
});

describe('set goal', () => {
  it('sets the goal and links the measures planned before it, in one decision', () => {
    given([...inMeasures, unlinked(), unlinked({ measureId: 'measure-2' })])
      .when({ type: 'SetGoal', data: { ...goal, measureIds: ['measure-1', 'measure-2'] } })
      .then([ev.smartGoal(), ev.measure(), ev.measure({ measureId: 'measure-2' })]);
  });

  it('keeps a linked measure its follow-up status', () => {
    const followed = focusAreaEvent('MeasureStatusUpdated', { measureId: 'measure-1', status: 'yellow' });
    const state = foldFocusArea(agreementFacts(), [...inMeasures, unlinked(), followed, ev.smartGoal(), ev.measure()]);
    expect(state.context.work.measures[0]).toMatchObject({ goalId: 'goal-1', status: 'yellow' });
  });

  it('refuses to link a measure that is not in the plan', () => {
    const refusal = given(inMeasures)
      .when({ type: 'SetGoal', data: { ...goal, measureIds: ['measure-9'] } })
      .thenThrows('MeasureMustExist');
    expect(refusal.field).toBe('measureIds');
  });

  it('refuses a target date after the agreement period', () => {
    const refusal = given(inMeasures)
      .when({ type: 'SetGoal', data: { ...goal, targetDate: '2028-06-30' } })
      .thenThrows('GoalTargetDateWithinAgreementPeriod');
    expect(refusal.field).toBe('targetDate');
  });

  it('refuses a target date before the agreement period', () => {
    given(inMeasures)
      .when({ type: 'SetGoal', data: { ...goal, targetDate: '2022-12-31' } })
      .thenThrows('GoalTargetDateWithinAgreementPeriod');
  });

  it('accepts a target date on the last day of the period', () => {
    given(inMeasures)
      .when({ type: 'SetGoal', data: { ...goal, targetDate: '2027-12-31' } })
      .then(focusAreaEvent('GoalSet', { ...goal, targetDate: '2027-12-31' }));
  });

  it('refuses to decide the measures while a stored goal is dated after the period (set before the rule)', () => {
    const late = focusAreaEvent('GoalSet', { ...goal, targetDate: '2028-06-30' });
    const refusal = given([...inMeasures, late, ev.measure(), ev.childImpact()])
      .when({ type: 'ProposeTransition', data: { proposalId: 'p-decide', transition: 'advance', grounds: 'Åtgärdsplan' } })
      .thenThrows('GoalTargetDateWithinAgreementPeriod');
    expect(refusal.field).toBeUndefined();
  });

  it('names an overall goal of the agreement', () => {
    given(inMeasures)
      .when({ type: 'SetGoal', data: { ...goal, overallGoalId: 'og-trygghet' } })
      .then(focusAreaEvent('GoalSet', { ...goal, overallGoalId: 'og-trygghet' }));
  });

  it('refuses an overall goal the agreement does not state', () => {
    const refusal = given(inMeasures)
      .when({ type: 'SetGoal', data: { ...goal, overallGoalId: 'og-okand' } })
      .thenThrows('OverallGoalMustExist');
    expect(refusal.field).toBe('overallGoalId');
  });
});

describe('indicator measurements', () => {
  it('records a measured value of a goal', () => {
    given(measuresDone).when(record()).then(focusAreaEvent('IndicatorMeasured', measure()));
  });

  it('records a follow-up planned ahead, not measured yet', () => {
    given(measuresDone)
      .when(record({ measuredOn: '2025-09-01', value: null }))
      .then(focusAreaEvent('IndicatorMeasured', measure({ measuredOn: '2025-09-01', value: null })));
  });

  it('records measurements in evaluation too', () => {
    given(inEvaluation).when(record()).then(focusAreaEvent('IndicatorMeasured', measure()));
  });

  it('refuses a measured value dated after today', () => {
    const refusal = given(measuresDone)
      .when(record({ measuredOn: '2025-03-16' }))
      .thenThrows('IndicatorMeasuredNotAfterToday');
    expect(refusal.field).toBe('measuredOn');
  });

  it('refuses a date that is not a day', () => {
    const refusal = given(measuresDone)
      .when(record({ measuredOn: '2025-02-30' }))
      .thenThrows('DateMustBeValid');
    expect(refusal.field).toBe('measuredOn');
  });

  it('refuses a value that is not a number', () => {
    const refusal = given(measuresDone)
      .when(record({ value: Number.NaN }))
      .thenThrows('NumberRequired');
    expect(refusal.field).toBe('value');
  });

  it('refuses a measurement of a goal that was never set', () => {
    given(measuresDone)
      .when(record({ goalId: 'goal-9' }))
      .thenThrows('GoalMustExist');
  });

  it('refuses measurements before the measures step', () => {
    given(history().analysisDone).when(record()).thenThrows('TransitionNotAllowedFromStep');
  });

  it('revises a measurement recorded again under its id', () => {
    const state = foldFocusArea(agreementFacts(), [
      ...measuresDone,
      accepted(focusAreaEvent('IndicatorMeasured', measure({ value: null, measuredOn: '2025-03-01' }))),
      accepted(focusAreaEvent('IndicatorMeasured', measure({ value: 1.6 }))),
    ]);
    expect(state.context.work.measurements).toEqual([measure({ value: 1.6 })]);
  });

  it('removes a measurement, and refuses one that is not there', () => {
    const recorded = [...measuresDone, accepted(focusAreaEvent('IndicatorMeasured', measure()))];
    given(recorded)
      .when({ type: 'RemoveIndicatorMeasurement', data: { goalId: 'goal-1', measurementId: 'm-1' } })
      .then(focusAreaEvent('IndicatorMeasurementRemoved', { goalId: 'goal-1', measurementId: 'm-1' }));
    given(recorded)
      .when({ type: 'RemoveIndicatorMeasurement', data: { goalId: 'goal-1', measurementId: 'm-9' } })
      .thenThrows('IndicatorMeasurementMustExist');
  });

  it('offers recording once a goal exists, and removing once a measurement exists', () => {
    const types = (events: Parameters<typeof foldFocusArea>[1]) => possibleCommands(foldFocusArea(agreementFacts(), events)).map((c) => c.type);
    expect(types(inMeasures)).not.toContain('RecordIndicatorMeasurement');
    expect(types(measuresDone)).toContain('RecordIndicatorMeasurement');
    expect(types(measuresDone)).not.toContain('RemoveIndicatorMeasurement');
    expect(types([...measuresDone, accepted(focusAreaEvent('IndicatorMeasured', measure()))])).toContain('RemoveIndicatorMeasurement');
  });
});

describe('facts of the agreement', () => {
  it('lets the municipality and the police share a measure', () => {
    given(inMeasures)
      .when({ type: 'PlanMeasure', data: { ...unlinked().data, coResponsible: [{ partyId: MUNICIPALITY, function: 'Fritidschef' }] } })
      .then(focusAreaEvent('MeasurePlanned', { ...unlinked().data, coResponsible: [{ partyId: MUNICIPALITY, function: 'Fritidschef' }] }));
  });
});
