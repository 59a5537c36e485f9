import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readsStreamGroups, type EventStore, type Position, type StoredEvent, type StreamGroupReads } from '../event-store.port.js';

type GroupReader = EventStore & StreamGroupReads;

export interface StreamGroupsFixture {
  readonly store: GroupReader;
  cleanup(): Promise<void>;
}

export const streamGroupEvent = (stream: string, n: number) => ({
  eventId: `${stream}-${n}`,
  type: n === 0 ? 'Opened' : 'Ticked',
  schemaVersion: 1,
  data: { n },
  metadata: { actorId: 'tester', actorRole: 'coordinator' as const, occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'test' },
});

/** Each event named by its stream and number: `a0`, `c3`. */
export const streamGroupNames = (events: readonly StoredEvent[]) => events.map((event) => `${event.streamId}${(event.data as { n: number }).n}`);

/** Every page, each event named by its stream and number. */
export const readStreamGroupPages = async (store: GroupReader, groups: string[][], upTo: Position, maxCount: number) => {
  const pages: { group: number; events: string[]; last: boolean }[] = [];
  for await (const page of store.readStreamGroups(groups, { upTo, maxCount })) pages.push({ ...page, events: streamGroupNames(page.events) });
  return pages;
};

/**
 * What a store that offers `StreamGroupReads` (the catch-up by agreement's reads) promises,
 * whichever store it is.
 */
export function describeStreamGroupReads(name: string, createFixture: () => Promise<StreamGroupsFixture>): void {
  describe(`${name} as a reader of stream groups (StreamGroupReads)`, () => {
    let fixture: StreamGroupsFixture;
    beforeEach(async () => {
      fixture = await createFixture();
    });
    afterEach(() => fixture.cleanup());

    const append = (stream: string, n: number) => fixture.store.appendToStream(stream, [streamGroupEvent(stream, n)], { expectedRevision: 'any' });
    const read = (groups: string[][], upTo: Position, maxCount: number) => readStreamGroupPages(fixture.store, groups, upTo, maxCount);

    it('says it reads stream groups; an empty log has no head', async () => {
      expect(readsStreamGroups(fixture.store)).toBe(true);
      expect(await fixture.store.headPosition()).toBeUndefined();
    });

    it('reads each group of streams in log order up to a head, in pages, group after group', async () => {
      for (let n = 0; n < 4; n += 1) for (const stream of ['a', 'b', 'c']) await append(stream, n);
      const upTo = (await fixture.store.headPosition())!;
      await append('d', 0); // after the head: none of the reads below sees it
      await append('a', 4);
      expect(await read([['c', 'a'], ['d', 'b'], []], upTo, 3)).toEqual([
        { group: 0, events: ['a0', 'c0', 'a1'], last: false },
        { group: 0, events: ['c1', 'a2', 'c2'], last: false },
        { group: 0, events: ['a3', 'c3'], last: true },
        { group: 1, events: ['b0', 'b1', 'b2'], last: false },
        { group: 1, events: ['b3'], last: true },
        { group: 2, events: [], last: true },
      ]);
      // A full last page is followed by an empty one that says the group ended.
      expect(await read([['b']], upTo, 4)).toEqual([
        { group: 0, events: ['b0', 'b1', 'b2', 'b3'], last: false },
        { group: 0, events: [], last: true },
      ]);
      const fifth = (await fixture.store.readAll({ maxCount: 5 })).at(-1)!.position;
      expect(await read([['d', 'b']], fifth, 100)).toEqual([{ group: 0, events: ['b0', 'b1'], last: true }]);
    });

    it('stops reading when the caller leaves the loop early, and reads on afterwards', async () => {
      for (let n = 0; n < 30; n += 1) await append('a', n);
      const upTo = (await fixture.store.headPosition())!;
      const seen: string[] = [];
      for await (const page of fixture.store.readStreamGroups([['a']], { upTo, maxCount: 2 })) {
        seen.push(...streamGroupNames(page.events));
        if (seen.length >= 4) break;
      }
      expect(seen).toEqual(['a0', 'a1', 'a2', 'a3']);
      const third = (await fixture.store.readAll({ maxCount: 3 })).at(-1)!.position;
      expect(await read([['a']], third, 10)).toEqual([{ group: 0, events: ['a0', 'a1', 'a2'], last: true }]);
    });

    it('reads events by type, and lists the streams, up to a head', async () => {
      for (const stream of ['a', 'b']) for (let n = 0; n < 2; n += 1) await append(stream, n);
      const upTo = (await fixture.store.headPosition())!;
      await append('c', 0);
      expect(streamGroupNames(await fixture.store.readTypes(['Opened'], { upTo }))).toEqual(['a0', 'b0']);
      expect(streamGroupNames(await fixture.store.readTypes(['Opened', 'Ticked'], { upTo }))).toEqual(['a0', 'a1', 'b0', 'b1']);
      expect((await fixture.store.streamIds({ upTo })).sort()).toEqual(['a', 'b']);
    });

    it('refuses a page size below one and a position that is not its own', async () => {
      await append('a', 0);
      const upTo = (await fixture.store.headPosition())!;
      await expect(read([['a']], upTo, -2)).rejects.toThrow('maxCount must be an integer >= 0');
      await expect(read([['a']], upTo, 0)).rejects.toThrow('maxCount must be at least 1');
      await expect(read([['a']], 'x' as Position, 1)).rejects.toThrow();
    });
  });
}
