import { describe, it } from '@jest/globals';
import { meetingStreamId } from '@samverkan/shared-kernel';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  generatedId,
} from '../../../../../../test/support/api-specification.js';
import { AUDITOR, COORDINATOR, LOMMA, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';
import { byMeetingCoordinator } from '../../testing/meeting-history.js';

describe('schedule meeting (POST /agreements/{id}/meetings)', () => {
  const spec = apiSpecification();
  const path = `/agreements/${LOMMA}/meetings`;
  const meeting = { body: 'council', date: '2025-04-10', place: 'Kommunhuset, sal 2' };

  it('puts a council meeting in the calendar, as a new meeting stream', () =>
    spec
      .given()
      .when((api) => api.as(COORDINATOR).post(path, meeting))
      .then([
        expectResponse(201, { body: { meetingId: generatedId(1), revision: 0 } }),
        expectNewEvents(
          (idOf) => meetingStreamId(idOf(1)),
          [{ type: 'MeetingScheduled', data: { meetingId: generatedId(1), agreementId: LOMMA, ...meeting } }],
          byMeetingCoordinator,
        ),
      ]));

  it('refuses an unknown body and a malformed date (400 naming each)', () =>
    spec
      .given()
      .when((api) => api.as(COORDINATOR).post(path, { ...meeting, body: 'styrelsen', date: '10 april' }))
      .then([expectInvalidFields('body', 'date')]));

  it('refuses a day that does not exist (422 naming the rule and the field)', () =>
    spec
      .given()
      .when((api) => api.as(COORDINATOR).post(path, { ...meeting, date: '2025-02-30' }))
      .then([expectError(422, { rule: 'MeetingDateIsValid', field: 'date' })]));

  it('is refused without sign-in (401), to an auditor (403) and to another agreement (404)', async () => {
    await spec
      .given()
      .when((api) => api.anonymous().post(path, meeting))
      .then([expectError(401)]);
    await spec
      .given()
      .when((api) => api.as(AUDITOR).post(path, meeting))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).post(path, meeting))
      .then([expectError(404)]);
  });
});
