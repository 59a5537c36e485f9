import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { byCouncil, COORDINATOR, lommaFocusArea, OUTSIDER, POLICE, POLICE_COUNCIL, proposal } from '../../../../../../test/support/lomma-focus-area.js';
import { lommaMeeting, meetingEvents } from '../../../meetings/testing/meeting-history.js';

describe('reject transition (POST /focus-areas/{id}/proposals/{proposalId}/rejections)', () => {
  const spec = apiSpecification();
  const pending = proposal('p-1', 'advance', 'mapping', 'analysis');

  it("records the rejection with its reason, for the representative's party", () => {
    const fa = lommaFocusArea('reject-happy');
    return spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/rejections`, { reason: 'Källorna räcker inte.' }))
      .then([
        expectResponse(200, { body: { focusAreaId: fa.focusAreaId, revision: 8 } }),
        expectNewEvents(
          fa.streamId,
          [{ type: 'TransitionRejected', data: { proposalId: 'p-1', partyId: POLICE, reason: 'Källorna räcker inte.' } }],
          byCouncil(POLICE_COUNCIL, POLICE),
        ),
      ]);
  });

  it('refuses a rejection without a reason (400)', () => {
    const fa = lommaFocusArea('reject-invalid');
    return spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/rejections`, {}))
      .then([expectInvalidFields('reason')]);
  });

  it('refuses a proposal that is not pending (422)', () => {
    const fa = lommaFocusArea('reject-not-pending');
    return spec
      .given(fa.at('mappingDone'))
      .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/rejections`, { reason: 'Nej.' }))
      .then([expectError(422, { rule: 'ProposalMustBePending' })]);
  });

  it('is refused to a coordinator (403) and to another agreement (404)', async () => {
    const fa = lommaFocusArea('reject-rights');
    const body = { reason: 'Nej.' };
    await spec
      .given(fa.at('mappingDone', pending))
      .when((api) => api.as(COORDINATOR).post(`${fa.path}/proposals/p-1/rejections`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${fa.path}/proposals/p-1/rejections`, body))
      .then([expectError(404)]);
  });

  it('keeps the meeting paragraph it was taken under, once checked against the meeting (422 for an operative group meeting)', async () => {
    const fa = lommaFocusArea('reject-cited');
    const m = lommaMeeting('m-reject-cited');
    const item = meetingEvents.item('i-1', { kind: 'transition', focusAreaId: fa.focusAreaId, proposalId: 'p-1' });
    const protocol = { meetingId: m.meetingId, paragraph: 1 };
    await spec
      .given(fa.at('mappingDone', pending), m.at(item))
      .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/rejections`, { reason: 'Mer underlag.', protocol }))
      .then([
        expectResponse(200),
        expectNewEvents(
          fa.streamId,
          [{ type: 'TransitionRejected', data: { proposalId: 'p-1', partyId: POLICE, reason: 'Mer underlag.', protocol } }],
          byCouncil(POLICE_COUNCIL, POLICE),
        ),
      ]);
    const fb = lommaFocusArea('reject-cited-group');
    const group = lommaMeeting('m-reject-group', 'operativeGroup');
    await spec
      .given(fb.at('mappingDone', pending), group.at(meetingEvents.item('i-1', { kind: 'transition', focusAreaId: fb.focusAreaId, proposalId: 'p-1' })))
      .when((api) =>
        api.as(POLICE_COUNCIL).post(`${fb.path}/proposals/p-1/rejections`, { reason: 'Nej.', protocol: { meetingId: group.meetingId, paragraph: 1 } }),
      )
      .then([expectError(422, { rule: 'DecisionMustBeTakenByCouncil' })]);
  });
});
