import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@samverkan/event-store';
import type { Projection } from '../../projection.js';
import { SqlitePlanHistory, type PlanAsOf } from './sqlite-plan-history.js';
import { SqliteProjectionRunner } from './sqlite-projection-runner.js';
import { countingEventStore } from './testing/counting-event-store.js';
import { enrichNaively, naivePlanAsOf } from './testing/naive-plan.js';
import { createReadModelFixture, type ReadModelFixture } from './testing/read-model-fixture.js';
import { appendAll, minute, testEvent, type TestAppend } from './testing/test-events.js';
import { allTestProjections, testAgreementProjection, testBoardProjection } from './testing/test-projections.js';

const SNAPSHOT_EVERY = 10;
const projections = { board: testBoardProjection, agreements: testAgreementProjection };

/**
 * Two agreements; a0 has f0 and f3 from the start, f2 proposed late, f3 discarded midway; a1 has
 * f1. Every event is a minute after the one before; a few appends carry several events.
 */
function history(): { appends: TestAppend[]; lastMinute: number } {
  const appends: TestAppend[] = [];
  let clock = 0;
  const add = (streamId: string, ...events: [string, Record<string, unknown>][]) =>
    appends.push({ streamId, events: events.map(([type, data]) => testEvent(type, data, minute(clock++))) });
  add('agreement-a0', ['AgreementRegistered', { agreementId: 'a0', name: 'A0' }]);
  add('agreement-a1', ['AgreementRegistered', { agreementId: 'a1', name: 'A1' }]);
  for (const [f, a] of [
    ['f0', 'a0'],
    ['f1', 'a1'],
    ['f3', 'a0'],
  ] as const)
    add(`focus-area-${f}`, ['FocusAreaProposed', { focusAreaId: f, agreementId: a, title: f }]);
  for (let i = 0; i < 150; i += 1) {
    const f = ['f0', 'f1', 'f3'][i % 3]!;
    if (i % 7 === 0) add(`focus-area-${f}`, ['NoteAdded', { note: `n${i}` }], ['NoteAdded', { note: `n${i}b` }]);
    else add(`focus-area-${f}`, ['NoteAdded', { note: `n${i}` }]);
    if (i === 40 || i === 120) add('agreement-a0', ['RoleAssigned', { agreementId: 'a0', userId: `u${i}` }]);
    if (i === 60) add('focus-area-f2', ['FocusAreaProposed', { focusAreaId: 'f2', agreementId: 'a0', title: 'f2' }]);
    if (i > 60 && i % 4 === 0) add('focus-area-f2', ['NoteAdded', { note: `late ${i}` }]);
    if (i === 90) add('focus-area-f3', ['FocusAreaDiscarded', {}]);
  }
  return { appends, lastMinute: clock - 1 };
}

/** A projection that counts its `evolve` calls. */
function counted<T>(projection: Projection<T>): { projection: Projection<T>; calls: () => number; reset: () => void } {
  let calls = 0;
  return {
    projection: {
      ...projection,
      evolve: (doc, event) => {
        calls += 1;
        return projection.evolve(doc, event);
      },
    },
    calls: () => calls,
    reset: () => (calls = 0),
  };
}

let fixture: ReadModelFixture;
let lastMinute: number;

beforeAll(async () => {
  fixture = await createReadModelFixture();
  const built = history();
  lastMinute = built.lastMinute;
  await appendAll(fixture.events, built.appends);
  const readStore = fixture.openReadStore();
  await new SqliteProjectionRunner({
    eventStore: fixture.events,
    readStore,
    projections: allTestProjections(),
    snapshotProjection: 'test-board',
    snapshotEvery: SNAPSHOT_EVERY,
    batchSize: 64,
  }).catchUp();
});
afterAll(() => fixture.cleanup());

const historyOn = (eventStore: EventStore = fixture.events, board: Projection<any> = testBoardProjection) =>
  new SqlitePlanHistory({ eventStore, readStore: fixture.openReadStore(), boardProjection: board, agreementProjection: testAgreementProjection });

