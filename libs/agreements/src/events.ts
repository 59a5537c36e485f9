import type { DomainEvent, IsoDate, ProtocolReference } from '@samverkan/shared-kernel';
import type { DecisionPolicy } from '@samverkan/cycle';
import type { AmendmentChange } from './amendments/amendment-change.js';
import type { Obligation, ObligationKind } from './obligation.js';
import type { Party } from './party.js';
import type { Period } from './period.js';
import type { AgreementRole } from './roles.js';
import type { Council, DecisionRule, OperativeGroup, Signatory } from './terms.js';

export interface AgreementRegisteredData {
  readonly agreementId: string;
  readonly name: string;
  /** The municipality the agreement covers, e.g. "Lomma". */
  readonly municipality: string;
  readonly parties: readonly Party[];
  readonly period: Period;
  /** The deciding body, named as the agreement names it ("Trygghetsrådets styrgrupp"), with its chair and members where the agreement names them. */
  readonly council: Council;
  readonly operativeGroup?: OperativeGroup;
  /**
   * Which cycle transitions need a council decision, and when a child impact assessment is due;
   * stored so that a later default change does not rewrite history (absent settings keep the rule
   * in force when the agreement was registered).
   */
  readonly policy: DecisionPolicy;
  readonly obligations: readonly Obligation[];
  /** Who signed for each party, by function; absent on agreements registered before it was recorded. */
  readonly signatories?: readonly Signatory[];
  /** Absent on agreements registered before it was recorded: they decided by consensus too. */
  readonly decisionRule?: DecisionRule;
}

/**
 * A coordinator proposes to amend the agreement from `effectiveFrom` on. Every party in force on
 * `proposedOn` (the day it was proposed) must approve: the parties then bound by the agreement.
 */
export interface AmendmentProposedData {
  readonly agreementId: string;
  readonly amendmentId: string;
  readonly proposedOn: IsoDate;
  readonly effectiveFrom: IsoDate;
  readonly grounds: string;
  readonly changes: readonly AmendmentChange[];
}

export interface AmendmentApprovedData {
  readonly agreementId: string;
  readonly amendmentId: string;
  readonly partyId: string;
  /** The meeting and § the party's approval was taken at, checked against the meeting's agenda. */
  readonly protocol?: ProtocolReference;
}

export interface AmendmentRejectedData {
  readonly agreementId: string;
  readonly amendmentId: string;
  readonly partyId: string;
  readonly reason: string;
  readonly protocol?: ProtocolReference;
}

/** Written with the last party's approval (consensus): the terms change from `effectiveFrom` on. */
export interface AgreementAmendedData {
  readonly agreementId: string;
  readonly amendmentId: string;
  readonly effectiveFrom: IsoDate;
  readonly changes: readonly AmendmentChange[];
}

export interface RoleAssignedData {
  readonly agreementId: string;
  readonly userId: string;
  readonly role: AgreementRole;
  readonly partyId?: string;
  readonly function: string;
}

export interface RoleRevokedData {
  readonly agreementId: string;
  readonly userId: string;
  readonly role: AgreementRole;
  readonly partyId?: string;
}

/**
 * An obligation of the agreement was carried out (a council meeting held, the situation picture
 * updated, the outcome reported). Dated by the day it happened, which may be earlier than the day
 * it is recorded (the metadata's `occurredAt`); the due/met/overdue read model counts these.
 */
export interface ObligationFulfilledData {
  readonly agreementId: string;
  readonly obligationKind: ObligationKind;
  readonly fulfilledOn: IsoDate;
  /** Free text ("Styrgruppsmöte 3 av 4"); never about individuals. */
  readonly note?: string;
}

/**
 * An overall goal of the agreement (övergripande mål, e.g. "Ökad trygghet i kommunens centrala
 * delar"), which the goals of several focus areas may contribute to. Kept by the coordinators as
 * the agreement's plan, not a term the parties amend: setting again under the same id revises it.
 */
export interface OverallGoalSetData {
  readonly agreementId: string;
  readonly overallGoalId: string;
  readonly description: string;
}

export interface OverallGoalRemovedData {
  readonly agreementId: string;
  readonly overallGoalId: string;
}

/**
 * A coordinator published the agreement's page for residents (`/offentlig/<agreementId>`): from now
 * on anyone may read what the parties have decided, without signing in. Opt-in, so nothing of an
 * agreement is public before this.
 */
export interface PublicPagePublishedData {
  readonly agreementId: string;
}

/** The page for residents was taken down, with the reason (kept for the auditors, never shown on the page). */
export interface PublicPageWithdrawnData {
  readonly agreementId: string;
  readonly reason: string;
}

type V1<TType extends string, TData> = DomainEvent<TType, TData> & { readonly schemaVersion: 1 };

export type AgreementRegistered = V1<'AgreementRegistered', AgreementRegisteredData>;
export type RoleAssigned = V1<'RoleAssigned', RoleAssignedData>;
export type RoleRevoked = V1<'RoleRevoked', RoleRevokedData>;
export type ObligationFulfilled = V1<'ObligationFulfilled', ObligationFulfilledData>;
export type AmendmentProposed = V1<'AmendmentProposed', AmendmentProposedData>;
export type AmendmentApproved = V1<'AmendmentApproved', AmendmentApprovedData>;
export type AmendmentRejected = V1<'AmendmentRejected', AmendmentRejectedData>;
export type AgreementAmended = V1<'AgreementAmended', AgreementAmendedData>;
export type OverallGoalSet = V1<'OverallGoalSet', OverallGoalSetData>;
export type OverallGoalRemoved = V1<'OverallGoalRemoved', OverallGoalRemovedData>;
export type PublicPagePublished = V1<'PublicPagePublished', PublicPagePublishedData>;
export type PublicPageWithdrawn = V1<'PublicPageWithdrawn', PublicPageWithdrawnData>;

export type AgreementEvent =
  | AgreementRegistered
  | RoleAssigned
  | RoleRevoked
  | ObligationFulfilled
  | AmendmentProposed
  | AmendmentApproved
  | AmendmentRejected
  | AgreementAmended
  | OverallGoalSet
  | OverallGoalRemoved
  | PublicPagePublished
  | PublicPageWithdrawn;
export type AgreementEventType = AgreementEvent['type'];

export const AGREEMENT_EVENT_TYPES: readonly AgreementEventType[] = [
  'AgreementRegistered',
  'RoleAssigned',
  'RoleRevoked',
  'ObligationFulfilled',
  'AmendmentProposed',
  'AmendmentApproved',
  'AmendmentRejected',
  'AgreementAmended',
  'OverallGoalSet',
  'OverallGoalRemoved',
  'PublicPagePublished',
  'PublicPageWithdrawn',
];
