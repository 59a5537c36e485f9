import { termsInForceOn, type AgreementTerms } from '@samverkan/agreements';
import type {
  AgreementRegisteredData,
  AgreementRole,
  AmendmentChange,
  AmendmentStatus,
  ObligationKind,
  OperativeGroup,
  TermsVersion,
} from '@samverkan/agreements';
import type { ProtocolReference, Role } from '@samverkan/shared-kernel';

/** A role held now, and since when (the `occurredAt` of its assignment). */
export interface DirectoryRole {
  readonly userId: string;
  readonly role: AgreementRole;
  readonly partyId: string | null;
  readonly function: string;
  readonly since: string;
  readonly assignedBy: string;
}

/** One change of who holds which role: the history an auditor reads to know who could decide when. */
export interface RoleChange {
  readonly change: 'assigned' | 'revoked';
  readonly userId: string;
  readonly role: AgreementRole;
  readonly partyId: string | null;
  /** The function named at assignment; on a revocation, the function the revoked role had. */
  readonly function: string | null;
  readonly at: string;
  readonly actorId: string;
  readonly actorRole: Role;
  readonly position: string;
}

/** An obligation carried out, as recorded (the obligation statuses count these). */
export interface FulfilmentRecord {
  readonly obligationKind: ObligationKind;
  /** The day it was done, 'YYYY-MM-DD'. */
  readonly fulfilledOn: string;
  readonly note: string | null;
  /** When it was recorded (ISO-8601 instant) and by whom. */
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly position: string;
}

/** One party's answer to an amendment, and who gave it when. */
export interface AmendmentDecisionRecord {
  readonly partyId: string;
  readonly decision: 'approved' | 'rejected';
  readonly reason: string | null;
  readonly protocol: ProtocolReference | null;
  readonly at: string;
  readonly actorId: string;
  readonly actorRole: Role;
}

/** An amendment: proposed (by whom, when), the parties' answers, and whether it was decided or rejected. */
export interface AmendmentRecord {
  readonly amendmentId: string;
  readonly proposedOn: string;
  readonly proposedAt: string;
  readonly proposedBy: string;
  readonly effectiveFrom: string;
  readonly grounds: string;
  readonly changes: readonly AmendmentChange[];
  /** The parties in force on the day it was proposed, whose consent it needs. */
  readonly consentOf: readonly string[];
  readonly decisions: readonly AmendmentDecisionRecord[];
  readonly status: AmendmentStatus;
  /** When the last approval amended the agreement, or the rejection ended it. */
  readonly closedAt: string | null;
}

/**
 * The agreement's page for residents: whether it is up now, and the last time it was published or
 * taken down (and by whom: the auditors', never shown on the page).
 */
export interface PublicPageRecord {
  readonly published: boolean;
  readonly changedAt: string;
  readonly changedBy: string;
}

/**
 * One agreement as registered, with the roles held now, every change of roles, and every
 * fulfilment of its obligations. The authority for an agreement's parties, period and policy in
 * the read side: the board documents do not copy them.
 */
export interface AgreementDirectoryDoc extends Omit<AgreementRegisteredData, 'operativeGroup'> {
  readonly operativeGroup: OperativeGroup | null;
  /** The terms as signed, then as each amendment made them, with the day each took effect. The top-level terms are the latest. */
  readonly termsHistory: readonly TermsVersion[];
  readonly amendments: readonly AmendmentRecord[];
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly roles: readonly DirectoryRole[];
  readonly roleHistory: readonly RoleChange[];
  readonly fulfilments: readonly FulfilmentRecord[];
  /** The overall goals (övergripande mål) the focus areas' goals contribute to; absent until the first is set. */
  readonly overallGoals?: readonly { readonly overallGoalId: string; readonly description: string }[];
  /** Null until a coordinator first publishes the page for residents (opt-in). */
  readonly publicPage: PublicPageRecord | null;
  readonly lastEventAt: string;
  readonly revision: number;
  readonly position: string;
}

/**
 * The agreement's party ids, in its order: what the board and the inbox count consensus over. On a
 * day (the query's today), the parties in force then: an amendment that takes effect later does
 * not yet add its party.
 */
export const partyIdsOf = (doc: AgreementDirectoryDoc, on?: string): string[] =>
  (on === undefined ? doc.parties : termsOfDocOn(doc, on).parties).map((p) => p.partyId);

/** The terms in force on `date` (YYYY-MM-DD), by the agreements lib's one rule. */
export const termsOfDocOn = (doc: AgreementDirectoryDoc, date: string): AgreementTerms => termsInForceOn(doc.termsHistory, date);

/** Whether residents may read the agreement's page now. */
export const isPubliclyPublished = (doc: AgreementDirectoryDoc): boolean => doc.publicPage?.published === true;
