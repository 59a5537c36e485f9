import { Injectable } from '@nestjs/common';
import { Clock } from '../infrastructure/clock.js';
import { AccountStore, type AccountRecord } from './accounts/account-store.port.js';
import { checkPassword, hashPassword } from './accounts/passwords.js';
import type { Actor } from './actor.js';
import type { SignInEvidence } from './external-sign-in.js';

/** How history names an account that was removed: its id stays in the log, its name is gone. */
export const REMOVED_ACCOUNT_NAME = 'Borttagen användare';
/** How history names the system's own actors (`system:…`), in plain words for officials. */
export const SYSTEM_ACTOR_NAME = 'Systemet';
/** The demo seed (`system:demo-seed`) loads the example agreements: its rows say so. */
export const DEMO_SEED_ACTOR_NAME = 'Systemet (demodata)';
const systemActorName = (id: string): string => (id === 'system:demo-seed' ? DEMO_SEED_ACTOR_NAME : SYSTEM_ACTOR_NAME);

const PASSWORD: SignInEvidence = { method: 'password' };

/** The accounts as the rest of the app asks about them: who signs in, who exists, what they are called. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly store: AccountStore,
    private readonly clock: Clock,
  ) {}

  /** The active account with this username and password; a bcrypt hash of an older install is replaced by argon2id. */
  async authenticate(username: string, password: string): Promise<Actor | undefined> {
    const account = await this.store.findByUsername(username);
    const { ok, rehash } = await checkPassword(account?.passwordHash ?? null, password);
    if (!ok || !account || account.status !== 'active') return undefined;
    if (rehash) await this.store.saveAccount({ ...account, passwordHash: await hashPassword(password), updatedAt: this.clock.now().toISOString() });
    return actorOf(account, PASSWORD);
  }

  /** The account as an actor, when it exists and may act (neither disabled nor removed). */
  async find(id: string, signIn: SignInEvidence = PASSWORD): Promise<Actor | undefined> {
    const account = await this.store.findAccount(id);
    return account?.status === 'active' ? actorOf(account, signIn) : undefined;
  }

  /** The rows with the name history shows for each row's actor, asked now: a removed account is named as removed. */
  async named<R extends { readonly actorId: string }>(rows: readonly R[]): Promise<(R & { readonly actorName: string })[]> {
    const names = await this.namesOf(rows.map((row) => row.actorId));
    return rows.map((row) => ({ ...row, actorName: names.get(row.actorId) ?? row.actorId }));
  }

  /** The names history shows for these actor ids, asked at query time: the event log holds no names. */
  async namesOf(ids: Iterable<string>): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of new Set(ids)) {
      if (id.startsWith('system:')) names.set(id, systemActorName(id));
      else {
        const account = await this.store.findAccount(id);
        names.set(id, !account ? id : account.status === 'removed' ? REMOVED_ACCOUNT_NAME : (account.displayName ?? id));
      }
    }
    return names;
  }
}

export const actorOf = (account: AccountRecord, signIn: SignInEvidence): Actor => ({
  userId: account.id,
  displayName: account.displayName ?? account.id,
  administrator: account.administrator,
  signIn,
});
