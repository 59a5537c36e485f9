import { BusinessRuleBrokenError } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '@samverkan/cycle';
import type { RoleAssignment } from './roles.js';
import { agreementIsRegistered } from './rules/role.rules.js';
import type { AgreementState } from './state.js';

/** Every role the user holds in the agreement (none before it is registered). */
export const rolesOf = (state: AgreementState, userId: string): RoleAssignment[] =>
  state.status === 'registered' ? state.roles.filter((held) => held.userId === userId) : [];

/** Any role at all makes a member: members may read the agreement's plans and history. */
export const isMember = (state: AgreementState, userId: string): boolean => rolesOf(state, userId).length > 0;

/** Substitutes may act for the representative (DOMAIN.md), so either role decides for the party. */
const decidesFor = (held: RoleAssignment, partyId: string): boolean =>
  (held.role === 'councilRepresentative' || held.role === 'councilSubstitute') && held.partyId === partyId;

export const mayDecideFor = (state: AgreementState, userId: string, partyId: string): boolean =>
  rolesOf(state, userId).some((held) => decidesFor(held, partyId));

/** The parties, in the agreement's order, on whose behalf the user may approve or reject. */
export const partiesUserMayDecideFor = (state: AgreementState, userId: string): string[] =>
  state.status === 'registered'
    ? state.parties.map((p) => p.partyId).filter((partyId) => mayDecideFor(state, userId, partyId))
    : [];

/**
 * The cycle machine's input: who must consent, within which period, under which policy.
 * Throws `BusinessRuleBrokenError` (AgreementIsRegistered) for an agreement not yet registered.
 */
export const toAgreementFacts = (state: AgreementState): AgreementFacts => {
  if (state.status !== 'registered') throw new BusinessRuleBrokenError(agreementIsRegistered(state));
  return {
    agreementId: state.agreementId,
    partyIds: state.parties.map((p) => p.partyId),
    period: state.period,
    policy: state.policy,
  };
};
