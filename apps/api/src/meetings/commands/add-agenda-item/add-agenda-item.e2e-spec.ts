import { describe, it } from '@jest/globals';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, OUTSIDER, proposal } from '../../../../../../test/support/lomma-focus-area.js';
import { byMeetingCoordinator, lommaMeeting, meetingEvents } from '../../testing/meeting-history.js';

describe('add agenda item (POST /meetings/{id}/agenda-items)', () => {
  const spec = apiSpecification();

  it('puts a pending transition on the agenda as the next paragraph', () => {
    const m = lommaMeeting('m-add-happy');
    const fa = lommaFocusArea('add-item-fa');
    const subject = { kind: 'transition', focusAreaId: fa.focusAreaId, proposalId: 'p-1' };
    return spec
      .given(fa.at('mappingDone', proposal('p-1', 'advance', 'mapping', 'analysis')), m.at(meetingEvents.item('i-1')))
      .when((api) => api.as(COORDINATOR).post(`${m.path}/agenda-items`, { title: 'Centrum till analys', subject }))
      .then([
        expectResponse(201, { body: { meetingId: m.meetingId, itemId: generatedId(1), revision: 2 } }),
        expectNewEvents(
          m.streamId,
          [{ type: 'AgendaItemAdded', data: { itemId: generatedId(1), title: 'Centrum till analys', subject } }],
          byMeetingCoordinator,
        ),
      ]);
  });

  it('refuses a transition without its proposal, an unknown kind and a missing title (400 naming each)', () => {
    const m = lommaMeeting('m-add-invalid');
    return spec
      .given(m.at())
      .when((api) => api.as(COORDINATOR).post(`${m.path}/agenda-items`, { subject: { kind: 'transition', focusAreaId: 'centrum' } }))
      .then([expectInvalidFields('title', 'subject.proposalId')]);
  });

  it('refuses a focus area of another agreement, and the same matter twice (422)', async () => {
    const m = lommaMeeting('m-add-rules');
    const subject = { kind: 'followUp', focusAreaId: 'no-such-focus-area' };
    await spec
      .given(m.at(meetingEvents.item('i-1', { kind: 'followUp', focusAreaId: 'x' })))
      .when((api) => api.as(COORDINATOR).post(`${m.path}/agenda-items`, { title: 'Uppföljning', subject }))
      .then([expectError(422, { rule: 'AgendaSubjectMustBelongToAgreement', field: 'subject.focusAreaId' })]);
    await spec
      .given()
      .when((api) => api.as(COORDINATOR).post(`${m.path}/agenda-items`, { title: 'Övrigt', subject: { kind: 'other' } }))
      .then([
        expectResponse(201),
        expectNewEvents(
          m.streamId,
          [{ type: 'AgendaItemAdded', data: { itemId: generatedId(1), title: 'Övrigt', subject: { kind: 'other' } } }],
          byMeetingCoordinator,
        ),
      ]);
  });

  it('refuses any change once the meeting is held (422), and a stale If-Match (412)', async () => {
    const m = lommaMeeting('m-add-held');
    await spec
      .given(m.at(meetingEvents.held()))
      .when((api) => api.as(COORDINATOR).post(`${m.path}/agenda-items`, { title: 'Sent', subject: { kind: 'other' } }))
      .then([expectError(422, { rule: 'AgendaMayChangeUntilMeetingHeld' })]);
    await spec
      .given()
      .when((api) => api.as(COORDINATOR).post(`${m.path}/agenda-items`, { title: 'Sent', subject: { kind: 'other' } }, { 'if-match': '"0"' }))
      .then([expectError(412)]);
  });

  it('is refused to a council member (403), for an unknown meeting and to another agreement (404)', async () => {
    const m = lommaMeeting('m-add-rights');
    const body = { title: 'Punkt', subject: { kind: 'other' } };
    await spec
      .given(m.at())
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${m.path}/agenda-items`, body))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(COORDINATOR).post('/meetings/no-such-meeting/agenda-items', body))
      .then([expectError(404)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${m.path}/agenda-items`, body))
      .then([expectError(404)]);
  });
});
