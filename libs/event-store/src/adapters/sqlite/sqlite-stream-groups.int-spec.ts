import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { describeStreamGroupReads, readStreamGroupPages, streamGroupEvent } from '../../testing/stream-groups.contract.js';
import { SqliteEventStore } from './sqlite-event-store.js';
import { createSqliteFixture, type SqliteFixture } from './testing/sqlite-fixture.js';

describeStreamGroupReads('SqliteEventStore (a worker thread reads)', () => createSqliteFixture());

describeStreamGroupReads('SqliteEventStore in memory (its own connection reads)', async () => {
  const store = new SqliteEventStore({ filename: ':memory:' });
  return { store, cleanup: () => store.close() };
});

describe('SqliteEventStore, the worker that reads stream groups', () => {
  let fixture: SqliteFixture;
  beforeEach(async () => {
    fixture = await createSqliteFixture();
  });
  afterEach(() => fixture.cleanup());

  it('says why when the worker cannot open the file', async () => {
    await fixture.store.appendToStream('a', [streamGroupEvent('a', 0)], { expectedRevision: 'any' });
    const upTo = (await fixture.store.headPosition())!;
    await rm(fixture.filename); // this connection keeps its open file; the worker finds none
    await expect(readStreamGroupPages(fixture.store, [['a']], upTo, 1)).rejects.toThrow(/^Reading stream groups failed: .*open/);
  });
});
