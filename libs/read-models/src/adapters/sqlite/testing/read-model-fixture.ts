import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type SqliteEventStoreOptions } from '@samverkan/event-store/sqlite';
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
      const store = new SqliteReadModelStore({ filename: join(dir, name) });
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
    };
  } finally {
    db.close();
  }
}
