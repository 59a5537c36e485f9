import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import pg from 'pg';
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js';
import { rateLimitWindowsContract } from './rate-limit-windows.contract.js';

describe('PostgresThrottlerStorage', () => {
  let cluster: PostgresCluster;
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.end();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  /** A fresh database per test, and `instances` storages on it, each with its own connections. */
  const onOneDatabase = async (instances: number, now: () => number) => {
    const url = await cluster.createDatabase('limits');
    return Promise.all(
      Array.from({ length: instances }, () => {
        const pool = new pg.Pool({ connectionString: url });
        pools.push(pool);
        return PostgresThrottlerStorage.open(pool, now);
      }),
    );
  };

  rateLimitWindowsContract(async (now) => (await onOneDatabase(1, now))[0]!);

  it('counts the hits of every instance on the database in one window, also when they arrive at once', async () => {
    const [a, b] = await onOneDatabase(2, () => 0);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a! : b!).increment('address:10.0.0.1', 60_000, 15, 60_000, 'sign-in-address')),
    );
    expect(answers.map((r) => r.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => Math.min(i + 1, 16)).sort((x, y) => x - y));
    expect(answers.filter((r) => r.isBlocked)).toHaveLength(5);
    expect(await b!.peek('address:10.0.0.1', 'sign-in-address')).toEqual({ totalHits: 16, timeToExpire: 60 });
  });

  it('forgets windows that have ended and block no one', async () => {
    const clock = { now: 0 };
    const [windows] = await onOneDatabase(1, () => clock.now);
    await windows!.increment('a', 10_000, 5, 10_000, 'commands');
    await windows!.increment('blocked', 10_000, 0, 30_000, 'commands');
    clock.now = 5_000;
    await windows!.increment('c', 10_000, 5, 10_000, 'commands');
    clock.now = 10_000;
    expect(await windows!.forgetEnded()).toBe(1);
    expect(await windows!.peek('c', 'commands')).toEqual({ totalHits: 1, timeToExpire: 5 });
    expect((await windows!.increment('blocked', 10_000, 0, 30_000, 'commands')).isBlocked).toBe(true);
  });
});
