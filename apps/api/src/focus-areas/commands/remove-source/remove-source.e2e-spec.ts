import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('remove source (DELETE /focus-areas/{id}/sources/{sourceId})', () => {
  const spec = apiSpecification();

  it('removes a source of the mapping', () => {
    const fa = lommaFocusArea('remove-source-happy');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/sources/source-1`))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 7 } }),
        expectNewEvents(fa.streamId, [{ type: 'SourceRemoved', data: { sourceId: 'source-1' } }], byCoordinator),
      ]);
  });

  it('refuses a source that is not there (422)', () => {
    const fa = lommaFocusArea('remove-source-missing');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/sources/no-such-source`))
      .then([expectError(422, { rule: 'SourceMustExist' })]);
  });

  it('refuses a source id that is not an id (400)', () => {
    const fa = lommaFocusArea('remove-source-bad-id');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).delete(`${fa.path}/sources/Not_An_Id`))
      .then([expectInvalidFields('sourceId')]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('remove-source-rights');
    await spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).delete(`${fa.path}/sources/source-1`))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).delete(`${fa.path}/sources/source-1`))
      .then([expectError(404)]);
  });
});
