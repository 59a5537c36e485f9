import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { byCoordinator, COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, proposal } from '../../../../../../test/support/lomma-focus-area.js';

describe('void proposal (POST /focus-areas/{id}/proposals/{proposalId}/withdrawal)', () => {
  const spec = apiSpecification();
  const pending = proposal('p-1', 'advance', 'mapping', 'analysis');

  it('lets the coordinator take back a pending proposal, with a reason', () => {
    const fa = lommaFocusArea('void-happy');
    return spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals/p-1/withdrawal`, { reason: 'Underlaget kompletteras först.' }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 8 } }),
        expectNewEvents(fa.streamId, [{ type: 'ProposalVoided', data: { proposalId: 'p-1', reason: 'Underlaget kompletteras först.' } }], byCoordinator),
      ]);
  });

  it('lets the work change again once the proposal is withdrawn', () => {
    const fa = lommaFocusArea('void-then-edit');
    const voided = { type: 'ProposalVoided', data: { proposalId: 'p-1', reason: 'Källan ska kompletteras.' } };
    return spec
      .given(fa.at('mappingDone', pending, voided))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/sources`, { kind: 'crimeStatistics', title: 'BRÅ:s statistik 2024' }))
      .then([
        expectResponse(201),
        expectNewEvents(
          fa.streamId,
          [{ type: 'SourceAdded', data: { sourceId: generatedId(1), kind: 'crimeStatistics', title: 'BRÅ:s statistik 2024' } }],
          byCoordinator,
        ),
      ]);
  });

  it('refuses a stale If-Match (412)', () => {
    const fa = lommaFocusArea('void-stale');
    return spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals/p-1/withdrawal`, { reason: 'Fel.' }, { 'if-match': '"2"' }))
      .then([expectError(412)]);
  });

  it('refuses a blank reason (400)', () => {
    const fa = lommaFocusArea('void-invalid');
    return spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals/p-1/withdrawal`, { reason: '' }))
      .then([expectInvalidFields('reason')]);
  });

  it('refuses a proposal that is not pending (422)', () => {
    const fa = lommaFocusArea('void-not-pending');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals/p-1/withdrawal`, { reason: 'Fel.' }))
      .then([expectError(422, { rule: 'ProposalMustBePending' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('void-rights');
    const body = { reason: 'Fel.' };
    await spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/proposals/p-1/withdrawal`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/proposals/p-1/withdrawal`, body))
      .then([expectError(404)]);
  });
});
