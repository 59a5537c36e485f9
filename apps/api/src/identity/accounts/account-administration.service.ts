import { Injectable } from '@nestjs/common';
import { notFound, PROBLEM_BASE, ProblemError, unprocessable } from '../../common/problem.js';
import { Clock, IdGenerator } from '../../infrastructure/clock.js';
import { AccountStore, UsernameTakenError, type AccountRecord, type InvitationRecord } from './account-store.port.js';
import { checkPassword, digestOf, hashPassword, newSecret } from './passwords.js';

const DAY = 24 * 3600_000;
/** A one-time password link works for a week, once. */
const PASSWORD_LINK_DAYS = 7;
/** An invitation waits two weeks for its first sign-in. */
const INVITATION_DAYS = 14;

export interface NewAccount {
  readonly username?: string;
  readonly displayName: string;
  readonly email?: string;
  readonly administrator?: boolean;
}

/** What an administrator does to accounts, and what a person does to their own password. */
@Injectable()
export class AccountAdministration {
  constructor(
    private readonly store: AccountStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  list(): Promise<AccountRecord[]> {
    return this.store.listAccounts();
  }

  /** A local account; the person sets their password through the one-time link answered here. */
  async createLocal(input: NewAccount & { readonly username: string }): Promise<{ account: AccountRecord; passwordLink: string }> {
    if (await this.store.findByUsername(input.username)) throw usernameTaken(input.username);
    const account = await this.insert(input);
    return { account, passwordLink: await this.passwordLinkFor(account) };
  }

  /** A local account with a password given now (the command line's `--password-stdin`). */
  async createLocalWithPassword(input: NewAccount & { readonly username: string }, password: string): Promise<AccountRecord> {
    if (await this.store.findByUsername(input.username)) throw usernameTaken(input.username);
    const passwordHash = await hashPassword(password);
    return this.save({ ...(await this.insert(input)), passwordHash });
  }

  /** An account for someone who will sign in through an identity provider with this (verified) e-mail address. */
  async invite(input: NewAccount & { readonly email: string }): Promise<{ account: AccountRecord; invitation: InvitationRecord }> {
    const account = await this.insert({ ...input, username: undefined });
    const now = this.clock.now();
    const invitation: InvitationRecord = {
      id: this.ids.newId(),
      email: input.email.toLowerCase(),
      accountId: account.id,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY).toISOString(),
      createdAt: now.toISOString(),
    };
    await this.store.saveInvitation(invitation);
    return { account, invitation };
  }

  listInvitations(): Promise<InvitationRecord[]> {
    return this.store.listInvitations(this.clock.now().toISOString());
  }

  async disable(id: string, by: string): Promise<AccountRecord> {
    if (id === by) throw unprocessable('AdministratorMayNotDisableThemselves', 'Du kan inte stänga av ditt eget konto.');
    const account = await this.living(id);
    const changed = await this.save({ ...account, status: 'disabled' });
    await this.store.deleteSessionsOf(id);
    return changed;
  }

  async enable(id: string): Promise<AccountRecord> {
    return this.save({ ...(await this.living(id)), status: 'active' });
  }

  /** Erases the person: the id stays (the log names it), the name, e-mail, username and password go. */
  async remove(id: string, by: string): Promise<AccountRecord> {
    if (id === by) throw unprocessable('AdministratorMayNotRemoveThemselves', 'Du kan inte ta bort ditt eget konto.');
    const account = await this.living(id);
    await this.store.forgetAccount(id);
    return this.save({ ...account, username: null, displayName: null, email: null, passwordHash: null, administrator: false, status: 'removed' });
  }

  async resetPassword(id: string): Promise<string> {
    const account = await this.living(id);
    if (!account.username) throw unprocessable('PasswordNeedsAUsername', 'Kontot loggar in via en identitetsleverantör och har inget lösenord.');
    return this.passwordLinkFor(account);
  }

