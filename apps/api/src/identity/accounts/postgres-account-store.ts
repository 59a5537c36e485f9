import { redact } from '@samverkan/event-store';
import pg from 'pg';
import type { SignInEvidence } from '../external-sign-in.js';
import {
  AccountStore,
  pendingSignInCutoff,
  UsernameTakenError,
  type AccountRecord,
  type InvitationRecord,
  type PendingSignInRecord,
  type SessionRecord,
} from './account-store.port.js';
import { POSTGRES_ACCOUNT_MIGRATIONS } from './postgres-account-tables.js';
import { migratePostgres, uniqueViolation } from './postgres-schema.js';

/**
 * Every statement, by name: each runs as a named (prepared) query, parsed once per connection of
 * the pool, since the guard asks for an account and a session on every request. Each "take" is one
 * DELETE … RETURNING and each multi-table change one statement, so two instances never both use a
 * single-use link and nothing is half-done.
 */
const SQL = {
  findAccount: 'SELECT * FROM accounts WHERE id = $1',
  findByUsername: 'SELECT * FROM accounts WHERE username = $1',
  listAccounts: 'SELECT * FROM accounts ORDER BY created_at, id',
  saveAccount: `INSERT INTO accounts (id, username, display_name, email, password_hash, administrator, status, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name, email = excluded.email,
      password_hash = excluded.password_hash, administrator = excluded.administrator, status = excluded.status, updated_at = excluded.updated_at`,
  forgetAccount: `WITH identities AS (DELETE FROM account_identities WHERE account_id = $1),
      invitations AS (DELETE FROM account_invitations WHERE account_id = $1),
      links AS (DELETE FROM account_password_links WHERE account_id = $1)
    DELETE FROM account_sessions WHERE account_id = $1`,
  accountOfIdentity: 'SELECT account_id FROM account_identities WHERE issuer = $1 AND subject = $2',
  linkIdentity: `WITH linked AS (
      INSERT INTO account_identities (issuer, subject, account_id, linked_at) VALUES ($1, $2, $3, $4) RETURNING issuer, subject)
    DELETE FROM account_pending_sign_ins p USING linked WHERE p.issuer = linked.issuer AND p.subject = linked.subject`,
  saveInvitation: 'INSERT INTO account_invitations (id, email, account_id, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)',
  listInvitations: 'SELECT * FROM account_invitations WHERE expires_at > $1 ORDER BY created_at, id',
  // SKIP LOCKED: of two instances taking the same invitation at once, the second finds none.
  takeInvitation: `DELETE FROM account_invitations WHERE id = (
      SELECT id FROM account_invitations WHERE lower(email) = lower($1) AND expires_at > $2
      ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *`,
  forgetPendingBefore: 'DELETE FROM account_pending_sign_ins WHERE first_seen_at < $1',
  // The first sighting is kept (its time and id); a later one only refreshes the claims.
  recordPending: `INSERT INTO account_pending_sign_ins (id, issuer, subject, name, email, first_seen_at) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (issuer, subject) DO UPDATE SET name = excluded.name, email = excluded.email`,
  listPending: 'SELECT * FROM account_pending_sign_ins ORDER BY first_seen_at, id',
  findPending: 'SELECT * FROM account_pending_sign_ins WHERE id = $1',
  takePending: 'DELETE FROM account_pending_sign_ins WHERE id = $1 RETURNING *',
  // One link per account: a new one replaces the older, so only the latest works.
  savePasswordLink: `INSERT INTO account_password_links (token_hash, account_id, expires_at) VALUES ($1, $2, $3)
    ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash, expires_at = excluded.expires_at`,
  takePasswordLink: 'DELETE FROM account_password_links WHERE token_hash = $1 RETURNING account_id, expires_at > $2 AS live',
  saveSession: 'INSERT INTO account_sessions (id_hash, account_id, csrf_token, sign_in, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6)',
  findSession: 'SELECT * FROM account_sessions WHERE id_hash = $1',
  touchSession: 'UPDATE account_sessions SET last_seen_at = $2 WHERE id_hash = $1',
  deleteSession: 'DELETE FROM account_sessions WHERE id_hash = $1',
  deleteSessionsOf: 'DELETE FROM account_sessions WHERE account_id = $1 AND id_hash IS DISTINCT FROM $2',
} as const;

interface AccountRow {
  id: string;
  username: string | null;
  display_name: string | null;
  email: string | null;
  password_hash: string | null;
  administrator: boolean;
  status: AccountRecord['status'];
  created_at: Date;
  updated_at: Date;
}

interface InvitationRow {
  id: string;
  email: string;
  account_id: string;
  expires_at: Date;
  created_at: Date;
}

interface PendingSignInRow {
  id: string;
  issuer: string;
  subject: string;
  name: string | null;
  email: string | null;
  first_seen_at: Date;
}

interface SessionRow {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  sign_in: SignInEvidence;
  created_at: Date;
  last_seen_at: Date;
}

const iso = (at: Date): string => at.toISOString();

const toAccount = (r: AccountRow): AccountRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  email: r.email,
  passwordHash: r.password_hash,
  administrator: r.administrator,
  status: r.status,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

const toInvitation = (r: InvitationRow): InvitationRecord => ({
  id: r.id,
  email: r.email,
  accountId: r.account_id,
  expiresAt: iso(r.expires_at),
  createdAt: iso(r.created_at),
});

const toPendingSignIn = (r: PendingSignInRow): PendingSignInRecord => ({
  id: r.id,
  issuer: r.issuer,
  subject: r.subject,
  name: r.name,
  email: r.email,
  firstSeenAt: iso(r.first_seen_at),
});

