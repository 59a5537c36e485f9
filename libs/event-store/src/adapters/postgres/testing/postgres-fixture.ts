import pg from 'pg';
import { AppenderProcess, type EventStoreFixture, type PostgresCluster } from '../../../testing/index.js';
import { PostgresEventStore, type PostgresEventStoreOptions } from '../postgres-event-store.js';
import { postgresTamperHooks } from './postgres-tamper.js';

export interface PostgresFixture extends EventStoreFixture {
  readonly store: PostgresEventStore;
  /** The store's URL, its schema named in it: what another instance would be configured with. */
  readonly url: string;
  readonly schema: string;
  /** Another instance on the same log, closed by cleanup. */
  openAnother(options?: Partial<PostgresEventStoreOptions>): Promise<PostgresEventStore>;
  startAppender(): Promise<AppenderProcess>;
}

let schemas = 0;

/**
 * An empty log in a schema of its own in the cluster's database: a schema costs a few
 * milliseconds where a database costs a copy of the template. Cleanup drops it.
 */
export async function createPostgresFixture(cluster: PostgresCluster, options: Partial<PostgresEventStoreOptions> = {}): Promise<PostgresFixture> {
  schemas += 1;
  const schema = `log_${process.pid}_${schemas}`;
  const url = `${cluster.url()}?schema=${schema}`;
  const store = await PostgresEventStore.open({ pollIntervalMs: 50, ...options, url });
  const others: PostgresEventStore[] = [];
  const processes: AppenderProcess[] = [];
  const startAppender = async (): Promise<AppenderProcess> => {
    const appender = await AppenderProcess.start(url);
    processes.push(appender);
    return appender;
  };
  return {
    store,
    url,
    schema,
    tamper: postgresTamperHooks(cluster.url(), schema, store),
    otherProcesses: { startAppender },
    startAppender,
    openAnother: async (overrides = {}) => {
      const another = await PostgresEventStore.open({ pollIntervalMs: 50, ...overrides, url });
      others.push(another);
      return another;
    },
    cleanup: async () => {
      await Promise.all(processes.map((appender) => appender.stop()));
      await Promise.all([store, ...others].map((opened) => opened.close()));
      const client = new pg.Client({ connectionString: cluster.url() });
      await client.connect();
      await client.query(`DROP SCHEMA ${pg.escapeIdentifier(schema)} CASCADE`);
      await client.end();
    },
  };
}