  /** Sets the password a one-time link was made for; the link is used up even when it was expired. */
  async setPasswordByLink(token: string, password: string): Promise<void> {
    const id = await this.store.takePasswordLink(digestOf(token), this.clock.now().toISOString());
    const account = id ? await this.store.findAccount(id) : undefined;
    if (!account || account.status === 'removed') {
      throw unprocessable(
        'PasswordLinkMustBeUnusedAndUnexpired',
        'Länken är redan använd, har gått ut eller finns inte. Be en administratör om en ny.',
        'token',
      );
    }
    await this.save({ ...account, passwordHash: await hashPassword(password) });
    // A reset is often because someone else may know the old password: every session of the account ends.
    await this.store.deleteSessionsOf(account.id);
  }

  /** Changes one's own password; every other session of the account ends (the caller's own, `keepSession`, stays). */
  async changePassword(id: string, current: string, next: string, keepSession?: string): Promise<void> {
    const account = await this.living(id);
    if (!(await checkPassword(account.passwordHash, current)).ok) {
      throw unprocessable('CurrentPasswordMustMatch', 'Det nuvarande lösenordet stämmer inte.', 'currentPassword');
    }
    await this.save({ ...account, passwordHash: await hashPassword(next) });
    await this.store.deleteSessionsOf(account.id, keepSession);
  }

  /** A pending first sign-in becomes an account (new, or linked to one that exists). */
  async approve(pendingId: string, into: { accountId?: string; displayName?: string; administrator?: boolean }): Promise<AccountRecord> {
    const pending = await this.store.findPendingSignIn(pendingId);
    if (!pending) throw notFound(`The pending sign-in ${pendingId}`);
    const account = into.accountId
      ? await this.living(into.accountId)
      : await this.insert({
          displayName: into.displayName ?? pending.name ?? pending.email ?? pending.subject,
          ...(pending.email ? { email: pending.email } : {}),
          administrator: into.administrator === true,
        });
    await this.store.linkIdentity(pending.issuer, pending.subject, account.id, this.clock.now().toISOString());
    return account;
  }

  listPending() {
    return this.store.listPendingSignIns(this.clock.now().toISOString());
  }

  async deny(pendingId: string): Promise<void> {
    if (!(await this.store.takePendingSignIn(pendingId))) throw notFound(`The pending sign-in ${pendingId}`);
  }

  private async insert(input: NewAccount): Promise<AccountRecord> {
    const now = this.clock.now().toISOString();
    const account: AccountRecord = {
      id: this.ids.newId(),
      username: input.username ?? null,
      displayName: input.displayName,
      email: input.email ?? null,
      passwordHash: null,
      administrator: input.administrator === true,
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.store.saveAccount(account);
    } catch (error) {
      if (error instanceof UsernameTakenError) throw usernameTaken(error.username);
      throw error;
    }
    return account;
  }

  private async save(account: AccountRecord): Promise<AccountRecord> {
    const changed = { ...account, updatedAt: this.clock.now().toISOString() };
    await this.store.saveAccount(changed);
    return changed;
  }

  /** The account, unless it does not exist or was removed (a removed account cannot be changed back). */
  private async living(id: string): Promise<AccountRecord> {
    const account = await this.store.findAccount(id);
    if (!account || account.status === 'removed') throw notFound(`The account ${id}`);
    return account;
  }

  private async passwordLinkFor(account: AccountRecord): Promise<string> {
    const token = newSecret();
    const expiresAt = new Date(this.clock.now().getTime() + PASSWORD_LINK_DAYS * DAY).toISOString();
    await this.store.savePasswordLink(digestOf(token), account.id, expiresAt);
    return `/losenord/${token}`;
  }
}

const usernameTaken = (username: string) =>
  new ProblemError({
    type: `${PROBLEM_BASE}conflict`,
    title: 'Conflict',
    status: 409,
    detail: `Användarnamnet ${username} är upptaget.`,
    rule: 'UsernameMustBeUnique',
    field: 'username',
  });
