import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';

const run = promisify(execFile);
const cli = (dataDir: string) =>
  run(process.execPath, ['--import', 'tsx', 'apps/api/src/cli/main.ts', 'verify', '--data-dir', dataDir]).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

const metadata = { actorId: 'u', actorRole: 'coordinator' as const, occurredAt: '2025-01-01T00:00:00.000Z', correlationId: 'c' };

describe('the verify command', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-cli-'));
    const store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
    for (let i = 0; i < 3; i++) {
      await store.appendToStream('s', [{ eventId: `e${i}`, type: 'T', schemaVersion: 1, data: { i }, metadata }], {
        expectedRevision: i === 0 ? 'no_stream' : i - 1,
      });
    }
    await store.close();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says the chain holds over an untouched log and exits 0', async () => {
    const { code, out } = await cli(dataDir);
    expect(code).toBe(0);
    expect(out).toContain('OK: the hash chain holds over 3 events');
  });

  it('names the first position of an edited row and exits 1', async () => {
    const db = new Database(join(dataDir, 'events.sqlite'));
    db.prepare('UPDATE events SET data = \'{"i":42}\' WHERE position = 2').run();
    db.close();
    const { code, out } = await cli(dataDir);
    expect(code).toBe(1);
    expect(out).toContain('BROKEN at position 2');
  });

  it('refuses a data dir without a store, saying where it looked', async () => {
    const { code, out } = await cli(join(dataDir, 'nowhere'));
    expect(code).toBe(2);
    expect(out).toContain('No event store at');
  });
});
