import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, proposal } from '../../../../../../test/support/lomma-focus-area.js';

describe('withdraw focus area (POST /focus-areas/{id}/withdrawal)', () => {
  const spec = apiSpecification();

  it('withdraws a proposed focus area with its reason, voiding its pending proposal', () => {
    const fa = lommaFocusArea('withdraw-happy');
    return spec
      .given(fa.at('proposed', proposal('p-1', 'prioritise', 'proposed', 'mapping')))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/withdrawal`, { reason: 'Ingår i fokusområdet om hamnen.' }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 3 } }),
        expectNewEvents(
          fa.streamId,
          [
            { type: 'ProposalVoided', data: { proposalId: 'p-1', reason: 'Ingår i fokusområdet om hamnen.' } },
            { type: 'FocusAreaWithdrawn', data: { reason: 'Ingår i fokusområdet om hamnen.' } },
          ],
          byCoordinator,
        ),
      ]);
  });

  it('refuses a missing reason (400)', () => {
    const fa = lommaFocusArea('withdraw-invalid');
    return spec
      .given(fa.at('proposed'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/withdrawal`, {}))
      .then([expectInvalidFields('reason')]);
  });

  it('refuses to withdraw a focus area already in the cycle (422)', () => {
    const fa = lommaFocusArea('withdraw-in-cycle');
    return spec
      .given(fa.at('inMapping'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/withdrawal`, { reason: 'Inte längre aktuellt.' }))
      .then([expectError(422, { rule: 'TransitionNotAllowedFromStep' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('withdraw-rights');
    const body = { reason: 'Dubblett.' };
    await spec
      .given(fa.at('proposed'))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/withdrawal`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/withdrawal`, body))
      .then([expectError(404)]);
  });
});
