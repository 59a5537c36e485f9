import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { verify } from '@node-rs/argon2';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresAccountStore } from '../identity/accounts/postgres-account-store.js';

/** This process's environment without the store settings: each test names its own. */
const { ACCOUNTS_URL: _accounts, EVENT_STORE_URL: _events, ...inherited } = process.env;

const cli = (args: string[], stdin?: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'apps/api/src/cli/main.ts', 'accounts', 'create-admin', ...args],
      { env: { ...inherited, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });

const accounts = (dataDir: string) => {
  const db = new Database(join(dataDir, 'accounts.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM accounts').all() as { username: string; display_name: string; administrator: number; password_hash: string | null }[];
  } finally {
    db.close();
  }
};

describe('the accounts create-admin command', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-cli-accounts-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates an administrator without a password and prints a one-time link that sets it', async () => {
    const { code, out } = await cli(['--username', 'it.admin', '--display-name', 'IT-avdelningen, Lomma kommun', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(out).toMatch(/\/losenord\/[A-Za-z0-9_-]{40,}/);
    expect(accounts(dataDir)).toEqual([
      expect.objectContaining({ username: 'it.admin', display_name: 'IT-avdelningen, Lomma kommun', administrator: 1, password_hash: null }),
    ]);
  });

  it('takes the password from standard input with --password-stdin, stored as an argon2id hash', async () => {
    const { code } = await cli(['--username', 'it.admin', '--display-name', 'IT', '--data-dir', dataDir, '--password-stdin'], 'ett långt lösenord\n');
    expect(code).toBe(0);
    const [admin] = accounts(dataDir);
    expect(admin?.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verify(admin?.password_hash ?? '', 'ett långt lösenord')).toBe(true);
  });

  it('refuses a malformed username or a short password, naming it, and writes nothing', async () => {
    const bad = await cli(['--username', 'Inte Giltig', '--display-name', 'X', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('username');
    const short = await cli(['--username', 'it.admin', '--display-name', 'X', '--data-dir', dataDir, '--password-stdin'], 'kort');
    expect(short.code).toBe(2);
    expect(short.out).toContain('at least 12');
    expect(existsSync(join(dataDir, 'accounts.sqlite'))).toBe(false);
  });

  it('refuses a username that is taken', async () => {
    await cli(['--username', 'it.admin', '--display-name', 'IT', '--data-dir', dataDir]);
    const again = await cli(['--username', 'it.admin', '--display-name', 'IT', '--data-dir', dataDir]);
    expect(again.code).toBe(1);
    expect(again.out).toContain('upptaget');
    expect(accounts(dataDir)).toHaveLength(1);
  });
});

describe('the accounts create-admin command with the accounts in PostgreSQL', () => {
  let cluster: PostgresCluster;
  let dataDir: string;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-cli-accounts-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const administratorIn = async (url: string) => {
    const store = await PostgresAccountStore.open(url);
    try {
      return await store.findByUsername('drift');
    } finally {
      await store.close();
    }
  };

  it('creates the administrator in the shared database with --accounts-url, not in DATA_DIR', async () => {
    const url = await cluster.createDatabase('cli');
    const { code } = await cli(
      ['--username', 'drift', '--display-name', 'Drift', '--data-dir', dataDir, '--accounts-url', url, '--password-stdin'],
      'ett långt lösenord\n',
    );
    expect(code).toBe(0);
    const admin = await administratorIn(url);
    expect(admin).toMatchObject({ administrator: true, status: 'active' });
    expect(await verify(admin?.passwordHash ?? '', 'ett långt lösenord')).toBe(true);
    expect(existsSync(join(dataDir, 'accounts.sqlite'))).toBe(false);
  });

  it("takes ACCOUNTS_URL from the environment, and else the event log's PostgreSQL database (EVENT_STORE_URL), as the API does", async () => {
    const fromAccountsUrl = await cluster.createDatabase('cli');
    expect((await cli(['--username', 'drift', '--display-name', 'Drift', '--data-dir', dataDir], '', { ACCOUNTS_URL: fromAccountsUrl })).code).toBe(0);
    expect(await administratorIn(fromAccountsUrl)).toBeDefined();
    const fromEventLog = await cluster.createDatabase('cli');
    expect((await cli(['--username', 'drift', '--display-name', 'Drift', '--data-dir', dataDir], '', { EVENT_STORE_URL: fromEventLog })).code).toBe(0);
    expect(await administratorIn(fromEventLog)).toBeDefined();
    expect(existsSync(join(dataDir, 'accounts.sqlite'))).toBe(false);
  });

  it('refuses an accounts URL that is no SQLite file nor PostgreSQL database, naming the forms it takes', async () => {
    const { code, out } = await cli(['--username', 'drift', '--display-name', 'Drift', '--data-dir', dataDir, '--accounts-url', 'esdb://kurrent:2113']);
    expect(code).toBe(1);
    expect(out).toContain("option '--accounts-url <url>' argument 'esdb://kurrent:2113' is invalid. ACCOUNTS_URL must be sqlite:<file> or postgres://");
  });
});
