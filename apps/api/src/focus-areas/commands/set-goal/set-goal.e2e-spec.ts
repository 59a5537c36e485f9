import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, work } from '../../../../../../test/support/lomma-focus-area.js';

describe('set goal (POST /focus-areas/{id}/goals, PUT …/goals/{goalId})', () => {
  const spec = apiSpecification();
  const goal = {
    description: 'Tryggare hamn',
    indicator: 'Problemindex',
    baseline: 3.1,
    target: 2.5,
    targetDate: '2026-10-31',
    followUpMethod: 'Trygghetsmätningen',
  };

  it('sets a new goal under a new id; a null optional field is not recorded', () => {
    const fa = lommaFocusArea('set-goal-new');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { ...goal, indicator: null }))
      .then([
        expectResponse(201, { body: { focusAreaId: fa.focusAreaId, goalId: generatedId(1), revision: 16 } }),
        expectNewEvents(
          fa.streamId,
          [
            {
              type: 'GoalSet',
              data: {
                goalId: generatedId(1),
                description: 'Tryggare hamn',
                baseline: 3.1,
                target: 2.5,
                targetDate: '2026-10-31',
                followUpMethod: 'Trygghetsmätningen',
              },
            },
          ],
          byCoordinator,
        ),
      ]);
  });

  it('revises a goal in place under its id', () => {
    const fa = lommaFocusArea('set-goal-revise');
    return spec
      .given(fa.at('inMeasures', work.goal('goal-1')))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1`, { description: 'Tryggare hamn kvällstid', target: 2 }))
      .then([
        expectResponse(200, { body: { goalId: 'goal-1', revision: 17 } }),
        expectNewEvents(fa.streamId, [{ type: 'GoalSet', data: { goalId: 'goal-1', description: 'Tryggare hamn kvällstid', target: 2 } }], byCoordinator),
      ]);
  });

  it('answers 404 for revising a goal that does not exist', () => {
    const fa = lommaFocusArea('set-goal-missing');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/no-such-goal`, { description: 'x' }))
      .then([expectError(404)]);
  });

  it('refuses a target date that is not a date and a baseline that is not a number (400)', () => {
    const fa = lommaFocusArea('set-goal-invalid');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { ...goal, targetDate: 'next year', baseline: 'high' }))
      .then([expectInvalidFields('baseline', 'targetDate')]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('set-goal-rights');
    await spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/goals`, goal))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/goals`, goal))
      .then([expectError(404)]);
  });

  it('links measures planned before their goal, in the same append (Brå: cause → measure → goal)', () => {
    const fa = lommaFocusArea('set-goal-link');
    const { goalId: _goal, ...unlinked } = work.measure().data as Record<string, unknown>;
    return spec
      .given(fa.at('inMeasures', { type: 'MeasurePlanned', data: unlinked }))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { ...goal, measureIds: ['measure-1'] }))
      .then([
        expectResponse(201, { body: { goalId: generatedId(1), revision: 18 } }),
        expectNewEvents(
          fa.streamId,
          [
            { type: 'GoalSet', data: { goalId: generatedId(1), ...goal } },
            { type: 'MeasurePlanned', data: { ...unlinked, goalId: generatedId(1) } },
          ],
          byCoordinator,
        ),
      ]);
  });

  it('refuses to link a measure the plan does not hold (422)', () => {
    const fa = lommaFocusArea('set-goal-link-missing');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { ...goal, measureIds: ['measure-9'] }))
      .then([expectError(422, { rule: 'MeasureMustExist' })]);
  });

  it('refuses a target date after the agreement period (422)', () => {
    const fa = lommaFocusArea('set-goal-after-period');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { ...goal, targetDate: '2031-12-31' }))
      .then([expectError(422, { rule: 'GoalTargetDateWithinAgreementPeriod' })]);
  });

  it('refuses an overall goal the agreement does not state (422) and malformed links (400)', async () => {
    const fa = lommaFocusArea('set-goal-overall-unknown');
    await spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { ...goal, overallGoalId: 'no-such-goal' }))
      .then([expectError(422, { rule: 'OverallGoalMustExist' })]);
    await spec
      .given()
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { ...goal, measureIds: 'measure-1', overallGoalId: 'Inte ett id' }))
      .then([expectInvalidFields('measureIds', 'overallGoalId')]);
  });
});
