import { BusinessRuleBrokenError, type IsoDate } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '@samverkan/cycle';
import type { RoleAssignment } from './roles.js';
import { agreementIsRegistered } from './rules/role.rules.js';
import type { AgreementState } from './state.js';
import { termsInForceOn, type AgreementTerms } from './terms.js';

/** The assignments in `roles` that `userId` holds. */
export const heldBy = (roles: readonly RoleAssignment[], userId: string): RoleAssignment[] => roles.filter((held) => held.userId === userId);

/** Every role the user holds in the agreement (none before it is registered). */
export const rolesOf = (state: AgreementState, userId: string): RoleAssignment[] => (state.status === 'registered' ? heldBy(state.roles, userId) : []);

/**
 * Any role at all makes a member: members may read the agreement's plans and history. The one rule,
 * whether the roles come from the agreement's stream (commands) or from the agreement directory (queries).
 */
export const holdsARole = (roles: readonly RoleAssignment[], userId: string): boolean => heldBy(roles, userId).length > 0;

export const isMember = (state: AgreementState, userId: string): boolean => state.status === 'registered' && holdsARole(state.roles, userId);

/** Substitutes may act for the representative (DOMAIN.md), so either role decides for the party. */
export const decidesFor = (held: RoleAssignment, partyId: string): boolean =>
  (held.role === 'councilRepresentative' || held.role === 'councilSubstitute') && held.partyId === partyId;

export const mayDecideFor = (state: AgreementState, userId: string, partyId: string): boolean =>
  rolesOf(state, userId).some((held) => decidesFor(held, partyId));

/**
 * Of `partyIds`, in their order, the parties one user may approve or reject for, given the roles
 * that user holds: the one rule, whether the roles come from the agreement's stream (commands) or
 * from the agreement directory (queries).
 */
export const partiesDecidedFor = (held: readonly RoleAssignment[], partyIds: readonly string[]): string[] =>
  partyIds.filter((partyId) => held.some((role) => decidesFor(role, partyId)));

/** The parties, in the agreement's order, on whose behalf the user may approve or reject. */
export const partiesUserMayDecideFor = (state: AgreementState, userId: string): string[] =>
  state.status === 'registered'
    ? partiesDecidedFor(
        rolesOf(state, userId),
        state.parties.map((p) => p.partyId),
      )
    : [];

/**
 * The terms in force on `date` (parties, period, council, operative group, policy, signatories).
 * Throws `BusinessRuleBrokenError` (AgreementIsRegistered) for an agreement not yet registered.
 */
export const agreementTermsOn = (state: AgreementState, date: IsoDate): AgreementTerms => {
  if (state.status !== 'registered') throw new BusinessRuleBrokenError(agreementIsRegistered(state));
  return termsInForceOn(state.termsHistory, date);
};

/**
 * The cycle machine's input: who must consent, within which period, under which policy, on `on`
 * (the command's day: a party that joined by amendment counts from the day it took effect).
 * Without a day, the latest terms, as last amended. Throws `BusinessRuleBrokenError`
 * (AgreementIsRegistered) for an agreement not yet registered.
 */
export const toAgreementFacts = (state: AgreementState, on?: IsoDate): AgreementFacts => {
  if (state.status !== 'registered') throw new BusinessRuleBrokenError(agreementIsRegistered(state));
  const terms = on === undefined ? state : agreementTermsOn(state, on);
  return {
    agreementId: state.agreementId,
    partyIds: terms.parties.map((p) => p.partyId),
    period: terms.period,
    policy: terms.policy,
    // The overall goals as they stand now: the coordinators' plan, not a dated term.
    ...(state.overallGoals?.length ? { overallGoalIds: state.overallGoals.map((g) => g.overallGoalId) } : {}),
  };
};
