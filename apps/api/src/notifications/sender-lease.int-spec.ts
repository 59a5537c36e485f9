import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import { PostgresAccountStore } from '../identity/accounts/postgres-account-store.js';
import { PostgresSenderLease } from './sender-lease.js';

describe('the sender lease of several instances sharing PostgreSQL', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('is held by one instance at a time; when it lets go another takes over, and knows it took over', async () => {
    const url = await cluster.createDatabase('lease');
    await (await PostgresAccountStore.open(url)).close(); // the accounts' migrations make the lease's table
    const a = new PostgresSenderLease(url);
    const b = new PostgresSenderLease(url);
    try {
      expect(await a.acquire('instance-a')).toEqual({ held: true, tookOver: false });
      expect(await b.acquire('instance-b')).toEqual({ held: false, tookOver: false });
      expect(await a.acquire('instance-a')).toEqual({ held: true, tookOver: false });

      await a.close(); // the instance stops (or dies: the lock goes with its connection)
      expect(await b.acquire('instance-b')).toEqual({ held: true, tookOver: true });
      expect(await a.acquire('instance-a')).toEqual({ held: false, tookOver: false });

      await b.close();
      // The same instance back after a restart resumes its own work.
      const bAgain = new PostgresSenderLease(url);
      expect(await bAgain.acquire('instance-b')).toEqual({ held: true, tookOver: false });
      await bAgain.close();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
