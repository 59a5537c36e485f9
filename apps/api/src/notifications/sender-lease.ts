import pg from 'pg';

export interface LeaseState {
  /** This instance may decide and send mail now. */
  readonly held: boolean;
  /**
   * It took the lease on this call (it was not the sender a moment ago): whatever is `attempting`
   * in the outbox was handed to SMTP by a sender that stopped (or lost its lease in the middle of
   * a round), so it is settled as unconfirmed now, and never while another one holds the lease.
   */
  readonly justTaken: boolean;
  /** The last sender was another process (another instance, or this one before a restart). */
  readonly tookOver: boolean;
}

const NOT_HELD: LeaseState = { held: false, justTaken: false, tookOver: false };

/** Which instance decides and sends the mail: never two at once. */
export interface SenderLease {
  acquire(instanceId: string): Promise<LeaseState>;
  close(): Promise<void>;
}

/** One instance (the accounts in a SQLite file): it is always the sender, from its first round on. */
export const soleInstance = (): SenderLease => {
  let taken = false;
  return {
    acquire: async () => {
      const justTaken = !taken;
      taken = true;
      return { held: true, justTaken, tookOver: false };
    },
    close: async () => undefined,
  };
};

const LOCK = "SELECT pg_try_advisory_lock(hashtextextended('samverkan:notifications', 0)) AS held";

/**
 * Several instances sharing the accounts' PostgreSQL database: the sender is the one holding a
 * session advisory lock, on a connection of its own. The lock goes with the connection, so an
 * instance that dies frees it and another takes over at its next poll, continuing from the shared
 * outbox's checkpoint (PostgresOutbox). Who sent last is kept in account_notification_sender, so
 * the log can say when the sending moved to another instance.
 */
export class PostgresSenderLease implements SenderLease {
  private client: pg.Client | null = null;

  constructor(private readonly connectionString: string) {}

  async acquire(instanceId: string): Promise<LeaseState> {
    if (this.client) return { held: true, justTaken: false, tookOver: false };
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 10_000 });
    await client.connect();
    const { rows } = await client.query<{ held: boolean }>(LOCK);
    if (!rows[0]?.held) {
      await client.end();
      return NOT_HELD;
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
    return { held: true, justTaken: true, tookOver: before !== undefined && before !== instanceId };
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
