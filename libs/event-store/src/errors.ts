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