describe('SqlitePlanHistory.planAsOf', () => {
  const half = (n: number): string => new Date(Date.parse(minute(n)) + 30_000).toISOString();

  it('knows no plan before the agreement was registered', async () => {
    expect(await historyOn().planAsOf('a0', minute(-1))).toBeUndefined();
    expect(await historyOn().planAsOf('a0', half(-1))).toBeUndefined();
  });

  it('equals folding the log from zero, at every event, between events and after the last', async () => {
    const log = enrichNaively(await fixture.events.readAll());
    const plans = historyOn();
    const moments = [...Array.from({ length: lastMinute + 1 }, (_, n) => [minute(n), half(n)]).flat(), minute(lastMinute + 60)];
    for (const at of moments) {
      for (const agreementId of ['a0', 'a1']) {
        expect({ at, agreementId, plan: await plans.planAsOf<PlanAsOf>(agreementId, at) }).toEqual({
          at,
          agreementId,
          plan: naivePlanAsOf(log, projections, agreementId, at),
        });
      }
    }
  });

  it('leaves out focus areas proposed after the moment and those discarded before it', async () => {
    const ids = async (at: string) =>
      ((await historyOn().planAsOf<PlanAsOf<unknown, { focusAreaId: string }>>('a0', at))?.focusAreas ?? []).map((doc) => doc.focusAreaId);
    const log = await fixture.events.readAll();
    const proposedF2 = log.find((event) => event.streamId === 'focus-area-f2')!.metadata.occurredAt;
    const discardedF3 = log.find((event) => event.type === 'FocusAreaDiscarded')!.metadata.occurredAt;
    expect(await ids(minute(5))).toEqual(['f0', 'f3']);
    expect(await ids(proposedF2)).toEqual(['f0', 'f2', 'f3']);
    expect(await ids(discardedF3)).toEqual(['f0', 'f2']);
  });

  it('takes a focus area unchanged since the moment from its current document: none of its events read or replayed', async () => {
    const board = counted(testBoardProjection);
    const raw = countingEventStore(fixture.events, { honourMaxCount: false });
    const focusAreaReads = () => raw.counts.streamReads.filter((read) => read.streamId.startsWith('focus-area-')).map((read) => read.streamId);
    const plan = await historyOn(raw.store, board.projection).planAsOf<PlanAsOf>('a0', minute(lastMinute + 60));
    expect(plan?.focusAreas).toHaveLength(2);
    expect(board.calls()).toBe(0);
    expect(focusAreaReads()).toEqual([]);
    // Before the end, the focus areas changed since are replayed; f3, gone since, is not read either
    // (its deletion is a snapshot of its own).
    const log = await fixture.events.readAll();
    const discardedF3 = log.find((event) => event.type === 'FocusAreaDiscarded')!.metadata.occurredAt;
    await historyOn(raw.store, board.projection).planAsOf('a0', discardedF3);
    expect(new Set(focusAreaReads())).toEqual(new Set(['focus-area-f0', 'focus-area-f2']));
  });

  it('starts each focus area from its nearest snapshot: never more than snapshotEvery - 1 events replayed or read', async () => {
    const board = counted(testBoardProjection);
    const raw = countingEventStore(fixture.events, { honourMaxCount: false });
    const bounded = countingEventStore(fixture.events, { honourMaxCount: true });
    for (const at of [minute(100), half(177), minute(lastMinute)]) {
      board.reset();
      await historyOn(raw.store, board.projection).planAsOf('a0', at);
      expect(board.calls()).toBeLessThanOrEqual(3 * (SNAPSHOT_EVERY - 1)); // a0 has at most three focus areas
      await historyOn(bounded.store, testBoardProjection).planAsOf('a0', at);
    }
    expect(raw.counts.readAllCalls).toBe(0);
    const focusAreaReads = raw.counts.streamReads.filter((read) => read.streamId.startsWith('focus-area-'));
    expect(focusAreaReads.length).toBeGreaterThan(0);
    // Always just after a snapshot (revision 0, 9, 19, ...): never from zero.
    expect(focusAreaReads.filter((read) => read.fromRevision !== 1 && read.fromRevision % SNAPSHOT_EVERY !== 0)).toEqual([]);
    // With a store that cuts stream reads at maxCount (the port change this adapter asks for):
    const boundedReads = bounded.counts.streamReads.filter((read) => read.streamId.startsWith('focus-area-'));
    expect(Math.max(...boundedReads.map((read) => read.returned))).toBeLessThanOrEqual(SNAPSHOT_EVERY - 1);
  });
});

describe('SqlitePlanHistory.focusAreaAsOfRevision', () => {
  it('equals folding the stream from zero up to the revision, for every revision', async () => {
    const stream = enrichNaively(await fixture.events.readAll()).filter((event) => event.streamId === 'focus-area-f0');
    const plans = historyOn();
    let doc: unknown;
    for (const event of stream) {
      doc = testBoardProjection.evolve(doc as never, event);
      expect({ revision: event.revision, doc: await plans.focusAreaAsOfRevision('f0', event.revision) }).toEqual({ revision: event.revision, doc });
    }
    expect(await plans.focusAreaAsOfRevision('f0', 10_000)).toEqual(doc);
  });

  it('reads only from the nearest snapshot at or before the revision', async () => {
    const bounded = countingEventStore(fixture.events, { honourMaxCount: true });
    await historyOn(bounded.store).focusAreaAsOfRevision('f0', 57);
    expect(bounded.counts.streamReads).toEqual([{ streamId: 'focus-area-f0', fromRevision: 50, returned: 8 }]);
  });
});
