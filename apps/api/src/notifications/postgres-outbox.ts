import { redact } from '@samverkan/event-store';
import pg from 'pg';
import { migratePostgres } from '../identity/accounts/postgres-schema.js';
import { noCounts, type Outbox, type OutboxRecord, type OutboxRow, type OutboxStatus } from './outbox.port.js';
import { toOutboxRow, type OutboxTableRow } from './outbox-rows.js';

/** Never edit one that shipped; add the next. The same rows, statuses and checkpoint as SqliteOutbox's file. */
const MIGRATIONS = [
  `CREATE TABLE notification_checkpoint (id integer PRIMARY KEY CHECK (id = 1), position text NOT NULL);
   CREATE TABLE notification_proposals (proposal_id text PRIMARY KEY, proposer_id text NOT NULL);
   CREATE TABLE notification_outbox (
     id text PRIMARY KEY,
     recipient_id text NOT NULL,
     address text NOT NULL,
     kind text NOT NULL,
     subject text NOT NULL,
     text text NOT NULL,
     status text NOT NULL CHECK (status IN ('pending', 'attempting', 'sent', 'unconfirmed', 'failed', 'withdrawn')),
     attempts integer NOT NULL DEFAULT 0,
     created_at timestamptz NOT NULL,
     not_before timestamptz NOT NULL,
     sent_at timestamptz,
     last_error text
   );
   CREATE INDEX notification_outbox_to_send ON notification_outbox (status, not_before);`,
];

const COLUMNS = 'id, recipient_id, address, kind, subject, text, status, attempts, created_at, not_before';

/**
 * The outbox several instances share, in the accounts' PostgreSQL database (the event log's, when
 * it is there): the instance that takes over sending continues from the checkpoint the last one
 * committed, and finds the week's and the meeting's keys it already used, so nothing between two
 * senders is lost and nothing is mailed twice. A batch and its checkpoint are one transaction; a
 * mail is taken with one UPDATE … FOR UPDATE SKIP LOCKED, committed before SMTP, so two senders
 * (a lease lost in the middle of a round) never take the same one.
 */
export class PostgresOutbox implements Outbox {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string): Promise<PostgresOutbox> {
    const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 10_000, max: 4 });
    // An idle connection the server dropped is replaced on the next query; unhandled, its error would end the process.
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool, 'notifications', MIGRATIONS);
    } catch (error) {
      await pool.end();
      throw new Error(`Cannot open the notifications' outbox at ${redact(connectionString)}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    return new PostgresOutbox(pool);
  }

  async checkpoint(): Promise<string | undefined> {
    return (await this.pool.query<{ position: string }>('SELECT position FROM notification_checkpoint WHERE id = 1')).rows[0]?.position;
  }

  async proposerOf(proposalId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ proposer_id: string }>('SELECT proposer_id FROM notification_proposals WHERE proposal_id = $1', [proposalId]);
    return rows[0]?.proposer_id;
  }

  async record(input: OutboxRecord): Promise<number> {
    const column = <K extends keyof OutboxRecord['rows'][number]>(key: K) => input.rows.map((row) => row[key]);
    return this.transaction(async (client) => {
      const added = await client.query(
        `INSERT INTO notification_outbox (id, recipient_id, address, kind, subject, text, status, created_at, not_before)
         SELECT id, recipient_id, address, kind, subject, text, 'pending', $7::timestamptz, $7::timestamptz
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS r (id, recipient_id, address, kind, subject, text)
         ON CONFLICT (id) DO NOTHING`,
        [column('id'), column('recipientId'), column('address'), column('kind'), column('subject'), column('text'), input.at],
      );
      const proposers = input.proposers ?? [];
      if (proposers.length > 0)
        await client.query(
          `INSERT INTO notification_proposals (proposal_id, proposer_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
          [proposers.map((p) => p.proposalId), proposers.map((p) => p.proposerId)],
        );
      // Never backwards: a sender that lost its lease mid-round may commit an older position after
      // the new one's. The notifier's "from the start" (not a number) is before every position.
      if (input.position !== undefined)
        await client.query(
          `INSERT INTO notification_checkpoint (id, position) VALUES (1, $1)
           ON CONFLICT (id) DO UPDATE SET position = excluded.position
           WHERE CASE
             WHEN excluded.position !~ '^[0-9]+$' THEN false
             WHEN notification_checkpoint.position !~ '^[0-9]+$' THEN true
             ELSE notification_checkpoint.position::numeric < excluded.position::numeric
           END`,
          [input.position],
        );
      return added.rowCount ?? 0;
    });
  }

  async takeNext(now: string): Promise<OutboxRow | undefined> {
    // One statement, committed on its own: the row is `attempting` before the sender hands it to SMTP.
    const { rows } = await this.pool.query<OutboxTableRow>(
      `UPDATE notification_outbox SET status = 'attempting', attempts = attempts + 1
       WHERE status = 'pending' AND id = (
         SELECT id FROM notification_outbox WHERE status = 'pending' AND not_before <= $1
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}`,
      [now],
    );
    return rows[0] && toOutboxRow(rows[0]);
  }

  async markSent(id: string, at: string): Promise<void> {
    await this.pool.query(
      "UPDATE notification_outbox SET status = 'sent', sent_at = $2, last_error = NULL, address = '' WHERE id = $1 AND status = 'attempting'",
      [id, at],
    );
  }

  async markRetry(id: string, notBefore: string, error: string): Promise<void> {
    await this.pool.query("UPDATE notification_outbox SET status = 'pending', not_before = $2, last_error = $3 WHERE id = $1 AND status = 'attempting'", [
      id,
      notBefore,
      error,
    ]);
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.pool.query("UPDATE notification_outbox SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'attempting'", [id, error]);
  }

  async withdrawUnwanted(wanted: (row: OutboxRow) => boolean): Promise<number> {
    const { rows } = await this.pool.query<OutboxTableRow>(`SELECT ${COLUMNS} FROM notification_outbox WHERE status = 'pending'`);
    const unwanted = rows.map(toOutboxRow).filter((row) => !wanted(row));
    if (unwanted.length === 0) return 0;
    // Still pending only: a mail taken by a sender since the SELECT is its own.
    const withdrawn = await this.pool.query(
      "UPDATE notification_outbox SET status = 'withdrawn', address = '' WHERE id = ANY($1::text[]) AND status = 'pending'",
      [unwanted.map((row) => row.id)],
    );
    return withdrawn.rowCount ?? 0;
  }

  async settleInterrupted(): Promise<number> {
    return (await this.pool.query("UPDATE notification_outbox SET status = 'unconfirmed' WHERE status = 'attempting'")).rowCount ?? 0;
  }

  async counts(): Promise<Record<OutboxStatus, number>> {
    const counts = noCounts();
    const { rows } = await this.pool.query<{ status: OutboxStatus; n: string }>('SELECT status, count(*) AS n FROM notification_outbox GROUP BY status');
    for (const { status, n } of rows) counts[status] = Number(n);
    return counts;
  }

  async rows(): Promise<OutboxRow[]> {
    return (await this.pool.query<OutboxTableRow>(`SELECT ${COLUMNS} FROM notification_outbox ORDER BY created_at, id`)).rows.map(toOutboxRow);
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
