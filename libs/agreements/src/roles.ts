import type { Role } from '@samverkan/shared-kernel';

/** The roles held within one agreement. Administrators are system-wide and are not assigned here. */
export type AgreementRole = Exclude<Role, 'administrator'>;

export const AGREEMENT_ROLES: readonly AgreementRole[] = ['coordinator', 'councilRepresentative', 'councilSubstitute', 'auditor'];

/** Council members decide on behalf of a party, so they must name one. */
export const isPartyBoundRole = (role: AgreementRole): boolean => role === 'councilRepresentative' || role === 'councilSubstitute';

export interface RoleAssignment {
  readonly userId: string;
  readonly role: AgreementRole;
  /** Required for council roles; optional for coordinators (the party they work for); never for auditors. */
  readonly partyId?: string;
  /** A named function ("Säkerhetschef", "Kommunpolis"), never a person's identity. */
  readonly function: string;
}

/** One user holds one role once per party: the key of an assignment. */
export const sameAssignment = (a: Pick<RoleAssignment, 'userId' | 'role' | 'partyId'>, b: Pick<RoleAssignment, 'userId' | 'role' | 'partyId'>): boolean =>
  a.userId === b.userId && a.role === b.role && (a.partyId ?? null) === (b.partyId ?? null);
