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
  return {
    store,
    server,
    tamper: kurrentTamperHooks(server.log, store),
    cleanup: async () => {
      try {
        await store.close();
      } finally {
        await server.stop();
      }
    },
  };
}
