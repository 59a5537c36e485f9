import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { DocumentIndex } from '../../projection.js';
import type { DocumentQuery } from '../../read-store.port.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';
import { createReadModelFixture, type ReadModelFixture } from './testing/read-model-fixture.js';

interface Row extends DocumentIndex {
  readonly id: string;
}

/** Audit-like rows: two agreements, two parties, three kinds, on four days (two rows share a time). */
const ROWS: Row[] = [
  { id: 'r01', agreementId: 'a1', partyId: 'police', kind: 'TransitionApproved', occurredAt: '2024-03-01T09:00:00.000Z', focusAreaId: 'f1' },
  { id: 'r02', agreementId: 'a1', partyId: 'municipality', kind: 'TransitionApproved', occurredAt: '2024-03-01T09:00:00.000Z', focusAreaId: 'f1' },
  { id: 'r03', agreementId: 'a1', partyId: 'police', kind: 'TransitionRejected', occurredAt: '2024-03-02T09:00:00.000Z', focusAreaId: 'f2' },
  { id: 'r04', agreementId: 'a2', partyId: 'police', kind: 'TransitionApproved', occurredAt: '2024-03-02T10:00:00.000Z', focusAreaId: 'f9' },
  { id: 'r05', agreementId: 'a1', partyId: null, kind: 'SourceAdded', occurredAt: '2024-03-03T09:00:00.000Z', focusAreaId: 'f1' },
  { id: 'r06', agreementId: 'a1', partyId: 'police', kind: 'TransitionApproved', occurredAt: '2024-03-04T09:00:00.000Z', focusAreaId: 'f2' },
  { id: 'r07', agreementId: null, partyId: null, kind: null, occurredAt: null, focusAreaId: null },
];

let fixture: ReadModelFixture;
let store: SqliteReadModelStore;

beforeAll(async () => {
  fixture = await createReadModelFixture();
  store = fixture.openReadStore();
  store.transaction((writer) => {
    // The change's time is not the indexed occurredAt: a document may index any time it likes.
    ROWS.forEach((row, i) => writer.put('audit', row.id, { row: row.id }, row, { seq: i + 1, occurredAt: `2025-01-0${i + 1}T00:00:00.000Z` }));
    writer.put('other-projection', 'r01', { row: 'elsewhere' }, { agreementId: 'a1' }, { seq: 99, occurredAt: '2025-02-01T00:00:00.000Z' });
  });
});
afterAll(() => fixture.cleanup());

const ids = async (query: DocumentQuery) => (await store.find<{ row: string }>('audit', query)).items.map((item) => item.id);