const toSession = (r: SessionRow): SessionRecord => ({
  idHash: r.id_hash,
  accountId: r.account_id,
  csrfToken: r.csrf_token,
  signIn: r.sign_in,
  createdAt: iso(r.created_at),
  lastSeenAt: iso(r.last_seen_at),
});

/**
 * The accounts in a PostgreSQL database (ACCOUNTS_URL, or the event log's database), shared by every
 * instance behind a load balancer: a session started on one is found by the others, and a password
 * changed on one ends the sessions all of them serve. Its tables are named `account…`, beside the
 * event store's.
 */
export class PostgresAccountStore extends AccountStore {
  private constructor(readonly pool: pg.Pool) {
    super();
  }

  /** Connects, and creates or migrates the tables when they are missing or older. */
  static async open(connectionString: string, options: Omit<pg.PoolConfig, 'connectionString'> = {}): Promise<PostgresAccountStore> {
    // A database that stops answering fails a request after 10 s instead of holding it forever.
    const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 10_000, ...options });
    // An idle connection the server dropped is replaced on the next query; unhandled, its error would end the process.
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool, 'accounts', POSTGRES_ACCOUNT_MIGRATIONS);
    } catch (error) {
      await pool.end();
      throw new Error(`Cannot open the accounts at ${redact(connectionString)}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    return new PostgresAccountStore(pool);
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }

  private async run<R extends pg.QueryResultRow = pg.QueryResultRow>(name: keyof typeof SQL, values: readonly unknown[]): Promise<R[]> {
    return (await this.pool.query<R>({ name: `accounts.${name}`, text: SQL[name], values: [...values] })).rows;
  }

  async findAccount(id: string) {
    const [row] = await this.run<AccountRow>('findAccount', [id]);
    return row ? toAccount(row) : undefined;
  }

  async findByUsername(username: string) {
    const [row] = await this.run<AccountRow>('findByUsername', [username]);
    return row ? toAccount(row) : undefined;
  }

  async listAccounts() {
    return (await this.run<AccountRow>('listAccounts', [])).map(toAccount);
  }

  async saveAccount(a: AccountRecord) {
    const values = [a.id, a.username, a.displayName, a.email, a.passwordHash, a.administrator, a.status, a.createdAt, a.updatedAt];
    try {
      await this.run('saveAccount', values);
    } catch (error) {
      if (uniqueViolation(error) !== 'accounts_username_key' || !a.username) throw error;
      // ON CONFLICT settles a race on the id only: when another instance inserted this very account
      // at the same moment, its username index refuses ours. Then the row is there, and saving again updates it.
      if ((await this.findByUsername(a.username))?.id !== a.id) throw new UsernameTakenError(a.username);
      await this.run('saveAccount', values);
    }
  }

  async forgetAccount(id: string) {
    await this.run('forgetAccount', [id]);
  }

  async accountOfIdentity(issuer: string, subject: string) {
    const [row] = await this.run<{ account_id: string }>('accountOfIdentity', [issuer, subject]);
    return row?.account_id;
  }

  async linkIdentity(issuer: string, subject: string, accountId: string, at: string) {
    await this.run('linkIdentity', [issuer, subject, accountId, at]);
  }

  async saveInvitation(i: InvitationRecord) {
    await this.run('saveInvitation', [i.id, i.email, i.accountId, i.expiresAt, i.createdAt]);
  }

  async listInvitations(now: string) {
    return (await this.run<InvitationRow>('listInvitations', [now])).map(toInvitation);
  }

  async takeInvitation(email: string, now: string) {
    const [row] = await this.run<InvitationRow>('takeInvitation', [email, now]);
    return row ? toInvitation(row) : undefined;
  }

  async recordPendingSignIn(p: PendingSignInRecord) {
    await this.run('forgetPendingBefore', [pendingSignInCutoff(p.firstSeenAt)]);
    await this.run('recordPending', [p.id, p.issuer, p.subject, p.name, p.email, p.firstSeenAt]);
  }

  async listPendingSignIns(now: string) {
    await this.run('forgetPendingBefore', [pendingSignInCutoff(now)]);
    return (await this.run<PendingSignInRow>('listPending', [])).map(toPendingSignIn);
  }

  async findPendingSignIn(id: string) {
    const [row] = await this.run<PendingSignInRow>('findPending', [id]);
    return row ? toPendingSignIn(row) : undefined;
  }

  async takePendingSignIn(id: string) {
    const [row] = await this.run<PendingSignInRow>('takePending', [id]);
    return row ? toPendingSignIn(row) : undefined;
  }

  async savePasswordLink(tokenHash: string, accountId: string, expiresAt: string) {
    await this.run('savePasswordLink', [tokenHash, accountId, expiresAt]);
  }

  async takePasswordLink(tokenHash: string, now: string) {
    const [row] = await this.run<{ account_id: string; live: boolean }>('takePasswordLink', [tokenHash, now]);
    return row?.live ? row.account_id : undefined;
  }

  async saveSession(s: SessionRecord) {
    await this.run('saveSession', [s.idHash, s.accountId, s.csrfToken, JSON.stringify(s.signIn), s.createdAt, s.lastSeenAt]);
  }

  async findSession(idHash: string) {
    const [row] = await this.run<SessionRow>('findSession', [idHash]);
    return row ? toSession(row) : undefined;
  }

  async touchSession(idHash: string, at: string) {
    await this.run('touchSession', [idHash, at]);
  }

  async deleteSession(idHash: string) {
    await this.run('deleteSession', [idHash]);
  }

  async deleteSessionsOf(accountId: string, exceptIdHash?: string) {
    await this.run('deleteSessionsOf', [accountId, exceptIdHash ?? null]);
  }
}
