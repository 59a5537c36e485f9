import type { AgreementRole } from '@samverkan/agreements';
import type { AgreementDirectoryDoc, DirectoryRole } from '@samverkan/read-models';

/**
 * Who in an agreement a notification concerns, by the roles held now (the agreement directory is
 * their one home). A person holding several roles is addressed once, by the first one found.
 */
export const holders = (agreement: AgreementDirectoryDoc, accept: (role: DirectoryRole) => boolean): DirectoryRole[] => {
  const seen = new Set<string>();
  return agreement.roles.filter((role) => {
    if (!accept(role) || seen.has(role.userId)) return false;
    seen.add(role.userId);
    return true;
  });
};

const COUNCIL: readonly AgreementRole[] = ['councilRepresentative', 'councilSubstitute'];

/** The representative and the substitute decide for their party (DOMAIN.md): both are told what waits for it. */
export const councilMembersOf = (agreement: AgreementDirectoryDoc, partyId: string): DirectoryRole[] =>
  holders(agreement, (role) => COUNCIL.includes(role.role) && role.partyId === partyId);

export const councilMembers = (agreement: AgreementDirectoryDoc): DirectoryRole[] => holders(agreement, (role) => COUNCIL.includes(role.role));

export const coordinators = (agreement: AgreementDirectoryDoc): DirectoryRole[] => holders(agreement, (role) => role.role === 'coordinator');

/** Whether the person is a coordinator of the agreement, whatever other roles they hold. */
export const isCoordinator = (agreement: AgreementDirectoryDoc, userId: string): boolean =>
  agreement.roles.some((role) => role.userId === userId && role.role === 'coordinator');

/** The parties a person decides for (as representative or substitute). */
export const councilPartiesOf = (agreement: AgreementDirectoryDoc, userId: string): string[] => [
  ...new Set(
    agreement.roles.filter((role) => role.userId === userId && COUNCIL.includes(role.role) && role.partyId !== null).map((role) => role.partyId as string),
  ),
];

/** The parties a person works for in the agreement (any role bound to a party). */
export const partiesOf = (agreement: AgreementDirectoryDoc, userId: string): string[] => [
  ...new Set(agreement.roles.filter((role) => role.userId === userId && role.partyId !== null).map((role) => role.partyId as string)),
];

export const partyName = (agreement: AgreementDirectoryDoc, partyId: string): string =>
  agreement.parties.find((p) => p.partyId === partyId)?.name ?? partyId;

/** "Kommunpolis för Lomma kommun": how a mail tells its reader why it came to them, by function, never by name. */
export const addressedAs = (agreement: AgreementDirectoryDoc, role: DirectoryRole): string =>
  role.partyId ? `${role.function} för ${partyName(agreement, role.partyId)}` : role.function;
