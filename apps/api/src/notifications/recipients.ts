import { DEFAULT_PREFERENCES, isNotificationKind, type Recipient } from '@samverkan/notifications';
import type { AccountStore } from '../identity/accounts/account-store.port.js';

/** Those who chose mail and can receive it (an active account with an address), by account id, with their address. */
export interface RecipientDirectory {
  readonly recipient: (accountId: string) => Recipient | undefined;
  readonly addressOf: (accountId: string) => string | undefined;
}

export const loadRecipients = async (accounts: AccountStore): Promise<RecipientDirectory> => {
  const [settings, all] = await Promise.all([accounts.listNotificationSettings(), accounts.listAccounts()]);
  const addresses = new Map(all.filter((a) => a.status === 'active' && a.email).map((a) => [a.id, a.email as string]));
  const recipients = new Map<string, Recipient>(
    settings
      .filter((s) => addresses.has(s.accountId))
      .map((s) => [
        s.accountId,
        { accountId: s.accountId, preferences: { ...DEFAULT_PREFERENCES, kinds: s.kinds.filter(isNotificationKind), dueWithinDays: s.dueWithinDays } },
      ]),
  );
  return { recipient: (id) => recipients.get(id), addressOf: (id) => addresses.get(id) };
};
