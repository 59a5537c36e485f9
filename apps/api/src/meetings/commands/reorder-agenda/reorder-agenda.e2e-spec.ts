import { describe, it } from '@jest/globals';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { COORDINATOR, OUTSIDER, POLICE_COUNCIL } from '../../../../../../test/support/lomma-focus-area.js';
import { byMeetingCoordinator, lommaMeeting, meetingEvents } from '../../testing/meeting-history.js';

describe('reorder agenda (PUT /meetings/{id}/agenda-order)', () => {
  const spec = apiSpecification();
  const items = [meetingEvents.item('i-1'), meetingEvents.item('i-2'), meetingEvents.item('i-3')];

  it('puts the agenda in the new order', () => {
    const m = lommaMeeting('m-reorder-happy');
    return spec
      .given(m.at(...items))
      .when((api) => api.as(COORDINATOR).put(`${m.path}/agenda-order`, { itemIds: ['i-3', 'i-1', 'i-2'] }, { 'if-match': '"3"' }))
      .then([
        expectResponse(200, { body: { revision: 4 } }),
        expectNewEvents(m.streamId, [{ type: 'AgendaReordered', data: { itemIds: ['i-3', 'i-1', 'i-2'] } }], byMeetingCoordinator),
      ]);
  });

  it('refuses a list that is not a list of ids (400)', () => {
    const m = lommaMeeting('m-reorder-invalid');
    return spec
      .given(m.at(...items))
      .when((api) => api.as(COORDINATOR).put(`${m.path}/agenda-order`, { itemIds: 'i-1' }))
      .then([expectInvalidFields('itemIds')]);
  });

  it('refuses an order that leaves an item out (422), and a stale If-Match (412)', async () => {
    const m = lommaMeeting('m-reorder-rule');
    await spec
      .given(m.at(...items))
      .when((api) => api.as(COORDINATOR).put(`${m.path}/agenda-order`, { itemIds: ['i-3', 'i-1'] }))
      .then([expectError(422, { rule: 'ReorderNamesEveryItem', field: 'itemIds' })]);
    await spec
      .given()
      .when((api) => api.as(COORDINATOR).put(`${m.path}/agenda-order`, { itemIds: ['i-3', 'i-1', 'i-2'] }, { 'if-match': '"1"' }))
      .then([expectError(412)]);
  });

  it('is refused to a council member (403) and to another agreement (404)', async () => {
    const m = lommaMeeting('m-reorder-rights');
    await spec
      .given(m.at(...items))
      .when((api) => api.as(POLICE_COUNCIL).put(`${m.path}/agenda-order`, { itemIds: ['i-3', 'i-1', 'i-2'] }))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as(OUTSIDER).put(`${m.path}/agenda-order`, { itemIds: ['i-3', 'i-1', 'i-2'] }))
      .then([expectError(404)]);
  });
});
