import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, proposal } from '../../../../../../test/support/lomma-focus-area.js';

describe('change focus area scope (PUT /focus-areas/{id}/scope)', () => {
  const spec = apiSpecification();
  const body = { childrenAndYoungPeople: false, reason: 'Kartläggningen visar att det främst gäller vuxna.' };

  it('records that the focus area no longer concerns children and young people, with the reason', () => {
    const fa = lommaFocusArea('scope-happy');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/scope`, body))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 5 } }),
        expectNewEvents(fa.streamId, [{ type: 'FocusAreaScopeChanged', data: body }], byCoordinator),
      ]);
  });

  it('refuses a missing answer and a blank reason, naming both (400)', () => {
    const fa = lommaFocusArea('scope-invalid');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/scope`, { childrenAndYoungPeople: 'nej', reason: '' }))
      .then([expectInvalidFields('childrenAndYoungPeople', 'reason')]);
  });

  it('refuses a change that changes nothing (422)', () => {
    const fa = lommaFocusArea('scope-same');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/scope`, { ...body, childrenAndYoungPeople: true }))
      .then([expectError(422, { rule: 'FocusAreaScopeMustChange' })]);
  });

  it('refuses it while a proposal waits for the council (422)', () => {
    const fa = lommaFocusArea('scope-frozen');
    return spec
      .given(fa.at('mappingDone', proposal('p-1', 'advance', 'mapping', 'analysis')))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/scope`, body))
      .then([expectError(422, { rule: 'WorkFrozenWhileProposalPending' })]);
  });

  it('refuses a stale If-Match (412)', () => {
    const fa = lommaFocusArea('scope-stale');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).put(`${fa.path}/scope`, body, { 'if-match': '"1"' }))
      .then([expectError(412)]);
  });

  it('is refused to a council member (403), to another agreement (404) and without signing in (401)', async () => {
    const fa = lommaFocusArea('scope-rights');
    await spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).put(`${fa.path}/scope`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${fa.path}/scope`, body))
      .then([expectError(404)]);
    await spec
      .given()
      .when((api) => api.anonymous().put(`${fa.path}/scope`, body))
      .then([expectError(401)]);
  });
});
