import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Position, StoredEvent } from '../../event-store.port.js';
import { readsStreamGroups } from '../../event-store.port.js';
import { rm } from 'node:fs/promises';
import { SqliteEventStore } from './sqlite-event-store.js';
import { createSqliteFixture, type SqliteFixture } from './testing/sqlite-fixture.js';

let fixture: SqliteFixture;

beforeEach(async () => {
  fixture = await createSqliteFixture();
});
afterEach(() => fixture.cleanup());

const append = (stream: string, n: number) => fixture.store.appendToStream(stream, [event(stream, n)], { expectedRevision: 'any' });

const names = (events: readonly StoredEvent[]) => events.map((event) => `${event.streamId}${(event.data as { n: number }).n}`);

const event = (stream: string, n: number) => ({
  eventId: `${stream}-${n}`,
  type: n === 0 ? 'Opened' : 'Ticked',
  schemaVersion: 1,
  data: { n },
  metadata: { actorId: 'tester', actorRole: 'coordinator' as const, occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'test' },
});

/** Every page, each event named by its stream and number. */
const read = async (store: SqliteEventStore, groups: string[][], upTo: Position, maxCount: number) => {
  const pages: { group: number; events: string[]; last: boolean }[] = [];
  for await (const page of store.readStreamGroups(groups, { upTo, maxCount })) pages.push({ ...page, events: names(page.events) });
  return pages;
};

describe('SqliteEventStore as a reader of stream groups (StreamGroupReads)', () => {
  it('says it reads stream groups; an empty log has no head', async () => {
    expect(readsStreamGroups(fixture.store)).toBe(true);
    expect(await fixture.store.headPosition()).toBeUndefined();
  });

  it('reads each group of streams in log order up to a head, in pages, group after group', async () => {
    for (let n = 0; n < 4; n += 1) for (const stream of ['a', 'b', 'c']) await append(stream, n);
    const upTo = (await fixture.store.headPosition())!;
    expect(upTo).toBe('12');
    await append('d', 0); // after the head: none of the reads below sees it
    await append('a', 4);
    const pages = await read(fixture.store, [['c', 'a'], ['d', 'b'], []], upTo, 3);
    expect(pages).toEqual([
      { group: 0, events: ['a0', 'c0', 'a1'], last: false },
      { group: 0, events: ['c1', 'a2', 'c2'], last: false },
      { group: 0, events: ['a3', 'c3'], last: true },
      { group: 1, events: ['b0', 'b1', 'b2'], last: false },
      { group: 1, events: ['b3'], last: true },
      { group: 2, events: [], last: true },
    ]);
    // A full last page is followed by an empty one that says the group ended.
    expect(await read(fixture.store, [['b']], upTo, 4)).toEqual([
      { group: 0, events: ['b0', 'b1', 'b2', 'b3'], last: false },
      { group: 0, events: [], last: true },
    ]);
    expect(await read(fixture.store, [['d', 'b']], '5' as Position, 100)).toEqual([{ group: 0, events: ['b0', 'b1'], last: true }]);
  });

  it('reads the same pages on this connection when the store lives in memory', async () => {
    const memory = new SqliteEventStore({ filename: ':memory:' });
    try {
      for (let n = 0; n < 3; n += 1) for (const stream of ['a', 'b']) await memory.appendToStream(stream, [event(stream, n)], { expectedRevision: 'any' });
      const upTo = (await memory.headPosition())!;
      expect(await read(memory, [['b'], ['a']], upTo, 2)).toEqual([
        { group: 0, events: ['b0', 'b1'], last: false },
        { group: 0, events: ['b2'], last: true },
        { group: 1, events: ['a0', 'a1'], last: false },
        { group: 1, events: ['a2'], last: true },
      ]);
    } finally {
      await memory.close();
    }
  });

  it('stops reading ahead when the caller leaves the loop early', async () => {
    for (let n = 0; n < 50; n += 1) await append('a', n);
    const upTo = (await fixture.store.headPosition())!;
    const seen: string[] = [];
    for await (const page of fixture.store.readStreamGroups([['a']], { upTo, maxCount: 2 })) {
      seen.push(...names(page.events));
      if (seen.length >= 4) break;
    }
    expect(seen).toEqual(['a0', 'a1', 'a2', 'a3']);
    // The store still reads, and closes, afterwards.
    expect(await read(fixture.store, [['a']], '3' as Position, 10)).toEqual([{ group: 0, events: ['a0', 'a1', 'a2'], last: true }]);
  });

  it('reads events by type, and lists the streams, up to a head', async () => {
    for (const stream of ['a', 'b']) for (let n = 0; n < 2; n += 1) await append(stream, n);
    const upTo = (await fixture.store.headPosition())!;
    await append('c', 0);
    expect(names(await fixture.store.readTypes(['Opened'], { upTo }))).toEqual(['a0', 'b0']);
    expect(names(await fixture.store.readTypes(['Opened', 'Ticked'], { upTo }))).toEqual(['a0', 'a1', 'b0', 'b1']);
    expect((await fixture.store.streamIds({ upTo })).sort()).toEqual(['a', 'b']);
  });

  it('refuses a page size below one and a position that is not its own', async () => {
    await append('a', 0);
    const upTo = (await fixture.store.headPosition())!;
    await expect(read(fixture.store, [['a']], upTo, -2)).rejects.toThrow('maxCount must be an integer >= 0');
    await expect(read(fixture.store, [['a']], upTo, 0)).rejects.toThrow('maxCount must be at least 1');
    await expect(read(fixture.store, [['a']], 'x' as Position, 1)).rejects.toThrow();
  });

  it('says why when the worker cannot open the file', async () => {
    await append('a', 0);
    const upTo = (await fixture.store.headPosition())!;
    await rm(fixture.filename); // this connection keeps its open file; the worker finds none
    await expect(read(fixture.store, [['a']], upTo, 1)).rejects.toThrow(/^Reading stream groups failed: .*open/);
  });
});
