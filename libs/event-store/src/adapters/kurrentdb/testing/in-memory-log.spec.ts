import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { InMemoryLog, type ProposedEvent } from './in-memory-log.js';

/** The test server's storage must answer as KurrentDB does where the adapter depends on it. */
const proposed = (count: number): ProposedEvent[] =>
  Array.from({ length: count }, () => ({
    id: randomUUID(),
    metadata: new Map([['type', 'T']]),
    data: Buffer.from('{}'),
    customMetadata: new Uint8Array(),
  }));

function logWith(streamName: string, events: ProposedEvent[]): InMemoryLog {
  const log = new InMemoryLog(() => 0);
  log.append(streamName, { kind: 'no_stream' }, events);
  return log;
}

describe('the in-process test server’s log', () => {
  it('places records at growing byte offsets with gaps, as a transaction log does', () => {
    const log = logWith('s', proposed(3));
    const [a, b, c] = log.records.map((record) => record.position);
    expect(b! - a!).toBeGreaterThan(1n);
    expect(c! - b!).toBeGreaterThan(1n);
  });

  it('judges each expected state against the stream', () => {
    const log = logWith('s', proposed(2));
    expect(log.append('s', { kind: 'no_stream' }, proposed(1))).toEqual({ kind: 'wrong_expected_version', currentRevision: 1 });
    expect(log.append('t', { kind: 'stream_exists' }, proposed(1))).toEqual({ kind: 'wrong_expected_version', currentRevision: undefined });
    expect(log.append('s', { kind: 'revision', revision: 0 }, proposed(1))).toMatchObject({ kind: 'wrong_expected_version', currentRevision: 1 });
    expect(log.append('s', { kind: 'revision', revision: 1 }, proposed(1))).toMatchObject({ kind: 'success', currentRevision: 2 });
    expect(log.append('s', { kind: 'any' }, proposed(2))).toMatchObject({ kind: 'success', currentRevision: 4 });
    expect(log.records).toHaveLength(5);
  });

  describe('when the same event ids are appended again', () => {
    it.each([
      [{ kind: 'no_stream' } as const],
      [{ kind: 'revision', revision: 0 } as const],
      [{ kind: 'any' } as const],
      [{ kind: 'stream_exists' } as const],
    ])('answers a retry at %p with the first revision, no position, and writes nothing', (expected) => {
      const log = expected.kind === 'no_stream' ? new InMemoryLog(() => 0) : logWith('s', proposed(1));
      const events = proposed(2);
      const first = log.append('s', expected, events);
      expect(first.kind).toBe('success');
      log.append('s', { kind: 'any' }, proposed(1)); // the stream moves on
      const written = log.records.length;
      expect(log.append('s', expected, events)).toEqual({ ...first, position: undefined });
      expect(log.records).toHaveLength(written);
    });

    it('refuses ids that only partly match where a retry would be', () => {
      const events = proposed(2);
      const log = logWith('s', events);
      expect(log.append('s', { kind: 'no_stream' }, [events[0]!, ...proposed(1)])).toEqual({ kind: 'wrong_expected_version', currentRevision: 1 });
      expect(log.stream('s')).toHaveLength(2);
    });
  });

  it('tells listeners of each record written, in order', () => {
    const log = new InMemoryLog(() => 0);
    const heard: number[] = [];
    const stop = log.onWrite((record) => heard.push(record.revision));
    log.append('s', { kind: 'no_stream' }, proposed(2));
    stop();
    log.append('s', { kind: 'any' }, proposed(1));
    expect(heard).toEqual([0, 1]);
  });
});
