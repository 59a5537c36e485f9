import { describe, expect, it } from '@jest/globals';
import { WrongExpectedRevisionError } from '../../errors.js';
import { anEvent, events, type EventStoreFixture } from './fixture.js';

/**
 * Appends started together in one process (many requests in flight at once). An adapter may
 * commit them together (SQLite's group commit does), but each must be judged on its own.
 */
export function concurrentAppendsContract(current: () => EventStoreFixture): void {
  describe('appends in flight at the same time', () => {
    it('lets exactly one of several appends at the same expected revision win', async () => {
      const { store } = current();
      await store.appendToStream('s', events(1), { expectedRevision: 'no_stream' });
      const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, n) => store.appendToStream('s', [anEvent({ n })], { expectedRevision: 0 })));
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      lost.forEach((error) => {
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect((error as WrongExpectedRevisionError).actual).toBe(1);
      });
      expect((await store.readStream('s')).map((e) => e.revision)).toEqual([0, 1]);
    });

    it('keeps the appends that were right when one beside them is refused', async () => {
      const { store } = current();
      await store.appendToStream('taken', events(1), { expectedRevision: 'no_stream' });
      const [a, refused, b] = await Promise.allSettled([
        store.appendToStream('a', events(2, 'a'), { expectedRevision: 'no_stream' }),
        store.appendToStream('taken', events(1), { expectedRevision: 'no_stream' }),
        store.appendToStream('b', events(3, 'b'), { expectedRevision: 'any' }),
      ]);
      expect(a.status).toBe('fulfilled');
      expect(refused.status).toBe('rejected');
      expect(b.status).toBe('fulfilled');
      expect((await store.readStream('a')).length).toBe(2);
      expect((await store.readStream('b')).length).toBe(3);
      expect((await store.readStream('taken')).length).toBe(1);
    });

    it('gives each of many simultaneous appends its own position', async () => {
      const { store } = current();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, n) => store.appendToStream(`stream-${n}`, events(1), { expectedRevision: 'no_stream' })),
      );
      const positions = results.map((r) => r.position);
      expect(new Set(positions).size).toBe(20);
      const all = await store.readAll();
      expect(all.map((e) => e.streamId).sort()).toEqual(Array.from({ length: 20 }, (_, n) => `stream-${n}`).sort());
      expect(all.map((e) => e.position).sort()).toEqual([...positions].sort());
    });
  });
}
