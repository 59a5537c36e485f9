import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { AUDITOR, COORDINATOR, lommaFocusArea, OUTSIDER, POLICE, POLICE_COUNCIL, proposal } from '../../../../../../test/support/lomma-focus-area.js';
import { byMeetingCoordinator, lommaMeeting, meetingEvents } from '../../testing/meeting-history.js';

describe('remove agenda item (DELETE /meetings/{id}/agenda-items/{itemId})', () => {
  const spec = apiSpecification();

  it('takes the item off the agenda', () => {
    const m = lommaMeeting('m-remove-happy');
    return spec
      .given(m.at(meetingEvents.item('i-1'), meetingEvents.item('i-2')))
      .when((api) => api.as(COORDINATOR).delete(`${m.path}/agenda-items/i-1`))
      .then([
        expectResponse(200, { body: { revision: 3 } }),
        expectNewEvents(m.streamId, [{ type: 'AgendaItemRemoved', data: { itemId: 'i-1' } }], byMeetingCoordinator),
      ]);
  });

  it('refuses to move a paragraph a decision cites (422)', () => {
    const m = lommaMeeting('m-remove-cited');
    const fa = lommaFocusArea('remove-cited-fa');
    const subject = { kind: 'transition', focusAreaId: fa.focusAreaId, proposalId: 'p-1' } as const;
    const approvedAtMeeting = {
      type: 'TransitionApproved',
      data: { proposalId: 'p-1', partyId: POLICE, protocol: { meetingId: m.meetingId, paragraph: 2 } },
      metadata: { actorId: POLICE_COUNCIL, actorRole: 'councilRepresentative', onBehalfOfPartyId: POLICE },
    } as const;
    return spec
      .given(
        m.at(meetingEvents.item('i-1'), meetingEvents.item('i-2', subject)),
        fa.at('mappingDone', proposal('p-1', 'advance', 'mapping', 'analysis'), approvedAtMeeting),
      )
      .when((api) => api.as(COORDINATOR).delete(`${m.path}/agenda-items/i-1`))
      .then([expectError(422, { rule: 'CitedParagraphsMustNotMove' })]);
  });

  it('refuses an item that is not on the agenda (422)', () => {
    const m = lommaMeeting('m-remove-unknown');
    return spec
      .given(m.at(meetingEvents.item('i-1')))
      .when((api) => api.as(COORDINATOR).delete(`${m.path}/agenda-items/i-9`))
      .then([expectError(422, { rule: 'AgendaItemMustExist', field: 'itemId' })]);
  });

  it('refuses a malformed item id (400), an auditor (403), and another agreement (404)', async () => {
    const m = lommaMeeting('m-remove-rights');
    await spec
      .given(m.at(meetingEvents.item('i-1')))
      .when((api) => api.as(COORDINATOR).delete(`${m.path}/agenda-items/I_1`))
      .then([expectError(400)]);
    await spec
      .given()
      .when((api) => api.as(AUDITOR).delete(`${m.path}/agenda-items/i-1`))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).delete(`${m.path}/agenda-items/i-1`))
      .then([expectError(404)]);
  });
});
