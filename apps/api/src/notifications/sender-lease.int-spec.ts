import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import { PostgresAccountStore } from '../identity/accounts/postgres-account-store.js';
import { PostgresSenderLease, soleInstance } from './sender-lease.js';

describe('the sender lease of several instances sharing PostgreSQL', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('is held by one instance at a time; when it lets go another takes it, and knows it has just taken it and from another', async () => {
    const url = await cluster.createDatabase('lease');
    await (await PostgresAccountStore.open(url)).close(); // the accounts' migrations make the lease's table
    const a = new PostgresSenderLease(url);
    const b = new PostgresSenderLease(url);
    try {
      expect(await a.acquire('instance-a')).toEqual({ held: true, justTaken: true, tookOver: false });
      expect(await b.acquire('instance-b')).toEqual({ held: false, justTaken: false, tookOver: false });
      // Still held: not "just taken", so the holder settles nothing in the middle of its own sending.
      expect(await a.acquire('instance-a')).toEqual({ held: true, justTaken: false, tookOver: false });

      await a.close(); // the instance stops (or dies: the lock goes with its connection)
      expect(await b.acquire('instance-b')).toEqual({ held: true, justTaken: true, tookOver: true });
      expect(await a.acquire('instance-a')).toEqual({ held: false, justTaken: false, tookOver: false });

      await b.close();
      const bAgain = new PostgresSenderLease(url);
      expect(await bAgain.acquire('instance-b')).toEqual({ held: true, justTaken: true, tookOver: false });
      await bAgain.close();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('the sender lease of a sole instance (the accounts in SQLite)', () => {
  it('is always held, and just taken on the first round only: that is when an interrupted mail is settled', async () => {
    const lease = soleInstance();
    expect(await lease.acquire('x')).toEqual({ held: true, justTaken: true, tookOver: false });
    expect(await lease.acquire('x')).toEqual({ held: true, justTaken: false, tookOver: false });
  });
});
