import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountStoreContract } from './account-store.contract.js';
import { SqliteAccountStore } from './sqlite-account-store.js';

describe('the SQLite account store', () => {
  let dir: string;
  const opened: SqliteAccountStore[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-accounts-'));
  });
  afterEach(() => {
    for (const store of opened.splice(0)) store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = () => {
    const store = new SqliteAccountStore(join(dir, 'accounts.sqlite'));
    opened.push(store);
    return store;
  };

  accountStoreContract(open);

  it('migrates a new file to the latest schema version once; opening it again keeps its data', async () => {
    const first = open();
    await first.saveAccount({
      id: 'kvar',
      username: 'kvar',
      displayName: 'Kvar',
      email: null,
      passwordHash: null,
      administrator: true,
      status: 'active',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    const again = open();
    expect((await again.findAccount('kvar'))?.administrator).toBe(true);
    const db = new Database(join(dir, 'accounts.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });
});
