import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStoreFixture } from '../../../testing/index.js';
import { SqliteEventStore, type SqliteEventStoreOptions } from '../sqlite-event-store.js';
import { AppenderProcess } from '../../../testing/appender/remote-appender.js';
import { sqliteTamperHooks } from './sqlite-tamper.js';

export interface SqliteFixture extends EventStoreFixture {
  readonly store: SqliteEventStore;
  readonly filename: string;
  /** Another store instance on the same file, closed by cleanup. */
  openAnother(options?: Partial<SqliteEventStoreOptions>): SqliteEventStore;
  startAppender(): Promise<AppenderProcess>;
}

/** A store on a fresh file in its own temporary directory, removed (with its WAL) by cleanup. */
export async function createSqliteFixture(options: Partial<SqliteEventStoreOptions> = {}): Promise<SqliteFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-event-store-'));
  const filename = join(dir, 'events.sqlite');
  const store = new SqliteEventStore({ pollIntervalMs: 50, ...options, filename });
  const others: SqliteEventStore[] = [];
  const processes: AppenderProcess[] = [];
  const startAppender = async (): Promise<AppenderProcess> => {
    const appender = await AppenderProcess.start(`sqlite:${filename}`);
    processes.push(appender);
    return appender;
  };
  return {
    store,
    filename,
    tamper: sqliteTamperHooks(filename, store),
    otherProcesses: { startAppender },
    startAppender,
    openAnother: (overrides = {}) => {
      const another = new SqliteEventStore({ pollIntervalMs: 50, ...overrides, filename });
      others.push(another);
      return another;
    },
    cleanup: async () => {
      await Promise.all(processes.map((appender) => appender.stop()));
      await Promise.all([store, ...others].map((opened) => opened.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
