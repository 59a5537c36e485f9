import { expect, it } from '@jest/globals';
import { UsernameTakenError, type AccountRecord, type AccountStore } from './account-store.port.js';

const T0 = '2025-03-14T09:00:00.000Z';
const LATER = '2025-03-20T09:00:00.000Z';

const account = (id: string, over: Partial<AccountRecord> = {}): AccountRecord => ({
  id,
  username: id,
  displayName: `Namn ${id}`,
  email: null,
  passwordHash: null,
  administrator: false,
  status: 'active',
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

/** What every AccountStore must do, run against each implementation (SQLite today; PostgreSQL with issue 12). */
export const accountStoreContract = (open: () => AccountStore) => {
  it('answers a ping while open, and refuses one once closed (readiness asks it)', async () => {
    const store = open();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });

  it('keeps the notifications each account chose, lists those that chose any, and forgets them with the account', async () => {
    const store = open();
    await store.saveAccount(account('rad'));
    await store.saveAccount(account('tyst'));
    await store.saveNotificationSettings({ accountId: 'rad', kinds: ['proposalAwaiting'], dueWithinDays: 14 });
    await store.saveNotificationSettings({ accountId: 'rad', kinds: ['proposalAwaiting', 'weeklyDigest'], dueWithinDays: 7 });
    await store.saveNotificationSettings({ accountId: 'tyst', kinds: [], dueWithinDays: 14 });
    expect(await store.notificationSettings('rad')).toEqual({ accountId: 'rad', kinds: ['proposalAwaiting', 'weeklyDigest'], dueWithinDays: 7 });
    expect(await store.listNotificationSettings()).toEqual([{ accountId: 'rad', kinds: ['proposalAwaiting', 'weeklyDigest'], dueWithinDays: 7 }]);
    await store.forgetAccount('rad');
    expect(await store.notificationSettings('rad')).toBeUndefined();
  });

  it('saves an account and finds it by id and by username; saving again replaces it', async () => {
    const store = open();
    await store.saveAccount(account('anna'));
    await store.saveAccount(account('anna', { displayName: 'Anna A', updatedAt: LATER }));
    expect(await store.findAccount('anna')).toEqual(account('anna', { displayName: 'Anna A', updatedAt: LATER }));
    expect((await store.findByUsername('anna'))?.id).toBe('anna');
    expect(await store.listAccounts()).toHaveLength(1);
  });

  it('refuses a username another account holds', async () => {
    const store = open();
    await store.saveAccount(account('a', { username: 'samma' }));
    await expect(store.saveAccount(account('b', { username: 'samma' }))).rejects.toBeInstanceOf(UsernameTakenError);
    expect(await store.findAccount('b')).toBeUndefined();
  });

  it('gives an invitation once, and only before it expires, matching the e-mail whatever its case', async () => {
    const store = open();
    await store.saveAccount(account('inv', { username: null }));
    await store.saveInvitation({ id: 'i1', email: 'anna@lomma.se', accountId: 'inv', expiresAt: LATER, createdAt: T0 });
    expect(await store.takeInvitation('anna@lomma.se', '2025-03-21T00:00:00.000Z')).toBeUndefined();
    expect((await store.takeInvitation('ANNA@lomma.se', T0))?.accountId).toBe('inv');
    expect(await store.takeInvitation('anna@lomma.se', T0)).toBeUndefined();
  });

  it('uses a password link once, and never after it expired', async () => {
    const store = open();
    await store.saveAccount(account('p'));
    await store.savePasswordLink('hash-1', 'p', LATER);
    expect(await store.takePasswordLink('hash-1', T0)).toBe('p');
    expect(await store.takePasswordLink('hash-1', T0)).toBeUndefined();
    await store.savePasswordLink('hash-2', 'p', LATER);
    expect(await store.takePasswordLink('hash-2', '2025-04-01T00:00:00.000Z')).toBeUndefined();
  });

  it('links an identity to one account, and the link answers which account it is', async () => {
    const store = open();
    await store.saveAccount(account('x'));
    await store.recordPendingSignIn({ id: 'pend', issuer: 'https://idp', subject: 's', name: null, email: null, firstSeenAt: T0 });
    await store.linkIdentity('https://idp', 's', 'x', T0);
    expect(await store.accountOfIdentity('https://idp', 's')).toBe('x');
    expect(await store.listPendingSignIns(T0)).toEqual([]);
    await expect(store.linkIdentity('https://idp', 's', 'x', T0)).rejects.toThrow();
  });

  it('forgets a first sign-in that waited past PENDING_SIGN_IN_DAYS, name and address with it', async () => {
    const store = open();
    const seen = (id: string, firstSeenAt: string) => ({ id, issuer: 'https://idp', subject: id, name: 'Namn', email: `${id}@example.se`, firstSeenAt });
    await store.recordPendingSignIn(seen('early', '2025-01-01T00:00:00.000Z'));
    await store.recordPendingSignIn(seen('later', '2025-01-20T00:00:00.000Z'));
    expect((await store.listPendingSignIns('2025-01-30T00:00:00.000Z')).map((p) => p.id)).toEqual(['early', 'later']);
    expect((await store.listPendingSignIns('2025-02-05T00:00:00.000Z')).map((p) => p.id)).toEqual(['later']);
    expect(await store.findPendingSignIn('early')).toBeUndefined();
    expect(await store.findPendingSignIn('later')).toMatchObject({ email: 'later@example.se', firstSeenAt: '2025-01-20T00:00:00.000Z' });
    // Gone, not hidden: an earlier moment does not bring it back.
    expect((await store.listPendingSignIns('2025-01-30T00:00:00.000Z')).map((p) => p.id)).toEqual(['later']);
    await store.recordPendingSignIn(seen('newest', '2025-03-01T00:00:00.000Z'));
    expect((await store.listPendingSignIns('2025-03-01T00:00:00.000Z')).map((p) => p.id)).toEqual(['newest']);
  });

  it('ends every session of an account but the one kept, and forgets all an account holds', async () => {
    const store = open();
    await store.saveAccount(account('s'));
    for (const idHash of ['h1', 'h2', 'h3']) {
      await store.saveSession({ idHash, accountId: 's', csrfToken: 'c', signIn: { method: 'password' }, createdAt: T0, lastSeenAt: T0 });
    }
    await store.deleteSessionsOf('s', 'h2');
    expect(await store.findSession('h1')).toBeUndefined();
    expect((await store.findSession('h2'))?.signIn).toEqual({ method: 'password' });
    await store.linkIdentity('https://idp', 'sub-s', 's', T0);
    await store.forgetAccount('s');
    expect(await store.findSession('h2')).toBeUndefined();
    expect(await store.accountOfIdentity('https://idp', 'sub-s')).toBeUndefined();
  });
};
