import type { Account } from '../accounts/accounts-api';

/** Shown for an account that was removed: its name and e-mail are erased, its id stays in the roles. */
export const REMOVED_ACCOUNT = 'Borttagen användare';

export interface AccountOption {
  /** The opaque account id a role assignment refers to. */
  readonly id: string;
  /** "Anna Andersson (anna.andersson)": the name, and the username or e-mail to tell namesakes apart. */
  readonly label: string;
}

const labelOf = (account: Account): string => {
  const name = account.displayName ?? REMOVED_ACCOUNT;
  const handle = account.username ?? account.email;
  return handle && handle !== name ? `${name} (${handle})` : name;
};

/**
 * The accounts the "Konto" field offers: the active ones from the accounts (GET /accounts), by name.
 * A disabled or removed account cannot sign in, so giving it a role would seat nobody.
 */
export const accountOptions = (accounts: readonly Account[] | undefined): AccountOption[] =>
  (accounts ?? [])
    .filter((a) => a.status === 'active')
    .map((a) => ({ id: a.id, label: labelOf(a) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));

export interface Holder {
  readonly name: string;
  /** Beneath the name: the username (or e-mail) to tell namesakes apart; the id once nothing else is left. */
  readonly handle: string;
}

/** How a roles table shows a role holder: the account's name, "Borttagen användare" once removed, else the id itself. */
export const holderOf = (accounts: readonly Account[] | undefined, id: string): Holder => {
  const account = accounts?.find((a) => a.id === id);
  if (!account) return { name: id, handle: id };
  if (account.status === 'removed' || account.displayName === null) return { name: REMOVED_ACCOUNT, handle: id };
  return { name: account.displayName, handle: account.username ?? account.email ?? id };
};
