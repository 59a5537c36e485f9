import type { Meeting } from '@samverkan/cycle';
import type { ProtocolReference, Role } from '@samverkan/shared-kernel';

/**
 * One event of the log as an auditor reads it (the Helpdesk sample's incident history: one
 * readable row per event): who did what, when, for which party, at which meeting, on which
 * grounds. Written once and never changed, like the event it stands for.
 */
export interface AuditRow {
  /** The event's log position; the document id is this, zero-padded (see `auditRowId`). */
  readonly position: string;
  readonly occurredAt: string;
  readonly streamId: string;
  readonly revision: number;
  readonly eventType: string;
  readonly agreementId: string | null;
  readonly focusAreaId: string | null;
  readonly actorId: string;
  readonly actorRole: Role;
  /** The party the actor said they acted for (metadata). */
  readonly onBehalfOfPartyId: string | null;
  /** The party the event is for: the deciding party of an approval or rejection, else `onBehalfOfPartyId`. */
  readonly partyId: string | null;
  readonly meeting: Meeting | null;
  /** The meeting paragraph (§) a decision cites, from its `protocol`; absent on rows written before it was kept. */
  readonly protocol?: ProtocolReference | null;
  /** Why: the grounds, reason, conclusion, comment or note the event carries, if any. */
  readonly grounds: string | null;
  readonly proposalId: string | null;
  /**
   * One Swedish sentence saying what happened, as the event alone can say it: what it only names
   * by id (a removed measure, a proposal, a party) is said by id. The audit query says it by name
   * (see `readableAuditRow`).
   */
  readonly summary: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly machineVersion: string | null;
  /** How the actor signed in (decision evidence); absent on rows of events written before it was recorded. */
  readonly signInMethod?: 'password' | 'oidc' | null;
  /** The OpenID provider that vouched for the actor (`oidc` only). */
  readonly signInIssuer?: string | null;
  /** The assurance level the provider reported (`acr`), e.g. LoA 3. */
  readonly signInAcr?: string | null;
  readonly schemaVersion: number;
  /** The event's data as stored, for anything the columns leave out. */
  readonly data: unknown;
}

/** Wide enough for any position a store will reach; zero-padding makes text order the log's order. */
export const AUDIT_ID_DIGITS = 16;

export const auditRowId = (position: string): string => position.padStart(AUDIT_ID_DIGITS, '0');
