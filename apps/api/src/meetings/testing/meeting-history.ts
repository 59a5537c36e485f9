import type { AgendaSubject } from '@samverkan/meetings';
import { meetingStreamId, type MeetingBody } from '@samverkan/shared-kernel';
import type { GivenEvent, GivenStream } from '../../../../../test/support/api-specification.js';
import { COORDINATOR, LOMMA, MUNICIPALITY, POLICE } from '../../../../../test/support/lomma-focus-area.js';

/**
 * Histories of one meeting of Lomma's seeded agreement, as stored events, for the meeting API
 * specifications' `given` (history is a fact, written past every rule). Each scenario names its
 * own meeting id.
 */
export const byMeetingCoordinator = { actorId: COORDINATOR, actorRole: 'coordinator', onBehalfOfPartyId: MUNICIPALITY } as const;
export const byRepresentative = (actorId: string, onBehalfOfPartyId: string) =>
  ({ actorId, actorRole: 'councilRepresentative', onBehalfOfPartyId }) as const;

const event = (type: string, data: unknown, metadata: GivenEvent['metadata'] = byMeetingCoordinator): GivenEvent => ({ type, data, metadata });

export const meetingEvents = {
  item: (itemId: string, subject: AgendaSubject = { kind: 'other' }, title = `Punkt ${itemId}`) => event('AgendaItemAdded', { itemId, title, subject }),
  held: (heldOn = '2025-03-13') => event('MeetingHeld', { heldOn }),
  adopted: (notes: { itemId: string; note: string }[] = []) => event('MinutesAdopted', { notes, partyIds: [MUNICIPALITY, POLICE] }),
  checked: (partyId: string, actorId: string) => event('MinutesChecked', { partyId }, byRepresentative(actorId, partyId)),
};

export const lommaMeeting = (meetingId: string, body: MeetingBody = 'council', agreementId = LOMMA) => ({
  meetingId,
  streamId: meetingStreamId(meetingId),
  path: `/meetings/${meetingId}`,
  /** The meeting's stream: scheduled for 2025-03-13, then these events. */
  at: (...then: GivenEvent[]): GivenStream => ({
    streamId: meetingStreamId(meetingId),
    events: [event('MeetingScheduled', { meetingId, agreementId, body, date: '2025-03-13', place: 'Kommunhuset' }), ...then],
  }),
});
