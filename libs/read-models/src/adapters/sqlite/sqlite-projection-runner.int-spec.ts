import { beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { EventStore } from '@samverkan/event-store';
import type { Projection } from '../../projection.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';
import { SHAPE, steps, useRunnerHarness } from './testing/runner-harness.js';
import { dumpReadStore, type ReadModelFixture } from './testing/read-model-fixture.js';
import { appendAll, historyFrom, minute, testEvent } from './testing/test-events.js';
import { allTestProjections, eventCountProjection, streamTallyProjection, type StreamTally } from './testing/test-projections.js';

const harness = useRunnerHarness();
const { runner } = harness;
let fixture: ReadModelFixture;
let readStore: SqliteReadModelStore;
beforeEach(() => {
  fixture = harness.fixture();
  readStore = harness.readStore();
});

describe('SqliteProjectionRunner', () => {
  it('enriches every event of a registered stream with its agreement, from the registration on', async () => {
    await appendAll(fixture.events, historyFrom(steps(12), SHAPE));
    await runner().catchUp();
    const tally = await readStore.get<StreamTally>('test-stream-tally', 'focus-area-f1');
    expect(tally?.doc.agreementId).toBe('a1');
    expect(tally?.index.agreementId).toBe('a1');
    expect((await readStore.get<StreamTally>('test-stream-tally', 'agreement-a0'))?.doc.agreementId).toBe('a0');
  });

  describe('when a projection’s version changes', () => {
    it('drops its documents and rebuilds it from zero, leaving the others alone', async () => {
      await appendAll(fixture.events, historyFrom(steps(10), SHAPE));
      await runner({ projections: [streamTallyProjection(1), eventCountProjection] }).catchUp();
      const before = await readStore.get<StreamTally>('test-stream-tally', 'agreement-a0');
      const countBefore = await readStore.get('test-event-count', 'all');

      await runner({ projections: [streamTallyProjection(2), eventCountProjection] }).catchUp();
      const after = await readStore.get<StreamTally>('test-stream-tally', 'agreement-a0');
      expect(after?.doc.count).toBe(2 * before!.doc.count); // version 2 counts double, over the whole log
      expect(await readStore.get('test-event-count', 'all')).toEqual(countBefore);
      expect(dumpReadStore(join(fixture.dir, 'read-models.sqlite')).checkpoints).toContainEqual(
        expect.objectContaining({ projection: 'test-stream-tally', version: 2 }),
      );
    });
  });

  describe('rebuild', () => {
    it('rebuilds one projection, or all, to the same documents', async () => {
      await appendAll(fixture.events, historyFrom(steps(15), SHAPE));
      const projections = runner({ batchSize: 4 });
      await projections.catchUp();
      const caughtUp = dumpReadStore(join(fixture.dir, 'read-models.sqlite'));
      await projections.rebuild('test-board');
      expect(dumpReadStore(join(fixture.dir, 'read-models.sqlite'))).toEqual(caughtUp);
      await projections.rebuild();
      expect(dumpReadStore(join(fixture.dir, 'read-models.sqlite'))).toEqual(caughtUp);
    });

    it('refuses a name it does not know', async () => {
      await expect(runner().rebuild('no-such-projection')).rejects.toThrow('No projection named no-such-projection');
    });
  });

  describe('a catch-up far behind the log', () => {
    it('writes the documents once per so many events, each with its checkpoint, never once per batch', async () => {
      await appendAll(fixture.events, [{ streamId: 's', events: Array.from({ length: 20 }, (_, n) => testEvent('Ticked', {}, minute(n))) }]);
      // What a reader of the store sees before each read of the log: the count's checkpoint and its document.
      const seen: { checkpoint: number; count: number }[] = [];
      const log = fixture.events;
      const observed: EventStore = {
        appendToStream: (...args) => log.appendToStream(...args),
        readStream: (...args) => log.readStream(...args),
        subscribeToAll: (...args) => log.subscribeToAll(...args),
        comparePositions: (a, b) => log.comparePositions(a, b),
        close: () => log.close(),
        readAll: async (options) => {
          const checkpoint = readStore.checkpoints().find((row) => row.projection === 'test-event-count')?.position ?? 0;
          const count = (await readStore.get<{ count: number }>('test-event-count', 'all'))?.doc.count ?? 0;
          seen.push({ checkpoint, count });
          return log.readAll(options);
        },
      };
      await runner({ eventStore: observed, projections: [eventCountProjection], batchSize: 2, deferEvents: 6 }).catchUp();
      expect(seen.every(({ checkpoint, count }) => checkpoint === count)).toBe(true);
      expect([...new Set(seen.map(({ checkpoint }) => checkpoint))]).toEqual([0, 6, 12, 18]);
      expect((await readStore.get<{ count: number }>('test-event-count', 'all'))?.doc.count).toBe(20);
    });

    it('writes the batches before a failed one, as when each batch wrote its own', async () => {
      const failing: Projection<number> = {
        name: 'failing',
        version: 1,
        route: () => ['x'],
        index: () => ({}),
        evolve: (doc, event) => {
          if (event.revision === 5) throw new Error('bad event');
          return (doc ?? 0) + 1;
        },
      };
      await appendAll(fixture.events, [{ streamId: 's', events: Array.from({ length: 8 }, (_, n) => testEvent('Ticked', {}, minute(n))) }]);
      await expect(runner({ projections: [failing, eventCountProjection], batchSize: 2 }).catchUp()).rejects.toThrow('bad event');
      expect((await readStore.get('failing', 'x'))?.doc).toBe(4);
      expect((await readStore.get<{ count: number }>('test-event-count', 'all'))?.doc.count).toBe(4);
    });
  });

  describe('a projection that throws', () => {
    it('commits nothing of the batch it failed in', async () => {
      const failing: Projection<number> = {
        name: 'failing',
        version: 1,
        route: () => ['x'],
        index: () => ({}),
        evolve: (doc, event) => {
          if (event.revision === 2) throw new Error('bad event');
          return (doc ?? 0) + 1;
        },
      };
      await fixture.events.appendToStream(
        's',
        [0, 1, 2, 3].map((n) => testEvent('Ticked', {}, minute(n))),
        { expectedRevision: 'no_stream' },
      );
      await expect(runner({ projections: [failing, eventCountProjection], batchSize: 2 }).catchUp()).rejects.toThrow('bad event');
      expect((await readStore.get('failing', 'x'))?.doc).toBe(2);
      expect((await readStore.get<{ count: number }>('test-event-count', 'all'))?.doc.count).toBe(2);
    });
  });

  describe('the documents a runner keeps parsed between batches', () => {
    it('are not trusted once another runner has written the store: the result equals a rebuild', async () => {
      await appendAll(fixture.events, historyFrom(steps(12), SHAPE));
      const first = runner({ batchSize: 5 });
      await first.catchUp();
      // Another process moves every projection on (its own connection), then the first goes on.
      await appendAll(fixture.events, historyFrom(steps(24), SHAPE).slice(historyFrom(steps(12), SHAPE).length));
      const elsewhere = runner({ readStore: fixture.openReadStore(), batchSize: 3 });
      await elsewhere.catchUp();
      await appendAll(fixture.events, [{ streamId: 'focus-area-f1', events: [testEvent('NoteAdded', { note: 'late' }, minute(500))] }]);
      await first.catchUp();
      const caughtUp = dumpReadStore(join(fixture.dir, 'read-models.sqlite'));
      await runner({ readStore: fixture.openReadStore('rebuilt.sqlite') }).rebuild();
      expect(caughtUp).toEqual(dumpReadStore(join(fixture.dir, 'rebuilt.sqlite')));
    });

    it('are left as the last commit by a batch that failed, so the retry starts from what was stored', async () => {
      let failOnce = true;
      const flaky: Projection<number> = {
        name: 'flaky',
        version: 1,
        route: () => ['x'],
        index: () => ({}),
        evolve: (doc, event) => {
          if (event.revision === 3 && failOnce) {
            failOnce = false;
            throw new Error('transient');
          }
          return (doc ?? 0) + 1;
        },
      };
      await fixture.events.appendToStream(
        's',
        [0, 1, 2, 3, 4, 5].map((n) => testEvent('Ticked', {}, minute(n))),
        { expectedRevision: 'no_stream' },
      );
      const projections = runner({ projections: [flaky], batchSize: 2 });
      await expect(projections.catchUp()).rejects.toThrow('transient');
      await projections.catchUp();
      expect((await readStore.get('flaky', 'x'))?.doc).toBe(6);
    });
  });

  describe('status', () => {
    it('reports each projection’s position, the log head and the lag', async () => {
      await appendAll(fixture.events, historyFrom(steps(5), SHAPE)); // 9 events
      const projections = runner();
      const fresh = await projections.status();
      expect(fresh[0]).toEqual({ name: 'test-stream-tally', version: 1, position: undefined, head: '9', lag: 9 });
      await projections.catchUp();
      await fixture.events.appendToStream('s', [testEvent('Ticked', {}, minute(99))], { expectedRevision: 'no_stream' });
      const later = await projections.status();
      expect(later.map(({ name, position, head, lag }) => ({ name, position, head, lag }))).toEqual(
        allTestProjections().map(({ name }) => ({ name, position: '9', head: '10', lag: 1 })),
      );
    });
  });

  describe('snapshots of the board', () => {
    it('are taken on a focus area’s first event and every n-th revision, in the same batch', async () => {
      await fixture.events.appendToStream('agreement-a0', [testEvent('AgreementRegistered', { agreementId: 'a0' }, minute(0))], {
        expectedRevision: 'no_stream',
      });
      const events = Array.from({ length: 12 }, (_, revision) =>
        revision === 0
          ? testEvent('FocusAreaProposed', { focusAreaId: 'f0', agreementId: 'a0', title: 'T' }, minute(1))
          : testEvent('NoteAdded', { note: `n${revision}` }, minute(1 + revision)),
      );
      await fixture.events.appendToStream('focus-area-f0', events, { expectedRevision: 'no_stream' });
      await runner({ snapshotEvery: 5, batchSize: 4 }).catchUp();
      const { snapshots } = dumpReadStore(join(fixture.dir, 'read-models.sqlite'));
      expect(snapshots.map((row) => (row as { revision: number }).revision)).toEqual([0, 4, 9]);
      expect(snapshots[1]).toMatchObject({ focus_area_id: 'f0', stream_id: 'focus-area-f0', position: 6, occurred_at: minute(5) });
    });
  });
});
