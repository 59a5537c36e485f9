import { beforeEach, describe, expect, it } from '@jest/globals';
import type { Projection } from '../../projection.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';
import { SHAPE, steps, useRunnerHarness } from './testing/runner-harness.js';
import type { ReadModelFixture } from './testing/read-model-fixture.js';
import { historyFrom, minute, testEvent } from './testing/test-events.js';
import { type StreamTally } from './testing/test-projections.js';

const harness = useRunnerHarness();
const { runner } = harness;
let fixture: ReadModelFixture;
let readStore: SqliteReadModelStore;
beforeEach(() => {
  fixture = harness.fixture();
  readStore = harness.readStore();
});

describe('SqliteProjectionRunner, started', () => {
  describe('following the log', () => {
    it('applies new events, also while catch-ups overlap with the subscription, each exactly once', async () => {
      const follower = runner({ batchSize: 3 });
      await follower.start();
      const appends = historyFrom(steps(40), SHAPE);
      const writes = appends.map(({ streamId, events }) => fixture.events.appendToStream(streamId, events, { expectedRevision: 'any' }));
      const catchUps = [follower.catchUp(), follower.catchUp()];
      const positions = await Promise.all(writes);
      await Promise.all(catchUps);
      const last = positions.map((result) => Number(result.position)).reduce((a, b) => Math.max(a, b));
      expect(await follower.waitFor(String(last), 5000)).toBe(true);
      expect((await readStore.get<{ count: number }>('test-event-count', 'all'))?.doc.count).toBe(last);
      const tallies = await readStore.find<StreamTally>('test-stream-tally', {});
      expect(tallies.items.flatMap((item) => item.doc.outOfOrder)).toEqual([]);
    });
  });

  describe('waitFor', () => {
    it('answers true as soon as every projection has applied the position', async () => {
      const follower = runner();
      await follower.start();
      const { position } = await fixture.events.appendToStream('s', [testEvent('Ticked', {}, minute(0))], { expectedRevision: 'no_stream' });
      // An hour's timeout, far beyond the spec's own: answering at all means the applied batch woke it.
      expect(await follower.waitFor(position, 60 * 60_000)).toBe(true);
    });

    it('answers false when the timeout passes first', async () => {
      await fixture.events.appendToStream('s', [testEvent('Ticked', {}, minute(0))], { expectedRevision: 'no_stream' });
      const idle = runner(); // not started: nothing will apply the event
      expect(await idle.waitFor('1', 100)).toBe(false);
    });

    it('sees a position applied by another runner on the same read store', async () => {
      await fixture.events.appendToStream('s', [testEvent('Ticked', {}, minute(0))], { expectedRevision: 'no_stream' });
      const waiting = runner({ waitPollIntervalMs: 10 }).waitFor('1', 5000);
      await runner().catchUp();
      expect(await waiting).toBe(true);
    });
  });

  describe('when a projection throws on a new event', () => {
    it('stops following, tells onError, and stop() rejects with the error', async () => {
      const errors: unknown[] = [];
      const picky: Projection<number> = {
        name: 'picky',
        version: 1,
        route: () => ['x'],
        index: () => ({}),
        evolve: (doc, event) => {
          if (event.type === 'Unreadable') throw new Error('cannot read Unreadable');
          return (doc ?? 0) + 1;
        },
      };
      const follower = runner({ projections: [picky], onError: (error) => errors.push(error) });
      await follower.start();
      await fixture.events.appendToStream('s', [testEvent('Ticked', {}, minute(0))], { expectedRevision: 'no_stream' });
      expect(await follower.waitFor('1', 5000)).toBe(true);
      await fixture.events.appendToStream('s', [testEvent('Unreadable', {}, minute(1))], { expectedRevision: 0 });
      expect(await follower.waitFor('2', 300)).toBe(false);
      expect(errors).toEqual([new Error('cannot read Unreadable')]);
      await expect(follower.stop()).rejects.toThrow('cannot read Unreadable');
      expect((await readStore.get('picky', 'x'))?.doc).toBe(1);
    });
  });
});
