import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { agreementStreamId, focusAreaStreamId } from '@samverkan/shared-kernel';
import type { Projection } from '../../projection.js';
import type { DocumentQuery } from '../../read-store.port.js';
import { SqliteProjectionRunner } from './sqlite-projection-runner.js';
import { SqliteReadModelStore } from './sqlite-read-model-store.js';
import { createReadModelFixture, type ReadModelFixture } from './testing/read-model-fixture.js';
import { appendAll, minute, testEvent } from './testing/test-events.js';
import { countingEventStore } from './testing/counting-event-store.js';

/** An insert-only projection: one row per event, its index taken from the event's data. */
interface Row {
  readonly position: string;
  readonly type: string;
  readonly agreementId: string | null;
  readonly focusAreaId: string | null;
  readonly partyId: string | null;
  readonly occurredAt: string;
}

const rowsProjection: Projection<Row> = {
  name: 'test-rows',
  version: 1,
  insertOnly: true,
  route: (event) => [event.position.padStart(8, '0')],
  evolve: (doc, event) =>
    doc ?? {
      position: event.position,
      type: event.type,
      agreementId: event.agreementId,
      focusAreaId: (event.data as { focusAreaId?: string }).focusAreaId ?? null,
      partyId: (event.data as { partyId?: string }).partyId ?? null,
      occurredAt: event.metadata.occurredAt,
    },
  index: (row) => ({ agreementId: row.agreementId, focusAreaId: row.focusAreaId, partyId: row.partyId, kind: row.type, occurredAt: row.occurredAt }),
};

/** Two agreements, three focus areas, two parties and three kinds over a few minutes (two events share a minute). */
const appends = [
  { streamId: agreementStreamId('a1'), events: [testEvent('AgreementRegistered', { agreementId: 'a1' }, minute(0))] },
  { streamId: agreementStreamId('a2'), events: [testEvent('AgreementRegistered', { agreementId: 'a2' }, minute(1))] },
  {
    streamId: focusAreaStreamId('f1'),
    events: [
      testEvent('FocusAreaProposed', { focusAreaId: 'f1', agreementId: 'a1' }, minute(2)),
      testEvent('TransitionApproved', { focusAreaId: 'f1', partyId: 'police' }, minute(3)),
      testEvent('TransitionApproved', { focusAreaId: 'f1', partyId: 'municipality' }, minute(3)),
    ],
  },
  { streamId: focusAreaStreamId('f2'), events: [testEvent('FocusAreaProposed', { focusAreaId: 'f2', agreementId: 'a2' }, minute(4))] },
  {
    streamId: focusAreaStreamId('f1'),
    events: [
      testEvent('TransitionRejected', { focusAreaId: 'f1', partyId: 'police' }, minute(5)),
      testEvent('NoteAdded', { focusAreaId: 'f1' }, minute(6)),
    ],
  },
  { streamId: focusAreaStreamId('f3'), events: [testEvent('FocusAreaProposed', { focusAreaId: 'f3', agreementId: 'a1' }, minute(7))] },
  { streamId: focusAreaStreamId('f3'), events: [testEvent('TransitionApproved', { focusAreaId: 'f3', partyId: 'police' }, minute(8))] },
];

let fixture: ReadModelFixture;
let store: SqliteReadModelStore;
/** Every row as a pure replay of the log makes it, with its id. */
let expected: { readonly id: string; readonly doc: Row }[];

const openStore = (name: string) =>
  new SqliteReadModelStore({ filename: join(fixture.dir, name), log: { eventStore: fixture.events, projections: [rowsProjection] } });

beforeAll(async () => {
  fixture = await createReadModelFixture();
  await appendAll(fixture.events, appends);
  store = openStore('rows.sqlite');
  await new SqliteProjectionRunner({ eventStore: fixture.events, readStore: store, projections: [rowsProjection], batchSize: 3 }).catchUp();
  const agreements = new Map<string, string>();
  expected = (await fixture.events.readAll()).map((event) => {
    const registered = (event.data as { agreementId?: string }).agreementId;
    if (registered !== undefined && !agreements.has(event.streamId)) agreements.set(event.streamId, registered);
    const id = event.position.padStart(8, '0');
    return { id, doc: rowsProjection.evolve(undefined, { ...event, agreementId: agreements.get(event.streamId) ?? null })! };
  });
});
afterAll(async () => {
  await store.close();
  await fixture.cleanup();
});

/** What `find` must answer, computed from the replay alone. */
function answer(query: DocumentQuery) {
  const matching = expected
    .filter(({ doc }) => query.agreementId === undefined || doc.agreementId === query.agreementId)
    .filter(({ doc }) => query.focusAreaId === undefined || doc.focusAreaId === query.focusAreaId)
    .filter(({ doc }) => query.partyId === undefined || doc.partyId === query.partyId)
    .filter(({ doc }) => query.kinds === undefined || query.kinds.includes(doc.type))
    .filter(({ doc }) => (query.occurredFrom ?? '') <= doc.occurredAt && doc.occurredAt <= (query.occurredTo ?? '~'))
    .sort((a, b) => (a.doc.occurredAt === b.doc.occurredAt ? (a.id < b.id ? -1 : 1) : a.doc.occurredAt < b.doc.occurredAt ? -1 : 1));
  if (query.order === 'desc') matching.reverse();
  const offset = query.offset ?? 0;
  return { ids: matching.slice(offset, query.limit === undefined ? undefined : offset + query.limit).map((r) => r.id), total: matching.length };
}

