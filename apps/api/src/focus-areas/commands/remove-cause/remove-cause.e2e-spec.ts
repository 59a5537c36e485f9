import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('remove cause (DELETE /focus-areas/{id}/causes/{causeId})', () => {
  const spec = apiSpecification();

  it('removes a cause of the analysis', () => {
    const fa = lommaFocusArea('remove-cause-happy');
    return spec
      .given(fa.at('analysisDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/causes/cause-1`))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 12 } }),
        expectNewEvents(fa.streamId, [{ type: 'CauseRemoved', data: { causeId: 'cause-1' } }], byCoordinator),
      ]);
  });

  it('refuses to remove a cause a measure targets (422)', () => {
    const fa = lommaFocusArea('remove-cause-targeted');
    return spec
      .given(fa.at('measuresDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/causes/cause-1`))
      .then([expectError(422, { rule: 'CauseMustNotBeTargetedByMeasure' })]);
  });

  it('refuses a cause that is not there (422)', () => {
    const fa = lommaFocusArea('remove-cause-missing');
    return spec
      .given(fa.at('analysisDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/causes/no-such-cause`))
      .then([expectError(422, { rule: 'CauseMustExist' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('remove-cause-rights');
    await spec
      .given(fa.at('analysisDone'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).delete(`${fa.path}/causes/cause-1`))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).delete(`${fa.path}/causes/cause-1`))
      .then([expectError(404)]);
  });
});
