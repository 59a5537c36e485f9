import type { SignInEvidence } from '../external-sign-in.js';

export type AccountStatus = 'active' | 'disabled' | 'removed';

/**
 * A person who may sign in. `id` is what the event log names (actorId, a role assignment's userId)
 * and never changes; everything personal beside it is erased when the account is removed.
 */
export interface AccountRecord {
  readonly id: string;
  /** For local sign-in with a password; absent for accounts that only sign in through a provider. */
  readonly username: string | null;
  readonly displayName: string | null;
  readonly email: string | null;
  /** argon2id for new hashes; bcrypt hashes from older installs verify and are rehashed on sign-in. */
  readonly passwordHash: string | null;
  readonly administrator: boolean;
  readonly status: AccountStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An administrator invited an e-mail address: the first provider sign-in with that verified address links to the account. */
export interface InvitationRecord {
  readonly id: string;
  readonly email: string;
  readonly accountId: string;
  readonly expiresAt: string;
  readonly createdAt: string;
}

/** Someone signed in through a provider, unknown and uninvited: waits for an administrator. */
export interface PendingSignInRecord {
  readonly id: string;
  readonly issuer: string;
  readonly subject: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly firstSeenAt: string;
}

/** A browser session; only a hash of its id is stored, so a copy of the database signs no one in. */
export interface SessionRecord {
  readonly idHash: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly signIn: SignInEvidence;
  readonly createdAt: string;
  readonly lastSeenAt: string;
}

/**
 * The e-mail a person chose to receive (kinds as libs/notifications names them) and the N of
 * "due within N days". Kept with the account, never in the event log; erased with the account.
 */
export interface NotificationSettingsRecord {
  readonly accountId: string;
  readonly kinds: readonly string[];
  readonly dueWithinDays: number;
}

/**
 * How long a first sign-in waits for an administrator before it is forgotten. Behind an
 * e-legitimation broker anyone with an e-ID can sign in: what they leave (a name, an address) is
 * not kept longer than an administrator needs to see it.
 */
export const PENDING_SIGN_IN_DAYS = 30;

/** The moment before which a first sign-in has waited too long, at `now`. */
export const pendingSignInCutoff = (now: string): string => new Date(Date.parse(now) - PENDING_SIGN_IN_DAYS * 86_400_000).toISOString();

/**
 * Where accounts, their links to identity providers, invitations, pending first sign-ins, one-time
 * password links and sessions are kept: accounts.sqlite in DATA_DIR for one instance, or a
 * PostgreSQL database that several instances share (accountsLocation in config/stores.ts).
 */
export abstract class AccountStore {
  abstract findAccount(id: string): Promise<AccountRecord | undefined>;
  abstract findByUsername(username: string): Promise<AccountRecord | undefined>;
  abstract listAccounts(): Promise<AccountRecord[]>;
  /** Inserts, or replaces the account with the same id. Refuses (throws UsernameTakenError) a username another account holds. */
  abstract saveAccount(account: AccountRecord): Promise<void>;
  /** Erases a removed account's personal data everywhere it is held: links, invitations, sessions. */
  abstract forgetAccount(id: string): Promise<void>;

  abstract accountOfIdentity(issuer: string, subject: string): Promise<string | undefined>;
  abstract linkIdentity(issuer: string, subject: string, accountId: string, at: string): Promise<void>;

  abstract saveInvitation(invitation: InvitationRecord): Promise<void>;
  abstract listInvitations(now: string): Promise<InvitationRecord[]>;
  /** The open invitation for this address, if any; it is used up in the same call. */
  abstract takeInvitation(email: string, now: string): Promise<InvitationRecord | undefined>;

  /** Records a first sign-in (and forgets those that waited past PENDING_SIGN_IN_DAYS, with the name and address they carried). */
  abstract recordPendingSignIn(pending: PendingSignInRecord): Promise<void>;
  /** The first sign-ins waiting at `now`; those that waited past PENDING_SIGN_IN_DAYS are forgotten first. */
  abstract listPendingSignIns(now: string): Promise<PendingSignInRecord[]>;
  /** One waiting first sign-in, by its id. */
  abstract findPendingSignIn(id: string): Promise<PendingSignInRecord | undefined>;
  abstract takePendingSignIn(id: string): Promise<PendingSignInRecord | undefined>;

  abstract savePasswordLink(tokenHash: string, accountId: string, expiresAt: string): Promise<void>;
  /** The account the link sets a password for; the link is used up in the same call (single use). */
  abstract takePasswordLink(tokenHash: string, now: string): Promise<string | undefined>;

  abstract saveSession(session: SessionRecord): Promise<void>;
  abstract findSession(idHash: string): Promise<SessionRecord | undefined>;
  abstract touchSession(idHash: string, at: string): Promise<void>;
  abstract deleteSession(idHash: string): Promise<void>;
  /** Ends every session of the account, but the one with `exceptIdHash` (the caller's own) when given. */
  abstract deleteSessionsOf(accountId: string, exceptIdHash?: string): Promise<void>;

  abstract notificationSettings(accountId: string): Promise<NotificationSettingsRecord | undefined>;
  abstract saveNotificationSettings(settings: NotificationSettingsRecord): Promise<void>;
  /** Every account's choice that names at least one kind (the notifier's recipients, with listAccounts for their addresses). */
  abstract listNotificationSettings(): Promise<NotificationSettingsRecord[]>;

  /** Answers a trivial query, for readiness: rejects when the file or the database cannot be reached. */
  abstract ping(): Promise<void>;

  /** Lets go of the file or the connections; called once, on shutdown. */
  abstract close(): void | Promise<void>;
}

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`The username ${username} is taken`);
    this.name = 'UsernameTakenError';
  }
}
