import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { join } from 'node:path';
import { SqliteProjectionRunner } from './sqlite-projection-runner.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';
import { createReadModelFixture, dumpReadStore, type ReadModelFixture } from './testing/read-model-fixture.js';
import { appendAll, historyFrom, type HistoryStep, type TestAppend } from './testing/test-events.js';
import { agreementActivityProjection, allTestProjections } from './testing/test-projections.js';

const SHAPE = { agreements: 2, focusAreas: 4 };
const STREAMS = SHAPE.agreements + SHAPE.focusAreas + 2;

const steps = fc.array(
  fc.record<HistoryStep>({ stream: fc.nat(STREAMS - 1), count: fc.integer({ min: 1, max: 4 }), discard: fc.nat(11).map((n) => n === 0) }),
  { minLength: 1, maxLength: 40 },
);

/** One life of a runner: how it applies its part of the log before the process "restarts". */
const phase = fc.record({
  /** Where this life ends, in hundredths of the history. */
  cut: fc.integer({ min: 0, max: 100 }),
  batchSize: fc.integer({ min: 1, max: 12 }),
  mode: fc.constantFrom('catch-up' as const, 'follow' as const),
});

const runnerOn = (fixture: ReadModelFixture, readStore: SqliteReadModelStore, batchSize: number, withLateProjection = true) =>
  new SqliteProjectionRunner({
    eventStore: fixture.events,
    readStore,
    // A projection added in a later release starts at zero while the others are ahead.
    projections: allTestProjections().filter((projection) => withLateProjection || projection !== agreementActivityProjection),
    batchSize,
    snapshotEvery: 3,
    snapshotProjection: 'test-board',
  });

/** Appends `appends` while the runner follows the log, then waits until it has applied them. */
async function follow(runner: SqliteProjectionRunner, fixture: ReadModelFixture, appends: readonly TestAppend[]): Promise<void> {
  await runner.start();
  const positions = await appendAll(fixture.events, appends);
  if (positions.length > 0) expect(await runner.waitFor(positions[positions.length - 1]!, 5000)).toBe(true);
  await runner.stop();
}

describe('SqliteProjectionRunner: a rebuild from zero equals a catch-up from checkpoints', () => {
  it('gives identical documents, index, snapshots and checkpoints for any history, batching and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps,
        fc.array(phase, { maxLength: 4 }),
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        async (history, phases, rebuildBatch, late) => {
          const fixture = await createReadModelFixture();
          try {
            const appends = historyFrom(history, SHAPE);
            const cuts = phases.map((p) => Math.floor((p.cut * appends.length) / 100)).sort((a, b) => a - b);
            let done = 0;
            for (const [i, { batchSize, mode }] of phases.entries()) {
              // Each phase is a new process: a new store connection and a new runner on the same files.
              const readStore = fixture.openReadStore('incremental.sqlite');
              const runner = runnerOn(fixture, readStore, batchSize, !late || i > 0);
              const chunk = appends.slice(done, cuts[i]);
              done = Math.max(done, cuts[i]!);
              if (mode === 'follow') await follow(runner, fixture, chunk);
              else {
                await appendAll(fixture.events, chunk);
                await runner.catchUp();
              }
              await readStore.close();
            }
            await appendAll(fixture.events, appends.slice(done));
            await runnerOn(fixture, fixture.openReadStore('incremental.sqlite'), 7).catchUp();
            await runnerOn(fixture, fixture.openReadStore('rebuilt.sqlite'), rebuildBatch).catchUp();

            const incremental = dumpReadStore(join(fixture.dir, 'incremental.sqlite'));
            const rebuilt = dumpReadStore(join(fixture.dir, 'rebuilt.sqlite'));
            expect(incremental).toEqual(rebuilt);
            expect(rebuilt.checkpoints).toHaveLength(allTestProjections().length);
          } finally {
            await fixture.cleanup();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