describe('an insert-only projection kept as entries over the log', () => {
  it('stores no copy of its documents: only entries pointing at their events', () => {
    const db = new Database(join(fixture.dir, 'rows.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) AS n FROM rm_documents').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM rm_log_rows').get()).toEqual({ n: expected.length });
    } finally {
      db.close();
    }
  });

  it('reads each document back from its event, as a replay makes it, with the position and time of that event', async () => {
    const [first, , third] = expected;
    expect(await store.get('test-rows', third!.id)).toEqual({
      id: third!.id,
      doc: third!.doc,
      index: rowsProjection.index(third!.doc),
      position: third!.doc.position,
      changedAt: third!.doc.occurredAt,
    });
    // The agreement the runner gave the event (its stream's registration), not one it names itself.
    expect((await store.get<Row>('test-rows', first!.id))?.doc.agreementId).toBe('a1');
    expect(await store.get('test-rows', 'missing')).toBeUndefined();
  });

  it.each<[string, DocumentQuery]>([
    ['everything, oldest first', {}],
    ['newest first', { order: 'desc' }],
    ['one agreement', { agreementId: 'a1' }],
    ['one focus area', { focusAreaId: 'f1' }],
    ['an agreement and a party', { agreementId: 'a1', partyId: 'police' }],
    ['any of several kinds', { kinds: ['TransitionApproved', 'TransitionRejected'] }],
    ['no kinds at all', { kinds: [] }],
    ['a kind never stored', { kinds: ['Unheard'] }],
    ['an agreement never stored', { agreementId: 'nowhere' }],
    ['an inclusive time range', { occurredFrom: minute(3), occurredTo: minute(6) }],
    ['a page of a filtered list', { agreementId: 'a1', order: 'desc', limit: 2, offset: 1 }],
    ['a page past the end', { agreementId: 'a1', limit: 2, offset: 40 }],
  ])('finds as the documents would be found: %s', async (_, query) => {
    const page = await store.find<Row>('test-rows', query);
    expect({ ids: page.items.map((item) => item.id), total: page.total }).toEqual(answer(query));
    for (const item of page.items) expect(item.doc).toEqual(expected.find((row) => row.id === item.id)!.doc);
  });

  it('reads a page back in one request per stream where its entries lie close, not one per entry', async () => {
    const { store: counted, counts } = countingEventStore(fixture.events, { honourMaxCount: false });
    const reader = new SqliteReadModelStore({ filename: join(fixture.dir, 'rows.sqlite'), log: { eventStore: counted, projections: [rowsProjection] } });
    try {
      const page = await reader.find<Row>('test-rows', { focusAreaId: 'f1' });
      expect(page.items.map((item) => item.doc)).toEqual(answer({ focusAreaId: 'f1' }).ids.map((id) => expected.find((row) => row.id === id)!.doc));
      expect(page.items).toHaveLength(5);
      expect(counts.streamReads).toEqual([{ streamId: focusAreaStreamId('f1'), fromRevision: 0, returned: 5 }]);
    } finally {
      await reader.close();
    }
  });

  it('makes its query indexes again after a catch-up from zero', () => {
    const db = new Database(join(fixture.dir, 'rows.sqlite'), { readonly: true });
    try {
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_log_rows' ORDER BY name").pluck().all();
      expect(indexes).toEqual(['rm_log_rows_by_agreement', 'rm_log_rows_by_focus_area', 'rm_log_rows_id']);
    } finally {
      db.close();
    }
  });

  it('refuses to be read through a store opened without the log, rather than answering nothing', async () => {
    const blind = new SqliteReadModelStore({ filename: join(fixture.dir, 'rows.sqlite') });
    try {
      await expect(blind.find('test-rows', {})).rejects.toThrow(/kept as entries over the log/);
      await expect(blind.get('test-rows', expected[0]!.id)).rejects.toThrow(/kept as entries over the log/);
    } finally {
      await blind.close();
    }
  });

  it('makes the rows of a read store from before (copied into documents) again as entries, at the runner’s start', async () => {
    const old = openStore('old.sqlite');
    try {
      old.transaction((writer) => {
        writer.put('test-rows', expected[0]!.id, { stale: true }, {}, { seq: 1, occurredAt: minute(0) });
        writer.setCheckpoint('test-rows', rowsProjection.version, Number(expected.at(-1)!.doc.position));
      });
      await new SqliteProjectionRunner({ eventStore: fixture.events, readStore: old, projections: [rowsProjection] }).catchUp();
      expect(old.holdsDocuments('test-rows')).toBe(false);
      const page = await old.find<Row>('test-rows', {});
      expect(page.items.map((item) => item.doc)).toEqual(answer({}).ids.map((id) => expected.find((row) => row.id === id)!.doc));
    } finally {
      await old.close();
    }
  });
});
