import type { AgreementRegisteredData, AgreementRole, ObligationKind } from '@samverkan/agreements';
import type { Role } from '@samverkan/shared-kernel';

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

/**
 * One agreement as registered, with the roles held now, every change of roles, and every
 * fulfilment of its obligations. The authority for an agreement's parties, period and policy in
 * the read side: the board documents do not copy them.
 */
export interface AgreementDirectoryDoc extends Omit<AgreementRegisteredData, 'operativeGroup'> {
  readonly operativeGroup: { readonly name: string } | null;
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly roles: readonly DirectoryRole[];
  readonly roleHistory: readonly RoleChange[];
  readonly fulfilments: readonly FulfilmentRecord[];
  readonly lastEventAt: string;
  readonly revision: number;
  readonly position: string;
}

/** The agreement's party ids, in its order: what the board and the inbox count consensus over. */
export const partyIdsOf = (doc: AgreementDirectoryDoc): string[] => doc.parties.map((p) => p.partyId);
