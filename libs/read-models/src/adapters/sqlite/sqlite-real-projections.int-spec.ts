import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  agreementDirectoryProjection,
  ALL_PROJECTIONS,
  focusAreaBoardProjection,
  replayProjection,
  type AgreementDirectoryDoc,
  type FocusAreaBoardDoc,
} from '@samverkan/read-models';
import type { ProjectedEvent } from '../../projected-event.js';
import { SqlitePlanHistory, type PlanAsOf } from './sqlite-plan-history.js';
import { SqliteProjectionRunner } from './sqlite-projection-runner.js';
import type { SqliteReadModelStore } from './sqlite-read-model-store.js';
import { countingEventStore } from './testing/counting-event-store.js';
import { lommaHistory, SECOND_FOCUS_AREA, writeHistory } from './testing/lomma-history.js';
import { naivePlanAsOf } from './testing/naive-plan.js';
import { createReadModelFixture, dumpReadStore, type ReadModelFixture } from './testing/read-model-fixture.js';

const SNAPSHOT_EVERY = 5;
const AGREEMENT_ID = 'lomma-2023-2027';

let fixture: ReadModelFixture;
let readStore: SqliteReadModelStore;
let log: ProjectedEvent[];

const runnerOn = (store: SqliteReadModelStore, batchSize: number) =>
  new SqliteProjectionRunner({ eventStore: fixture.events, readStore: store, projections: ALL_PROJECTIONS, batchSize, snapshotEvery: SNAPSHOT_EVERY });

beforeAll(async () => {
  fixture = await createReadModelFixture();
  log = lommaHistory();
  // Half the history, a runner, then the rest and a new runner: a catch-up from a checkpoint.
  const half = log.findIndex((event) => Number(event.position) > log.length / 2 && event.revision === 0);
  await writeHistory(fixture.events, log.slice(0, half));
  readStore = fixture.openReadStore();
  await runnerOn(readStore, 7).catchUp();
  await writeHistory(fixture.events, log.slice(half));
  await runnerOn(readStore, 7).catchUp();
});
afterAll(() => fixture.cleanup());

describe('the engine with the real read models', () => {
  it('stores exactly what a pure replay of the log gives, for every projection', async () => {
    for (const projection of ALL_PROJECTIONS) {
      const expected = [...replayProjection(projection, log)].sort(([a], [b]) => (a < b ? -1 : 1));
      const { items, total } = await readStore.find(projection.name, {});
      expect(total).toBe(expected.length);
      const stored = new Map(items.map((item) => [item.id, item.doc]));
      expect([...stored].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(expected);
    }
  });

  it('gives the same read store from a rebuild from zero as from the catch-up in two runs', async () => {
    await runnerOn(fixture.openReadStore('rebuilt.sqlite'), 1000).catchUp();
    expect(dumpReadStore(join(fixture.dir, 'read-models.sqlite'))).toEqual(dumpReadStore(join(fixture.dir, 'rebuilt.sqlite')));
  });

  it('answers the plan as of any moment as a fold of the log up to it does', async () => {
    const plans = new SqlitePlanHistory({
      eventStore: fixture.events,
      readStore,
      boardProjection: focusAreaBoardProjection,
      agreementProjection: agreementDirectoryProjection,
    });
    const projections = { board: focusAreaBoardProjection, agreements: agreementDirectoryProjection };
    const times = [...new Set(log.map((event) => event.metadata.occurredAt))].sort();
    const moments = ['2023-12-31T00:00:00.000Z', ...times, ...times.map((t) => new Date(Date.parse(t) + 1000).toISOString()), '2030-01-01T00:00:00.000Z'];
    for (const at of moments) {
      expect({ at, plan: await plans.planAsOf<PlanAsOf>(AGREEMENT_ID, at) }).toEqual({ at, plan: naivePlanAsOf(log, projections, AGREEMENT_ID, at) });
    }
    const inMarch = await plans.planAsOf<PlanAsOf<AgreementDirectoryDoc, FocusAreaBoardDoc>>(AGREEMENT_ID, '2024-03-02T00:00:00.000Z');
    expect(inMarch?.focusAreas.map((doc) => [doc.focusAreaId, doc.step])).toEqual([
      ['lomma-centrum-kvallstid', 'mapping'],
      [SECOND_FOCUS_AREA, 'proposed'],
    ]);
    expect(inMarch?.agreement.roles).toHaveLength(2);
  });

  it('replays at most snapshotEvery - 1 board events per focus area', async () => {
    const bounded = countingEventStore(fixture.events, { honourMaxCount: true });
    const plans = new SqlitePlanHistory({
      eventStore: bounded.store,
      readStore,
      boardProjection: focusAreaBoardProjection,
      agreementProjection: agreementDirectoryProjection,
    });
    await plans.planAsOf(AGREEMENT_ID, '2024-07-20T12:00:00.000Z');
    const reads = bounded.counts.streamReads.filter((read) => read.streamId.startsWith('focus-area-'));
    expect(reads).toHaveLength(2);
    expect(reads.every((read) => read.fromRevision > 0 && read.returned <= SNAPSHOT_EVERY - 1)).toBe(true);
  });

  it('shows a focus area as of any revision of its stream', async () => {
    const plans = new SqlitePlanHistory({
      eventStore: fixture.events,
      readStore,
      boardProjection: focusAreaBoardProjection,
      agreementProjection: agreementDirectoryProjection,
    });
    const stream = log.filter((event) => event.streamId === `focus-area-${SECOND_FOCUS_AREA}`);
    for (const event of stream) {
      const expected = replayProjection(
        focusAreaBoardProjection,
        stream.filter((e) => e.revision <= event.revision),
      ).get(SECOND_FOCUS_AREA);
      expect(await plans.focusAreaAsOfRevision(SECOND_FOCUS_AREA, event.revision)).toEqual(expected);
    }
  });
});
