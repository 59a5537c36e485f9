import type { DomainEvent, IsoDate } from '@samverkan/shared-kernel';
import type { DecisionPolicy } from '@samverkan/cycle';
import type { Obligation, ObligationKind } from './obligation.js';
import type { Party } from './party.js';
import type { Period } from './period.js';
import type { AgreementRole } from './roles.js';

export interface AgreementRegisteredData {
  readonly agreementId: string;
  readonly name: string;
  /** The municipality the agreement covers, e.g. "Lomma". */
  readonly municipality: string;
  readonly parties: readonly Party[];
  readonly period: Period;
  /** The deciding body, named as the agreement names it ("Trygghetsrådets styrgrupp"). */
  readonly council: { readonly name: string };
  readonly operativeGroup?: { readonly name: string };
  /** Which cycle transitions need a council decision; stored so that a later default change does not rewrite history. */
  readonly policy: DecisionPolicy;
  readonly obligations: readonly Obligation[];
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

type V1<TType extends string, TData> = DomainEvent<TType, TData> & { readonly schemaVersion: 1 };

export type AgreementRegistered = V1<'AgreementRegistered', AgreementRegisteredData>;
export type RoleAssigned = V1<'RoleAssigned', RoleAssignedData>;
export type RoleRevoked = V1<'RoleRevoked', RoleRevokedData>;
export type ObligationFulfilled = V1<'ObligationFulfilled', ObligationFulfilledData>;

export type AgreementEvent = AgreementRegistered | RoleAssigned | RoleRevoked | ObligationFulfilled;
export type AgreementEventType = AgreementEvent['type'];

export const AGREEMENT_EVENT_TYPES: readonly AgreementEventType[] = ['AgreementRegistered', 'RoleAssigned', 'RoleRevoked', 'ObligationFulfilled'];
