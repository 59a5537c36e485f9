import { DuplicateEventIdError } from './errors.js';
import type { AppendResult, EventToAppend, ExpectedRevision, Position } from './event-store.port.js';

/** Where an event id of a refused append is already stored. */
export interface StoredEventId {
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: Position;
}

export type StoredEventIdsJudgement =
  /** None of the ids is stored: the append was refused for its own reason (e.g. the revision). */
  | { readonly kind: 'none' }
  /** The same append was stored before: answer as it was answered then, write nothing. */
  | { readonly kind: 'retry'; readonly result: AppendResult }
  | { readonly kind: 'duplicate'; readonly error: DuplicateEventIdError };

/**
 * What appending event ids that are already stored means, for every adapter (KurrentDB's own
 * idempotence, made exact): a RETRY when every id is stored, all in this stream, at consecutive
 * revisions in the order given, and the expected revision fits the first of them (a number n: the
 * first is at n + 1; `no_stream`: at 0; `stream_exists`: at 1 or later; `any`: anywhere). A retry
 * writes nothing and answers the first append's result, even when the stream has moved on since:
 * the client lost the answer, not the write. Any other reuse of a stored id is a DUPLICATE, refused
 * whole. Adapters ask only after an append was refused (a revision conflict, or the unique index
 * on event ids), so the common path pays nothing for it.
 */
export function judgeStoredEventIds(
  streamId: string,
  eventIds: readonly string[],
  expected: ExpectedRevision,
  stored: readonly StoredEventId[],
): StoredEventIdsJudgement {
  if (stored.length === 0) return { kind: 'none' };
  const byId = new Map(stored.map((row) => [row.eventId, row]));
  const rows = eventIds.map((id) => byId.get(id));
  const complete = rows.every((row) => row !== undefined && row.streamId === streamId);
  const first = rows[0];
  const inOrder = complete && rows.every((row, i) => row!.revision === first!.revision + i);
  if (inOrder && first && expectationFits(expected, first.revision)) {
    const last = rows[rows.length - 1]!;
    return { kind: 'retry', result: { nextExpectedRevision: last.revision, position: last.position } };
  }
  return {
    kind: 'duplicate',
    error: new DuplicateEventIdError(
      streamId,
      eventIds.filter((id) => byId.has(id)),
    ),
  };
}

function expectationFits(expected: ExpectedRevision, firstRevision: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return firstRevision === 0;
  if (expected === 'stream_exists') return firstRevision >= 1;
  return firstRevision === expected + 1;
}

/** An append that names one id twice can never be stored: refused before anything is written. */
export function assertDistinctEventIds(streamId: string, events: readonly EventToAppend[]): void {
  const seen = new Set<string>();
  const repeated = events.filter((event) => seen.size === seen.add(event.eventId).size).map((event) => event.eventId);
  if (repeated.length > 0) throw new DuplicateEventIdError(streamId, [...new Set(repeated)]);
}
