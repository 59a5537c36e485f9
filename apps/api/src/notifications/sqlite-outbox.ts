import Database from 'better-sqlite3';
import { noCounts, type Outbox, type OutboxRecord, type OutboxRow, type OutboxStatus } from './outbox.port.js';
import { toOutboxRow, type OutboxTableRow } from './outbox-rows.js';

/** Never edit one that shipped; add the next. (notifier_instance is no longer read: the sender lease keeps its own id.) */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE notifier_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position TEXT NOT NULL);
   CREATE TABLE notifier_proposals (proposal_id TEXT PRIMARY KEY, proposer_id TEXT NOT NULL);
   CREATE TABLE outbox (
     id TEXT PRIMARY KEY,
     recipient_id TEXT NOT NULL,
     address TEXT NOT NULL,
     kind TEXT NOT NULL,
     subject TEXT NOT NULL,
     text TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'attempting', 'sent', 'unconfirmed', 'failed', 'withdrawn')),
     attempts INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     not_before TEXT NOT NULL,
     sent_at TEXT,
     last_error TEXT
   );
   CREATE INDEX outbox_to_send ON outbox (status, not_before);
   CREATE TABLE notifier_instance (id INTEGER PRIMARY KEY CHECK (id = 1), instance_id TEXT NOT NULL);
   INSERT INTO notifier_instance (id, instance_id) VALUES (1, lower(hex(randomblob(16))));`,
];

/**
 * One instance's outbox, a file of its own (DATA_DIR/notifications.sqlite), for the accounts in
 * SQLite. A batch of mails and the position they were decided at are written in one transaction,
 * so a crash leaves both or neither: the log is read again from the old position and the same ids
 * are decided, which the primary key keeps once. better-sqlite3 is synchronous; the methods
 * answer promises to fit the port PostgresOutbox shares.
 */
export class SqliteOutbox implements Outbox {
  private readonly db: Database.Database;

  constructor(filename: string) {
    this.db = new Database(filename);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db
      .transaction(() => {
        const at = this.db.pragma('user_version', { simple: true }) as number;
        for (let version = at; version < MIGRATIONS.length; version++) this.db.exec(MIGRATIONS[version] as string);
        this.db.pragma(`user_version = ${Math.max(at, MIGRATIONS.length)}`);
      })
      .immediate();
  }

  async checkpoint(): Promise<string | undefined> {
    return this.db.prepare<[], { position: string }>('SELECT position FROM notifier_checkpoint WHERE id = 1').get()?.position;
  }

  async proposerOf(proposalId: string): Promise<string | undefined> {
    return this.db.prepare<[string], { proposer_id: string }>('SELECT proposer_id FROM notifier_proposals WHERE proposal_id = ?').get(proposalId)
      ?.proposer_id;
  }

  async record(input: OutboxRecord): Promise<number> {
    const insert = this.db.prepare(
      `INSERT INTO outbox (id, recipient_id, address, kind, subject, text, status, created_at, not_before)
       VALUES (@id, @recipientId, @address, @kind, @subject, @text, 'pending', @at, @at) ON CONFLICT (id) DO NOTHING`,
    );
    const remember = this.db.prepare('INSERT INTO notifier_proposals (proposal_id, proposer_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const move = this.db.prepare(
      // Never backwards (as the shared outbox): decimal positions, the longer the later; the
      // notifier's "from the start" (not a number) is before every position.
      `INSERT INTO notifier_checkpoint (id, position) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position
       WHERE CASE
         WHEN excluded.position GLOB '*[^0-9]*' THEN 0
         WHEN position GLOB '*[^0-9]*' THEN 1
         ELSE length(position) < length(excluded.position) OR (length(position) = length(excluded.position) AND position < excluded.position)
       END`,
    );
    return this.db.transaction(() => {
      let added = 0;
      for (const row of input.rows) added += insert.run({ ...row, at: input.at }).changes;
      for (const p of input.proposers ?? []) remember.run(p.proposalId, p.proposerId);
      if (input.position !== undefined) move.run(input.position);
      return added;
    })();
  }

  async takeNext(now: string): Promise<OutboxRow | undefined> {
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare<[string], OutboxTableRow>("SELECT * FROM outbox WHERE status = 'pending' AND not_before <= ? ORDER BY created_at, id LIMIT 1")
          .get(now);
        if (!row) return undefined;
        this.db.prepare("UPDATE outbox SET status = 'attempting', attempts = attempts + 1 WHERE id = ?").run(row.id);
        return toOutboxRow({ ...row, status: 'attempting', attempts: row.attempts + 1 });
      })
      .immediate();
  }

  async markSent(id: string, at: string): Promise<void> {
    this.db.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL, address = '' WHERE id = ? AND status = 'attempting'").run(at, id);
  }

  async markRetry(id: string, notBefore: string, error: string): Promise<void> {
    this.db
      .prepare("UPDATE outbox SET status = 'pending', not_before = ?, last_error = ? WHERE id = ? AND status = 'attempting'")
      .run(notBefore, error, id);
  }

  async markFailed(id: string, error: string): Promise<void> {
    this.db.prepare("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'attempting'").run(error, id);
  }

  async withdrawUnwanted(wanted: (row: OutboxRow) => boolean): Promise<number> {
    const withdraw = this.db.prepare("UPDATE outbox SET status = 'withdrawn', address = '' WHERE id = ? AND status = 'pending'");
    return this.db.transaction(() => {
      let withdrawn = 0;
      for (const row of this.db.prepare<[], OutboxTableRow>("SELECT * FROM outbox WHERE status = 'pending'").all().map(toOutboxRow)) {
        if (!wanted(row)) withdrawn += withdraw.run(row.id).changes;
      }
      return withdrawn;
    })();
  }

  async settleInterrupted(): Promise<number> {
    return this.db.prepare("UPDATE outbox SET status = 'unconfirmed' WHERE status = 'attempting'").run().changes;
  }

  async counts(): Promise<Record<OutboxStatus, number>> {
    const counts = noCounts();
    for (const { status, n } of this.db
      .prepare<[], { status: OutboxStatus; n: number }>('SELECT status, count(*) AS n FROM outbox GROUP BY status')
      .all()) {
      counts[status] = n;
    }
    return counts;
  }

  async rows(): Promise<OutboxRow[]> {
    return this.db.prepare<[], OutboxTableRow>('SELECT * FROM outbox ORDER BY created_at, id').all().map(toOutboxRow);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
