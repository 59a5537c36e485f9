import type { OutboxRow, OutboxStatus } from './outbox.port.js';

/**
 * An outbox row as both stores keep it (snake_case columns); times are ISO text in SQLite and
 * `timestamptz` (a Date, as `pg` parses it) in PostgreSQL.
 */
export interface OutboxTableRow {
  id: string;
  recipient_id: string;
  address: string;
  kind: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  created_at: string | Date;
  not_before: string | Date;
}

const iso = (time: string | Date): string => (typeof time === 'string' ? time : time.toISOString());

/** The one mapping from a stored row to the port's `OutboxRow`, for both outboxes. */
export const toOutboxRow = (r: OutboxTableRow): OutboxRow => ({
  id: r.id,
  recipientId: r.recipient_id,
  address: r.address,
  kind: r.kind,
  subject: r.subject,
  text: r.text,
  status: r.status,
  attempts: r.attempts,
  createdAt: iso(r.created_at),
  notBefore: iso(r.not_before),
});
