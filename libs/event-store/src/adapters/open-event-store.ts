import type { VerifiableEventStore } from '../event-store.port.js';
import { type EventStoreLocation, parseEventStoreUrl } from '../event-store-url.js';
import type { SqliteDurability } from './sqlite/sqlite-schema.js';

export interface OpenEventStoreOptions {
  /** SQLite only. */
  readonly durability?: SqliteDurability;
}

/**
 * Opens the store a URL names (see event-store-url.ts). Each adapter is imported only when asked
 * for, so the embedded default loads no database client it does not use.
 */
export async function openEventStore(url: string | EventStoreLocation, options: OpenEventStoreOptions = {}): Promise<VerifiableEventStore> {
  const location = typeof url === 'string' ? parseEventStoreUrl(url) : url;
  switch (location.engine) {
    case 'sqlite': {
      const { SqliteEventStore } = await import('./sqlite/sqlite-event-store.js');
      return new SqliteEventStore({ filename: location.filename, ...(options.durability ? { durability: options.durability } : {}) });
    }
    case 'postgres': {
      const { PostgresEventStore } = await import('./postgres/postgres-event-store.js');
      return PostgresEventStore.open({ url: location.url });
    }
    case 'kurrentdb': {
      const { KurrentDbEventStore } = await import('./kurrentdb/kurrentdb-event-store.js');
      return new KurrentDbEventStore({ connectionString: location.url });
    }
  }
}
