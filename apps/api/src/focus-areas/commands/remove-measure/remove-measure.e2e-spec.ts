import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('remove measure (DELETE /focus-areas/{id}/measures/{measureId})', () => {
  const spec = apiSpecification();

  it('removes a planned measure', () => {
    const fa = lommaFocusArea('remove-measure-happy');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/measures/measure-1`))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 19 } }),
        expectNewEvents(fa.streamId, [{ type: 'MeasureRemoved', data: { measureId: 'measure-1' } }], byCoordinator),
      ]);
  });

  it('refuses a measure that is not there (422)', () => {
    const fa = lommaFocusArea('remove-measure-missing');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/measures/no-such-measure`))
      .then([expectError(422, { rule: 'MeasureMustExist' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('remove-measure-rights');
    await spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).delete(`${fa.path}/measures/measure-1`))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).delete(`${fa.path}/measures/measure-1`))
      .then([expectError(404)]);
  });
});
