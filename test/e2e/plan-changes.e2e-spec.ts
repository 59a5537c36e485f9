import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { FixedClock } from '../support/deterministic.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { swedishDateOf } from '@samverkan/shared-kernel';
import { trackWrites } from '../support/writes.js';

const AGREEMENT = '/agreements/lomma-2023-2027';

interface Change {
  readonly kind: string;
  readonly focusAreaId: string | null;
  readonly description: string;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * A Lomma focus area taken from mapping to measures over HTTP, with two moments marked in
 * between; then what changed between them, and the measures by status over time, read back.
 */
describe('what changed, and measures over time, over HTTP', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let municipalityCouncil: HttpClient;
  let policeCouncil: HttpClient;
  let auditor: HttpClient;
  let focusAreaId: string;
  let path: string;
  let mapped: string;
  let followedUp: string;

  const writes = trackWrites();
  const track = writes.ok;
  const decideTogether = async (body: Record<string, unknown>) => {
    const { proposalId } = track(await coordinator.post(`${path}/proposals`, body)).body;
    track(await municipalityCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
    track(await policeCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
  };
  // The app's clock stands still, ten minutes back so every event is of today and before now; a
  // marked moment moves it on a minute either side, so the events around it differ in time without a sleep.
  const started = new Date(Date.now() - 10 * 60_000).toISOString();
  const clock = new FixedClock(started);
  const mark = async (): Promise<string> => {
    const moment = clock.advance(60_000).toISOString();
    clock.advance(60_000);
    return moment;
  };
  const changes = (from: string, to: string) =>
    auditor.get<{ changes: Change[]; errors?: { field: string; messages: string[] }[] }>(
      `${AGREEMENT}/changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&minPosition=${writes.last}`,
    );

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    [coordinator, municipalityCouncil, policeCouncil, auditor] = await Promise.all(
      ['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis', 'lomma.revisor'].map((u) => t.as(u)),
    );
    const agreement = await coordinator.get(AGREEMENT);
    focusAreaId = agreement.body.focusAreas.find((f: { childrenAndYoungPeople: boolean }) => f.childrenAndYoungPeople).focusAreaId;
    path = `/focus-areas/${focusAreaId}`;

    await decideTogether({ transition: 'prioritise', grounds: 'Lägesbilden visar oro bland unga.' });
    mapped = await mark();
    track(await coordinator.put(`${path}/problem-statement`, { what: 'Skadegörelse', where: 'Bjärred', when: 'Kvällar', howOften: 'Varje vecka' }));
    track(await coordinator.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen' }));
    await decideTogether({ transition: 'advance', grounds: 'Kartläggningen är klar.' });
    const cause = track(await coordinator.post(`${path}/causes`, { description: 'Få vuxna ute kvällstid', factor: 'place' }));
    await decideTogether({ transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
    const goal = track(
      await coordinator.post(`${path}/goals`, {
        description: 'Färre unga känner sig otrygga',
        indicator: 'Andel otrygga',
        baseline: 30,
        target: 20,
        targetDate: '2026-12-31',
        followUpMethod: 'Trygghetsmätningen',
      }),
    );
    const measure = track(
      await coordinator.post(`${path}/measures`, {
        causeId: cause.body.causeId,
        goalId: goal.body.goalId,
        activity: 'Vuxenvandringar',
        operationalGoal: '40 kvällar',
        dueDate: '2024-03-31',
        responsiblePartyId: 'lpo-kavlinge',
        responsibleFunction: 'Kommunpolis',
        followUpMethod: 'Kvartalsrapport',
        kind: 'ordinaryWork',
      }),
    );
    track(await coordinator.put(`${path}/measures/${measure.body.measureId}/status`, { status: 'red', comment: 'För få vuxna anmälda' }));
    followedUp = await mark();
    track(await coordinator.put(`${path}/measures/${measure.body.measureId}/status`, { status: 'yellow' }));
    track(await coordinator.put(`${path}/child-impact-assessment`, { summary: 'Berör unga 13–17 år.', conclusion: 'Barnets bästa gynnas.' }));
    track(await coordinator.post(`${path}/proposals`, { transition: 'advance', grounds: 'Åtgärdsplanen är klar.' }));
  });
  afterAll(() => t.close());

  describe('GET /agreements/{id}/changes', () => {
    it('lists the move, the work recorded and the measure planned between two instants, in Swedish', async () => {
      const res = await changes(mapped, followedUp);
      expect(res.status).toBe(200);
      const ours = res.body.changes.filter((c) => c.focusAreaId === focusAreaId);
      expect(ours.map((c) => c.kind)).toEqual(['stepChanged', 'problemStatementChanged', 'sourceAdded', 'causeAdded', 'goalAdded', 'measureAdded']);
      expect(ours[0]).toMatchObject({ before: 'mapping', after: 'measures' });
      expect(ours[0].description).toMatch(/gick vidare från kartläggning till åtgärder$/);
      expect(ours[5].description).toContain('”Vuxenvandringar”');
      expect(ours[5].description).toContain('ansvarig Lokalpolisområde Kävlinge (Kommunpolis), klar senast 31 mars 2024; uppföljd som röd (avviker)');
      expect(res.body.changes.filter((c) => c.focusAreaId !== focusAreaId)).toEqual([]);
    });

    it('lists the follow-up, the assessment and the proposal put after the second moment', async () => {
      const res = await changes(followedUp, new Date().toISOString());
      expect(res.body.changes.map((c) => c.kind)).toEqual(['proposalPending', 'measureStatusChanged', 'childImpactAssessmentRecorded']);
      expect(res.body.changes[1]).toMatchObject({ before: 'red', after: 'yellow' });
    });

    it('counts a day as a whole day: the seeded agreement, its roles and focus areas are changes of the day they were seeded', async () => {
      // The seed's day, not the wall clock's: in the ten minutes after Swedish midnight they differ.
      const today = swedishDateOf(started);
      const res = await changes(today, today);
      expect(res.status).toBe(200);
      const kinds = res.body.changes.map((c) => c.kind);
      expect(kinds[0]).toBe('agreementRegistered');
      expect(kinds).toContain('roleAssigned');
      expect(kinds.filter((k) => k === 'focusAreaAdded').length).toBeGreaterThan(1);
    });

    it('refuses a to that is not later than from, and a malformed moment, naming the field', async () => {
      const backwards = await changes(followedUp, mapped);
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors).toEqual([{ field: 'to', messages: ['to must be later than from'] }]);
      const same = await changes(mapped, mapped);
      expect(same.status).toBe(400);
      const bad = await auditor.get(`${AGREEMENT}/changes?from=igår&to=2024-02-30`);
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['from', 'to']);
      const missing = await auditor.get(`${AGREEMENT}/changes?from=2024-01-01`);
      expect(missing.status).toBe(400);
    });

    it('answers no changes, and when the log began, for a period before the agreement was registered; 404 to users outside it', async () => {
      const before = await changes('2020-01-01', '2020-02-01');
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ changes: [], logBeganAt: expect.any(String) });
      const vellinge = await t.as('vellinge.samordnare');
      expect((await vellinge.get(`${AGREEMENT}/changes?from=2024-01-01&to=2024-02-01`)).status).toBe(404);
    });
  });

