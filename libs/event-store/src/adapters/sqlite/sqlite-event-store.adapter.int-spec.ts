import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import type { StoredEvent } from '@samverkan/event-store';
import { anEvent, events, waitFor } from '@samverkan/event-store/testing';
import { isStreamRevisionConflict } from './sqlite-append.js';
import { createSqliteFixture, type SqliteFixture } from './testing/sqlite-fixture.js';

/** Behaviour particular to the SQLite adapter, beyond the shared contract. */
describe('SQLite event store adapter', () => {
  let fixture: SqliteFixture | undefined;
  const open = async (options?: Parameters<typeof createSqliteFixture>[0]) => (fixture = await createSqliteFixture(options));

  afterEach(async () => {
    await fixture?.cleanup();
    fixture = undefined;
  });

  describe('durability', () => {
    it('defaults to WAL with synchronous=FULL, so an acknowledged append survives a power cut', async () => {
      const { store } = await open();
      expect(store.durabilitySettings()).toEqual({ journalMode: 'wal', synchronous: 'FULL' });
    });

    it('offers synchronous=NORMAL under a name that says what it risks', async () => {
      const { store } = await open({ durability: 'fast-may-lose-recent-commits-on-power-loss' });
      expect(store.durabilitySettings()).toEqual({ journalMode: 'wal', synchronous: 'NORMAL' });
    });
  });

  describe('sharing the file with another process', () => {
    it('waits for the other process to release its write lock instead of failing', async () => {
      const { store, openAnother, startAppender } = await open();
      await (await startAppender()).holdWriteLock(300);
      // The lock is held now: a store told not to wait is refused at once …
      await expect(openAnother({ busyTimeoutMs: 0 }).appendToStream('b', [anEvent()], { expectedRevision: 'no_stream' })).rejects.toMatchObject({
        code: 'SQLITE_BUSY',
      });
      // … while the default store waits for the release and then appends.
      await store.appendToStream('a', [anEvent()], { expectedRevision: 'no_stream' });
      expect((await store.readAll()).map((e) => e.streamId)).toEqual(['a']);
    }, 30_000);

    it('fails with SQLITE_BUSY when told not to wait', async () => {
      const { store, startAppender } = await open({ busyTimeoutMs: 0 });
      await (await startAppender()).holdWriteLock(300);
      await expect(store.appendToStream('a', [anEvent()], { expectedRevision: 'no_stream' })).rejects.toMatchObject({
        code: 'SQLITE_BUSY',
      });
    }, 30_000);

    it("delivers another store's appends to a subscription by polling", async () => {
      const { store, openAnother } = await open();
      const seen: StoredEvent[] = [];
      const subscription = openAnother({ pollIntervalMs: 50 }).subscribeToAll({}, (event) => void seen.push(event));
      await store.appendToStream('a', events(2), { expectedRevision: 'no_stream' });
      await waitFor(() => seen.length === 2, 'the polled events', 2000);
      await subscription.close();
    });

    it('wakes its own subscriptions at once instead of waiting for the next poll', async () => {
      const { store } = await open({ pollIntervalMs: 60_000 });
      const seen: StoredEvent[] = [];
      const subscription = store.subscribeToAll({}, (event) => void seen.push(event));
      // Once the first event is delivered the subscription has read all there is and sleeps for a minute.
      await store.appendToStream('a', [anEvent()], { expectedRevision: 'no_stream' });
      await waitFor(() => seen.length === 1, 'the first event', 1000);
      await store.appendToStream('a', [anEvent()], { expectedRevision: 0 });
      await waitFor(() => seen.length === 2, 'the woken subscription', 1000);
      await subscription.close();
    });
  });

  describe('appending', () => {
    it('rolls back the events already inserted when a later one breaks the unique index on event ids', async () => {
      const { store } = await open();
      const taken = anEvent();
      await store.appendToStream('a', [taken], { expectedRevision: 'no_stream' });
      await expect(
        store.appendToStream('b', [anEvent(), anEvent(), { ...anEvent(), eventId: taken.eventId }], { expectedRevision: 'no_stream' }),
      ).rejects.toMatchObject({ name: 'DuplicateEventIdError', eventIds: [taken.eventId] });
      expect(await store.readAll()).toHaveLength(1);
      expect(await store.verify()).toMatchObject({ ok: true, checked: 1 });
    });

    it('answers an empty append to a missing stream with revision -1 and the log head', async () => {
      const { store } = await open();
      expect(await store.appendToStream('a', [], { expectedRevision: 'no_stream' })).toEqual({ nextExpectedRevision: -1, position: '0' });
      await store.appendToStream('b', events(2), { expectedRevision: 'no_stream' });
      expect(await store.appendToStream('a', [], { expectedRevision: 'any' })).toEqual({ nextExpectedRevision: -1, position: '2' });
    });

    it('recognises a (stream, revision) unique violation as a concurrency conflict, and nothing else', () => {
      const db = new Database(':memory:');
      db.exec('CREATE TABLE events (stream_id TEXT, revision INTEGER, event_id TEXT UNIQUE, UNIQUE (stream_id, revision))');
      db.exec("INSERT INTO events VALUES ('s', 0, 'e1')");
      const failure = (sql: string): unknown => {
        try {
          db.exec(sql);
        } catch (error) {
          return error;
        }
        throw new Error(`expected ${sql} to fail`);
      };
      expect(isStreamRevisionConflict(failure("INSERT INTO events VALUES ('s', 0, 'e2')"))).toBe(true);
      expect(isStreamRevisionConflict(failure("INSERT INTO events VALUES ('t', 0, 'e1')"))).toBe(false);
      db.close();
    });
  });

  describe('closing', () => {
    it('stops its subscriptions and can be called twice', async () => {
      const { store, openAnother } = await open();
      const seen: StoredEvent[] = [];
      store.subscribeToAll({}, (event) => void seen.push(event));
      await store.close();
      await store.close();
      const other = openAnother({ pollIntervalMs: 10 });
      await other.appendToStream('a', [anEvent()], { expectedRevision: 'no_stream' });
      // A live subscriber on the same file proves the event is deliverable; the closed one must not get it.
      const witnessed: StoredEvent[] = [];
      const witness = other.subscribeToAll({}, (event) => void witnessed.push(event));
      await waitFor(() => witnessed.length === 1, 'the witness to see the event', 1000);
      await witness.close();
      expect(seen).toEqual([]);
    });
  });
});
