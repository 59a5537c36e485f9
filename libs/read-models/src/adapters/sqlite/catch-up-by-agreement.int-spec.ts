import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { PostgresEventStore } from '@samverkan/event-store/postgres';
import { type PostgresCluster, startPostgresCluster } from '@samverkan/event-store/testing';
import { ALL_PROJECTIONS, focusAreaBoardProjection } from '@samverkan/read-models';
import type { AnyProjection } from '../../projection.js';
import { BY_AGREEMENT_MARKER } from './catch-up-by-agreement.js';
import { SqliteProjectionRunner, type SqliteProjectionRunnerOptions } from './sqlite-projection-runner.js';
import { appendInOrder, interleavedAgreements } from './testing/interleaved-agreements.js';
import { createReadModelFixture, dumpReadStore, type ReadModelFixture } from './testing/read-model-fixture.js';

// Every third revision, so snapshots fall all through each focus area's events.
const SNAPSHOT_EVERY = 3;

let fixture: ReadModelFixture;

beforeEach(async () => {
  fixture = await createReadModelFixture();
});
afterEach(() => fixture.cleanup());

/** The board, watched: the positions of the events it applies, in the order it applies them. */
const watchedBoard = (seen: number[], stopAt?: number): AnyProjection => ({
  ...focusAreaBoardProjection,
  evolve: (doc, event) => {
    if (Number(event.position) === stopAt) throw new Error('stopped');
    seen.push(Number(event.position));
    return focusAreaBoardProjection.evolve(doc, event);
  },
});

const withBoard = (board: AnyProjection) => ALL_PROJECTIONS.map((projection) => (projection === focusAreaBoardProjection ? board : projection));

const catchUp = async (file: string, options: Partial<SqliteProjectionRunnerOptions> = {}): Promise<void> => {
  const readStore = fixture.openReadStore(file);
  const runner = new SqliteProjectionRunner({
    eventStore: fixture.events,
    readStore,
    projections: ALL_PROJECTIONS,
    snapshotEvery: SNAPSHOT_EVERY,
    ...options,
  });
  try {
    await runner.catchUp();
  } finally {
    await readStore.close();
  }
};

const dump = (file: string) => dumpReadStore(join(fixture.dir, file));

/** The read store of a catch-up in global order, one event per transaction. */
const inLogOrder = async () => {
  await catchUp('in-log-order.sqlite', { batchSize: 1, catchUpByAgreementFrom: Number.MAX_SAFE_INTEGER });
  return dump('in-log-order.sqlite');
};

const isSorted = (positions: readonly number[]) => positions.every((position, at) => at === 0 || positions[at - 1]! < position);

