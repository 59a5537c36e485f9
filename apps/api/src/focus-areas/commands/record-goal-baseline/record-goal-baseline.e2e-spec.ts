import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import type { GivenEvent } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, work } from '../../../../../../test/support/lomma-focus-area.js';

/** A goal set, under an agreement that allowed it then, with its baseline to be measured later: history is a fact. */
const goalMeasuredLater = (): GivenEvent => {
  const { baseline: _baseline, ...rest } = work.goal().data as Record<string, unknown>;
  return { type: 'GoalSet', data: { ...rest, baselineDueBy: '2025-03-31' } };
};

describe('record goal baseline (PUT /focus-areas/{id}/goals/{goalId}/baseline)', () => {
  const spec = apiSpecification();

  it('records the measured baseline of a goal set to have it measured later', () => {
    const fa = lommaFocusArea('baseline-happy');
    return spec
      .given(fa.at('inMeasures', goalMeasuredLater()))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/baseline`, { baseline: 2.4 }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 17 } }),
        expectNewEvents(fa.streamId, [{ type: 'GoalBaselineMeasured', data: { goalId: 'goal-1', baseline: 2.4 } }], byCoordinator),
      ]);
  });

  it('refuses a baseline that is not a number (400)', () => {
    const fa = lommaFocusArea('baseline-invalid');
    return spec
      .given(fa.at('inMeasures', goalMeasuredLater()))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/baseline`, { baseline: 'hög' }))
      .then([expectInvalidFields('baseline')]);
  });

  it('refuses a goal that had its baseline from the start (422)', () => {
    const fa = lommaFocusArea('baseline-not-awaited');
    return spec
      .given(fa.at('inMeasures', work.goal()))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/baseline`, { baseline: 2.4 }))
      .then([expectError(422, { rule: 'BaselineMustBeAwaited' })]);
  });

  it('refuses an unknown goal (422)', () => {
    const fa = lommaFocusArea('baseline-unknown-goal');
    return spec
      .given(fa.at('inMeasures', goalMeasuredLater()))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-9/baseline`, { baseline: 2.4 }))
      .then([expectError(422, { rule: 'GoalMustExist' })]);
  });

  it('refuses a stale If-Match (412)', () => {
    const fa = lommaFocusArea('baseline-stale');
    return spec
      .given(fa.at('inMeasures', goalMeasuredLater()))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/baseline`, { baseline: 2.4 }, { 'if-match': '"3"' }))
      .then([expectError(412)]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('baseline-rights');
    await spec
      .given(fa.at('inMeasures', goalMeasuredLater()))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).put(`${fa.path}/goals/goal-1/baseline`, { baseline: 2.4 }))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${fa.path}/goals/goal-1/baseline`, { baseline: 2.4 }))
      .then([expectError(404)]);
  });
});

describe('set goal with its baseline to be measured later', () => {
  const spec = apiSpecification();

  it('is refused where the agreement does not let a baseline follow, naming the field (422)', () => {
    const fa = lommaFocusArea('baseline-due-refused');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { description: 'Tryggare hamn', baselineDueBy: '2025-03-31' }))
      .then([expectError(422, { rule: 'BaselineMayFollowOnlyByPolicy' })]);
  });

  it('refuses a date that is not a date (400)', () => {
    const fa = lommaFocusArea('baseline-due-invalid');
    return spec
      .given(fa.at('inMeasures'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals`, { description: 'Tryggare hamn', baselineDueBy: 'snart' }))
      .then([expectInvalidFields('baselineDueBy')]);
  });
});
