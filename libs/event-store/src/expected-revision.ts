import { WrongExpectedRevisionError } from './errors.js';
import type { ExpectedRevision } from './event-store.port.js';

/** Rejects expected revisions no stream can ever be at (revisions count from 0). */
export function assertValidExpectedRevision(expected: ExpectedRevision): void {
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`Expected revision must be 'no_stream', 'any' or an integer >= 0, got ${expected}`);
  }
}

/**
 * The optimistic-concurrency check every adapter makes before writing.
 * `current` is the stream's last revision, or undefined when the stream does not exist.
 */
export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, current: number | undefined): void {
  const matches = expected === 'any' || (expected === 'no_stream' ? current === undefined : current === expected);
  if (!matches) throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream');
}
