import { WrongExpectedRevisionError } from './errors.js';
import type { ExpectedRevision } from './event-store.port.js';

/** Rejects expected revisions no stream can ever be at (revisions count from 0). */
export function assertValidExpectedRevision(expected: ExpectedRevision): void {
  if (typeof expected === 'number' ? !(Number.isSafeInteger(expected) && expected >= 0) : !['no_stream', 'stream_exists', 'any'].includes(expected)) {
    throw new RangeError(`Expected revision must be 'no_stream', 'stream_exists', 'any' or an integer >= 0, got ${String(expected)}`);
  }
}

/**
 * The optimistic-concurrency check every adapter makes before writing.
 * `current` is the stream's last revision, or undefined when the stream does not exist.
 */
export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, current: number | undefined): void {
  if (!expectedRevisionHolds(expected, current)) throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream');
}

/** Whether a stream whose last revision is `current` (undefined: no stream) is where `expected` says. */
export function expectedRevisionHolds(expected: ExpectedRevision, current: number | undefined): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined;
    case 'stream_exists':
      return current !== undefined;
    default:
      return current === expected;
  }
}
