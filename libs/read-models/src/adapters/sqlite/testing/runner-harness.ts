import { afterEach, beforeEach } from '@jest/globals';
import { SqliteProjectionRunner, type SqliteProjectionRunnerOptions } from '../sqlite-projection-runner.js';
import type { SqliteReadModelStore } from '../sqlite-read-model-store.js';
import { createReadModelFixture, type ReadModelFixture } from './read-model-fixture.js';
import { allTestProjections } from './test-projections.js';

/** The history shape the runner specs generate, and its steps: six streams, one to three events per append. */
export const SHAPE = { agreements: 2, focusAreas: 3 };
export const steps = (count: number) => Array.from({ length: count }, (_, i) => ({ stream: i % 6, count: 1 + (i % 3), discard: false }));

export interface RunnerHarness {
  readonly fixture: () => ReadModelFixture;
  readonly readStore: () => SqliteReadModelStore;
  /** A runner on the fixture with every test projection (options override); stopped after each test. */
  readonly runner: (options?: Partial<SqliteProjectionRunnerOptions>) => SqliteProjectionRunner;
}

/** A fresh event store and read store for each test, and the runners made on them stopped afterwards. */
export function useRunnerHarness(): RunnerHarness {
  let fixture: ReadModelFixture;
  let readStore: SqliteReadModelStore;
  const runners: SqliteProjectionRunner[] = [];
  beforeEach(async () => {
    fixture = await createReadModelFixture();
    readStore = fixture.openReadStore();
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((created) => created.stop().catch(() => undefined)));
    await fixture.cleanup();
  });
  return {
    fixture: () => fixture,
    readStore: () => readStore,
    runner: (options = {}) => {
      const created = new SqliteProjectionRunner({
        eventStore: fixture.events,
        readStore,
        projections: allTestProjections(),
        snapshotProjection: 'test-board',
        ...options,
      });
      runners.push(created);
      return created;
    },
  };
}
