import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { anEvent, events } from '@samverkan/event-store/testing';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'apps/api/src/cli/main.ts', ...args]).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe('the store copy command', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-copy-'));
    const store = new SqliteEventStore({ filename: file('from.sqlite') });
    for (let round = 0; round < 4; round += 1) {
      for (const streamId of ['a', 'b']) {
        await store.appendToStream(streamId, [anEvent({ round, streamId })], { expectedRevision: round === 0 ? 'no_stream' : round - 1 });
      }
    }
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a log into an empty store, verifies both chains and exits 0; run again it copies nothing', async () => {
    const first = await cli('store', 'copy', '--from', `sqlite:${file('from.sqlite')}`, '--to', `sqlite:${file('to.sqlite')}`);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Copied 8 events');
    expect(first.out).toMatch(/OK: both hash chains hold over 8 events and end in the same hash [0-9a-f]{64}/);
    const again = await cli('store', 'copy', '--from', `sqlite:${file('from.sqlite')}`, '--to', `sqlite:${file('to.sqlite')}`, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ copied: 0, alreadyThere: 8, identical: true });
    const verified = await cli('verify', '--store-url', `sqlite:${file('to.sqlite')}`);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.out).toContain('holds over 8 events');
  }, 60_000);

  it('refuses a target holding other events, saying which, and writes nothing', async () => {
    const other = new SqliteEventStore({ filename: file('other.sqlite') });
    await other.appendToStream('elsewhere', events(1), { expectedRevision: 'no_stream' });
    await other.close();
    const { code, out } = await cli('store', 'copy', '--from', `sqlite:${file('from.sqlite')}`, '--to', `sqlite:${file('other.sqlite')}`);
    expect(code).toBe(1);
    expect(out).toContain("The target's event number 1 (elsewhere@0");
  }, 60_000);

  it('refuses URLs it does not understand, the same store twice, and a source that is not there', async () => {
    const wrong = await cli('store', 'copy', '--from', 'mysql://db/x', '--to', `sqlite:${file('to.sqlite')}`);
    expect(wrong.code).not.toBe(0);
    expect(wrong.out).toContain("option '--from <url>' argument 'mysql://db/x' is invalid. EVENT_STORE_URL must be");
    const same = await cli('store', 'copy', '--from', `sqlite:${file('from.sqlite')}`, '--to', `sqlite:${file('from.sqlite')}`);
    expect(same).toMatchObject({ code: 2 });
    expect(same.out).toContain('--from and --to name the same store');
    const missing = await cli('store', 'copy', '--from', `sqlite:${file('nothing.sqlite')}`, '--to', `sqlite:${file('to.sqlite')}`);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.out).toContain(`No event store at ${file('nothing.sqlite')}`);
  }, 60_000);
});
