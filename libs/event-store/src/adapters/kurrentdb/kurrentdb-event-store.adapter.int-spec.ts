import { EventStoreDBClient, NO_STREAM } from '@eventstore/db-client';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { copyLog, DuplicateEventIdError, type EventToAppend } from '@samverkan/event-store';
import { anEvent, events, waitFor } from '@samverkan/event-store/testing';
import { createSqliteFixture } from '../sqlite/testing/sqlite-fixture.js';
import { toKurrentEvent } from './kurrentdb-envelope.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';
import { InProcessKurrentDb } from './testing/in-process-kurrentdb.js';
import { createInProcessKurrentDbFixture, type KurrentDbFixture } from './testing/kurrentdb-fixture.js';

describe('the KurrentDB event store', () => {
  let fixture: KurrentDbFixture;
  const others: KurrentDbEventStore[] = [];
  /** Another API instance: its own client, and nothing seen yet. */
  const anotherInstance = (): KurrentDbEventStore => {
    const store = new KurrentDbEventStore({ connectionString: fixture.server.url });
    others.push(store);
    return store;
  };

  beforeEach(async () => {
    fixture = await createInProcessKurrentDbFixture();
  });

  afterEach(async () => {
    await Promise.all(others.splice(0).map((store) => store.close()));
    await fixture.cleanup();
  });

  it("appends in one round trip, through BatchAppend (the client's path to a server that lists it), then seals", async () => {
    await fixture.store.appendToStream('s', events(2), { expectedRevision: 'no_stream' });
    await fixture.store.seal();
    // Nothing is read before the append; the sealing pass reads the chain's head and the new events, then appends a link.
    const { requests } = fixture.server;
    expect(requests.slice(0, 4)).toEqual(['batchAppend', 'read', 'read', 'batchAppend']);
    expect(requests.slice(4).filter((request) => request !== 'read')).toEqual([]); // a later pass finds nothing to seal
  });

  it('appends through Append to a server without server features, judging revisions the same way', async () => {
    const old = await InProcessKurrentDb.start({ serverFeatures: false });
    const store = new KurrentDbEventStore({ connectionString: old.url });
    try {
      expect((await store.appendToStream('s', events(2), { expectedRevision: 'no_stream' })).nextExpectedRevision).toBe(1);
      await expect(store.appendToStream('s', events(1), { expectedRevision: 0 })).rejects.toMatchObject({ expected: 0, actual: 1 });
      await expect(store.appendToStream('t', events(1), { expectedRevision: 'stream_exists' })).rejects.toMatchObject({ actual: 'no_stream' });
      expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
      expect(old.requests.filter((request) => request !== 'read')).toEqual(['append', 'append', 'append', 'append']); // three of ours, and the chain's link
    } finally {
      await store.close();
      await old.stop();
    }
  });

  it('takes its positions from the server: log offsets with gaps, not 1, 2, 3', async () => {
    await fixture.store.appendToStream('s', events(3), { expectedRevision: 'no_stream' });
    const positions = (await fixture.store.readAll()).map((event) => BigInt(event.position));
    expect(positions[1]! - positions[0]!).toBeGreaterThan(1n);
    expect(positions[2]! - positions[1]!).toBeGreaterThan(1n);
  });

  it('chains the same hashes as the SQLite store for the same log', async () => {
    const sqlite = await createSqliteFixture();
    try {
      const log: Array<[string, EventToAppend[], 'no_stream' | number]> = [
        ['a', events(2, 'a'), 'no_stream'],
        ['b', [anEvent({ å: 'ö', nested: { list: [1, 2] } })], 'no_stream'],
        ['a', events(1, 'a'), 1],
      ];
      for (const [streamId, written, expectedRevision] of log) {
        await fixture.store.appendToStream(streamId, written, { expectedRevision });
        await sqlite.store.appendToStream(streamId, written, { expectedRevision });
      }
      const [kurrent, embedded] = await Promise.all([fixture.store.verify(), sqlite.store.verify()]);
      expect(kurrent).toEqual({ ok: true, checked: 4, last: expect.anything() });
      expect(kurrent).toEqual(embedded);
    } finally {
      await sqlite.cleanup();
    }
  });

  it('takes a copy of a SQLite log that ends in the same hash', async () => {
    const sqlite = await createSqliteFixture();
    try {
      for (let round = 0; round < 3; round += 1) {
        for (const streamId of ['a', 'b']) {
          await sqlite.store.appendToStream(streamId, events(2, streamId), { expectedRevision: round === 0 ? 'no_stream' : round * 2 - 1 });
        }
      }
      const copied = await copyLog(sqlite.store, fixture.store, { pageSize: 5 });
      expect(copied).toMatchObject({ copied: 12, identical: true, target: { ok: true, checked: 12 } });
    } finally {
      await sqlite.cleanup();
    }
  });

  it('seals the events of an instance that died before sealing them, on the next append anywhere', async () => {
    // An instance that appended and died before its sealing pass: a bare client, which never seals.
    const died = EventStoreDBClient.connectionString(fixture.server.url);
    await died.appendToStream('orphan', [toKurrentEvent(anEvent())], { expectedRevision: NO_STREAM });
    await died.dispose();
    await fixture.store.appendToStream('s', events(1), { expectedRevision: 'no_stream' });
    await fixture.store.seal();
    const links = fixture.server.log.stream('samverkan-chain');
    expect(links).toHaveLength(1);
    expect(await fixture.store.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('finds the newest event deleted', async () => {
    await fixture.store.appendToStream('s', events(3), { expectedRevision: 'no_stream' });
    const newest = (await fixture.store.readAll()).at(-1)!.position;
    await fixture.tamper!.deleteEvent(newest);
    expect(await fixture.store.verify()).toEqual({ ok: false, checked: 2, firstBrokenPosition: newest, reason: 'position-gap' });
  });

  it("answers another instance's retry of an append it never saw as the first was answered, writing nothing", async () => {
    const written = events(2);
    const first = await fixture.store.appendToStream('s', written, { expectedRevision: 'no_stream' });
    expect(await anotherInstance().appendToStream('s', written, { expectedRevision: 'no_stream' })).toEqual(first);
    expect(fixture.server.log.stream('s')).toHaveLength(2);
  });

  it('judges a reuse the server refused, by another instance, as a duplicate', async () => {
    const stored = events(2);
    await fixture.store.appendToStream('s', stored, { expectedRevision: 'no_stream' });
    await expect(anotherInstance().appendToStream('s', stored, { expectedRevision: 0 })).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect(fixture.server.log.stream('s')).toHaveLength(2);
  });

  it("refuses, before writing, an id of another instance's append that its subscription has delivered", async () => {
    const other = anotherInstance();
    const delivered: string[] = [];
    const following = other.subscribeToAll({}, (event) => void delivered.push(event.eventId));
    const taken = anEvent();
    await fixture.store.appendToStream('a', [taken], { expectedRevision: 'no_stream' });
    await waitFor(() => delivered.includes(taken.eventId), 'the other instance to follow the append');
    await following.close();
    await expect(other.appendToStream('b', [taken], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect(fixture.server.log.stream('b')).toEqual([]);
  });

  it('keeps stores with different stream prefixes apart on one server, each with its own chain', async () => {
    // A server of their own: a store without a prefix owns every stream, theirs included.
    const shared = await InProcessKurrentDb.start();
    const [left, right] = ['left-', 'right-'].map((streamPrefix) => new KurrentDbEventStore({ connectionString: shared.url, streamPrefix }));
    try {
      await left!.appendToStream('s', events(2, 'left'), { expectedRevision: 'no_stream' });
      await right!.appendToStream('s', events(1, 'right'), { expectedRevision: 'no_stream' });
      expect((await left!.readAll()).map((event) => [event.streamId, (event.data as { label: string }).label])).toEqual([
        ['s', 'left'],
        ['s', 'left'],
      ]);
      expect(await right!.readStream('s')).toHaveLength(1);
      expect(await left!.verify()).toMatchObject({ ok: true, checked: 2 });
      expect(await right!.verify()).toMatchObject({ ok: true, checked: 1 });
    } finally {
      await Promise.all([left!.close(), right!.close()]);
      await shared.stop();
    }
  });
});
