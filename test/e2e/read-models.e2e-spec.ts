import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { FixedClock } from '../support/deterministic.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A cycle of one Lomma focus area over HTTP, then every read model read back: the board, each
 * party's inbox, late and due, the audit history (paged, filtered, CSV) and the plan as it stood
 * at a moment in the middle of the cycle. Every read names the position its command wrote.
 */
describe('read models over HTTP', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let municipalityCouncil: HttpClient;
  let policeCouncil: HttpClient;
  let auditor: HttpClient;
  let focusAreaId: string;
  let path: string;
  let last = '0';
  let middle: string;
  let proposalInFlight: string;

  const track = <T extends { body: { position?: string } }>(res: T): T => {
    if (res.body.position) last = res.body.position;
    return res;
  };
  const decideTogether = async (body: Record<string, unknown>) => {
    const { proposalId } = track(await coordinator.post(`${path}/proposals`, body)).body;
    track(await municipalityCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
    track(await policeCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
  };

  // The app's clock stands still, ten minutes back so every event is before now; the middle moment
  // moves it on a minute either side, so events around it differ in time without a sleep.
  const clock = new FixedClock(new Date(Date.now() - 10 * 60_000).toISOString());

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    [coordinator, municipalityCouncil, policeCouncil, auditor] = await Promise.all(
      ['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis', 'lomma.revisor'].map((u) => t.as(u)),
    );
    const board = await coordinator.get('/agreements/lomma-2023-2027');
    focusAreaId = board.body.focusAreas.find((f: { childrenAndYoungPeople: boolean }) => f.childrenAndYoungPeople).focusAreaId;
    path = `/focus-areas/${focusAreaId}`;

    await decideTogether({
      transition: 'prioritise',
      grounds: 'Lägesbilden visar oro bland unga.',
      meeting: { name: 'Styrgruppen 1', date: '2024-02-01' },
    });
    track(await coordinator.put(`${path}/problem-statement`, { what: 'Skadegörelse', where: 'Bjärred', when: 'Kvällar', howOften: 'Varje vecka' }));
    track(await coordinator.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen' }));
    middle = clock.advance(60_000).toISOString();
    clock.advance(60_000);
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
    const agreement = await coordinator.get('/agreements/lomma-2023-2027');
    const police = agreement.body.agreement.parties.find((p: { kind: string }) => p.kind === 'localPoliceArea');
    track(
      await coordinator.post(`${path}/measures`, {
        causeId: cause.body.causeId,
        goalId: goal.body.goalId,
        activity: 'Vuxenvandringar',
        operationalGoal: '40 kvällar',
        dueDate: '2024-03-31',
        responsiblePartyId: police.partyId,
        responsibleFunction: 'Kommunpolis',
        followUpMethod: 'Kvartalsrapport',
        kind: 'ordinaryWork',
      }),
    );
    track(await coordinator.put(`${path}/child-impact-assessment`, { summary: 'Berör unga 13–17 år.', conclusion: 'Barnets bästa gynnas.' }));
    const proposed = track(
      await coordinator.post(`${path}/proposals`, {
        transition: 'advance',
        grounds: 'Åtgärdsplanen är klar.',
        meeting: { name: 'Styrgruppen 3', date: '2024-09-01' },
      }),
    );
    proposalInFlight = proposed.body.proposalId;
    track(await municipalityCouncil.post(`${path}/proposals/${proposalInFlight}/approvals`, {}));
  });
  afterAll(() => t.close());

  it('shows the board with the step, the pending proposal, who approved and the late measure', async () => {
    const res = await coordinator.get(`/agreements/lomma-2023-2027/board?today=2024-06-01&minPosition=${last}`);
    expect(res.status).toBe(200);
    const row = res.body.focusAreas.find((f: { focusAreaId: string }) => f.focusAreaId === focusAreaId);
    expect(row.step).toBe('measures');
    expect(row.cycle).toBe(1);
    expect(row.pendingProposal.approvedBy).toEqual(['lomma-kommun']);
    expect(row.pendingProposal.awaiting).toEqual(['lpo-kavlinge']);
    expect(row.measures).toHaveLength(1);
    expect(row.measures[0].late).toBe(true);
    expect(row.lateMeasures).toBe(1);
    expect(row.lateFromEarlierCycles).toBe(0);
    const others = res.body.focusAreas.filter((f: { focusAreaId: string }) => f.focusAreaId !== focusAreaId);
    expect(others.every((f: { step: string }) => f.step === 'proposed')).toBe(true);
  });

  it("puts the proposal in the police's inbox, and tells the municipality, which has approved, who decided for it", async () => {
    const police = await policeCouncil.get(`/agreements/lomma-2023-2027/inbox?minPosition=${last}`);
    expect(police.status).toBe(200);
    expect(police.body).toHaveLength(1);
    expect(police.body[0].partyId).toBe('lpo-kavlinge');
    expect(police.body[0].items.map((i: { proposalId: string }) => i.proposalId)).toEqual([proposalInFlight]);
    expect(police.body[0].items[0].grounds).toBe('Åtgärdsplanen är klar.');
    expect(police.body[0].items[0].meeting).toEqual({ name: 'Styrgruppen 3', date: '2024-09-01' });
    expect(police.body[0].items[0].decidedForParty).toBeNull();
    const municipality = await municipalityCouncil.get(`/agreements/lomma-2023-2027/inbox?minPosition=${last}`);
    expect(municipality.body[0].items).toEqual([
      expect.objectContaining({
        proposalId: proposalInFlight,
        decidedForParty: expect.objectContaining({ partyId: 'lomma-kommun', actorRole: 'councilRepresentative', function: 'Kommunstyrelsens ordförande' }),
      }),
    ]);
  });

  it('lists the late measure and the obligations of the agreement on a given day', async () => {
    const res = await coordinator.get(`/agreements/lomma-2023-2027/late-and-due?today=2024-06-01&minPosition=${last}`);
    expect(res.status).toBe(200);
    expect(res.body.lateMeasures).toHaveLength(1);
    expect(res.body.lateMeasures[0].activity).toBe('Vuxenvandringar');
    expect(res.body.obligations.length).toBeGreaterThan(0);
    expect(res.body.obligations.every((o: { status: string }) => ['met', 'due', 'overdue', 'notYetDue'].includes(o.status))).toBe(true);
    const before = await coordinator.get(`/agreements/lomma-2023-2027/late-and-due?today=2024-03-30&minPosition=${last}`);
    expect(before.body.lateMeasures).toHaveLength(0);
  });

  it('counts an obligation as met once a coordinator records it, and refuses one the agreement does not have', async () => {
    const recorded = await coordinator.post('/agreements/lomma-2023-2027/obligation-fulfilments', {
      obligationKind: 'situationPictureUpdate',
      fulfilledOn: '2024-02-15',
      note: 'Gemensam lägesbild presenterad i trygghetsrådet',
    });
    expect(recorded.status).toBe(201);
    const res = await coordinator.get(`/agreements/lomma-2023-2027/late-and-due?today=2024-06-01&minPosition=${recorded.body.position}`);
    const picture = res.body.obligations.find((o: { kind: string }) => o.kind === 'situationPictureUpdate');
    expect(picture).toMatchObject({ status: 'met', lastFulfilledOn: '2024-02-15' });
    const foreign = await coordinator.post('/agreements/lomma-2023-2027/obligation-fulfilments', {
      obligationKind: 'citizenPromiseRenewal',
      fulfilledOn: '2024-02-15',
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.rule).toBe('AgreementHasObligation');
    const byAuditor = await auditor.post('/agreements/lomma-2023-2027/obligation-fulfilments', {
      obligationKind: 'situationPictureUpdate',
      fulfilledOn: '2024-03-01',
    });
    expect(byAuditor.status).toBe(403);
  });

  it('gives the auditor one readable row per event: who, in which role, for which party, on which grounds', async () => {
    const res = await auditor.get(`/agreements/lomma-2023-2027/audit?focusAreaId=${focusAreaId}&kind=TransitionApproved&minPosition=${last}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(7);
    const first = res.body.items[0];
    expect(first).toMatchObject({
      eventType: 'TransitionApproved',
      actorId: 'lomma.rad.kommun',
      actorRole: 'councilRepresentative',
      partyId: 'lomma-kommun',
    });
    expect(first.summary.length).toBeGreaterThan(10);
    const police = await auditor.get(`/agreements/lomma-2023-2027/audit?partyId=lpo-kavlinge&kind=TransitionApproved`);
    expect(police.body.total).toBe(3);
    const paged = await auditor.get(`/agreements/lomma-2023-2027/audit?focusAreaId=${focusAreaId}&page=2&pageSize=3`);
    expect(paged.body.items).toHaveLength(3);
    expect(paged.body.total).toBeGreaterThan(6);
    const afterMiddle = await auditor.get(`/agreements/lomma-2023-2027/audit?focusAreaId=${focusAreaId}&from=${encodeURIComponent(middle)}`);
    expect(afterMiddle.body.items.every((r: { occurredAt: string }) => r.occurredAt >= middle)).toBe(true);
    expect(afterMiddle.body.total).toBeLessThan(paged.body.total);
  });

  it('exports the audit history as CSV for Excel with Swedish characters intact, and as JSON', async () => {
    const csv = await auditor.get(`/agreements/lomma-2023-2027/audit/export?focusAreaId=${focusAreaId}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const text = String(csv.body);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Åtgärdsplanen är klar.');
    expect(text.split('\r\n').filter(Boolean).length).toBeGreaterThan(10);
    const json = await auditor.get(`/agreements/lomma-2023-2027/audit/export?focusAreaId=${focusAreaId}&format=json`);
    expect(Array.isArray(json.body)).toBe(true);
  });

  it('shows the whole plan as it stood in the middle of the cycle', async () => {
    const res = await auditor.get(`/agreements/lomma-2023-2027/plan?asOf=${encodeURIComponent(middle)}&minPosition=${last}`);
    expect(res.status).toBe(200);
    const then = res.body.focusAreas.find((f: { focusAreaId: string }) => f.focusAreaId === focusAreaId);
    expect(then.step).toBe('mapping');
    expect(then.work.problemStatement.where).toBe('Bjärred');
    expect(then.work.sources).toHaveLength(1);
    expect(then.work.causes).toEqual([]);
    expect(then.work.measures).toEqual([]);
    const now = await auditor.get(`/agreements/lomma-2023-2027/plan?asOf=${encodeURIComponent(new Date().toISOString())}`);
    expect(now.body.focusAreas.find((f: { focusAreaId: string }) => f.focusAreaId === focusAreaId).step).toBe('measures');
  });

  it('shows one focus area as of an earlier revision', async () => {
    const proposedOnly = await auditor.get(`${path}/revisions/2`);
    expect(proposedOnly.status).toBe(200);
    expect(proposedOnly.body.revision).toBe(2);
    expect(proposedOnly.body.step).toBe('proposed');
    expect(proposedOnly.body.pendingProposal.approvedBy).toEqual(['lomma-kommun']);
    const prioritised = await auditor.get(`${path}/revisions/4`);
    expect(prioritised.body.step).toBe('mapping');
    expect((await auditor.get(`${path}/revisions/9999`)).status).toBe(404);
  });

  it('answers 400 naming minPosition, without waiting, for a position past the last event written (the 503 for one not yet applied: apps/api/src/read-models/consistency.e2e-spec.ts)', async () => {
    const res = await coordinator.get(`/agreements/lomma-2023-2027/board?minPosition=999999999`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('minPosition');
  });

  it('hides read models of other agreements and refuses bad parameters with the field', async () => {
    const vellinge = await t.as('vellinge.samordnare');
    expect((await vellinge.get('/agreements/lomma-2023-2027/board')).status).toBe(404);
    expect((await vellinge.get('/agreements/lomma-2023-2027/audit')).status).toBe(404);
    const bad = await coordinator.get('/agreements/lomma-2023-2027/audit?pageSize=5000&from=igår');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['pageSize', 'from']));
  });

  it('refuses a day the calendar does not have, naming the field, where it was once read as 1 March', async () => {
    const board = await coordinator.get('/agreements/lomma-2023-2027/board?today=2023-02-29');
    expect(board.status).toBe(400);
    expect(board.body.errors.map((e: { field: string }) => e.field)).toEqual(['today']);
    const audit = await coordinator.get('/agreements/lomma-2023-2027/audit?from=2024-02-30&to=2024-03-01T10:00:00');
    expect(audit.status).toBe(400);
    expect(audit.body.errors.map((e: { field: string }) => e.field)).toEqual(['from', 'to']);
    expect((await coordinator.get('/agreements/lomma-2023-2027/board?today=2024-02-29')).status).toBe(200);
  });
});
