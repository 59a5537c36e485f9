import { heldBy, holdsARole, partiesDecidedFor, type RoleAssignment } from '@samverkan/agreements';
import type { AgreementFacts } from '@samverkan/cycle';
import { partyIdsOf, termsOfDocOn, type AgreementDirectoryDoc, type DirectoryRole } from './agreement-directory.doc.js';

/**
 * Who may read what, answered from the agreement directory: the read side's record of who holds
 * which role. Queries ask these instead of folding the agreement's stream; commands still fold it,
 * since they decide on it. The rules themselves (who decides for a party) are the agreements lib's.
 */

/** A role held now, in the shape the agreement's own state and the API use (no `partyId` when none). */
export const toAssignment = ({ userId, role, partyId, function: fn }: DirectoryRole): RoleAssignment => ({
  userId,
  role,
  ...(partyId !== null ? { partyId } : {}),
  function: fn,
});

/** Every role held now in the agreement. */
export const assignmentsOf = (doc: AgreementDirectoryDoc): RoleAssignment[] => doc.roles.map(toAssignment);

/** The roles one user holds now in the agreement. */
export const rolesHeldIn = (doc: AgreementDirectoryDoc, userId: string): RoleAssignment[] => heldBy(assignmentsOf(doc), userId);

/** A member, by the agreements lib's rule, of the roles the directory records. */
export const isMemberOf = (doc: AgreementDirectoryDoc, userId: string): boolean => holdsARole(assignmentsOf(doc), userId);

/** The parties, in the agreement's order, for which the user may approve or reject. */
export const partiesDecidedForIn = (doc: AgreementDirectoryDoc, userId: string): string[] => partiesDecidedFor(rolesHeldIn(doc, userId), partyIdsOf(doc));

/**
 * The cycle machine's input (who must consent, within which period, under which policy): on `on`
 * (YYYY-MM-DD) the terms then in force, without a day the latest terms, as last amended.
 */
export const agreementFactsOf = (doc: AgreementDirectoryDoc, on?: string): AgreementFacts => {
  const terms = on === undefined ? doc : termsOfDocOn(doc, on);
  return { agreementId: doc.agreementId, partyIds: terms.parties.map((p) => p.partyId), period: terms.period, policy: terms.policy };
};
