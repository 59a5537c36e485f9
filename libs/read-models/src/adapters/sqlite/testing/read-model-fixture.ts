import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type SqliteEventStoreOptions } from '@samverkan/event-store/sqlite';
import { ALL_PROJECTIONS } from '../../../all-projections.js';
import { SqliteReadModelStore } from '../sqlite-read-model-store.js';

export interface ReadModelFixture {
  readonly dir: string;
  readonly eventsFile: string;
  readonly events: SqliteEventStore;
  /** A read store on `name` in the fixture's directory (a fresh file for a new name); closed by cleanup. */
  openReadStore(name?: string): SqliteReadModelStore;
  cleanup(): Promise<void>;
}

/** An event store and read stores on real files in a temporary directory. */
export async function createReadModelFixture(options: Partial<SqliteEventStoreOptions> = {}): Promise<ReadModelFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-read-models-'));
  const eventsFile = join(dir, 'events.sqlite');
  const events = new SqliteEventStore({ pollIntervalMs: 20, ...options, filename: eventsFile });
  const opened: SqliteReadModelStore[] = [];
  return {
    dir,
    eventsFile,
    events,
    openReadStore: (name = 'read-models.sqlite') => {
      const store = new SqliteReadModelStore({ filename: join(dir, name), log: { eventStore: events, projections: ALL_PROJECTIONS } });
      opened.push(store);
      return store;
    },
    cleanup: async () => {
      await Promise.all(opened.map((store) => store.close()));
      await events.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface ReadStoreDump {
  readonly checkpoints: unknown[];
  readonly documents: unknown[];
  readonly streams: unknown[];
  readonly snapshots: unknown[];
  /** Insert-only projections' entries over the log, their interned texts spelled out. */
  readonly logRows: unknown[];
}

/** Every row of a read-store file, in key order, through its own read-only connection. */
export function dumpReadStore(filename: string): ReadStoreDump {
  const db = new Database(filename, { readonly: true });
  try {
    const all = (sql: string): unknown[] => db.prepare(sql).all();
    return {
      checkpoints: all('SELECT * FROM rm_checkpoints ORDER BY projection'),
      documents: all('SELECT * FROM rm_documents ORDER BY projection, id'),
      streams: all('SELECT * FROM rm_stream_agreements ORDER BY stream_id'),
      snapshots: all('SELECT * FROM rm_focus_area_snapshots ORDER BY focus_area_id, revision'),
      logRows: all(
        `SELECT k(r.projection) AS projection, r.id, r.position, k(r.stream) AS stream, r.revision, k(r.event_agreement) AS event_agreement,
           k(r.agreement) AS agreement, k(r.focus_area) AS focus_area, k(r.party) AS party, k(r.kind) AS kind, r.occurred_at
         FROM rm_log_rows r ORDER BY projection, r.id`.replace(/k\((r\.\w+)\)/g, '(SELECT value FROM rm_keys WHERE key = $1)'),
      ),
    };
  } finally {
    db.close();
  }
}
