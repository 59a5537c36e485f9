import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
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
import { lommaMeeting, meetingEvents } from '../../../meetings/testing/meeting-history.js';

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

  describe('citing the meeting paragraph it was taken under', () => {
    const item = (focusAreaId: string) => meetingEvents.item('i-2', { kind: 'transition', focusAreaId, proposalId: 'p-1' }, 'Till analys');

    it('keeps the paragraph with the approval', () => {
      const fa = lommaFocusArea('approve-cited');
      const m = lommaMeeting('m-approve-cited');
      return spec
        .given(fa.at('mappingDone', pending), m.at(meetingEvents.item('i-1'), item(fa.focusAreaId)))
        .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/approvals`, { protocol: { meetingId: m.meetingId, paragraph: 2 } }))
        .then([
          expectResponse(200),
          expectNewEvents(
            fa.streamId,
            [{ type: 'TransitionApproved', data: { proposalId: 'p-1', partyId: POLICE, protocol: { meetingId: m.meetingId, paragraph: 2 } } }],
            byCouncil(POLICE_COUNCIL, POLICE),
          ),
        ]);
    });

    it('refuses a paragraph that is not about this proposal, and a meeting whose minutes every party has checked (422)', async () => {
      const fa = lommaFocusArea('approve-cited-wrong');
      const m = lommaMeeting('m-approve-wrong');
      await spec
        .given(fa.at('mappingDone', pending), m.at(meetingEvents.item('i-1'), item(fa.focusAreaId)))
        .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/approvals`, { protocol: { meetingId: m.meetingId, paragraph: 1 } }))
        .then([expectError(422, { rule: 'ParagraphMustBeAboutDecision', field: 'protocol.paragraph' })]);
      const fb = lommaFocusArea('approve-cited-final');
      const final = lommaMeeting('m-approve-final');
      await spec
        .given(
          fb.at('mappingDone', pending),
          final.at(
            item(fb.focusAreaId),
            meetingEvents.held(),
            meetingEvents.adopted(),
            meetingEvents.checked(MUNICIPALITY, MUNICIPALITY_COUNCIL),
            meetingEvents.checked(POLICE, POLICE_COUNCIL),
          ),
        )
        .when((api) => api.as(POLICE_COUNCIL).post(`${fb.path}/proposals/p-1/approvals`, { protocol: { meetingId: final.meetingId, paragraph: 1 } }))
        .then([expectError(422, { rule: 'MinutesMustNotBeChecked' })]);
    });

    it('refuses a paragraph that is not a whole number (400) and an unknown meeting (404)', async () => {
      const fa = lommaFocusArea('approve-cited-bad');
      await spec
        .given(fa.at('mappingDone', pending))
        .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/approvals`, { protocol: { meetingId: 'm-1', paragraph: 1.5 } }))
        .then([expectInvalidFields('protocol.paragraph')]);
      await spec
        .given()
        .when((api) => api.as(POLICE_COUNCIL).post(`${fa.path}/proposals/p-1/approvals`, { protocol: { meetingId: 'no-such-meeting', paragraph: 1 } }))
        .then([expectError(404)]);
    });
  });
});
