import pg from 'pg';

export interface LeaseState {
  /** This instance may decide and send mail now. */
  readonly held: boolean;
  /** It has just become the sender after another instance was: its own checkpoint is stale. */
  readonly tookOver: boolean;
}

/** Which instance decides and sends the mail: never two at once. */
export interface SenderLease {
  acquire(instanceId: string): Promise<LeaseState>;
  close(): Promise<void>;
}

/** One instance (the accounts in a SQLite file): it is always the sender. */
export const SOLE_INSTANCE: SenderLease = { acquire: async () => ({ held: true, tookOver: false }), close: async () => undefined };

const LOCK = "SELECT pg_try_advisory_lock(hashtextextended('samverkan:notifications', 0)) AS held";

/**
 * Several instances sharing the accounts' PostgreSQL database: the sender is the one holding a
 * session advisory lock, on a connection of its own. The lock goes with the connection, so an
 * instance that dies frees it and another takes over at its next poll. Who sent last is kept in
 * account_notification_sender, so the next holder knows whether it resumes its own work or takes
 * over from another.
 */
export class PostgresSenderLease implements SenderLease {
  private client: pg.Client | null = null;

  constructor(private readonly connectionString: string) {}

  async acquire(instanceId: string): Promise<LeaseState> {
    if (this.client) return { held: true, tookOver: false };
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 10_000 });
    await client.connect();
    const { rows } = await client.query<{ held: boolean }>(LOCK);
    if (!rows[0]?.held) {
      await client.end();
      return { held: false, tookOver: false };
    }
    // A lost connection loses the lock: the next poll asks for it again.
    client.on('error', () => {
      if (this.client === client) this.client = null;
    });
    this.client = client;
    // Read, then written, under the lock: no other instance is between the two.
    const before = (await client.query<{ instance_id: string }>('SELECT instance_id FROM account_notification_sender WHERE id = 1')).rows[0]?.instance_id;
    await client.query(
      `INSERT INTO account_notification_sender (id, instance_id, since) VALUES (1, $1, now())
       ON CONFLICT (id) DO UPDATE SET instance_id = excluded.instance_id, since = excluded.since`,
      [instanceId],
    );
    return { held: true, tookOver: before !== undefined && before !== instanceId };
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
