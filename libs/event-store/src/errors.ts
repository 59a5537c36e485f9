import type { ExpectedRevision } from './event-store.port.js';

/** The stream is not at the revision the caller expected: someone else wrote first (HTTP 409/412). */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or 'no_stream'. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, but it is at ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/**
 * An append reused event ids that are already stored, and is not a retry of the append that
 * stored them (stored-event-ids.ts): nothing was written. Ids are made once per command at the
 * edge, so this is a bug or a replayed request with a changed body, never a race.
 */
export class DuplicateEventIdError extends Error {
  constructor(
    readonly streamId: string,
    /** The ids of the refused append that are stored already (or repeated within it). */
    readonly eventIds: readonly string[],
  ) {
    super(`Stream ${streamId}: event ids already stored, and not as a retry of the same append: ${eventIds.join(', ')}`);
    this.name = 'DuplicateEventIdError';
  }
}
