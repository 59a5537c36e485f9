// The cluster alone: the testing index brings the jest contract suite with it.
import { startPostgresCluster } from '../../libs/event-store/src/testing/postgres-cluster.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FixedWindowThrottlerStorage } from '../../apps/api/src/common/rate-limits/fixed-window-storage.js';
import { PostgresThrottlerStorage } from '../../apps/api/src/common/rate-limits/postgres-throttler-storage.js';
import type { AccountStore } from '../../apps/api/src/identity/accounts/account-store.port.js';
import { PostgresAccountStore } from '../../apps/api/src/identity/accounts/postgres-account-store.js';
import { SqliteAccountStore } from '../../apps/api/src/identity/accounts/sqlite-account-store.js';
import type { BenchResult } from './bench-result.js';
import { median } from './stats.js';

const ACCOUNTS = 1000;
const AT = '2025-03-14T09:00:00.000Z';

type Operation = (n: number) => Promise<unknown>;

/** Runs `total` operations with `clients` of them in flight at once; answers operations per second. */
async function opsPerSecond(operation: Operation, total: number, clients: number): Promise<number> {
  for (let n = 0; n < 200; n++) await operation(n); // warm-up: connections open, statements prepared
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await operation(next++);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

async function seed(store: AccountStore): Promise<void> {
  for (let i = 0; i < ACCOUNTS; i++) {
    const id = `konto-${i}`;
    await store.saveAccount({
      id,
      username: id,
      displayName: `Konto ${i}`,
      email: null,
      passwordHash: null,
      administrator: false,
      status: 'active',
      createdAt: AT,
      updatedAt: AT,
    });
    await store.saveSession({ idHash: `session-${i}`, accountId: id, csrfToken: 'c', signIn: { method: 'password' }, createdAt: AT, lastSeenAt: AT });
  }
}

/** What the authentication guard asks of the accounts on every request with a session cookie. */
const sessionLookup =
  (store: AccountStore): Operation =>
  async (n) => {
    const session = await store.findSession(`session-${n % ACCOUNTS}`);
    return store.findAccount(session!.accountId);
  };

/** A query as a bare `pg` pool runs it: named (prepared once per connection) or parsed every time. */
const query = (pool: pg.Pool, named: boolean, name: string, text: string, values: unknown[]) =>
  pool.query(named ? { name, text, values } : { text, values });

/** The same two queries through a bare `pg` pool: the least a PostgreSQL account store can do. */
const rawSessionLookup =
  (pool: pg.Pool, named: boolean): Operation =>
  async (n) => {
    const { rows } = await query(pool, named, 'bench.session', 'SELECT * FROM account_sessions WHERE id_hash = $1', [`session-${n % ACCOUNTS}`]);
    return query(pool, named, 'bench.account', 'SELECT * FROM accounts WHERE id = $1', [rows[0]!.account_id]);
  };

/** A bare upsert of a counter: what counting one hit in a shared table costs at least. */
const rawCounter =
  (pool: pg.Pool, named: boolean): Operation =>
  (n) =>
    query(
      pool,
      named,
      'bench.counter',
      `INSERT INTO bench_counters (key, hits) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET hits = bench_counters.hits + 1 RETURNING hits`,
      [`address:${n % ACCOUNTS}`],
    );

/** Each contender measured five times, taking turns, and its median kept: no one profits from running second, and a burst of load on a shared machine moves one run, not the median. */
async function inTurns<K extends string>(contenders: Record<K, Operation>, total: number, clients: number): Promise<Record<K, number>> {
  const runs = Object.fromEntries(Object.keys(contenders).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const entries = Object.entries(contenders) as [K, Operation][];
  for (let round = 0; round < 5; round++) {
    // Each round starts with the next contender, so none always follows the same one.
    for (let i = 0; i < entries.length; i++) {
      const [key, operation] = entries[(round + i) % entries.length]!;
      runs[key].push(await opsPerSecond(operation, total, clients));
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v as number[])])) as Record<K, number>;
}

/**
 * The accounts in PostgreSQL against a bare `pg` loop of the same queries (the adapter's own
 * cost), and against accounts.sqlite and the in-memory limits (what sharing costs an instance).
 */
export async function benchAccounts(options: { operations: number }): Promise<BenchResult[]> {
  const cluster = await startPostgresCluster({ durable: true });
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-bench-accounts-'));
  const url = await cluster.createDatabase('bench');
  const postgres = await PostgresAccountStore.open(url);
  const sqlite = new SqliteAccountStore(join(dir, 'accounts.sqlite'));
  const raw = new pg.Pool({ connectionString: url });
  try {
    await seed(postgres);
    await seed(sqlite);
    await raw.query('CREATE UNLOGGED TABLE bench_counters (key text PRIMARY KEY, hits integer NOT NULL)');
    const limits = await PostgresThrottlerStorage.open(postgres.pool);
    const memory = new FixedWindowThrottlerStorage();
    const results: BenchResult[] = [];
    for (const clients of [1, 16]) {
      const lookups = await inTurns(
        { raw: rawSessionLookup(raw, true), unnamed: rawSessionLookup(raw, false), postgres: sessionLookup(postgres), sqlite: sessionLookup(sqlite) },
        options.operations,
        clients,
      );
      results.push({
        name: `session lookup (findSession + findAccount) in PostgreSQL, ${clients} concurrent client${clients > 1 ? 's' : ''}`,
        unit: 'lookups/s',
        baseline: { label: 'bare pg pool, the same two queries, named', value: lookups.raw },
        subject: { label: 'PostgresAccountStore (named statements)', value: lookups.postgres },
        ratio: lookups.postgres / lookups.raw,
        target: 'ratio >= 0.9',
        meetsTarget: lookups.postgres / lookups.raw >= 0.9,
        extra: {
          'bare pg pool unnamed lookups/s': lookups.unnamed,
          'SqliteAccountStore lookups/s': lookups.sqlite,
          'PostgreSQL / SQLite': lookups.postgres / lookups.sqlite,
        },
      });
      const hits = await inTurns(
        {
          raw: rawCounter(raw, true),
          unnamed: rawCounter(raw, false),
          postgres: (n) => limits.increment(`address:${n % ACCOUNTS}`, 60_000, 1_000_000, 60_000, 'bench'),
          memory: (n) => memory.increment(`address:${n % ACCOUNTS}`, 60_000, 1_000_000, 60_000, 'bench'),
        },
        options.operations,
        clients,
      );
      results.push({
        name: `rate-limit hit in PostgreSQL, ${clients} concurrent client${clients > 1 ? 's' : ''}`,
        unit: 'hits/s',
        baseline: { label: 'bare pg pool, one counter upsert, named', value: hits.raw },
        subject: { label: 'PostgresThrottlerStorage.increment (fixed window)', value: hits.postgres },
        ratio: hits.postgres / hits.raw,
        target: 'ratio >= 0.9',
        meetsTarget: hits.postgres / hits.raw >= 0.9,
        extra: { 'bare pg pool unnamed hits/s': hits.unnamed, 'in-memory hits/s': hits.memory },
      });
    }
    return results;
  } finally {
    await raw.end();
    await postgres.close();
    sqlite.close();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('accounts.bench.ts') || process.argv[1]?.endsWith('accounts.bench.js')) {
  console.log(JSON.stringify(await benchAccounts({ operations: Number(process.env.BENCH_ACCOUNTS_OPERATIONS ?? 5000) }), null, 2));
}
