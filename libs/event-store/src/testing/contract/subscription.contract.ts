import { describe, expect, it } from '@jest/globals';
import type { EventStore, Position, StoredEvent, Subscription } from '../../event-store.port.js';
import { anEvent, events, waitFor, type EventStoreFixture } from './fixture.js';

/** Gives the event loop a turn: a handler that is truly asynchronous, without waiting for any time. */
const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function collect(store: EventStore, after?: Position): { seen: StoredEvent[]; subscription: Subscription } {
  const seen: StoredEvent[] = [];
  const subscription = store.subscribeToAll(after === undefined ? {} : { after }, (event) => {
    seen.push(event);
  });
  return { seen, subscription };
}

const labels = (seen: StoredEvent[]) => seen.map((event) => (event.data as { label: string }).label);

export function subscriptionContract(current: () => EventStoreFixture): void {
  describe('subscribing to the log', () => {
    it('delivers the backlog after a checkpoint, then live events, in order', async () => {
      const { store } = current();
      await store.appendToStream('a', events(2, 'old'), { expectedRevision: 'no_stream' });
      const checkpoint = (await store.readAll())[0]!.position;
      const { seen, subscription } = collect(store, checkpoint);
      await waitFor(() => seen.length === 1, 'the backlog');
      await store.appendToStream('b', events(2, 'live'), { expectedRevision: 'no_stream' });
      await store.appendToStream('a', events(1, 'later'), { expectedRevision: 1 });
      await waitFor(() => seen.length === 4, 'the live events');
      await subscription.close();
      expect(labels(seen)).toEqual(['old', 'live', 'live', 'later']);
      expect(seen.map((event) => event.eventId)).toEqual((await store.readAll()).slice(1).map((e) => e.eventId));
    });

    it('delivers from the beginning when given no checkpoint', async () => {
      const { store } = current();
      await store.appendToStream('a', events(3), { expectedRevision: 'no_stream' });
      const { seen, subscription } = collect(store);
      await waitFor(() => seen.length === 3, 'the whole log');
      await subscription.close();
      expect(seen.map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it('waits for each handler before delivering the next event', async () => {
      const { store } = current();
      await store.appendToStream('a', events(5), { expectedRevision: 'no_stream' });
      let running = 0;
      let mostAtOnce = 0;
      const finished: number[] = [];
      const subscription = store.subscribeToAll({}, async (event) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await yieldTurn();
        finished.push(event.revision);
        running -= 1;
      });
      await store.appendToStream('a', events(2), { expectedRevision: 4 });
      await waitFor(() => finished.length === 7, 'seven handled events');
      await subscription.close();
      expect(mostAtOnce).toBe(1);
      expect(finished).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });

    it('delivers nothing after it is closed', async () => {
      const { store } = current();
      const { seen, subscription } = collect(store);
      await store.appendToStream('a', [anEvent()], { expectedRevision: 'no_stream' });
      await waitFor(() => seen.length === 1, 'the first event');
      await subscription.close();
      await store.appendToStream('a', [anEvent()], { expectedRevision: 0 });
      // A second subscriber proves the event is deliverable; the closed one must still not get it.
      const witness = collect(store);
      await waitFor(() => witness.seen.length === 2, 'the witness to see both events');
      // One more append the witness must see: by then a subscription still running would have had two turns.
      await store.appendToStream('a', [anEvent()], { expectedRevision: 1 });
      await waitFor(() => witness.seen.length === 3, 'the witness to see the third event');
      await witness.subscription.close();
      expect(seen).toHaveLength(1);
    });

    it('stops at a failing handler and reports the failure when closed', async () => {
      const { store } = current();
      await store.appendToStream('a', events(3), { expectedRevision: 'no_stream' });
      const handled: number[] = [];
      const subscription = store.subscribeToAll({}, (event) => {
        handled.push(event.revision);
        if (event.revision === 1) throw new Error('projection failed');
      });
      await waitFor(() => handled.length === 2, 'the failing event');
      // A live subscriber sees the event after the failing one; the failed subscription must not.
      const witness = collect(store);
      await waitFor(() => witness.seen.length === 3, 'the witness to see all three events');
      await witness.subscription.close();
      expect(handled).toEqual([0, 1]);
      await expect(subscription.close()).rejects.toThrow('projection failed');
    });
  });
}
