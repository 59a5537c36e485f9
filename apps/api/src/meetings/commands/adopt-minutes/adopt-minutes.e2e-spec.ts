import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { COORDINATOR, MUNICIPALITY, MUNICIPALITY_COUNCIL, OUTSIDER, POLICE, POLICE_COUNCIL } from '../../../../../../test/support/lomma-focus-area.js';
import { byMeetingCoordinator, lommaMeeting, meetingEvents } from '../../testing/meeting-history.js';

describe('adopt minutes (PUT /meetings/{id}/minutes)', () => {
  const spec = apiSpecification();
  const notes = [{ itemId: 'i-1', note: 'Mötet öppnades.' }];

  it('adopts the minutes and asks every party of the agreement to check them', () => {
    const m = lommaMeeting('m-adopt-happy');
    return spec
      .given(m.at(meetingEvents.item('i-1'), meetingEvents.held()))
      .when((api) => api.as(COORDINATOR).put(`${m.path}/minutes`, { notes }))
      .then([
        expectResponse(200, { body: { revision: 3 } }),
        expectNewEvents(m.streamId, [{ type: 'MinutesAdopted', data: { notes, partyIds: [MUNICIPALITY, POLICE] } }], byMeetingCoordinator),
      ]);
  });

  it('refuses a note without its item (400 naming the field)', () => {
    const m = lommaMeeting('m-adopt-invalid');
    return spec
      .given(m.at(meetingEvents.item('i-1'), meetingEvents.held()))
      .when((api) => api.as(COORDINATOR).put(`${m.path}/minutes`, { notes: [{ note: 'x' }] }))
      .then([expectInvalidFields('notes.0.itemId')]);
  });

  it('refuses minutes before the meeting is held, and once every party has checked them (422)', async () => {
    const early = lommaMeeting('m-adopt-early');
    await spec
      .given(early.at(meetingEvents.item('i-1')))
      .when((api) => api.as(COORDINATOR).put(`${early.path}/minutes`, { notes }))
      .then([expectError(422, { rule: 'MinutesNeedHeldMeeting' })]);
    const final = lommaMeeting('m-adopt-final');
    await spec
      .given(
        final.at(
          meetingEvents.item('i-1'),
          meetingEvents.held(),
          meetingEvents.adopted(),
          meetingEvents.checked(MUNICIPALITY, MUNICIPALITY_COUNCIL),
          meetingEvents.checked(POLICE, POLICE_COUNCIL),
        ),
      )
      .when((api) => api.as(COORDINATOR).put(`${final.path}/minutes`, { notes }))
      .then([expectError(422, { rule: 'CheckedMinutesCannotChange' })]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const m = lommaMeeting('m-adopt-rights');
    await spec
      .given(m.at(meetingEvents.item('i-1'), meetingEvents.held()))
      .when((api) => api.as(POLICE_COUNCIL).put(`${m.path}/minutes`, { notes }))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${m.path}/minutes`, { notes }))
      .then([expectError(404)]);
  });
});
