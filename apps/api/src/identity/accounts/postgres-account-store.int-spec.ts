import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import pg from 'pg';
import { accountStoreContract } from './account-store.contract.js';
import type { AccountRecord } from './account-store.port.js';
import { PostgresAccountStore } from './postgres-account-store.js';

const account = (id: string): AccountRecord => ({
  id,
  username: id,
  displayName: id,
  email: null,
  passwordHash: null,
  administrator: true,
  status: 'active',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('the PostgreSQL account store', () => {
  let cluster: PostgresCluster;
  let url: string;
  const opened: PostgresAccountStore[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  // A fresh database for each test, and a store opened (and migrated) on it: the contract opens its store synchronously.
  let current: PostgresAccountStore;
  beforeEach(async () => {
    url = await cluster.createDatabase('accounts');
    current = await openStore();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });

  const openStore = async () => {
    const store = await PostgresAccountStore.open(url);
    opened.push(store);
    return store;
  };

  accountStoreContract(() => current);

  it('creates its tables once when several instances open the same database at once, and they share what is saved', async () => {
    const fresh = await cluster.createDatabase('racing');
    const stores = await Promise.all(Array.from({ length: 6 }, () => PostgresAccountStore.open(fresh)));
    opened.push(...stores);
    await stores[0]!.saveAccount(account('delad'));
    expect((await stores[5]!.findAccount('delad'))?.administrator).toBe(true);
    const client = new pg.Client({ connectionString: fresh });
    await client.connect();
    const { rows } = await client.query<{ component: string; version: number }>('SELECT component, version FROM account_schema_versions');
    const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    await client.end();
    expect(rows).toEqual([{ component: 'accounts', version: 2 }]);
    // Every table starts with `account`, so none meets the event store's in the same database.
    expect(tables.rows.map((t) => t.tablename).every((name) => name.startsWith('account'))).toBe(true);
  });

  it('saves the same account from several instances at once (as demo mode does when they start together) without refusing its username', async () => {
    const others = await Promise.all(Array.from({ length: 3 }, () => openStore()));
    for (let round = 0; round < 20; round++) {
      await Promise.all([current, ...others].map((store) => store.saveAccount(account(`samma-${round}`))));
    }
    expect(await current.listAccounts()).toHaveLength(20);
  });

  it('refuses to open a database that does not answer, naming it without its password', async () => {
    const nowhere = `postgres://samverkan:hemligt@127.0.0.1:${cluster.port}/finns_inte`;
    await expect(PostgresAccountStore.open(nowhere)).rejects.toThrow(
      `Cannot open the accounts at postgres://samverkan:***@127.0.0.1:${cluster.port}/finns_inte: `,
    );
  });

  it('gives a single-use password link to one of two instances taking it at once', async () => {
    const other = await openStore();
    await current.saveAccount(account('p'));
    await current.savePasswordLink('hash', 'p', '2025-02-01T00:00:00.000Z');
    const taken = await Promise.all([current, other].map((s) => s.takePasswordLink('hash', '2025-01-02T00:00:00.000Z')));
    expect(taken.filter((id) => id === 'p')).toHaveLength(1);
  });

  it('gives an invitation to one of two instances taking it at once', async () => {
    const other = await openStore();
    await current.saveAccount({ ...account('inv'), username: null });
    await current.saveInvitation({
      id: 'i',
      email: 'a@lomma.se',
      accountId: 'inv',
      expiresAt: '2025-02-01T00:00:00.000Z',
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    const taken = await Promise.all([current, other].map((s) => s.takeInvitation('a@lomma.se', '2025-01-02T00:00:00.000Z')));
    expect(taken.filter((i) => i?.accountId === 'inv')).toHaveLength(1);
  });
});
