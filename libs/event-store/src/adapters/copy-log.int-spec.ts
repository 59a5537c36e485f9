import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { copyLog, CopyTargetMismatchError, type EventStore } from '@samverkan/event-store';
import { anEvent, events } from '@samverkan/event-store/testing';
import { createSqliteFixture, type SqliteFixture } from './sqlite/testing/sqlite-fixture.js';

/** Three streams, interleaved, with multi-event appends: 3 × rounds × 2 events. */
async function writeLog(store: EventStore, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    for (const streamId of ['agreement-a', 'focus-area-b', 'focus-area-c']) {
      await store.appendToStream(streamId, [anEvent({ streamId, round }), anEvent({ streamId, round, second: true })], {
        expectedRevision: round === 0 ? 'no_stream' : round * 2 - 1,
      });
    }
  }
}

const envelope = (store: EventStore) =>
  store.readAll().then((all) =>
    all.map(({ eventId, streamId, revision, type, schemaVersion, data, metadata }) => ({
      eventId,
      streamId,
      revision,
      type,
      schemaVersion,
      data,
      metadata,
    })),
  );

describe('copying a whole log into another store', () => {
  let from: SqliteFixture;
  let to: SqliteFixture;

  beforeEach(async () => {
    [from, to] = await Promise.all([createSqliteFixture(), createSqliteFixture()]);
    await writeLog(from.store, 5);
  });

  afterEach(async () => {
    await Promise.all([from.cleanup(), to.cleanup()]);
  });

  it.each([1, 16])('copies every event in order with %p append(s) in flight, and ends in the same hash', async (inFlight) => {
    const result = await copyLog(from.store, to.store, { pageSize: 4, inFlight });
    expect(result).toMatchObject({ alreadyThere: 0, copied: 30, interrupted: false, identical: true });
    expect(result.target).toEqual(result.source);
    expect(await envelope(to.store)).toEqual(await envelope(from.store));
    expect(result.target).toMatchObject({ ok: true, checked: 30 });
  });

  it('resumes after an interruption, and a run with nothing left to copy changes nothing', async () => {
    const stop = new AbortController();
    const first = await copyLog(from.store, to.store, {
      pageSize: 4,
      onProgress: ({ copied }) => {
        if (copied >= 12) stop.abort();
      },
      signal: stop.signal,
    });
    expect(first).toMatchObject({ interrupted: true, identical: false });
    expect(first.copied).toBeGreaterThanOrEqual(12);
    expect(first.copied).toBeLessThan(30);

    const second = await copyLog(from.store, to.store, { pageSize: 4 });
    expect(second).toMatchObject({ alreadyThere: first.copied, copied: 30 - first.copied, identical: true });
    expect(await envelope(to.store)).toEqual(await envelope(from.store));

    expect(await copyLog(from.store, to.store)).toMatchObject({ alreadyThere: 30, copied: 0, identical: true });
  });

  it('goes on after events an earlier run stored without hearing the answer', async () => {
    // The first five events, stored as the copy would have stored them.
    const head = (await from.store.readAll()).slice(0, 5);
    await to.store.appendToStream('agreement-a', head.slice(0, 2), { expectedRevision: 'no_stream' });
    await to.store.appendToStream('focus-area-b', head.slice(2, 4), { expectedRevision: 'no_stream' });
    await to.store.appendToStream('focus-area-c', head.slice(4, 5), { expectedRevision: 'no_stream' });
    expect(await copyLog(from.store, to.store, { pageSize: 3 })).toMatchObject({ alreadyThere: 5, copied: 25, identical: true });
  });

  it('refuses a target that holds other events, appending nothing', async () => {
    await to.store.appendToStream('something-else', events(2), { expectedRevision: 'no_stream' });
    await expect(copyLog(from.store, to.store)).rejects.toThrow(CopyTargetMismatchError);
    await expect(copyLog(from.store, to.store)).rejects.toThrow(/event number 1 \(something-else@0/);
    expect(await to.store.readAll()).toHaveLength(2);
  });

  it('tells when the copy does not end in the source hash', async () => {
    await copyLog(from.store, to.store);
    await to.tamper!.editData((await to.store.readAll())[7]!.position, { forged: true });
    const again = await copyLog(from.store, to.store);
    expect(again).toMatchObject({ identical: false, target: { ok: false, firstBrokenPosition: '8' } });
  });
});
