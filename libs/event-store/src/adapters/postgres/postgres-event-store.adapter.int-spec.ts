import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { canonicalJson, copyLog, type StoredEvent } from '@samverkan/event-store';
import { anEvent, events, type PostgresCluster, postgresBinDir, startPostgresCluster, waitFor } from '@samverkan/event-store/testing';
import { openEventStore } from '../open-event-store.js';
import { createSqliteFixture } from '../sqlite/testing/sqlite-fixture.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { tablesIn } from './postgres-schema.js';
import { createPostgresFixture, type PostgresFixture } from './testing/postgres-fixture.js';

/** Behaviour particular to the PostgreSQL adapter, beyond the shared contract. */
describe('PostgreSQL event store adapter', () => {
  let cluster: PostgresCluster;
  let fixture: PostgresFixture | undefined;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(() => cluster?.stop());
  afterEach(async () => {
    await fixture?.cleanup();
    fixture = undefined;
  });

  const open = async (options?: Parameters<typeof createPostgresFixture>[1]) => (fixture = await createPostgresFixture(cluster, options));
  /** On a connection of its own: the server may have been restarted since the last statement. */
  const sql = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    try {
      return (await admin.query<R>(text, values)).rows;
    } finally {
      await admin.end();
    }
  };
  /** The backends of this store's schema that are listening: the LISTEN connection's last statement. */
  const listeners = async () =>
    (await sql<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()")).map((row) => row.pid);

  describe('the schema', () => {
    it('is created once when several instances open a new log at the same time', async () => {
      const url = `${cluster.url()}?schema=opened_together`;
      const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresEventStore.open({ url })));
      await stores[0]!.appendToStream('s', events(1), { expectedRevision: 'no_stream' });
      expect(await stores[3]!.readStream('s')).toHaveLength(1);
      await Promise.all(stores.map((store) => store.close()));
      await sql('DROP SCHEMA opened_together CASCADE');
    });

    it('is opened from a postgres:// URL by openEventStore, in the schema the URL names', async () => {
      const { url, schema } = await open();
      const store = await openEventStore(url);
      await store.appendToStream('s', events(2), { expectedRevision: 'no_stream' });
      await store.close();
      expect(await sql(`SELECT count(*)::int AS n FROM ${tablesIn(schema).events}`)).toEqual([{ n: 2 }]);
    });

    it('stores data and metadata as the canonical JSON text the chain covers, not jsonb', async () => {
      const { store, schema } = await open();
      await store.appendToStream('s', [anEvent({ z: 1, a: { y: [2, 1], b: 'ö' } })], { expectedRevision: 'no_stream' });
      const [row] = await sql<{ data: string; type: string }>(`SELECT data, pg_typeof(data)::text AS type FROM ${tablesIn(schema).events}`);
      expect(row).toEqual({ data: canonicalJson({ a: { b: 'ö', y: [2, 1] }, z: 1 }), type: 'text' });
    });
  });

  describe('tamper evidence', () => {
    it('finds the newest events deleted, and keeps the gap visible after later appends', async () => {
      const { store, schema } = await open();
      await store.appendToStream('a', events(4), { expectedRevision: 'no_stream' });
      await sql(`DELETE FROM ${tablesIn(schema).events} WHERE position >= 3`);
      expect(await store.verify()).toEqual({ ok: false, checked: 2, firstBrokenPosition: '3', reason: 'position-gap' });
      expect((await store.appendToStream('b', events(1), { expectedRevision: 'no_stream' })).position).toBe('5');
      expect(await store.verify()).toMatchObject({ ok: false, firstBrokenPosition: '3', reason: 'position-gap' });
    });
  });

  describe('moving up', () => {
    it('takes a whole SQLite log by store copy, 16 appends in flight, and ends in the same hash', async () => {
      const sqlite = await createSqliteFixture();
      try {
        for (let round = 0; round < 5; round += 1) {
          for (const streamId of ['agreement-a', 'focus-area-b', 'focus-area-c']) {
            await sqlite.store.appendToStream(streamId, events(2, streamId), { expectedRevision: round === 0 ? 'no_stream' : round * 2 - 1 });
          }
        }
        const { store } = await open();
        const result = await copyLog(sqlite.store, store, { pageSize: 4, inFlight: 16 });
        expect(result).toMatchObject({ copied: 30, identical: true, target: { ok: true, checked: 30 } });
        expect(result.target).toEqual(result.source);
        expect((await store.readAll()).map((event) => event.eventId)).toEqual((await sqlite.store.readAll()).map((event) => event.eventId));
      } finally {
        await sqlite.cleanup();
      }
    });
  });

  describe('appending', () => {
    it('fails only the append whose row the database refuses, when it shares a transaction with others', async () => {
      const { store } = await open();
      // schema_version is a PostgreSQL integer: this one is a safe JavaScript integer but does not fit.
      const unfit = { ...anEvent(), schemaVersion: 2 ** 31 };
      const outcomes = await Promise.allSettled([
        store.appendToStream('a', events(2), { expectedRevision: 'no_stream' }),
        store.appendToStream('b', [unfit], { expectedRevision: 'no_stream' }),
        store.appendToStream('c', events(1), { expectedRevision: 'no_stream' }),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((await store.readAll()).map((event) => event.streamId)).toEqual(['a', 'a', 'c']);
      expect(await store.verify()).toMatchObject({ ok: true, checked: 3 });
    });

    it('refuses ids PostgreSQL text cannot hold exactly, before anything is written', async () => {
      const { store } = await open();
      await expect(store.appendToStream('nul\u0000', events(1), { expectedRevision: 'no_stream' })).rejects.toThrow(TypeError);
      await expect(store.appendToStream('s', [{ ...anEvent(), type: 'Lone\uD800' }], { expectedRevision: 'no_stream' })).rejects.toThrow(TypeError);
      expect(await store.readAll()).toEqual([]);
    });

    it('answers the appends already queued when closed, and refuses new ones', async () => {
      const { store, openAnother } = await open();
      const queued = Array.from({ length: 10 }, (_, n) => store.appendToStream(`s-${n}`, events(1), { expectedRevision: 'no_stream' }));
      await store.close();
      expect((await Promise.allSettled(queued)).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
      await expect(store.appendToStream('late', events(1), { expectedRevision: 'no_stream' })).rejects.toThrow('closed');
      expect(await (await openAnother()).readAll()).toHaveLength(10);
    });
  });

  describe('following the log from another instance', () => {
    const follow = (store: PostgresEventStore) => {
      const seen: StoredEvent[] = [];
      return { seen, subscription: store.subscribeToAll({}, (event) => void seen.push(event)) };
    };

    it('is woken by the NOTIFY of the appending instance, not by its next poll', async () => {
      const { store, openAnother } = await open();
      const follower = follow(await openAnother({ pollIntervalMs: 60_000 }));
      await waitForAsync(async () => (await listeners()).length === 1, 'the follower to listen');
      await store.appendToStream('a', events(2), { expectedRevision: 'no_stream' });
      await waitFor(() => follower.seen.length === 2, 'the notified follower', 3000);
      await follower.subscription.close();
    });

    it('listens again after its LISTEN connection is cut, and is woken by the next NOTIFY', async () => {
      const { store, openAnother } = await open();
      const follower = follow(await openAnother({ pollIntervalMs: 60_000 }));
      await waitForAsync(async () => (await listeners()).length === 1, 'the follower to listen');
      const [cut] = await listeners();
      await sql('SELECT pg_terminate_backend($1)', [cut]);
      await waitForAsync(async () => (await listeners()).some((pid) => pid !== cut), 'a new LISTEN connection');
      await store.appendToStream('a', events(1), { expectedRevision: 'no_stream' });
      await waitFor(() => follower.seen.length === 1, 'the follower woken on its new connection', 3000);
      await follower.subscription.close();
    });

    it('keeps following across a restart of the server', async () => {
      const { store, openAnother } = await open();
      const follower = follow(await openAnother({ pollIntervalMs: 20 }));
      await store.appendToStream('a', events(1), { expectedRevision: 'no_stream' });
      await waitFor(() => follower.seen.length === 1, 'the first event');
      // Fast shutdown cuts every connection; the follower polls every 20 ms while the server is away.
      await pgCtl(cluster, ['restart', '-m', 'fast', '-w', '-t', '60', '-l', join(cluster.dir, 'server.log')]);
      await store.appendToStream('a', events(1), { expectedRevision: 0 });
      await waitFor(() => follower.seen.length === 2, 'the event appended after the restart', 5000);
      await follower.subscription.close();
    });
  });
});

/**
 * Runs pg_ctl on the test cluster, as its owner (the cluster helper runs it as `postgres` when we
 * are root). Asynchronously: the stores' followers must go on polling meanwhile.
 */
async function pgCtl(cluster: PostgresCluster, args: readonly string[]): Promise<void> {
  const command = join(postgresBinDir(), 'pg_ctl');
  const argv = ['-D', join(cluster.dir, 'data'), ...args];
  const asRoot = process.getuid?.() === 0;
  // Output ignored, not piped: the server pg_ctl starts would hold a pipe open for its lifetime.
  const child = spawn(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...argv] : argv, { stdio: 'ignore', cwd: tmpdir() });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`pg_ctl ${args[0]} exited with ${code}`);
}

async function waitForAsync(condition: () => Promise<boolean>, description: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
