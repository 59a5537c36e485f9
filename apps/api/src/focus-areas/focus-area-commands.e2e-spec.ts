import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

/**
 * The focus-area routes the Lomma cycle spec does not walk: proposing a new focus area, removing
 * and revising work, taking a proposal back and withdrawing a focus area.
 */
describe('focus-area commands over HTTP', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let municipalityCouncil: HttpClient;
  let policeCouncil: HttpClient;
  let path: string;

  const view = async () => (await coordinator.get(path)).body.focusArea;
  const decideTogether = async (transition: string) => {
    const { proposalId } = (await coordinator.post(`${path}/proposals`, { transition, grounds: 'Underlaget är klart.' })).body;
    await municipalityCouncil.post(`${path}/proposals/${proposalId}/approvals`, {});
    await policeCouncil.post(`${path}/proposals/${proposalId}/approvals`, {});
  };

  beforeAll(async () => {
    t = await startTestApp();
    [coordinator, municipalityCouncil, policeCouncil] = await Promise.all(['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis'].map((u) => t.as(u)));
  });
  afterAll(() => t.close());

  describe('propose focus area', () => {
    it('creates the focus area with a new id, answers 201 with Location and ETag', async () => {
      const res = await coordinator.post('/agreements/lomma-2023-2027/focus-areas', {
        title: 'Otrygghet i Lomma hamn',
        description: 'Trygghetsmätningen visar ett påtagligt problem kvällstid.',
        childrenAndYoungPeople: false,
      });
      expect(res.status).toBe(201);
      expect(res.body.revision).toBe(0);
      expect(res.etag).toBe('"0"');
      expect(res.headers.get('location')).toBe(`/api/focus-areas/${res.body.focusAreaId}`);
      path = `/focus-areas/${res.body.focusAreaId}`;
      expect(await view()).toMatchObject({ step: 'proposed', title: 'Otrygghet i Lomma hamn', agreementId: 'lomma-2023-2027' });
    });

    it('is refused to a council member (403) and to users outside the agreement (404)', async () => {
      const body = { title: 'x', description: 'y', childrenAndYoungPeople: true };
      expect((await municipalityCouncil.post('/agreements/lomma-2023-2027/focus-areas', body)).status).toBe(403);
      const vellinge = await t.as('vellinge.samordnare');
      expect((await vellinge.post('/agreements/lomma-2023-2027/focus-areas', body)).status).toBe(404);
    });

    it('refuses a missing flag and too long a title with the field named', async () => {
      const res = await coordinator.post('/agreements/lomma-2023-2027/focus-areas', { title: 'x'.repeat(201), description: 'y' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['childrenAndYoungPeople', 'title']);
    });
  });

  describe('void proposal', () => {
    it('lets the coordinator take back a pending proposal', async () => {
      const { proposalId } = (await coordinator.post(`${path}/proposals`, { transition: 'prioritise', grounds: 'Förslag.' })).body;
      const res = await coordinator.post(`${path}/proposals/${proposalId}/withdrawal`, { reason: 'Underlaget kompletteras först.' });
      expect(res.status).toBe(200);
      expect((await view()).pendingProposal).toBeNull();
    });
  });

  describe('sources, causes, goals and measures', () => {
    let sourceId: string;
    let causeId: string;
    let goalId: string;
    let measureId: string;

    it('adds and removes a source, answering the new id', async () => {
      await decideTogether('prioritise');
      const added = await coordinator.post(`${path}/sources`, { kind: 'crimeStatistics', title: 'Anmälda brott 2024' });
      expect(added.status).toBe(201);
      sourceId = added.body.sourceId;
      expect((await view()).work.sources).toEqual([{ sourceId, kind: 'crimeStatistics', title: 'Anmälda brott 2024' }]);
      expect((await coordinator.delete(`${path}/sources/${sourceId}`)).status).toBe(200);
      expect((await view()).work.sources).toEqual([]);
      expect((await coordinator.post(`${path}/sources`, { kind: 'est', title: 'EST-bilden' })).status).toBe(201);
    });

    it('identifies a cause and, in measures, sets a goal; a null optional field is not recorded', async () => {
      await coordinator.put(`${path}/problem-statement`, { what: 'Stök', where: 'Hamnen', when: 'Kvällar', howOften: 'Varje helg' });
      await decideTogether('advance');
      const cause = await coordinator.post(`${path}/causes`, { description: 'Dålig belysning', factor: 'place' });
      expect(cause.status).toBe(201);
      causeId = cause.body.causeId;
      await decideTogether('advance');
      expect((await view()).step).toBe('measures');
      const goal = await coordinator.post(`${path}/goals`, { description: 'Tryggare hamn', indicator: null, baseline: 3.1 });
      expect(goal.status).toBe(201);
      goalId = goal.body.goalId;
      expect((await view()).work.goals).toEqual([{ goalId, description: 'Tryggare hamn', baseline: 3.1 }]);
    });

    it('revises a goal in place, and answers 404 for a goal that does not exist', async () => {
      const revised = await coordinator.put(`${path}/goals/${goalId}`, { description: 'Tryggare hamn kvällstid', target: 2 });
      expect(revised.status).toBe(200);
      expect(revised.body.goalId).toBe(goalId);
      expect((await view()).work.goals).toEqual([{ goalId, description: 'Tryggare hamn kvällstid', target: 2 }]);
      expect((await coordinator.put(`${path}/goals/no-such-goal`, { description: 'x' })).status).toBe(404);
    });

    it('plans, revises and removes a measure; a linked goal cannot be removed meanwhile', async () => {
      const [municipality] = (await coordinator.get('/agreements/lomma-2023-2027')).body.agreement.parties as { partyId: string }[];
      const body = {
        causeId,
        goalId,
        activity: 'Ny belysning',
        operationalGoal: 'Belyst kaj',
        dueDate: '2025-12-31',
        responsiblePartyId: municipality!.partyId,
        responsibleFunction: 'Gatuchef',
        followUpMethod: 'Besiktning',
        kind: 'oneOff',
      };
      const planned = await coordinator.post(`${path}/measures`, body);
      expect(planned.status).toBe(201);
      measureId = planned.body.measureId;
      const revised = await coordinator.put(`${path}/measures/${measureId}`, { ...body, activity: 'Ny belysning och kameror' });
      expect(revised.status).toBe(200);
      expect((await view()).work.measures.map((m: { activity: string }) => m.activity)).toEqual(['Ny belysning och kameror']);
      expect((await coordinator.put(`${path}/measures/no-such-measure`, body)).status).toBe(404);
      const late = await coordinator.post(`${path}/measures`, { ...body, dueDate: '2031-01-31' });
      expect(late.status).toBe(422);
      expect(late.body).toMatchObject({ rule: 'MeasureDueWithinAgreementPeriod', field: 'dueDate' });

      const linked = await coordinator.delete(`${path}/goals/${goalId}`);
      expect(linked.status).toBe(422);
      expect(linked.body.rule).toBe('GoalMustNotBeLinkedToMeasure');
      expect((await coordinator.delete(`${path}/measures/${measureId}`)).status).toBe(200);
      expect((await coordinator.delete(`${path}/goals/${goalId}`)).status).toBe(200);
      expect((await coordinator.delete(`${path}/causes/${causeId}`)).status).toBe(200);
      expect((await view()).work).toMatchObject({ causes: [], goals: [], measures: [] });
    });
  });

  describe('withdraw focus area', () => {
    it('withdraws a proposed focus area with its reason, voiding a pending proposal', async () => {
      const created = await coordinator.post('/agreements/lomma-2023-2027/focus-areas', {
        title: 'Dubblett',
        description: 'Samma som hamnen.',
        childrenAndYoungPeople: false,
      });
      const duplicate = `/focus-areas/${created.body.focusAreaId}`;
      await coordinator.post(`${duplicate}/proposals`, { transition: 'prioritise', grounds: 'Förslag.' });
      const res = await coordinator.post(`${duplicate}/withdrawal`, { reason: 'Ingår i fokusområdet om hamnen.' });
      expect(res.status).toBe(200);
      const withdrawn = (await coordinator.get(duplicate)).body.focusArea;
      expect(withdrawn).toMatchObject({ step: 'withdrawn', pendingProposal: null, withdrawalReason: 'Ingår i fokusområdet om hamnen.' });
    });
  });
});
