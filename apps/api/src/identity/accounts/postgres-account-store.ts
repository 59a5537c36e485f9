import { redact } from '@samverkan/event-store';
import pg from 'pg';
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
import {
  toAccount,
  toInvitation,
  toPendingSignIn,
  toSession,
  type AccountRow,
  type InvitationRow,
  type PendingSignInRow,
  type SessionRow,
} from './postgres-account-rows.js';
import { POSTGRES_ACCOUNT_MIGRATIONS, SQL } from './postgres-account-sql.js';
import { migratePostgres, uniqueViolation } from './postgres-schema.js';

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

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
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

  async notificationSettings(accountId: string) {
    const row = (await this.run<NotificationSettingsRow>('notificationSettings', [accountId]))[0];
    return row ? toNotificationSettings(row) : undefined;
  }

  async saveNotificationSettings(s: NotificationSettingsRecord) {
    await this.run('saveNotificationSettings', [s.accountId, JSON.stringify(s.kinds), s.dueWithinDays]);
  }

  async listNotificationSettings() {
    return (await this.run<NotificationSettingsRow>('listNotificationSettings', [])).map(toNotificationSettings);
  }
}

interface NotificationSettingsRow {
  readonly account_id: string;
  readonly kinds: string[];
  readonly due_within_days: number;
}

const toNotificationSettings = (r: NotificationSettingsRow): NotificationSettingsRecord => ({
  accountId: r.account_id,
  kinds: r.kinds,
  dueWithinDays: r.due_within_days,
});
