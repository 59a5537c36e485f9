/** A mail in the outbox: decided once, sent at most once. */
export interface OutboxRow {
  readonly id: string;
  readonly recipientId: string;
  /** The recipient's work address, as the account had it when the mail was decided; erased once sent or withdrawn. */
  readonly address: string;
  readonly kind: string;
  readonly subject: string;
  readonly text: string;
  /**
   * pending: to send. attempting: handed to SMTP, not yet known to be accepted. sent: accepted.
   * unconfirmed: was attempting when its sender stopped; never sent again automatically (the
   * server may have accepted it). failed: refused for good (a 5xx answer). withdrawn: not sent,
   * because its recipient no longer wants it or can receive it (the account removed or disabled).
   */
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly createdAt: string;
  readonly notBefore: string;
}

export const OUTBOX_STATUSES = ['pending', 'attempting', 'sent', 'unconfirmed', 'failed', 'withdrawn'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type NewOutboxRow = Pick<OutboxRow, 'id' | 'recipientId' | 'address' | 'kind' | 'subject' | 'text'>;

export interface OutboxRecord {
  readonly rows: readonly NewOutboxRow[];
  readonly proposers?: readonly { proposalId: string; proposerId: string }[];
  /** The log position the rows were decided at; omitted by the scheduler, which reads no log. */
  readonly position?: string;
  readonly at: string;
}

/**
 * Where the notifier, the scheduler and the sender keep what they decided: the notifier's
 * checkpoint in the log, the proposers it has seen, and the mails with their status. One
 * instance keeps it in a file of its own (SqliteOutbox); several share it in the accounts'
 * PostgreSQL database (PostgresOutbox), so the one that takes over sending continues from
 * where the last one stopped. `outbox-contract.ts` says what both must do.
 */
export interface Outbox {
  /** Where the notifier stopped in the log; undefined for a brand-new outbox (the notifier then starts at the log's head). */
  checkpoint(): Promise<string | undefined>;
  proposerOf(proposalId: string): Promise<string | undefined>;
  /**
   * Adds the mails (an id already there is kept as it is), remembers proposers, and moves the
   * checkpoint, in one transaction: a crash leaves all or nothing. Resolves with how many mails were new.
   */
  record(input: OutboxRecord): Promise<number>;
  /**
   * Takes the next mail due at `now` and commits it as `attempting` before it resolves, so no
   * other sender takes it and a crash during SMTP leaves a trace. Undefined when nothing is due.
   */
  takeNext(now: string): Promise<OutboxRow | undefined>;
  /** Accepted by the server: the address is erased (the id alone keeps the mail from going twice). */
  markSent(id: string, at: string): Promise<void>;
  /** Not accepted for now (4xx, no answer): pending again from `notBefore`. */
  markRetry(id: string, notBefore: string, error: string): Promise<void>;
  /** Refused for good (5xx). */
  markFailed(id: string, error: string): Promise<void>;
  /** Withdraws the pending mails `wanted` says no to, erasing their address. Resolves with how many. */
  withdrawUnwanted(wanted: (row: OutboxRow) => boolean): Promise<number>;
  /**
   * Marks every `attempting` mail `unconfirmed` (its sender stopped before it knew the server's
   * answer; it may have been accepted, so it is never sent again). Only the sender may call it,
   * when it becomes the sender: another one's in-flight mail is then no one's. Resolves with how many.
   */
  settleInterrupted(): Promise<number>;
  /** How many mails are in each state (readiness, operators). */
  counts(): Promise<Record<OutboxStatus, number>>;
  rows(): Promise<OutboxRow[]>;
  close(): Promise<void>;
}

export const noCounts = (): Record<OutboxStatus, number> => ({ pending: 0, attempting: 0, sent: 0, unconfirmed: 0, failed: 0, withdrawn: 0 });

/**
 * The checkpoint of a notifier that started on an empty log: read from the beginning. Not a
 * position: every outbox orders it before all positions, so the first batch moves it on.
 */
export const FROM_THE_START = 'start';
