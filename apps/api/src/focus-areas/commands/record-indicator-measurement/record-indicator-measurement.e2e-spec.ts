import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
  type GivenEvent,
} from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, proposal } from '../../../../../../test/support/lomma-focus-area.js';

const measured = (measurementId: string, value: number | null): GivenEvent => ({
  type: 'IndicatorMeasured',
  data: { goalId: 'goal-1', measurementId, measuredOn: '2025-03-01', value },
});

describe('record indicator measurement (POST /focus-areas/{id}/goals/{goalId}/measurements, PUT …/{measurementId})', () => {
  const spec = apiSpecification();
  const body = { measuredOn: '2025-03-01', value: 1.7, comment: 'Trygghetsmätningen våren 2026' };

  it('records a measured value of the goal under a new id', () => {
    const fa = lommaFocusArea('measurement-new');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-1/measurements`, body))
      .then([
        expectResponse(201, { body: { focusAreaId: fa.focusAreaId, measurementId: generatedId(1), revision: 19 } }),
        expectNewEvents(fa.streamId, [{ type: 'IndicatorMeasured', data: { goalId: 'goal-1', measurementId: generatedId(1), ...body } }], byCoordinator),
      ]);
  });

  it('plans a follow-up ahead with no value yet ("ej mätt ännu")', () => {
    const fa = lommaFocusArea('measurement-planned');
    const planned = { measuredOn: '2099-03-01', value: null };
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-1/measurements`, planned))
      .then([
        expectResponse(201),
        expectNewEvents(
          fa.streamId,
          [{ type: 'IndicatorMeasured', data: { goalId: 'goal-1', measurementId: generatedId(1), ...planned } }],
          byCoordinator,
        ),
      ]);
  });

  it('revises a planned follow-up with its measured value', () => {
    const fa = lommaFocusArea('measurement-revise');
    return spec
      .given(fa.at('measuresDone', measured('m-1', null)))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/measurements/m-1`, { measuredOn: '2025-03-01', value: 1.6 }))
      .then([
        expectResponse(200, { body: { measurementId: 'm-1', revision: 20 } }),
        expectNewEvents(
          fa.streamId,
          [{ type: 'IndicatorMeasured', data: { goalId: 'goal-1', measurementId: 'm-1', measuredOn: '2025-03-01', value: 1.6 } }],
          byCoordinator,
        ),
      ]);
  });

  it('answers 404 for revising a measurement that does not exist', () => {
    const fa = lommaFocusArea('measurement-missing');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/goals/goal-1/measurements/m-9`, body))
      .then([expectError(404)]);
  });

  it('refuses a missing value, a malformed date and a text value (400, naming the fields)', async () => {
    const fa = lommaFocusArea('measurement-invalid');
    await spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-1/measurements`, { measuredOn: '1/3 2026' }))
      .then([expectInvalidFields('measuredOn', 'value')]);
    await spec
      .given()
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-1/measurements`, { measuredOn: '2025-03-01', value: 'låg' }))
      .then([expectInvalidFields('value')]);
  });

  it('refuses a measured value dated after today (422)', () => {
    const fa = lommaFocusArea('measurement-future');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-1/measurements`, { measuredOn: '2099-03-01', value: 1.2 }))
      .then([expectError(422, { rule: 'IndicatorMeasuredNotAfterToday' })]);
  });

  it('refuses a goal the plan does not hold (422)', () => {
    const fa = lommaFocusArea('measurement-no-goal');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-9/measurements`, body))
      .then([expectError(422, { rule: 'GoalMustExist' })]);
  });

  it('refuses while the council has a proposal to decide the measures (422)', () => {
    const fa = lommaFocusArea('measurement-frozen');
    return spec
      .given(fa.at('measuresDone', proposal('p-1', 'advance', 'measures', 'evaluation')))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-1/measurements`, body))
      .then([expectError(422, { rule: 'WorkFrozenWhileProposalPending' })]);
  });

  it('refuses a stale If-Match (412)', () => {
    const fa = lommaFocusArea('measurement-stale');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/goals/goal-1/measurements`, body, { 'if-match': '"3"' }))
      .then([expectError(412)]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('measurement-rights');
    await spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/goals/goal-1/measurements`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/goals/goal-1/measurements`, body))
      .then([expectError(404)]);
  });
});

describe('remove indicator measurement (DELETE /focus-areas/{id}/goals/{goalId}/measurements/{measurementId})', () => {
  const spec = apiSpecification();

  it('removes a measurement', () => {
    const fa = lommaFocusArea('measurement-remove');
    return spec
      .given(fa.at('measuresDone', measured('m-1', 1.7)))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/goals/goal-1/measurements/m-1`))
      .then([
        expectResponse(200, { body: { revision: 20 } }),
        expectNewEvents(fa.streamId, [{ type: 'IndicatorMeasurementRemoved', data: { goalId: 'goal-1', measurementId: 'm-1' } }], byCoordinator),
      ]);
  });

  it('refuses a measurement that is not there (422)', () => {
    const fa = lommaFocusArea('measurement-remove-missing');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/goals/goal-1/measurements/m-9`))
      .then([expectError(422, { rule: 'IndicatorMeasurementMustExist' })]);
  });

  it('refuses a stale If-Match (412) and a council member (403)', async () => {
    const fa = lommaFocusArea('measurement-remove-rights');
    await spec
      .given(fa.at('measuresDone', measured('m-1', 1.7)))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/goals/goal-1/measurements/m-1`, { 'if-match': '"3"' }))
      .then([expectError(412)]);
    await spec
      .given()
      .when((api) => api.as(MUNICIPALITY_COUNCIL).delete(`${fa.path}/goals/goal-1/measurements/m-1`))
      .then([expectError(403)]);
  });
});
