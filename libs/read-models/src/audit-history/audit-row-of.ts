import { AGREEMENT_EVENT_TYPES, upcastAgreementEvent, type AgreementEventType } from '@samverkan/agreements';
import { isMeetingEventType, type MeetingEvent } from '@samverkan/meetings';
import { isFocusAreaEventType, upcastFocusAreaEvent, type FocusAreaEvent, type Meeting } from '@samverkan/cycle';
import { protocolOf } from '../meetings/meetings.projection.js';
import type { AnnexEvent } from '@samverkan/annexes';
import type { ProjectedEvent } from '../projected-event.js';
import { agreementIdOfStream, focusAreaIdOfStream } from '@samverkan/shared-kernel';
import { annexSummary, isAnnexEventType } from '../annexes/annex-summary.js';
import { agreementSummary } from './agreement-summary.js';
import { NO_NAMES, type NameOf } from './audit-references.js';
import type { AuditRow } from './audit-row.js';
import { focusAreaSummary } from './focus-area-summary.js';
import { meetingSummary } from './meeting-summary.js';

type Data = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The fields that say why, in the order an event would have them; the first present one is the row's grounds. */
const GROUNDS_FIELDS = ['grounds', 'reason', 'conclusion', 'comment', 'note'] as const;

const groundsOf = (data: Data): string | null => GROUNDS_FIELDS.map((field) => text(data[field])).find((value) => value !== null) ?? null;

const meetingOf = (data: Data): Meeting | null => {
  const m = data['meeting'] as Partial<Meeting> | undefined;
  return m && typeof m.name === 'string' && typeof m.date === 'string' ? { name: m.name, date: m.date } : null;
};

/** An approval or rejection is taken for the party in its data; anything else for the party the actor acted for. */
const partyOf = (event: ProjectedEvent, data: Data): string | null =>
  event.type === 'TransitionApproved' || event.type === 'TransitionRejected' ? text(data['partyId']) : (event.metadata.onBehalfOfPartyId ?? null);

/**
 * A sentence for every event the domain has; an event type this code does not know (one added
 * later, before this projection's version is raised) still gets a row, named by its type. What
 * the event names only by id is said by name when `nameOf` knows it (the audit query), by id when
 * not (the projection, which sees one event at a time).
 */
export const summaryOf = (event: Pick<ProjectedEvent, 'type' | 'data'> & { readonly schemaVersion?: number }, nameOf: NameOf = NO_NAMES): string => {
  // The row keeps the stored data as it is; the sentence reads it in the current schema version.
  if (isFocusAreaEventType(event.type)) return focusAreaSummary(upcastFocusAreaEvent(event) as FocusAreaEvent, nameOf);
  if (AGREEMENT_EVENT_TYPES.includes(event.type as AgreementEventType)) return agreementSummary(upcastAgreementEvent(event), nameOf);
  if (isMeetingEventType(event.type)) return meetingSummary(event as MeetingEvent, nameOf);
  if (isAnnexEventType(event.type)) return annexSummary(event as AnnexEvent, nameOf);
  return `Händelse av typen ${event.type}`;
};

export const auditRowOf = (event: ProjectedEvent): AuditRow => {
  const data = (event.data ?? {}) as Data;
  const { metadata } = event;
  return {
    position: event.position,
    occurredAt: metadata.occurredAt,
    streamId: event.streamId,
    revision: event.revision,
    eventType: event.type,
    agreementId: event.agreementId ?? text(data['agreementId']) ?? agreementIdOfStream(event.streamId),
    focusAreaId: focusAreaIdOfStream(event.streamId),
    actorId: metadata.actorId,
    actorRole: metadata.actorRole,
    onBehalfOfPartyId: metadata.onBehalfOfPartyId ?? null,
    partyId: partyOf(event, data),
    meeting: meetingOf(data),
    protocol: protocolOf(event),
    grounds: groundsOf(data),
    proposalId: text(data['proposalId']),
    summary: summaryOf(event),
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    machineVersion: metadata.machineVersion ?? null,
    signInMethod: metadata.signIn?.method ?? null,
    signInIssuer: metadata.signIn?.issuer ?? null,
    signInAcr: metadata.signIn?.acr ?? null,
    schemaVersion: event.schemaVersion,
    data: event.data,
  };
};
