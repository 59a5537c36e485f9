import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import {
  byCouncil,
  COORDINATOR,
  lommaFocusArea,
  MUNICIPALITY,
  MUNICIPALITY_COUNCIL,
  OUTSIDER,
  POLICE,
  POLICE_COUNCIL,
  proposal,
} from '../../../../../../test/support/lomma-focus-area.js';

describe('approve transition (POST /focus-areas/{id}/proposals/{proposalId}/approvals)', () => {
  const spec = apiSpecification();
  const pending = proposal('p-1', 'advance', 'mapping', 'analysis');
  const approvedByMunicipality = {
    type: 'TransitionApproved',
    data: { proposalId: 'p-1', partyId: MUNICIPALITY },
    metadata: { actorId: MUNICIPALITY_COUNCIL, actorRole: 'councilRepresentative', onBehalfOfPartyId: MUNICIPALITY },
  } as const;

  it("records one party's approval; the step waits for the others", () => {
    const fa = lommaFocusArea('approve-first');
    return spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/approvals`, {}))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 8 } }),
        expectNewEvents(fa.streamId, [{ type: 'TransitionApproved', data: { proposalId: 'p-1', partyId: POLICE } }], byCouncil(POLICE_COUNCIL, POLICE)),
      ]);
  });

  it("advances the step with the last party's approval (consensus)", () => {
    const fa = lommaFocusArea('approve-consensus');
    return spec
      .given(fa.at('mappingDone', pending, approvedByMunicipality))
      .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/approvals`, {}))
      .then([
        expectResponse(200, { body: { revision: 10 } }),
        expectNewEvents(
          fa.streamId,
          [
            { type: 'TransitionApproved', data: { proposalId: 'p-1', partyId: POLICE } },
            { type: 'StepAdvanced', data: { from: 'mapping', to: 'analysis', proposalId: 'p-1' } },
          ],
          byCouncil(POLICE_COUNCIL, POLICE),
        ),
      ]);
  });

  it('refuses a party that has already decided (422)', () => {
    const fa = lommaFocusArea('approve-twice');
    return spec
      .given(fa.at('mappingDone', pending, approvedByMunicipality))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${fa.path}/proposals/p-1/approvals`, {}))
      .then([expectError(422, { rule: 'PartyMayDecideOnce' })]);
  });

  it('refuses a proposal that is not pending (422)', () => {
    const fa = lommaFocusArea('approve-unknown');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/no-such-proposal/approvals`, {}))
      .then([expectError(422, { rule: 'ProposalMustBePending' })]);
  });

  it('is refused to a coordinator (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('approve-rights');
    await spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals/p-1/approvals`, {}))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/proposals/p-1/approvals`, {}))
      .then([expectError(404)]);
  });
});
