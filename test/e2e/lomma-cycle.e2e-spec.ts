import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * One focus area of Lomma's real agreement, over real HTTP, through a whole cycle: prioritised by
 * both parties (after one rejection), mapping → analysis → measures (refused once at the child
 * impact assessment gate) → evaluation, one step back on new information, a stale If-Match, and
 * on to a new cycle.
 */
describe('the Lomma cycle, end to end over HTTP', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let policeCoordinator: HttpClient;
  let municipalityCouncil: HttpClient;
  let policeCouncil: HttpClient;
  let auditor: HttpClient;
  let focusAreaPath: string;
  let parties: { partyId: string; kind: string }[];

  const step = async () => (await coordinator.get(focusAreaPath)).body.focusArea;

  /** The coordinator proposes; both parties approve; returns the proposal id. */
  const decideTogether = async (body: Record<string, unknown>) => {
    const proposed = await coordinator.post(`${focusAreaPath}/proposals`, body);
    expect(proposed.status).toBe(201);
    const { proposalId } = proposed.body;
    expect((await municipalityCouncil.post(`${focusAreaPath}/proposals/${proposalId}/approvals`, {})).status).toBe(200);
    expect((await policeCouncil.post(`${focusAreaPath}/proposals/${proposalId}/approvals`, {})).status).toBe(200);
    return proposalId as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [coordinator, policeCoordinator, municipalityCouncil, policeCouncil, auditor] = await Promise.all(
      ['lomma.samordnare', 'lomma.kommunpolis', 'lomma.rad.kommun', 'lomma.rad.polis', 'lomma.revisor'].map((u) => t.as(u)),
    );
  });
  afterAll(() => t.close());

  it('shows the coordinator only the agreements they hold a role in, with Lomma seeded as proposals', async () => {
    const res = await coordinator.get('/agreements');
    expect(res.status).toBe(200);
    expect(res.body.map((a: { agreementId: string }) => a.agreementId)).toEqual(['lomma-2023-2027']);
    const lomma = res.body[0];
    expect(lomma.focusAreas.length).toBeGreaterThan(0);
    expect(lomma.focusAreas.every((f: { step: string }) => f.step === 'proposed')).toBe(true);
    const children = lomma.focusAreas.find((f: { childrenAndYoungPeople: boolean }) => f.childrenAndYoungPeople);
    expect(children).toBeDefined();
    focusAreaPath = `/focus-areas/${children.focusAreaId}`;
    parties = (await coordinator.get('/agreements/lomma-2023-2027')).body.agreement.parties;
    expect(parties.map((p) => p.kind).sort()).toEqual(['localPoliceArea', 'municipality']);
  });

  it('lets the police reject a prioritisation, which ends the proposal with its reason', async () => {
    const proposed = await coordinator.post(`${focusAreaPath}/proposals`, {
      transition: 'prioritise',
      grounds: 'Lägesbilden 2024 visar ökad oro bland unga i Bjärred.',
      meeting: { name: 'Styrgruppens möte 2', date: '2024-04-15' },
    });
    expect(proposed.status).toBe(201);
    const { proposalId } = proposed.body;
    const approved = await municipalityCouncil.post(`${focusAreaPath}/proposals/${proposalId}/approvals`, {});
    expect(approved.status).toBe(200);
    const halfway = await step();
    expect(halfway.step).toBe('proposed');
    expect(halfway.pendingProposal.approvedBy).toHaveLength(1);

    const rejected = await policeCouncil.post(`${focusAreaPath}/proposals/${proposalId}/rejections`, {
      reason: 'Underlaget behöver kompletteras med polisens lägesbild.',
    });
    expect(rejected.status).toBe(200);
    const after = await step();
    expect(after.pendingProposal).toBeNull();
    expect(after.step).toBe('proposed');
  });

  it('lets a representative decide only for their own party', async () => {
    const proposed = await coordinator.post(`${focusAreaPath}/proposals`, { transition: 'prioritise', grounds: 'Ett försök.' });
    const municipality = parties.find((p) => p.kind === 'municipality')!;
    const forOther = await policeCouncil.post(`${focusAreaPath}/proposals/${proposed.body.proposalId}/approvals`, { partyId: municipality.partyId });
    expect(forOther.status).toBe(403);
    expect(forOther.body.detail).toContain(municipality.partyId);
    const withdrawn = await coordinator.post(`${focusAreaPath}/proposals/${proposed.body.proposalId}/withdrawal`, { reason: 'Fel underlag.' });
    expect(withdrawn.status).toBe(200);
  });

  it('refuses a second decision by the same party and decisions by an auditor', async () => {
    const proposed = await coordinator.post(`${focusAreaPath}/proposals`, { transition: 'prioritise', grounds: 'Kompletterat underlag.' });
    const { proposalId } = proposed.body;
    expect((await municipalityCouncil.post(`${focusAreaPath}/proposals/${proposalId}/approvals`, {})).status).toBe(200);
    const twice = await municipalityCouncil.post(`${focusAreaPath}/proposals/${proposalId}/approvals`, {});
    expect(twice.status).toBe(422);
    expect(twice.body.rule).toBe('PartyMayDecideOnce');
    const byAuditor = await auditor.post(`${focusAreaPath}/proposals/${proposalId}/approvals`, {});
    expect(byAuditor.status).toBe(403);
    expect((await policeCouncil.post(`${focusAreaPath}/proposals/${proposalId}/approvals`, {})).status).toBe(200);
    const prioritised = await step();
    expect(prioritised.step).toBe('mapping');
    expect(prioritised.cycle).toBe(1);
  });

  it('records the mapping and moves to analysis when both parties approve', async () => {
    const early = await coordinator.post(`${focusAreaPath}/proposals`, { transition: 'advance', grounds: 'Klart?' });
    expect(early.status).toBe(422);
    expect(early.body.rule).toBe('ProblemStatementRequired');
    // A gate concerns the step's work, not a field of the request: no field is named.
    expect(early.body.field).toBeUndefined();

    const statement = await coordinator.put(`${focusAreaPath}/problem-statement`, {
      what: 'Skadegörelse och ordningsstörningar kring fritidsgården',
      where: 'Bjärred centrum',
      when: 'Fredags- och lördagskvällar, 20–24',
      howOften: 'Varje vecka under terminerna',
    });
    expect(statement.status).toBe(200);
    const source = await coordinator.post(`${focusAreaPath}/sources`, { kind: 'safetySurvey', title: 'Polisens trygghetsmätning 2024' });
    expect(source.status).toBe(201);
    await decideTogether({ transition: 'advance', grounds: 'Kartläggningen är klar.' });
    expect((await step()).step).toBe('analysis');
  });

  it('refuses to decide measures without a child impact assessment, then decides them', async () => {
    const cause = await coordinator.post(`${focusAreaPath}/causes`, { description: 'Få vuxna i rörelse kvällstid', factor: 'place' });
    expect(cause.status).toBe(201);
    await decideTogether({ transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
    expect((await step()).step).toBe('measures');

    const goal = await coordinator.post(`${focusAreaPath}/goals`, {
      description: 'Färre ungdomar upplever otrygghet i Bjärred centrum',
      indicator: 'Andel unga som känner sig otrygga (trygghetsmätningen)',
      baseline: 32,
      target: 20,
      targetDate: '2026-12-31',
      followUpMethod: 'Trygghetsmätningen årligen',
    });
    expect(goal.status).toBe(201);
    const police = parties.find((p) => p.kind === 'localPoliceArea')!;
    const measure = await coordinator.post(`${focusAreaPath}/measures`, {
      causeId: cause.body.causeId,
      goalId: goal.body.goalId,
      activity: 'Vuxenvandringar och polisnärvaro fredagar',
      operationalGoal: 'Närvaro 40 kvällar per år',
      dueDate: '2025-12-31',
      responsiblePartyId: police.partyId,
      responsibleFunction: 'Kommunpolis',
      followUpMethod: 'Rapport i styrgruppen varje kvartal',
      kind: 'ordinaryWork',
    });
    expect(measure.status).toBe(201);

    const refused = await coordinator.post(`${focusAreaPath}/proposals`, { transition: 'advance', grounds: 'Åtgärderna är klara.' });
    expect(refused.status).toBe(422);
    expect(refused.body.rule).toBe('ChildImpactAssessmentRequired');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');

    const assessment = await coordinator.put(`${focusAreaPath}/child-impact-assessment`, {
      summary: 'Åtgärderna berör barn 13–17 år; deras synpunkter från trygghetsdagarna är inhämtade.',
      conclusion: 'Barnets bästa gynnas; inga negativa konsekvenser identifierade.',
    });
    expect(assessment.status).toBe(200);
  });

  it('refuses a change made on a stale revision (If-Match) and writes nothing', async () => {
    const seen = await coordinator.get(focusAreaPath);
    const etag = seen.etag!;
    expect(etag).toMatch(/^"\d+"$/);
    const [measure] = seen.body.focusArea.work.measures;
    const byColleague = await policeCoordinator.put(`${focusAreaPath}/measures/${measure.measureId}/status`, { status: 'green' }, { 'If-Match': etag });
    expect(byColleague.status).toBe(200);
    expect(byColleague.etag).not.toBe(etag);

    const stale = await coordinator.put(`${focusAreaPath}/measures/${measure.measureId}/status`, { status: 'yellow' }, { 'If-Match': etag });
    expect(stale.status).toBe(412);
    const now = await coordinator.get(focusAreaPath);
    expect(now.etag).toBe(byColleague.etag);
    expect(now.body.focusArea.work.measures[0].status).toBe('green');
  });

  it('never lets simultaneous writers overwrite each other: each either lands or gets 409', async () => {
    const before = await coordinator.get(focusAreaPath);
    const revision = Number(JSON.parse(before.etag!));
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        (n % 2 ? coordinator : policeCoordinator)
          .put(`${focusAreaPath}/child-impact-assessment`, { summary: `Version ${n}`, conclusion: 'Barnets bästa gynnas.' })
          .then((r) => r.status),
      ),
    );
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const landed = statuses.filter((s) => s === 200).length;
    expect(landed).toBeGreaterThan(0);
    const after = await coordinator.get(focusAreaPath);
    expect(Number(JSON.parse(after.etag!))).toBe(revision + landed);
  });

  it('moves to evaluation, steps back on new information, and comes forward again', async () => {
    await decideTogether({ transition: 'advance', grounds: 'Åtgärdsplanen beslutas.' });
    expect((await step()).step).toBe('evaluation');

    const back = await coordinator.post(`${focusAreaPath}/step-back`, {
      to: 'analysis',
      reason: 'Ny information: problemet har flyttat till Lomma hamn.',
    });
    expect(back.status).toBe(200);
    const stepped = await step();
    expect(stepped.step).toBe('analysis');
    expect(stepped.work.measures).toHaveLength(1);

    await decideTogether({ transition: 'advance', grounds: 'Analysen är uppdaterad.' });
    await decideTogether({ transition: 'advance', grounds: 'Åtgärdsplanen gäller fortsatt.' });
    expect((await step()).step).toBe('evaluation');
  });

  it('records the follow-up of every goal and starts a new cycle, keeping the earlier one readable', async () => {
    const { goals } = (await step()).work;
    const outcome = await coordinator.put(`${focusAreaPath}/goals/${goals[0].goalId}/outcome`, {
      production: 'Vuxenvandringar genomförda 38 av 40 kvällar.',
      process: 'Bra samverkan; svårt att bemanna under sommaren.',
      effect: { measuredValue: 24, comment: 'Minskning från 32 till 24 procent.' },
    });
    expect(outcome.status).toBe(200);
    expect((await coordinator.put(`${focusAreaPath}/conclusion`, { conclusion: 'Effekt i rätt riktning; fortsätt nästa år.' })).status).toBe(200);

    await decideTogether({ transition: 'newCycle', grounds: 'Nästa års arbete.', meeting: { name: 'Styrgruppens möte 4', date: '2025-11-20' } });
    const next = await step();
    expect(next.step).toBe('mapping');
    expect(next.cycle).toBe(2);
    expect(next.previousCycles).toHaveLength(1);
    expect(next.previousCycles[0].work.conclusion).toBe('Effekt i rätt riktning; fortsätt nästa år.');
  });

  it('lets the auditor read but not write, and hides Lomma from other agreements', async () => {
    expect((await auditor.get(focusAreaPath)).status).toBe(200);
    const write = await auditor.put(`${focusAreaPath}/problem-statement`, { what: 'x', where: 'y', when: 'z', howOften: 'w' });
    expect(write.status).toBe(403);
    const vellinge = await t.as('vellinge.samordnare');
    expect((await vellinge.get(focusAreaPath)).status).toBe(404);
    expect((await vellinge.get('/agreements/lomma-2023-2027')).status).toBe(404);
  });

  it('refuses bad input with the field and why, and personal identity numbers anywhere', async () => {
    const unknown = await coordinator.put(`${focusAreaPath}/problem-statement`, {
      what: 'a',
      where: 'b',
      when: 'c',
      howOften: 'd',
      victim: 'x',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toContain('victim');
    // The edge is the one place unknown fields stop, nested ones too: nothing else filters what is stored.
    const before = await coordinator.get(focusAreaPath);
    const contact = await coordinator.post(`${focusAreaPath}/sources`, {
      kind: 'safetySurvey',
      title: 'Trygghetsvandring',
      contactPerson: 'Anna Andersson',
    });
    expect(contact.status).toBe(400);
    expect(contact.body.errors.map((e: { field: string }) => e.field)).toContain('contactPerson');
    const nested = await coordinator.post(`${focusAreaPath}/proposals`, {
      transition: 'advance',
      grounds: 'Klart.',
      meeting: { name: 'Råd', date: '2025-03-01', attendee: 'Anna' },
    });
    expect(nested.status).toBe(400);
    expect(nested.body.errors.map((e: { field: string }) => e.field)).toContain('meeting.attendee');
    expect(before.etag).toMatch(/^"\d+"$/);
    expect((await coordinator.get(focusAreaPath)).etag).toBe(before.etag);
    const missing = await coordinator.put(`${focusAreaPath}/problem-statement`, { what: 'a' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['where', 'when', 'howOften']));
    const pnr = await coordinator.post(`${focusAreaPath}/causes`, { description: 'Gäller 050101-1234 särskilt', factor: 'actor' });
    expect(pnr.status).toBe(422);
    expect(pnr.body).toMatchObject({ rule: 'NoPersonalIdentityNumber', field: 'description' });
    const unauthenticated = await t.anonymous().get(focusAreaPath);
    expect(unauthenticated.status).toBe(401);
  });
});
