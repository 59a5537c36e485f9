import { evolveMeeting, isMeetingEventType, type KnownMeeting, type MeetingEvent, type MeetingState } from '@samverkan/meetings';
import { meetingIdOfStream, type ProtocolReference } from '@samverkan/shared-kernel';
import type { ProjectedEvent } from '../projected-event.js';
import type { Projection } from '../projection.js';
import type { MeetingDecision, MeetingDoc } from './meeting.doc.js';

type Data = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The paragraph an event of any stream cites, read from `data.protocol` whatever the event's type. */
export const protocolOf = (event: Pick<ProjectedEvent, 'data'>): ProtocolReference | null => {
  const protocol = ((event.data ?? {}) as Data)['protocol'] as Partial<ProtocolReference> | undefined;
  return protocol && typeof protocol.meetingId === 'string' && typeof protocol.paragraph === 'number'
    ? { meetingId: protocol.meetingId, paragraph: protocol.paragraph }
    : null;
};

const ownMeetingEvent = (event: ProjectedEvent): boolean => meetingIdOfStream(event.streamId) !== null && isMeetingEventType(event.type);

/** The meeting's state, from the document (the lib's evolve is the one meaning of a meeting event). */
const stateOf = (doc: MeetingDoc): KnownMeeting => {
  const record = { meetingId: doc.meetingId, agreementId: doc.agreementId, body: doc.body, date: doc.date, place: doc.place };
  const agenda = doc.agenda.map(({ itemId, title, subject }) => ({ itemId, title, subject }));
  const minutes = doc.minutes && { notes: doc.minutes.notes, partyIds: doc.minutes.partyIds, checkedBy: doc.checks.map((c) => c.partyId) };
  switch (doc.status) {
    case 'scheduled':
      return { status: 'scheduled', ...record, agenda };
    case 'held':
      return { status: 'held', ...record, agenda, heldOn: doc.heldOn ?? doc.date };
    case 'minutesAdopted':
    case 'minutesChecked':
      return { status: doc.status, ...record, agenda, heldOn: doc.heldOn ?? doc.date, minutes: minutes ?? { notes: [], partyIds: [], checkedBy: [] } };
  }
};

const applyOwn = (doc: MeetingDoc | undefined, event: ProjectedEvent): MeetingDoc | undefined => {
  const typed = { type: event.type, schemaVersion: event.schemaVersion, data: event.data } as MeetingEvent;
  const before: MeetingState = doc ? stateOf(doc) : { status: 'unscheduled' };
  const after = evolveMeeting(before, typed);
  if (after.status === 'unscheduled') return doc;
  const { occurredAt, actorId, actorRole } = event.metadata;
  const base: MeetingDoc = doc ?? {
    ...after,
    status: 'scheduled',
    heldOn: null,
    agenda: [],
    minutes: null,
    checks: [],
    decisions: [],
    scheduledBy: actorId,
    revision: event.revision,
    lastEventAt: occurredAt,
    position: event.position,
  };
  const adopted = typed.type === 'MinutesAdopted' && after.status !== 'scheduled' && after.status !== 'held';
  const checked = typed.type === 'MinutesChecked' && !base.checks.some((c) => c.partyId === typed.data.partyId) && base.minutes !== null;
  return {
    ...base,
    status: after.status,
    heldOn: 'heldOn' in after ? after.heldOn : null,
    agenda: after.agenda.map((item, i) => ({ ...item, paragraph: i + 1 })),
    minutes: adopted ? { notes: typed.data.notes, partyIds: typed.data.partyIds, adoptedAt: occurredAt } : base.minutes,
    // Adopting again asks every party to check the new text.
    checks: adopted ? [] : checked ? [...base.checks, { partyId: typed.data.partyId, actorId, actorRole, checkedAt: occurredAt }] : base.checks,
    revision: event.revision,
    lastEventAt: occurredAt,
    position: event.position,
  };
};

const decisionOf = (event: ProjectedEvent, paragraph: number): MeetingDecision => {
  const data = (event.data ?? {}) as Data;
  return {
    paragraph,
    eventType: event.type,
    streamId: event.streamId,
    partyId: text(data['partyId']) ?? event.metadata.onBehalfOfPartyId ?? null,
    proposalId: text(data['proposalId']),
    reason: text(data['reason']),
    actorId: event.metadata.actorId,
    actorRole: event.metadata.actorRole,
    occurredAt: event.metadata.occurredAt,
    position: event.position,
  };
};

const evolveMeetingDoc = (doc: MeetingDoc | undefined, event: ProjectedEvent): MeetingDoc | undefined => {
  if (ownMeetingEvent(event)) {
    // The runner applies each event once; one the document already reflects changes nothing.
    if (doc !== undefined && event.revision <= doc.revision) return doc;
    return applyOwn(doc, event);
  }
  const protocol = protocolOf(event);
  // A decision citing a meeting the log does not have was refused when made; replay never refuses.
  if (doc === undefined || protocol === null || doc.decisions.some((d) => d.position === event.position)) return doc;
  return { ...doc, decisions: [...doc.decisions, decisionOf(event, protocol.paragraph)] };
};

/** The meetings: one document per meeting, from its own stream and every decision that cites it. */
export const meetingsProjection: Projection<MeetingDoc> = {
  name: 'meetings',
  version: 1,
  route: (event) => {
    const own = ownMeetingEvent(event) ? meetingIdOfStream(event.streamId) : null;
    if (own !== null) return [own];
    const protocol = protocolOf(event);
    return protocol ? [protocol.meetingId] : [];
  },
  evolve: evolveMeetingDoc,
  index: (doc) => ({ agreementId: doc.agreementId, kind: doc.body, occurredAt: `${doc.date}T00:00:00.000Z` }),
};
