import { describe, expect, it } from '@jest/globals';
import type { EventStore, StoredEvent } from '../../event-store.port.js';
import { anEvent, type EventStoreFixture } from './fixture.js';

/** Appends to three streams, interleaved; returns the event ids in the order they were written. */
async function interleave(store: EventStore, rounds: number): Promise<string[]> {
  const order: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const streamId of ['a', 'b', 'c']) {
      const event = anEvent({ streamId, round });
      await store.appendToStream(streamId, [event], { expectedRevision: round === 0 ? 'no_stream' : round - 1 });
      order.push(event.eventId);
    }
  }
  return order;
}

const ids = (read: StoredEvent[]) => read.map((event) => event.eventId);

export function readAllContract(current: () => EventStoreFixture): void {
  describe('the global log', () => {
    it('reads every stream in the order the events were appended', async () => {
      const { store } = current();
      const order = await interleave(store, 3);
      expect(ids(await store.readAll())).toEqual(order);
    });

    it('reads strictly after a position, at most maxCount events', async () => {
      const { store } = current();
      const order = await interleave(store, 2);
      const all = await store.readAll();
      expect(ids(await store.readAll({ after: all[1]!.position, maxCount: 3 }))).toEqual(order.slice(2, 5));
      expect(await store.readAll({ after: all[5]!.position })).toEqual([]);
      expect(await store.readAll({ maxCount: 0 })).toEqual([]);
    });

    it('pages through the whole log with after and maxCount', async () => {
      const { store } = current();
      const order = await interleave(store, 4);
      const paged: StoredEvent[] = [];
      for (;;) {
        const page = await store.readAll({ after: paged.at(-1)?.position, maxCount: 5 });
        if (page.length === 0) break;
        paged.push(...page);
      }
      expect(ids(paged)).toEqual(order);
    });

    it('refuses a maxCount that is not a whole number of events, for the log and for a stream', async () => {
      const { store } = current();
      await store.appendToStream('s', [anEvent()], { expectedRevision: 'no_stream' });
      for (const maxCount of [-1, 1.5]) {
        await expect(store.readAll({ maxCount })).rejects.toThrow(/maxCount must be an integer >= 0/);
        await expect(store.readStream('s', { maxCount })).rejects.toThrow(/maxCount must be an integer >= 0/);
      }
    });

    it('reads an empty log as empty', async () => {
      expect(await current().store.readAll()).toEqual([]);
    });
  });

  describe('comparePositions', () => {
    it('orders positions as the log does, beyond what string order would get right', async () => {
      const { store } = current();
      await interleave(store, 4); // 12 events: single and double digit row ids, for SQLite
      const positions = (await store.readAll()).map((event) => event.position);
      positions.forEach((earlier, i) => {
        expect(store.comparePositions(earlier, earlier)).toBe(0);
        positions.slice(i + 1).forEach((later) => {
          expect(store.comparePositions(earlier, later)).toBeLessThan(0);
          expect(store.comparePositions(later, earlier)).toBeGreaterThan(0);
        });
      });
    });

    it("reports the position of each append's last event, in log order", async () => {
      const { store } = current();
      const first = await store.appendToStream('x', [anEvent()], { expectedRevision: 'no_stream' });
      const second = await store.appendToStream('y', [anEvent(), anEvent()], { expectedRevision: 'no_stream' });
      expect(store.comparePositions(first.position, second.position)).toBeLessThan(0);
      expect((await store.readAll()).at(-1)!.position).toBe(second.position);
    });
  });
}
