import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';

describe('add source (POST /focus-areas/{id}/sources)', () => {
  const spec = apiSpecification();
  const source = { kind: 'crimeStatistics', title: 'Anmälda brott 2024' };

  it('records the source under a new id and answers it with the new revision', () => {
    const fa = lommaFocusArea('add-source-happy');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/sources`, source))
      .then([
        expectResponse(201, { body: { focusAreaId: fa.focusAreaId, sourceId: generatedId(1), revision: 5 }, headers: { etag: '"5"' } }),
        expectNewEvents(fa.streamId, [{ type: 'SourceAdded', data: { sourceId: generatedId(1), ...source } }], byCoordinator),
      ]);
  });

  it('refuses an unknown kind and an empty title, naming both fields', () => {
    const fa = lommaFocusArea('add-source-invalid');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/sources`, { kind: 'rumour', title: '' }))
      .then([expectInvalidFields('kind', 'title')]);
  });

  it('is refused to a council member (403) and hidden from another agreement (404)', async () => {
    const fa = lommaFocusArea('add-source-rights');
    await spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/sources`, source))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/sources`, source))
      .then([expectError(404)]);
  });

  it('is refused while the focus area is only proposed (422), writing nothing', () => {
    const fa = lommaFocusArea('add-source-proposed');
    return spec
      .given(fa.at('proposed'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/sources`, source))
      .then([expectError(422, { rule: 'TransitionNotAllowedFromStep' })]);
  });

  it('refuses a stale If-Match (412)', () => {
    const fa = lommaFocusArea('add-source-stale');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/sources`, source, { 'if-match': '"3"' }))
      .then([expectError(412)]);
  });
});
