import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { FixedClock } from '../../../../../../test/support/deterministic.js';
import type { HttpClient } from '../../../../../../test/support/http-client.js';
import { COORDINATOR, LOMMA, OUTSIDER } from '../../../../../../test/support/lomma-focus-area.js';
import { startTestApp, type TestApp } from '../../../../../../test/support/test-app.js';
import { appendHistory, LATE_CYCLES } from './late-cycles.testing.js';

/** Cycle 1's measure-1 is due 2026-06-30: on this day it is a day late, unless it was done. */
const TODAY = '2026-07-01';

/**
 * Översikt's board over HTTP, with focus areas in cycle 2 whose cycle 1 left a measure unfinished:
 * the board counts the late measures of every cycle, exactly as late-and-due (Försenat) lists them.
 */
describe('the plan board (GET /agreements/{agreementId}/board)', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  const board = `/agreements/${LOMMA}/board`;
  const rowOf = (body: { focusAreas: Array<{ focusAreaId: string }> }, focusAreaId: string) =>
    body.focusAreas.find((f) => f.focusAreaId === focusAreaId) as Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new FixedClock() });
    const store = t.app.get<EventStore>(EVENT_STORE);
    for (const stream of Object.values(LATE_CYCLES)) await appendHistory(store, stream);
    await t.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
    coordinator = await t.as(COORDINATOR);
  });
  afterAll(() => t.close());

  describe('given cycle 1 left a measure past its due date unfinished', () => {
    it('counts it as late and from an earlier cycle, though the current cycle has no measures', async () => {
      const res = await coordinator.get(`${board}?today=${TODAY}`);
      expect(res.status).toBe(200);
      expect(rowOf(res.body, 'board-left-behind')).toMatchObject({ cycle: 2, measures: [], lateMeasures: 1, lateFromEarlierCycles: 1 });
    });

    it('counts a measure carried forward once, in its new cycle', async () => {
      const row = rowOf((await coordinator.get(`${board}?today=${TODAY}`)).body, 'board-carried');
      expect(row).toMatchObject({ cycle: 2, lateMeasures: 1, lateFromEarlierCycles: 0 });
      expect(row.measures).toEqual([expect.objectContaining({ measureId: 'measure-1', late: true, daysOverdue: 1 })]);
    });

    it('does not count a measure that was done in its cycle', async () => {
      expect(rowOf((await coordinator.get(`${board}?today=${TODAY}`)).body, 'board-done')).toMatchObject({ lateMeasures: 0, lateFromEarlierCycles: 0 });
    });

    it('does not count it on its due date', async () => {
      expect(rowOf((await coordinator.get(`${board}?today=2026-06-30`)).body, 'board-left-behind')).toMatchObject({ lateMeasures: 0 });
    });

    it('counts for every focus area what late-and-due lists for it', async () => {
      const [rows, late] = await Promise.all([
        coordinator.get(`${board}?today=${TODAY}`),
        coordinator.get(`/agreements/${LOMMA}/late-and-due?today=${TODAY}`),
      ]);
      const listed = late.body.lateMeasures as Array<{ focusAreaId: string; earlierCycle: boolean }>;
      for (const row of rows.body.focusAreas as Array<{ focusAreaId: string; lateMeasures: number; lateFromEarlierCycles: number }>) {
        const ours = listed.filter((m) => m.focusAreaId === row.focusAreaId);
        expect([row.focusAreaId, row.lateMeasures, row.lateFromEarlierCycles]).toEqual([
          row.focusAreaId,
          ours.length,
          ours.filter((m) => m.earlierCycle).length,
        ]);
      }
      expect(listed.length).toBeGreaterThan(0);
    });
  });

  it('refuses a day that is not a date (400), naming the field', async () => {
    const res = await coordinator.get(`${board}?today=1-juli`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['today']);
  });

  it('is refused without signing in (401), and to a user with no role in the agreement as if it did not exist (404)', async () => {
    expect((await t.anonymous().get(board)).status).toBe(401);
    expect((await (await t.as(OUTSIDER)).get(board)).status).toBe(404);
    expect((await coordinator.get('/agreements/no-such-agreement/board')).status).toBe(404);
  });
});
