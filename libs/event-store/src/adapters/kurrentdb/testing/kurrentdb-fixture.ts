import { randomUUID } from 'node:crypto';
import { AppenderProcess } from '../../../testing/appender/remote-appender.js';
import type { EventStoreFixture } from '../../../testing/index.js';
import { KurrentDbEventStore } from '../kurrentdb-event-store.js';
import { InProcessKurrentDb } from './in-process-kurrentdb.js';
import { kurrentTamperHooks } from './kurrentdb-tamper.js';

export interface KurrentDbFixture extends EventStoreFixture {
  readonly store: KurrentDbEventStore;
  readonly server: InProcessKurrentDb;
}

/** A fresh in-process server on a free loopback port and a store connected to it; cleanup stops both. */
export async function createInProcessKurrentDbFixture(): Promise<KurrentDbFixture> {
  const server = await InProcessKurrentDb.start();
  const store = new KurrentDbEventStore({ connectionString: server.url });
  const processes: AppenderProcess[] = [];
  return {
    store,
    server,
    tamper: kurrentTamperHooks(server.log, store),
    // Other instances, as far as the server can tell: their own clients, over loopback.
    otherProcesses: {
      startAppender: async () => {
        const appender = await AppenderProcess.start(server.url);
        processes.push(appender);
        return appender;
      },
    },
    cleanup: async () => {
      try {
        await Promise.all(processes.map((appender) => appender.stop()));
        await store.close();
      } finally {
        await server.stop();
      }
    },
  };
}

/**
 * A store on a real KurrentDB/EventStoreDB (KURRENTDB_TEST_URL) under a fresh stream prefix, so
 * each test sees an empty log on a server that keeps everything. No tamper hooks (the server's
 * files are not ours to edit) and no appender processes (they open a store from a URL, which has no prefix).
 */
export async function createKurrentDbFixture(connectionString: string): Promise<EventStoreFixture> {
  const store = new KurrentDbEventStore({ connectionString, streamPrefix: `contract-${randomUUID()}-` });
  return { store, cleanup: () => store.close() };
}
