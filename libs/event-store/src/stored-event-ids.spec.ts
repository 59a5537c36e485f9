import { describe, expect, it } from '@jest/globals';
import { DuplicateEventIdError } from './errors.js';
import type { Position } from './event-store.port.js';
import { assertDistinctEventIds, judgeStoredEventIds, type StoredEventId } from './stored-event-ids.js';

const row = (eventId: string, revision: number, streamId = 's'): StoredEventId => ({
  eventId,
  streamId,
  revision,
  position: String(100 + revision) as Position,
});

describe('judging event ids that are already stored', () => {
  it('finds nothing to judge when none is stored', () => {
    expect(judgeStoredEventIds('s', ['a'], 0, [])).toEqual({ kind: 'none' });
  });

  it.each([
    [2, 3],
    ['no_stream', 0],
    ['stream_exists', 3],
    ['any', 3],
    ['any', 0],
  ] as const)('calls the same ids at consecutive revisions a retry when expected %p fits the first at %p', (expected, first) => {
    const judged = judgeStoredEventIds('s', ['a', 'b'], expected, [row('b', first + 1), row('a', first)]);
    expect(judged).toEqual({ kind: 'retry', result: { nextExpectedRevision: first + 1, position: String(101 + first) } });
  });

  it.each([
    ['an expected revision that does not fit', ['a', 'b'], 0, [row('a', 3), row('b', 4)]],
    ['stream_exists for ids written to a new stream', ['a'], 'stream_exists', [row('a', 0)]],
    ['another order', ['b', 'a'], 'any', [row('a', 3), row('b', 4)]],
    ['a gap between them', ['a', 'b'], 'any', [row('a', 3), row('b', 5)]],
    ['another stream', ['a'], 'any', [row('a', 0, 'other')]],
    ['new ids beside stored ones', ['a', 'new'], 'any', [row('a', 3)]],
  ] as const)('calls %s a duplicate, naming the stored ids', (_, ids, expected, stored) => {
    const judged = judgeStoredEventIds('s', ids, expected, stored);
    expect(judged.kind).toBe('duplicate');
    const error = (judged as { error: DuplicateEventIdError }).error;
    expect(error).toBeInstanceOf(DuplicateEventIdError);
    expect(error.eventIds).toEqual(ids.filter((id) => stored.some((r) => r.eventId === id)));
  });

  it('refuses an append naming one id twice', () => {
    const event = (eventId: string) => ({ eventId, type: 't', schemaVersion: 1, data: {}, metadata: {} as never });
    expect(() => assertDistinctEventIds('s', [event('a'), event('b'), event('a'), event('a')])).toThrow(DuplicateEventIdError);
    expect(() => assertDistinctEventIds('s', [event('a'), event('b')])).not.toThrow();
  });
});
