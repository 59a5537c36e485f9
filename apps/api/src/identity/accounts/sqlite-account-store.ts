import Database from 'better-sqlite3';
import type { SignInEvidence } from '../external-sign-in.js';
import {
  AccountStore,
  pendingSignInCutoff,
  UsernameTakenError,
  type AccountRecord,
  type InvitationRecord,
  type NotificationSettingsRecord,
  type PendingSignInRecord,
  type SessionRecord,
} from './account-store.port.js';

/** Each entry moves the schema one version on (PRAGMA user_version); never edit one that shipped. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE accounts (
     id TEXT PRIMARY KEY,
     username TEXT UNIQUE,
     display_name TEXT,
     email TEXT,
     password_hash TEXT,
     administrator INTEGER NOT NULL DEFAULT 0,
     status TEXT NOT NULL CHECK (status IN ('active', 'disabled', 'removed')),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE external_identities (
     issuer TEXT NOT NULL,
     subject TEXT NOT NULL,
     account_id TEXT NOT NULL REFERENCES accounts(id),
     linked_at TEXT NOT NULL,
     PRIMARY KEY (issuer, subject)
   );
   CREATE TABLE invitations (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     account_id TEXT NOT NULL REFERENCES accounts(id),
     expires_at TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX invitations_by_email ON invitations (email);
   CREATE TABLE pending_sign_ins (
     id TEXT PRIMARY KEY,
     issuer TEXT NOT NULL,
     subject TEXT NOT NULL,
     name TEXT,
     email TEXT,
     first_seen_at TEXT NOT NULL,
     UNIQUE (issuer, subject)
   );
   CREATE TABLE password_links (
     token_hash TEXT PRIMARY KEY,
     account_id TEXT NOT NULL REFERENCES accounts(id),
     expires_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     id_hash TEXT PRIMARY KEY,
     account_id TEXT NOT NULL REFERENCES accounts(id),
     csrf_token TEXT NOT NULL,
     sign_in TEXT NOT NULL,
     created_at TEXT NOT NULL,
     last_seen_at TEXT NOT NULL
   );
   CREATE INDEX sessions_by_account ON sessions (account_id);`,
  `CREATE TABLE notification_settings (
     account_id TEXT PRIMARY KEY REFERENCES accounts(id),
     kinds TEXT NOT NULL,
     due_within_days INTEGER NOT NULL
   );`,
];

interface AccountRow {
  id: string;
  username: string | null;
  display_name: string | null;
  email: string | null;
  password_hash: string | null;
  administrator: number;
  status: AccountRecord['status'];
  created_at: string;
  updated_at: string;
}

const toAccount = (r: AccountRow): AccountRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  email: r.email,
  passwordHash: r.password_hash,
  administrator: r.administrator === 1,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toInvitation = (r: { id: string; email: string; account_id: string; expires_at: string; created_at: string }): InvitationRecord => ({
  id: r.id,
  email: r.email,
  accountId: r.account_id,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
});

interface PendingSignInRow {
  readonly id: string;
  readonly issuer: string;
  readonly subject: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly first_seen_at: string;
}

const toPendingSignIn = (r: PendingSignInRow): PendingSignInRecord => ({
  id: r.id,
  issuer: r.issuer,
  subject: r.subject,
  name: r.name,
  email: r.email,
  firstSeenAt: r.first_seen_at,
});

/** The accounts in one SQLite file (accounts.sqlite in DATA_DIR), apart from the event store: they are not events. */
export class SqliteAccountStore extends AccountStore {
  private readonly db: Database.Database;