describe('SqliteReadModelStore', () => {
  it('gets one document with its index, and the position and time of the event that last changed it', async () => {
    expect(await store.get('audit', 'r03')).toEqual({
      id: 'r03',
      doc: { row: 'r03' },
      index: { agreementId: 'a1', focusAreaId: 'f2', partyId: 'police', kind: 'TransitionRejected', occurredAt: '2024-03-02T09:00:00.000Z' },
      position: '3',
      changedAt: '2025-01-03T00:00:00.000Z',
    });
    expect(await store.get('audit', 'missing')).toBeUndefined();
  });

  describe('find', () => {
    it('lists only the projection’s documents, by time and then id (undated first)', async () => {
      expect(await ids({})).toEqual(['r07', 'r01', 'r02', 'r03', 'r04', 'r05', 'r06']);
    });

    it('orders newest first on request, ties by id descending', async () => {
      expect(await ids({ order: 'desc' })).toEqual(['r06', 'r05', 'r04', 'r03', 'r02', 'r01', 'r07']);
    });

    it('filters by agreement, focus area, party and any of several kinds, all together', async () => {
      expect(await ids({ agreementId: 'a1' })).toEqual(['r01', 'r02', 'r03', 'r05', 'r06']);
      expect(await ids({ focusAreaId: 'f2' })).toEqual(['r03', 'r06']);
      expect(await ids({ agreementId: 'a1', partyId: 'police' })).toEqual(['r01', 'r03', 'r06']);
      expect(await ids({ kinds: ['TransitionApproved', 'TransitionRejected'], partyId: 'police', agreementId: 'a1' })).toEqual(['r01', 'r03', 'r06']);
      expect(await ids({ kinds: [] })).toEqual([]);
    });

    it('filters by an inclusive date range', async () => {
      expect(await ids({ occurredFrom: '2024-03-02T09:00:00.000Z', occurredTo: '2024-03-03T09:00:00.000Z' })).toEqual(['r03', 'r04', 'r05']);
      expect(await ids({ occurredFrom: '2024-03-04T00:00:00.000Z' })).toEqual(['r06']);
    });

    it('pages with limit and offset, and counts every match', async () => {
      const page = await store.find('audit', { agreementId: 'a1', limit: 2, offset: 2 });
      expect(page.items.map((item) => item.id)).toEqual(['r03', 'r05']);
      expect(page.total).toBe(5);
      const past = await store.find('audit', { agreementId: 'a1', limit: 2, offset: 10 });
      expect(past).toEqual({ items: [], total: 5 });
    });
  });

  it('opens a store made before documents kept their change time: adds the column, old documents say null', async () => {
    const filename = join(fixture.dir, 'old-layout.sqlite');
    const old = new Database(filename);
    old.exec(`CREATE TABLE rm_documents (projection TEXT NOT NULL, id TEXT NOT NULL, agreement_id TEXT, focus_area_id TEXT,
      party_id TEXT, kind TEXT, occurred_at TEXT, position INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (projection, id))`);
    old
      .prepare('INSERT INTO rm_documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run('board', 'f1', 'a1', 'f1', null, 'mapping', '2024-01-01T00:00:00.000Z', 7, '{"n":1}');
    old.close();
    const reopened = fixture.openReadStore('old-layout.sqlite');
    expect(await reopened.get('board', 'f1')).toMatchObject({ doc: { n: 1 }, position: '7', changedAt: null });
    reopened.transaction((writer) => writer.put('board', 'f1', { n: 2 }, { agreementId: 'a1' }, { seq: 8, occurredAt: '2024-01-02T00:00:00.000Z' }));
    expect(await reopened.get('board', 'f1')).toMatchObject({ doc: { n: 2 }, position: '8', changedAt: '2024-01-02T00:00:00.000Z' });
  });

  describe('catching up', () => {
    const indexesOf = (filename: string): string[] => {
      const db = new Database(join(fixture.dir, filename), { readonly: true });
      try {
        return db
          .prepare<[], string>(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('rm_log_rows', 'rm_focus_area_snapshots') AND sql IS NOT NULL ORDER BY name",
          )
          .pluck()
          .all();
      } finally {
        db.close();
      }
    };
    const ALL = ['rm_focus_area_snapshots_by_agreement', 'rm_log_rows_by_agreement', 'rm_log_rows_by_focus_area', 'rm_log_rows_id'];
    const snapshot = {
      focusAreaId: 'f1',
      revision: 0,
      docId: 'f1',
      agreementId: 'a1',
      streamId: 'focus-area-f1',
      seq: 1,
      occurredAt: '2024-01-01T00:00:00.000Z',
      doc: {},
    };
    const logRow = { seq: 1, streamId: 'focus-area-f1', revision: 0, agreementId: 'a1', occurredAt: '2024-01-01T00:00:00.000Z' };

    it('from zero, writes the log rows and snapshots without their query indexes and makes those at the end', async () => {
      const fresh = fixture.openReadStore('bulk-load.sqlite');
      const during = await fresh.catchingUp(async () => {
        fresh.transaction((writer) => {
          writer.putSnapshot(snapshot);
          writer.putLogRow('audit', 'r1', { agreementId: 'a1' }, logRow);
        });
        return indexesOf('bulk-load.sqlite');
      });
      // The audit entries' ids too: a catch-up by agreement writes them out of log order.
      expect(during).toEqual([]);
      expect(indexesOf('bulk-load.sqlite')).toEqual(ALL);
    });

    it('with rows already stored, keeps the indexes while it runs', async () => {
      const during = await fixture.openReadStore('bulk-load.sqlite').catchingUp(async () => indexesOf('bulk-load.sqlite'));
      expect(during).toEqual(ALL);
    });

    it('a catch-up killed before its end leaves no index missing: opening the store makes them again', () => {
      const filename = join(fixture.dir, 'killed.sqlite');
      fixture.openReadStore('killed.sqlite');
      const db = new Database(filename);
      db.exec(
        'DROP INDEX rm_log_rows_id; DROP INDEX rm_log_rows_by_agreement; DROP INDEX rm_log_rows_by_focus_area; DROP INDEX rm_focus_area_snapshots_by_agreement',
      );
      db.close();
      fixture.openReadStore('killed.sqlite');
      expect(indexesOf('killed.sqlite')).toEqual(ALL);
    });
  });
});
