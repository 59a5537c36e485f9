import Database from 'better-sqlite3';

/** A mail in the outbox: decided once, sent at most once. */
export interface OutboxRow {
  readonly id: string;
  readonly recipientId: string;
  /** The recipient's work address, as the account had it when the mail was decided. */
  readonly address: string;
  readonly kind: string;
  readonly subject: string;
  readonly text: string;
  /**
   * pending: to send. attempting: handed to SMTP, not yet known to be accepted. sent: accepted.
   * unconfirmed: was attempting when the process stopped; never sent again automatically (the
   * server may have accepted it). failed: refused for good (a 5xx answer). withdrawn: not sent,
   * because its recipient no longer wants it or can receive it (the account removed or disabled).
   */
  readonly status: 'pending' | 'attempting' | 'sent' | 'unconfirmed' | 'failed' | 'withdrawn';
  readonly attempts: number;
  readonly createdAt: string;
  readonly notBefore: string;
}

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

interface Row {
  id: string;
  recipient_id: string;
  address: string;
  kind: string;
  subject: string;
  text: string;
  status: OutboxRow['status'];
  attempts: number;
  created_at: string;
  not_before: string;
}

const toRow = (r: Row): OutboxRow => ({
  id: r.id,
  recipientId: r.recipient_id,
  address: r.address,
  kind: r.kind,
  subject: r.subject,
  text: r.text,
  status: r.status,
  attempts: r.attempts,
  createdAt: r.created_at,
  notBefore: r.not_before,
});

export type NewOutboxRow = Pick<OutboxRow, 'id' | 'recipientId' | 'address' | 'kind' | 'subject' | 'text'>;

/**
 * The notifier's own file (DATA_DIR/notifications.sqlite): its checkpoint in the log, the
 * proposers it has seen, and the outbox. A batch of mails and the position they were decided at
 * are written in one transaction, so a crash leaves both or neither: the log is read again from
 * the old position and the same ids are decided, which the primary key keeps once.
 */
export class SqliteOutbox {
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

  /** This file's own id, made once: how a shared lease tells whether the last sender was this instance. */
  instanceId(): string {
    return (this.db.prepare<[], { instance_id: string }>('SELECT instance_id FROM notifier_instance WHERE id = 1').get() as { instance_id: string })
      .instance_id;
  }

  /**
   * Forgets the checkpoint: the notifier starts again at the log's head. For an instance taking
   * over from another sender, whose own checkpoint is older than what the other already mailed.
   */
  forgetCheckpoint(): void {
    this.db.prepare('DELETE FROM notifier_checkpoint').run();
  }

  checkpoint(): string | undefined {
    return this.db.prepare<[], { position: string }>('SELECT position FROM notifier_checkpoint WHERE id = 1').get()?.position;
  }

  proposerOf(proposalId: string): string | undefined {
    return this.db.prepare<[string], { proposer_id: string }>('SELECT proposer_id FROM notifier_proposals WHERE proposal_id = ?').get(proposalId)
      ?.proposer_id;
  }

  /** Adds the mails (an id already there is kept as it is), remembers proposers, and moves the checkpoint, all or nothing. */
  record(input: {
    rows: readonly NewOutboxRow[];
    proposers?: readonly { proposalId: string; proposerId: string }[];
    position?: string;
    at: string;
  }): number {
    const insert = this.db.prepare(
      `INSERT INTO outbox (id, recipient_id, address, kind, subject, text, status, created_at, not_before)
       VALUES (@id, @recipientId, @address, @kind, @subject, @text, 'pending', @at, @at) ON CONFLICT (id) DO NOTHING`,
    );
    const remember = this.db.prepare('INSERT INTO notifier_proposals (proposal_id, proposer_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const move = this.db.prepare(
      'INSERT INTO notifier_checkpoint (id, position) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position',
    );
    return this.db.transaction(() => {
      let added = 0;
      for (const row of input.rows) added += insert.run({ ...row, at: input.at }).changes;
      for (const p of input.proposers ?? []) remember.run(p.proposalId, p.proposerId);
      if (input.position !== undefined) move.run(input.position);
      return added;
    })();
  }

  /**
   * Takes the next mail to send and marks it `attempting` in the same transaction, so no other
   * sender on this file takes it. Undefined when nothing is due at `now`.
   */
  takeNext(now: string): OutboxRow | undefined {
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare<[string], Row>("SELECT * FROM outbox WHERE status = 'pending' AND not_before <= ? ORDER BY created_at, id LIMIT 1")
          .get(now);
        if (!row) return undefined;
        this.db.prepare("UPDATE outbox SET status = 'attempting', attempts = attempts + 1 WHERE id = ?").run(row.id);
        return toRow({ ...row, status: 'attempting', attempts: row.attempts + 1 });
      })
      .immediate();
  }

  markSent(id: string, at: string): void {
    // The address is personal and no longer needed once the mail is out: the id alone keeps it from going twice.
    this.db.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL, address = '' WHERE id = ? AND status = 'attempting'").run(at, id);
  }

  /** The server said no for now (or could not be reached): the mail was not accepted, so it is tried again later. */
  markRetry(id: string, notBefore: string, error: string): void {
    this.db
      .prepare("UPDATE outbox SET status = 'pending', not_before = ?, last_error = ? WHERE id = ? AND status = 'attempting'")
      .run(notBefore, error, id);
  }

  /**
   * Withdraws the mails still to send that their recipient no longer wants (the kind unticked, the
   * account removed or disabled, the address changed), erasing the address. Returns how many.
   */
  withdrawUnwanted(wanted: (row: OutboxRow) => boolean): number {
    const withdraw = this.db.prepare("UPDATE outbox SET status = 'withdrawn', address = '' WHERE id = ? AND status = 'pending'");
    return this.db.transaction(() => {
      let withdrawn = 0;
      for (const row of this.db.prepare<[], Row>("SELECT * FROM outbox WHERE status = 'pending'").all().map(toRow)) {
        if (!wanted(row)) withdrawn += withdraw.run(row.id).changes;
      }
      return withdrawn;
    })();
  }

  markFailed(id: string, error: string): void {
    this.db.prepare("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'attempting'").run(error, id);
  }

  /**
   * At start: a mail left `attempting` was handed to SMTP by a process that stopped before it knew
   * the answer. It may have been accepted, so it is not sent again (at most once); it is kept as
   * `unconfirmed` for an operator to see. Returns how many.
   */
  settleInterrupted(): number {
    return this.db.prepare("UPDATE outbox SET status = 'unconfirmed' WHERE status = 'attempting'").run().changes;
  }

  /** How many mails are in each state (for readiness and operators). */
  counts(): Record<OutboxRow['status'], number> {
    const counts = { pending: 0, attempting: 0, sent: 0, unconfirmed: 0, failed: 0, withdrawn: 0 };
    for (const { status, n } of this.db
      .prepare<[], { status: OutboxRow['status']; n: number }>('SELECT status, count(*) AS n FROM outbox GROUP BY status')
      .all()) {
      counts[status] = n;
    }
    return counts;
  }

  rows(): OutboxRow[] {
    return this.db.prepare<[], Row>('SELECT * FROM outbox ORDER BY created_at, id').all().map(toRow);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