  constructor(filename: string) {
    super();
    this.db = new Database(filename);
    // First, so that switching to WAL and migrating wait for another instance opening the same file.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Each statement compiled once: the guard asks for an account (and a session) on every request. */
  private statement<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P, R> {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared as unknown as Database.Statement<P, R>;
  }

  /** The version is read under the write lock (IMMEDIATE): instances sharing the file may start at once. */
  private migrate(): void {
    if ((this.db.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return;
    this.db
      .transaction(() => {
        const at = this.db.pragma('user_version', { simple: true }) as number;
        for (let version = at; version < MIGRATIONS.length; version++) this.db.exec(MIGRATIONS[version] as string);
        this.db.pragma(`user_version = ${Math.max(at, MIGRATIONS.length)}`);
      })
      .immediate();
  }

  close(): void {
    this.db.close();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async findAccount(id: string) {
    const row = this.statement<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?').get(id);
    return row ? toAccount(row) : undefined;
  }

  async findByUsername(username: string) {
    const row = this.statement<[string], AccountRow>('SELECT * FROM accounts WHERE username = ?').get(username);
    return row ? toAccount(row) : undefined;
  }

  async listAccounts() {
    return this.statement<[], AccountRow>('SELECT * FROM accounts ORDER BY created_at, id').all().map(toAccount);
  }

  async saveAccount(a: AccountRecord) {
    try {
      this.db
        .prepare(
          `INSERT INTO accounts (id, username, display_name, email, password_hash, administrator, status, created_at, updated_at)
           VALUES (@id, @username, @displayName, @email, @passwordHash, @administrator, @status, @createdAt, @updatedAt)
           ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name, email = excluded.email,
             password_hash = excluded.password_hash, administrator = excluded.administrator, status = excluded.status, updated_at = excluded.updated_at`,
        )
        .run({ ...a, administrator: a.administrator ? 1 : 0 });
    } catch (error) {
      // By its code, not `instanceof SqliteError`: the native addon keeps the class of whichever module instance loaded it first.
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' && a.username) throw new UsernameTakenError(a.username);
      throw error;
    }
  }

  async forgetAccount(id: string) {
    this.db.transaction(() => {
      for (const table of ['external_identities', 'invitations', 'password_links', 'sessions', 'notification_settings']) {
        this.statement(`DELETE FROM ${table} WHERE account_id = ?`).run(id);
      }
    })();
  }

  async accountOfIdentity(issuer: string, subject: string) {
    return this.db
      .prepare<[string, string], { account_id: string }>('SELECT account_id FROM external_identities WHERE issuer = ? AND subject = ?')
      .get(issuer, subject)?.account_id;
  }

  async linkIdentity(issuer: string, subject: string, accountId: string, at: string) {
    this.db.transaction(() => {
      this.statement('INSERT INTO external_identities (issuer, subject, account_id, linked_at) VALUES (?, ?, ?, ?)').run(issuer, subject, accountId, at);
      this.statement('DELETE FROM pending_sign_ins WHERE issuer = ? AND subject = ?').run(issuer, subject);
    })();
  }

  async saveInvitation(i: InvitationRecord) {
    this.db
      .prepare('INSERT INTO invitations (id, email, account_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(i.id, i.email, i.accountId, i.expiresAt, i.createdAt);
  }

  async listInvitations(now: string) {
    return this.db
      .prepare<[string], Parameters<typeof toInvitation>[0]>('SELECT * FROM invitations WHERE expires_at > ? ORDER BY created_at, id')
      .all(now)
      .map(toInvitation);
  }

  async takeInvitation(email: string, now: string) {
    return this.db.transaction(() => {
      const row = this.db
        .prepare<[string, string], Parameters<typeof toInvitation>[0]>(
          'SELECT * FROM invitations WHERE lower(email) = lower(?) AND expires_at > ? ORDER BY created_at DESC LIMIT 1',
        )
        .get(email, now);
      if (row) this.statement('DELETE FROM invitations WHERE id = ?').run(row.id);
      return row ? toInvitation(row) : undefined;
    })();
  }

  async recordPendingSignIn(p: PendingSignInRecord) {
    this.forgetPendingSignInsBefore(pendingSignInCutoff(p.firstSeenAt));
    // The first sighting is kept (its time and id); a later one only refreshes the claims.
    this.statement(
      `INSERT INTO pending_sign_ins (id, issuer, subject, name, email, first_seen_at) VALUES (@id, @issuer, @subject, @name, @email, @firstSeenAt)
         ON CONFLICT (issuer, subject) DO UPDATE SET name = excluded.name, email = excluded.email`,
    ).run(p);
  }

  private forgetPendingSignInsBefore(cutoff: string): void {
    this.statement('DELETE FROM pending_sign_ins WHERE first_seen_at < ?').run(cutoff);
  }

  async listPendingSignIns(now: string) {
    this.forgetPendingSignInsBefore(pendingSignInCutoff(now));
    return this.statement<[], PendingSignInRow>('SELECT * FROM pending_sign_ins ORDER BY first_seen_at, id').all().map(toPendingSignIn);
  }

  async findPendingSignIn(id: string) {
    const row = this.statement<[string], PendingSignInRow>('SELECT * FROM pending_sign_ins WHERE id = ?').get(id);
    return row ? toPendingSignIn(row) : undefined;
  }

  async takePendingSignIn(id: string) {
    const found = await this.findPendingSignIn(id);
    if (found) this.statement('DELETE FROM pending_sign_ins WHERE id = ?').run(id);
    return found;
  }

  async savePasswordLink(tokenHash: string, accountId: string, expiresAt: string) {
    this.db.transaction(() => {
      // A new link replaces any older one for the same account: only the latest works.
      this.statement('DELETE FROM password_links WHERE account_id = ?').run(accountId);
      this.statement('INSERT INTO password_links (token_hash, account_id, expires_at) VALUES (?, ?, ?)').run(tokenHash, accountId, expiresAt);
    })();
  }

  async takePasswordLink(tokenHash: string, now: string) {
    return this.db.transaction(() => {
      const row = this.db
        .prepare<[string], { account_id: string; expires_at: string }>('SELECT account_id, expires_at FROM password_links WHERE token_hash = ?')
        .get(tokenHash);
      if (!row) return undefined;
      this.statement('DELETE FROM password_links WHERE token_hash = ?').run(tokenHash);
      return row.expires_at > now ? row.account_id : undefined;
    })();
  }

  async saveSession(s: SessionRecord) {
    this.db
      .prepare('INSERT INTO sessions (id_hash, account_id, csrf_token, sign_in, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.idHash, s.accountId, s.csrfToken, JSON.stringify(s.signIn), s.createdAt, s.lastSeenAt);
  }

  async findSession(idHash: string) {
    const row = this.db
      .prepare<[string], { id_hash: string; account_id: string; csrf_token: string; sign_in: string; created_at: string; last_seen_at: string }>(
        'SELECT * FROM sessions WHERE id_hash = ?',
      )
      .get(idHash);
    if (!row) return undefined;
    return {
      idHash: row.id_hash,
      accountId: row.account_id,
      csrfToken: row.csrf_token,
      signIn: JSON.parse(row.sign_in) as SignInEvidence,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
    };
  }

  async touchSession(idHash: string, at: string) {
    this.statement('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(at, idHash);
  }

  async deleteSession(idHash: string) {
    this.statement('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteSessionsOf(accountId: string, exceptIdHash?: string) {
    this.statement('DELETE FROM sessions WHERE account_id = ? AND id_hash IS NOT ?').run(accountId, exceptIdHash ?? null);
  }

  async notificationSettings(accountId: string) {
    const row = this.statement<[string], NotificationSettingsRow>('SELECT * FROM notification_settings WHERE account_id = ?').get(accountId);
    return row ? toNotificationSettings(row) : undefined;
  }

  async saveNotificationSettings(s: NotificationSettingsRecord) {
    this.statement(
      `INSERT INTO notification_settings (account_id, kinds, due_within_days) VALUES (?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET kinds = excluded.kinds, due_within_days = excluded.due_within_days`,
    ).run(s.accountId, JSON.stringify(s.kinds), s.dueWithinDays);
  }

  async listNotificationSettings() {
    return this.statement<[], NotificationSettingsRow>("SELECT * FROM notification_settings WHERE kinds <> '[]' ORDER BY account_id")
      .all()
      .map(toNotificationSettings);
  }
}

interface NotificationSettingsRow {
  readonly account_id: string;
  readonly kinds: string;
  readonly due_within_days: number;
}

const toNotificationSettings = (r: NotificationSettingsRow): NotificationSettingsRecord => ({
  accountId: r.account_id,
  kinds: JSON.parse(r.kinds) as string[],
  dueWithinDays: r.due_within_days,
});
