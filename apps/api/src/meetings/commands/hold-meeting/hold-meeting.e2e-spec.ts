import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { AUDITOR, COORDINATOR, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';
import { byMeetingCoordinator, lommaMeeting, meetingEvents } from '../../testing/meeting-history.js';

// The specs' clock stands at 2025-03-14 (test/support/deterministic.ts).
describe('hold meeting (POST /meetings/{id}/held)', () => {
  const spec = apiSpecification();

  it('records the day the meeting was held', () => {
    const m = lommaMeeting('m-hold-happy');
    return spec
      .given(m.at(meetingEvents.item('i-1')))
      .when((api) => api.as(COORDINATOR).post(`${m.path}/held`, { heldOn: '2025-03-13' }))
      .then([
        expectResponse(200, { body: { revision: 2 } }),
        expectNewEvents(m.streamId, [{ type: 'MeetingHeld', data: { heldOn: '2025-03-13' } }], byMeetingCoordinator),
      ]);
  });

  it('refuses a malformed day (400)', () => {
    const m = lommaMeeting('m-hold-invalid');
    return spec
      .given(m.at())
      .when((api) => api.as(COORDINATOR).post(`${m.path}/held`, { heldOn: 'igår' }))
      .then([expectInvalidFields('heldOn')]);
  });

  it('refuses a day after today, and holding it twice (422)', async () => {
    const m = lommaMeeting('m-hold-rules');
    await spec
      .given(m.at())
      .when((api) => api.as(COORDINATOR).post(`${m.path}/held`, { heldOn: '2025-03-15' }))
      .then([expectError(422, { rule: 'HeldOnIsNotLaterThanToday', field: 'heldOn' })]);
    const twice = lommaMeeting('m-hold-twice');
    await spec
      .given(twice.at(meetingEvents.held()))
      .when((api) => api.as(COORDINATOR).post(`${twice.path}/held`, { heldOn: '2025-03-13' }))
      .then([expectError(422, { rule: 'MeetingMayBeHeldOnce' })]);
  });

  it('is refused to an auditor (403) and to another agreement (404)', async () => {
    const m = lommaMeeting('m-hold-rights');
    await spec
      .given(m.at())
      .when((api) => api.as(AUDITOR).post(`${m.path}/held`, { heldOn: '2025-03-13' }))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(`${m.path}/held`, { heldOn: '2025-03-13' }))
      .then([expectError(404)]);
  });
});
