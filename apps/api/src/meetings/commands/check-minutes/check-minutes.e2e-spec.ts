import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { COORDINATOR, MUNICIPALITY, MUNICIPALITY_COUNCIL, OUTSIDER, POLICE, POLICE_COUNCIL } from '../../../../../../test/support/lomma-focus-area.js';
import { byRepresentative, lommaMeeting, meetingEvents } from '../../testing/meeting-history.js';

describe('check minutes (POST /meetings/{id}/minutes/checks)', () => {
  const spec = apiSpecification();
  const adopted = [meetingEvents.item('i-1'), meetingEvents.held(), meetingEvents.adopted()];

  it("records the representative's party's check", () => {
    const m = lommaMeeting('m-check-happy');
    return spec
      .given(m.at(...adopted))
      .when((api) => api.as(POLICE_COUNCIL).post(`${m.path}/minutes/checks`, {}))
      .then([
        expectResponse(201, { body: { revision: 4 } }),
        expectNewEvents(m.streamId, [{ type: 'MinutesChecked', data: { partyId: POLICE } }], byRepresentative(POLICE_COUNCIL, POLICE)),
      ]);
  });

  it('refuses a malformed party (400)', () => {
    const m = lommaMeeting('m-check-invalid');
    return spec
      .given(m.at(...adopted))
      .when((api) => api.as(POLICE_COUNCIL).post(`${m.path}/minutes/checks`, { partyId: 'Polisen!' }))
      .then([expectInvalidFields('partyId')]);
  });

  it('refuses a second check by the same party, and minutes not yet adopted (422)', async () => {
    const m = lommaMeeting('m-check-twice');
    await spec
      .given(m.at(...adopted, meetingEvents.checked(MUNICIPALITY, MUNICIPALITY_COUNCIL)))
      .when((api) => api.as(MUNICIPALITY_COUNCIL).post(`${m.path}/minutes/checks`, {}))
      .then([expectError(422, { rule: 'PartyMayCheckOnce' })]);
    const early = lommaMeeting('m-check-early');
    await spec
      .given(early.at(meetingEvents.item('i-1'), meetingEvents.held()))
      .when((api) => api.as(POLICE_COUNCIL).post(`${early.path}/minutes/checks`, {}))
      .then([expectError(422, { rule: 'MinutesMustBeAdopted' })]);
  });

  it('is refused to a coordinator (403), to another party (403) and to another agreement (404)', async () => {
    const m = lommaMeeting('m-check-rights');
    await spec
      .given(m.at(...adopted))
      .when((api) => api.as(COORDINATOR).post(`${m.path}/minutes/checks`, {}))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(POLICE_COUNCIL).post(`${m.path}/minutes/checks`, { partyId: MUNICIPALITY }))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${m.path}/minutes/checks`, {}))
      .then([expectError(404)]);
  });
});
