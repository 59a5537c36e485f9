import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import { isPartyBoundRole, sameAssignment, type AgreementRole, type RoleAssignment } from '../roles.js';
import type { AgreementState } from '../state.js';

const ROLE_NAMES: Record<AgreementRole, string> = {
  coordinator: 'samordnare',
  councilRepresentative: 'rådsrepresentant',
  councilSubstitute: 'ersättare i rådet',
  auditor: 'revisor',
};

type AssignmentKey = Pick<RoleAssignment, 'userId' | 'role' | 'partyId'>;

export const agreementIsRegistered = (state: AgreementState): BusinessRule =>
  rule('AgreementIsRegistered', 'Överenskommelsen är inte registrerad.', () => state.status !== 'registered');

/** Council members decide on behalf of a party (consensus of all parties), so they must name one. */
export const councilRoleNamesAParty = (role: AgreementRole, partyId: string | undefined): BusinessRule =>
  rule(
    'CouncilRoleNamesAParty',
    `En ${ROLE_NAMES[role]} företräder en part och måste därför ange vilken part.`,
    () => isPartyBoundRole(role) && partyId === undefined,
  );

export const partyBelongsToAgreement = (state: AgreementState, partyId: string | undefined): BusinessRule =>
  rule(
    'PartyBelongsToAgreement',
    `Parten ”${partyId ?? ''}” är inte part i överenskommelsen.`,
    () => partyId !== undefined && state.status === 'registered' && !state.parties.some((p) => p.partyId === partyId),
  );

/** Auditors review the whole history on behalf of no party: their independence is the point. */
export const auditorActsForNoParty = (role: AgreementRole, partyId: string | undefined): BusinessRule =>
  rule(
    'AuditorActsForNoParty',
    'En revisor granskar för alla parter och ska inte knytas till en part.',
    () => role === 'auditor' && partyId !== undefined,
  );

export const roleIsNotAlreadyAssigned = (state: AgreementState, key: AssignmentKey): BusinessRule =>
  rule(
    'RoleIsNotAlreadyAssigned',
    `Användaren har redan rollen ${ROLE_NAMES[key.role]}${key.partyId ? ` för parten ”${key.partyId}”` : ''}.`,
    () => state.status === 'registered' && state.roles.some((held) => sameAssignment(held, key)),
  );

export const roleIsAssigned = (state: AgreementState, key: AssignmentKey): BusinessRule =>
  rule(
    'RoleIsAssigned',
    `Användaren har inte rollen ${ROLE_NAMES[key.role]}${key.partyId ? ` för parten ”${key.partyId}”` : ''} och kan därför inte fråntas den.`,
    () => state.status === 'registered' && !state.roles.some((held) => sameAssignment(held, key)),
  );
