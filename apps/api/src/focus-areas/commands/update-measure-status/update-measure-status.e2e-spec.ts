import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('update measure status (PUT /focus-areas/{id}/measures/{measureId}/status)', () => {
  const spec = apiSpecification();

  it("sets a measure at risk, with the coordinator's comment", () => {
    const fa = lommaFocusArea('measure-status-happy');
    return spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/measures/measure-1/status`, { status: 'yellow', comment: 'Få föräldrar i höst' }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 23 } }),
        expectNewEvents(
          fa.streamId,
          [{ type: 'MeasureStatusUpdated', data: { measureId: 'measure-1', status: 'yellow', comment: 'Få föräldrar i höst' } }],
          byCoordinator,
        ),
      ]);
  });

  it('refuses a status outside green, yellow, red and done (400)', () => {
    const fa = lommaFocusArea('measure-status-invalid');
    return spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/measures/measure-1/status`, { status: 'blue' }))
      .then([expectInvalidFields('status')]);
  });

  it('refuses a measure that is not there (422)', () => {
    const fa = lommaFocusArea('measure-status-missing');
    return spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/measures/no-such-measure/status`, { status: 'green' }))
      .then([expectError(422, { rule: 'MeasureMustExist' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('measure-status-rights');
    const body = { status: 'done' };
    await spec
      .given(fa.at('inEvaluation'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).put(`${fa.path}/measures/measure-1/status`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${fa.path}/measures/measure-1/status`, body))
      .then([expectError(404)]);
  });
});