describe('a catch-up from zero, agreement by agreement', () => {
  it('applies the agreements one after another and leaves the read store as a catch-up in log order does', async () => {
    const log = interleavedAgreements(5, { crossCitation: false });
    await appendInOrder(fixture.events, log);
    const expected = await inLogOrder();
    expect(expected.snapshots.length).toBeGreaterThan(50);
    expect(expected.logRows).toHaveLength(log.length);

    for (const batchSize of [4, 25, 10_000]) {
      const seen: number[] = [];
      const file = `by-agreement-${batchSize}.sqlite`;
      await catchUp(file, { batchSize, catchUpByAgreementFrom: 0, projections: withBoard(watchedBoard(seen)) });
      // Out of log order (else the comparison proves nothing), each agreement's events in a run.
      expect(isSorted(seen)).toBe(false);
      const agreementOf = (position: number) => (log[position - 1]!.streamId.match(/-(\d)$/) ?? [])[1];
      const runs = seen.map(agreementOf).filter((agreement, at, all) => at === 0 || all[at - 1] !== agreement);
      expect(runs).toHaveLength(5);
      expect(dump(file)).toEqual(expected);
    }
  });

  it('goes on in log order from where it caught up to, with the events appended meanwhile', async () => {
    await appendInOrder(fixture.events, interleavedAgreements(3, { crossCitation: false }));
    const readStore = fixture.openReadStore('followed.sqlite');
    const runner = new SqliteProjectionRunner({
      eventStore: fixture.events,
      readStore,
      projections: ALL_PROJECTIONS,
      snapshotEvery: SNAPSHOT_EVERY,
      catchUpByAgreementFrom: 0,
    });
    await runner.catchUp();
    const head = Math.max(...readStore.checkpoints().map((row) => row.position ?? 0));
    expect(readStore.checkpoints().every((row) => row.position === head)).toBe(true);
    const later = interleavedAgreements(4, { crossCitation: false }).filter((event) => event.streamId.endsWith('-3'));
    await appendInOrder(fixture.events, later, 'later');
    await runner.catchUp();
    await readStore.close();
    expect(dump('followed.sqlite')).toEqual(await inLogOrder());
  });

  it('falls back to log order when two agreements touch one document, and leaves the same read store', async () => {
    await appendInOrder(fixture.events, interleavedAgreements(5, { crossCitation: true }));
    const expected = await inLogOrder();
    const seen: number[] = [];
    await catchUp('shared.sqlite', { batchSize: 10, catchUpByAgreementFrom: 0, projections: withBoard(watchedBoard(seen)) });
    // It began by agreement, found the shared meeting, cleared what it wrote and caught up in log order.
    const restart = seen.findIndex((position, at) => at > 0 && position < seen[at - 1]! && isSorted(seen.slice(at)));
    expect(restart).toBeGreaterThan(0);
    expect(isSorted(seen.slice(0, restart))).toBe(false);
    expect(dump('shared.sqlite')).toEqual(expected);
  });

  it('leaves nothing that counts when it stops part-way: the next catch-up clears it and starts over', async () => {
    const log = interleavedAgreements(5, { crossCitation: false });
    await appendInOrder(fixture.events, log);
    const expected = await inLogOrder();
    const readStore = fixture.openReadStore('stopped.sqlite');
    const options = { eventStore: fixture.events, readStore, snapshotEvery: SNAPSHOT_EVERY, batchSize: 6, catchUpByAgreementFrom: 0 };
    const stopAt = Math.floor(log.length / 2);
    await expect(new SqliteProjectionRunner({ ...options, projections: withBoard(watchedBoard([], stopAt)) }).catchUp()).rejects.toThrow('stopped');
    // Some agreements were written, but no checkpoint moved: the marker says the store is not a state of the log.
    expect(readStore.checkpoints().find((row) => row.projection === BY_AGREEMENT_MARKER)).toBeDefined();
    expect(readStore.checkpoints().every((row) => (row.position ?? 0) === 0)).toBe(true);
    expect(dump('stopped.sqlite').logRows.length).toBeGreaterThan(0);
    await new SqliteProjectionRunner({ ...options, projections: ALL_PROJECTIONS }).catchUp();
    await readStore.close();
    expect(dump('stopped.sqlite')).toEqual(expected);
  });

  it('reads in log order a log shorter than catchUpByAgreementFrom, and one whose store cannot read stream groups', async () => {
    const log = interleavedAgreements(3, { crossCitation: false });
    await appendInOrder(fixture.events, log);
    const short: number[] = [];
    await catchUp('short.sqlite', { catchUpByAgreementFrom: log.length + 1, projections: withBoard(watchedBoard(short)) });
    expect(isSorted(short)).toBe(true);
    const plain: number[] = [];
    const { events } = fixture;
    const portOnly = {
      appendToStream: events.appendToStream.bind(events),
      readStream: events.readStream.bind(events),
      readAll: events.readAll.bind(events),
      subscribeToAll: events.subscribeToAll.bind(events),
      comparePositions: events.comparePositions.bind(events),
      close: async () => undefined,
    };
    await catchUp('port-only.sqlite', { eventStore: portOnly, catchUpByAgreementFrom: 0, projections: withBoard(watchedBoard(plain)) });
    expect(isSorted(plain)).toBe(true);
    expect(plain.length).toBeGreaterThan(0);
    expect(dump('port-only.sqlite')).toEqual(dump('short.sqlite'));
  });
});

describe('a catch-up from zero by agreement, on a PostgreSQL log', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(() => cluster?.stop());

  it('leaves the read store as a catch-up in log order on the same log does', async () => {
    const log = await PostgresEventStore.open({ url: `${cluster.url()}?schema=by_agreement`, pollIntervalMs: 50 });
    try {
      await appendInOrder(log, interleavedAgreements(4, { crossCitation: false }));
      const seen: number[] = [];
      await catchUp('pg-by-agreement.sqlite', { eventStore: log, batchSize: 7, catchUpByAgreementFrom: 0, projections: withBoard(watchedBoard(seen)) });
      expect(isSorted(seen)).toBe(false);
      await catchUp('pg-in-log-order.sqlite', { eventStore: log, batchSize: 1, catchUpByAgreementFrom: Number.MAX_SAFE_INTEGER });
      expect(dump('pg-by-agreement.sqlite')).toEqual(dump('pg-in-log-order.sqlite'));
      expect(dump('pg-by-agreement.sqlite').logRows.length).toBeGreaterThan(100);
    } finally {
      await log.close();
    }
  });
});
