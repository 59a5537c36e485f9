import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { lommaHistory, writeHistory } from '../../../../libs/read-models/src/adapters/sqlite/testing/lomma-history.js';
import { SqliteAccountStore } from '../identity/accounts/sqlite-account-store.js';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'apps/api/src/cli/main.ts', ...args]).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

let dataDir: string;
let events: number;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'samverkan-cli-read-models-'));
  const store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
  const history = lommaHistory();
  await writeHistory(store, history);
  events = history.length;
  await store.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the read-model commands', () => {
  it('show every projection behind by the whole log before anything is projected', async () => {
    const { code, out } = await cli('projections', 'status', '--json', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toContainEqual({ name: 'focus-area-board', version: 5, head: String(events), lag: events });
  });

  it('rebuild a projection by name and report it caught up', async () => {
    const { code, out } = await cli('projections', 'rebuild', 'audit-history', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toContain(`audit-history v2: at ${events} of ${events}, caught up`);
  });

  it('refuse to rebuild a projection that does not exist', async () => {
    const { code, err } = await cli('projections', 'rebuild', 'no-such', '--data-dir', dataDir);
    expect(code).toBe(2);
    expect(err).toContain('No projection named no-such');
  });

  it('refuse a snapshot interval that is not a whole number from 1 to 1000, naming the option', async () => {
    const { code, err } = await cli('projections', 'rebuild', '--snapshot-every', '0', '--data-dir', dataDir);
    expect(code).not.toBe(0);
    expect(err).toContain("option '--snapshot-every <n>' argument '0' is invalid. a whole number from 1 to 1000");
  });

  it('export the audit history of a date range as CSV for Excel', async () => {
    const out = join(dataDir, 'audit.csv');
    const { code } = await cli(
      'audit',
      'export',
      '--agreement',
      'lomma-2023-2027',
      '--from',
      '2024-01-01',
      '--to',
      '2024-01-31',
      '--out',
      out,
      '--data-dir',
      dataDir,
    );
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n').filter(Boolean);
    // The same columns as the API's file: Swedish local time and the event in Swedish first.
    expect(lines[0]!.startsWith('\uFEFFTidpunkt (svensk tid);Händelse;')).toBe(true);
    expect(lines.slice(1).every((line) => /^2024-01-\d\d \d\d:\d\d;/.test(line))).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
    // Names where the events have ids, as in the API's export.
    expect(lines.some((line) => line.includes('rollen rådsrepresentant för Lokalpolisområde Kävlinge'))).toBe(true);
  });

  it('export every row of the agreement as JSON on standard output, oldest first', async () => {
    const { code, out } = await cli('audit', 'export', '--agreement', 'lomma-2023-2027', '--format', 'json', '--data-dir', dataDir);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { occurredAt: string; agreementId: string }[];
    expect(rows).toHaveLength(events);
    expect(rows.every((row) => row.agreementId === 'lomma-2023-2027')).toBe(true);
    expect(rows.map((row) => row.occurredAt)).toEqual(rows.map((row) => row.occurredAt).sort());
  });

  it("names each row's actor from the accounts beside the store, as the API does, and a removed one as removed", async () => {
    const accounts = new SqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    const account = {
      username: null,
      email: null,
      passwordHash: null,
      administrator: false,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    };
    await accounts.saveAccount({ ...account, id: 'lomma.samordnare', displayName: 'Säkerhetschef, Lomma kommun', status: 'active' });
    await accounts.saveAccount({ ...account, id: 'lomma.rad.polis', displayName: null, status: 'removed' });
    accounts.close();
    const { code, out } = await cli('audit', 'export', '--agreement', 'lomma-2023-2027', '--format', 'json', '--data-dir', dataDir);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { actorId: string; actorName?: string }[];
    const nameOf = (actorId: string) => new Set(rows.filter((row) => row.actorId === actorId).map((row) => row.actorName));
    expect(nameOf('lomma.samordnare')).toEqual(new Set(['Säkerhetschef, Lomma kommun']));
    expect(nameOf('lomma.rad.polis')).toEqual(new Set(['Borttagen användare']));
  });
});