  describe('GET /agreements/{id}/measure-trend', () => {
    it('gives monthly points over the last year by default, the measure counted on the last', async () => {
      const res = await auditor.get(`${AGREEMENT}/measure-trend?minPosition=${writes.last}`);
      expect(res.status).toBe(200);
      expect(res.body.points).toHaveLength(13);
      expect(res.body.points.at(-1)).toEqual({ at: res.body.to, green: 0, yellow: 1, red: 0, done: 0, notFollowedUp: 0, late: 1 });
      expect(res.body.points[0]).toMatchObject({ at: res.body.from, yellow: 0, late: 0 });
    });

    it('gives the number of points asked for between two days', async () => {
      const res = await auditor.get(`${AGREEMENT}/measure-trend?from=2024-01-01&to=2024-12-31&points=5`);
      expect(res.status).toBe(200);
      expect(res.body.points.map((p: { at: string }) => p.at)).toEqual(['2024-01-01', '2024-04-01', '2024-07-02', '2024-10-01', '2024-12-31']);
    });

    it('refuses more than 60 points, and a from not before to', async () => {
      const many = await auditor.get(`${AGREEMENT}/measure-trend?points=61`);
      expect(many.status).toBe(400);
      expect(many.body.errors[0].field).toBe('points');
      const backwards = await auditor.get(`${AGREEMENT}/measure-trend?from=2025-01-01&to=2024-01-01`);
      expect(backwards.body.errors).toEqual([{ field: 'to', messages: ['to must be later than from'] }]);
      const future = await auditor.get(`${AGREEMENT}/measure-trend?from=2999-01-01`);
      expect(future.status).toBe(400);
      expect(future.body.errors[0].field).toBe('from');
    });
  });
});
