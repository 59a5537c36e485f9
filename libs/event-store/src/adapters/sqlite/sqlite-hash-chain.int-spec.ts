import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { canonicalEventBytesFromJson, canonicalJson, chainHash, type Position } from '@samverkan/event-store';
import { anEvent, events } from '@samverkan/event-store/testing';
import { createSqliteFixture, type SqliteFixture } from './testing/sqlite-fixture.js';

describe('SQLite hash chain', () => {
  let fixture: SqliteFixture;
  const raw = (sql: string, ...params: unknown[]): void => {
    const db = new Database(fixture.filename);
    db.prepare(sql).run(...params);
    db.close();
  };

  beforeEach(async () => {
    fixture = await createSqliteFixture();
    await fixture.store.appendToStream('a', events(4), { expectedRevision: 'no_stream' });
  });

  afterEach(() => fixture.cleanup());

  it('stores data and metadata as the canonical JSON the chain covers', async () => {
    await fixture.store.appendToStream('b', [anEvent({ z: 1, a: { y: [2, 1], b: 'ö' } })], { expectedRevision: 'no_stream' });
    const db = new Database(fixture.filename, { readonly: true });
    const row = db.prepare('SELECT data FROM events WHERE stream_id = ?').get('b') as { data: string };
    db.close();
    expect(row.data).toBe(canonicalJson({ a: { b: 'ö', y: [2, 1] }, z: 1 }));
  });

  it('finds the newest events deleted, though the rest of the chain is intact', async () => {
    raw('DELETE FROM events WHERE position >= 3');
    expect(await fixture.store.verify()).toEqual({ ok: false, checked: 2, firstBrokenPosition: '3', reason: 'position-gap' });
  });

  it('keeps a deleted tail visible after later appends, by never reusing its positions', async () => {
    raw('DELETE FROM events WHERE position = 4');
    const result = await fixture.store.appendToStream('b', events(1), { expectedRevision: 'no_stream' });
    expect(result.position).toBe('5');
    expect(await fixture.store.verify()).toMatchObject({ ok: false, firstBrokenPosition: '4', reason: 'position-gap' });
  });

  it('finds an edit whose own hash was recomputed, at the next event', async () => {
    const db = new Database(fixture.filename);
    const row = db.prepare('SELECT * FROM events WHERE position = 2').get() as Record<string, string & number>;
    const dataJson = canonicalJson({ n: 7 });
    const bytes = canonicalEventBytesFromJson({
      position: '2',
      streamId: row['stream_id'],
      revision: row['revision'],
      eventId: row['event_id'],
      type: row['type'],
      schemaVersion: row['schema_version'],
      dataJson,
      metadataJson: row['metadata'],
    });
    db.prepare('UPDATE events SET data = ?, hash = ? WHERE position = 2').run(dataJson, chainHash(row['prev_hash'], bytes));
    db.close();
    expect(await fixture.store.verify()).toEqual({
      ok: false,
      checked: 2,
      firstBrokenPosition: '3',
      reason: 'previous-hash-mismatch',
    });
  });

  it('continues the chain across a reopened file', async () => {
    await fixture.store.close();
    const reopened = fixture.openAnother();
    await reopened.appendToStream('a', events(2), { expectedRevision: 3 });
    expect(await reopened.verify()).toMatchObject({ ok: true, checked: 6 });
  });

  it('verifies in batches smaller than the log', async () => {
    await fixture.store.appendToStream('a', events(5), { expectedRevision: 3 });
    expect(await fixture.store.verify({ batchSize: 2 })).toMatchObject({ ok: true, checked: 9, last: { position: '9' } });
    raw("UPDATE events SET type = 'Forged' WHERE position = 8");
    expect(await fixture.store.verify({ batchSize: 2 })).toEqual({
      ok: false,
      checked: 7,
      firstBrokenPosition: '8',
      reason: 'hash-mismatch',
    });
  });

  it('rejects positions that are not its own', async () => {
    expect(() => fixture.store.comparePositions('1' as Position, 'x7' as Position)).toThrow(RangeError);
    await expect(fixture.store.readAll({ after: '-1' as Position })).rejects.toThrow(RangeError);
  });
});
