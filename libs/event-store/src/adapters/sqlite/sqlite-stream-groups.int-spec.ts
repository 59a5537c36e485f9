import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Position, StoredEvent } from '../../event-store.port.js';
import { readsStreamGroups } from '../../event-store.port.js';
import { createSqliteFixture, type SqliteFixture } from './testing/sqlite-fixture.js';

let fixture: SqliteFixture;

beforeEach(async () => {
  fixture = await createSqliteFixture();
});
afterEach(() => fixture.cleanup());

const append = (stream: string, n: number) =>
  fixture.store.appendToStream(
    stream,
    [
      {
        eventId: `${stream}-${n}`,
        type: n === 0 ? 'Opened' : 'Ticked',
        schemaVersion: 1,
        data: { n },
        metadata: { actorId: 'tester', actorRole: 'coordinator', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'test' },
      },
    ],
    { expectedRevision: 'any' },
  );

const names = (events: readonly StoredEvent[]) => events.map((event) => `${event.streamId}${(event.data as { n: number }).n}`);

describe('SqliteEventStore as a reader of stream groups (StreamGroupReads)', () => {
  it('says it reads stream groups; an empty log has no head', async () => {
    expect(readsStreamGroups(fixture.store)).toBe(true);
    expect(await fixture.store.headPosition()).toBeUndefined();
  });

  it('reads the streams asked for in log order, after a position and up to a head, in pages', async () => {
    for (let n = 0; n < 4; n += 1) for (const stream of ['a', 'b', 'c']) await append(stream, n);
    const upTo = (await fixture.store.headPosition())!;
    expect(upTo).toBe('12');
    await append('d', 0); // after the head: none of the reads below sees it
    await append('a', 4);

    expect(names(await fixture.store.readStreams(['c', 'a'], { upTo, maxCount: 100 }))).toEqual(['a0', 'c0', 'a1', 'c1', 'a2', 'c2', 'a3', 'c3']);
    const first = await fixture.store.readStreams(['c', 'a'], { upTo, maxCount: 3 });
    expect(names(first)).toEqual(['a0', 'c0', 'a1']);
    expect(names(await fixture.store.readStreams(['c', 'a'], { after: first.at(-1)!.position, upTo, maxCount: 3 }))).toEqual(['c1', 'a2', 'c2']);
    expect(names(await fixture.store.readStreams(['d', 'b'], { upTo: '5' as Position, maxCount: 100 }))).toEqual(['b0', 'b1']);
    expect(names(await fixture.store.readStreams([], { upTo, maxCount: 100 }))).toEqual([]);
  });

  it('reads events by type, and lists the streams, up to a head', async () => {
    for (const stream of ['a', 'b']) for (let n = 0; n < 2; n += 1) await append(stream, n);
    const upTo = (await fixture.store.headPosition())!;
    await append('c', 0);
    expect(names(await fixture.store.readTypes(['Opened'], { upTo }))).toEqual(['a0', 'b0']);
    expect(names(await fixture.store.readTypes(['Opened', 'Ticked'], { upTo }))).toEqual(['a0', 'a1', 'b0', 'b1']);
    expect((await fixture.store.streamIds({ upTo })).sort()).toEqual(['a', 'b']);
  });

  it('refuses a page size that is not a whole number', async () => {
    await append('a', 0);
    const upTo = (await fixture.store.headPosition())!;
    await expect(fixture.store.readStreams(['a'], { upTo, maxCount: -2 })).rejects.toThrow();
    await expect(fixture.store.readStreams(['a'], { upTo: 'x' as Position, maxCount: 1 })).rejects.toThrow();
  });
});
