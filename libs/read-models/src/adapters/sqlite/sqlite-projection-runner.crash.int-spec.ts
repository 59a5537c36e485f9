import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventToAppend } from '@samverkan/event-store';
import { SqliteProjectionRunner } from './sqlite-projection-runner.js';
import { createReadModelFixture, dumpReadStore } from './testing/read-model-fixture.js';
import { minute, testEvent } from './testing/test-events.js';
import { allTestProjections } from './testing/test-projections.js';

const CHILD = fileURLToPath(new URL('./testing/project-backlog.process.ts', import.meta.url));
const AGREEMENTS = 20;
const FOCUS_AREAS_PER_AGREEMENT = 10;
const EVENTS_PER_FOCUS_AREA = 180;
const EVENTS_PER_APPEND = 45;

/** About 36 000 events: agreements, then their focus areas, written interleaved in multi-event appends. */
function backlog(): { streamId: string; events: EventToAppend[] }[] {
  const appends = Array.from({ length: AGREEMENTS }, (_, a) => ({
    streamId: `agreement-a${a}`,
    events: [testEvent('AgreementRegistered', { agreementId: `a${a}`, name: `Agreement ${a}` }, minute(0))],
  }));
  for (let start = 0; start < EVENTS_PER_FOCUS_AREA; start += EVENTS_PER_APPEND) {
    for (let f = 0; f < AGREEMENTS * FOCUS_AREAS_PER_AGREEMENT; f += 1) {
      const events = Array.from({ length: EVENTS_PER_APPEND }, (_, i) => {
        const revision = start + i;
        const at = minute(1 + revision);
        return revision === 0
          ? testEvent('FocusAreaProposed', { focusAreaId: `f${f}`, agreementId: `a${f % AGREEMENTS}`, title: `Focus area ${f}` }, at)
          : testEvent('NoteAdded', { note: `note ${revision}` }, at);
      });
      appends.push({ streamId: `focus-area-f${f}`, events });
    }
  }
  return appends;
}

/** The lowest checkpoint the other process has committed, seen through a connection of our own. */
function lowestCheckpoint(db: Database.Database): number {
  const row = db.prepare('SELECT COUNT(*) AS n, MIN(COALESCE(position, 0)) AS lowest FROM rm_checkpoints').get() as { n: number; lowest: number | null };
  return row.n === allTestProjections().length ? (row.lowest ?? 0) : 0;
}

describe('SqliteProjectionRunner: killed mid-batch', () => {
  it('resumes from its checkpoint without applying any event twice or skipping one', async () => {
    const fixture = await createReadModelFixture({ durability: 'fast-may-lose-recent-commits-on-power-loss' });
    try {
      // Concurrent appends share one commit (group commit): the backlog is written in a moment.
      const appends = backlog();
      const results = await Promise.all(
        appends.map(({ streamId, events }) => fixture.events.appendToStream(streamId, events, { expectedRevision: 'any' })),
      );
      const total = Math.max(...results.map((result) => Number(result.position)));
      expect(total).toBe(AGREEMENTS + AGREEMENTS * FOCUS_AREAS_PER_AGREEMENT * EVENTS_PER_FOCUS_AREA);

      const crashedFile = join(fixture.dir, 'crashed.sqlite');
      const child = fork(CHILD, [fixture.eventsFile, crashedFile, '100'], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
      await new Promise((resolve) => child.once('message', resolve));
      const observer = new Database(crashedFile, { readonly: true, fileMustExist: true });
      // Kill it once it has committed some batches, well before the end: most of its time is spent
      // inside a batch's transaction, so the kill almost always lands mid-batch.
      const killAfter = 1000 + Math.floor(Math.random() * 11_000);
      let seen = 0;
      while ((seen = lowestCheckpoint(observer)) < killAfter) await new Promise((resolve) => setTimeout(resolve, 2));
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const atKill = lowestCheckpoint(observer);
      observer.close();
      expect(seen).toBeGreaterThanOrEqual(killAfter);
      expect(atKill).toBeLessThan(total);

      // A new process (here: a new store connection and runner) picks up from the checkpoint.
      const resumedStore = fixture.openReadStore('crashed.sqlite');
      await new SqliteProjectionRunner({
        eventStore: fixture.events,
        readStore: resumedStore,
        projections: allTestProjections(),
        batchSize: 500,
        snapshotEvery: 10,
        snapshotProjection: 'test-board',
      }).catchUp();
      const rebuiltStore = fixture.openReadStore('rebuilt.sqlite');
      await new SqliteProjectionRunner({
        eventStore: fixture.events,
        readStore: rebuiltStore,
        projections: allTestProjections(),
        batchSize: 1000,
        snapshotEvery: 10,
        snapshotProjection: 'test-board',
      }).catchUp();

      const count = await resumedStore.get<{ count: number }>('test-event-count', 'all');
      expect(count?.doc.count).toBe(total);
      const tallies = await resumedStore.find<{ count: number; outOfOrder: number[] }>('test-stream-tally', {});
      expect(tallies.items.flatMap((item) => item.doc.outOfOrder)).toEqual([]);
      expect(tallies.items.reduce((sum, item) => sum + item.doc.count, 0)).toBe(total);
      expect(dumpReadStore(crashedFile)).toEqual(dumpReadStore(join(fixture.dir, 'rebuilt.sqlite')));
    } finally {
      await fixture.cleanup();
    }
  }, 120_000);
});
