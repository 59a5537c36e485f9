import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../../../../../../test/support/http-client.js';
import { startTestApp, type TestApp } from '../../../../../../test/support/test-app.js';
import { trackWrites } from '../../../../../../test/support/writes.js';

/**
 * Overall goals over HTTP: a coordinator states the agreement's overall goals, a focus area's goal
 * names one (and cannot name one the agreement does not state), and the agreement lists each
 * overall goal with the focus areas' goals contributing to it, read from the read models.
 */
describe('overall goals (POST/PUT/DELETE /agreements/{id}/overall-goals, GET /agreements/{id})', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let municipality: HttpClient;
  let police: HttpClient;
  let outsider: HttpClient;
  let overallGoalId: string;
  const agreement = '/agreements/lomma-2023-2027';
  const focusArea = '/focus-areas/lomma-bostadsinbrott-och-grannsamverkan';
  const writes = trackWrites();
  const track = writes.ok;

  const decide = async (transition: string) => {
    const { proposalId } = track(await coordinator.post(`${focusArea}/proposals`, { transition, grounds: 'Underlaget är klart.' })).body;
    track(await municipality.post(`${focusArea}/proposals/${proposalId}/approvals`, {}));
    track(await police.post(`${focusArea}/proposals/${proposalId}/approvals`, {}));
  };

  beforeAll(async () => {
    t = await startTestApp();
    [coordinator, municipality, police, outsider] = await Promise.all(
      ['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis', 'vellinge.samordnare'].map((u) => t.as(u)),
    );
    await decide('prioritise');
    track(
      await coordinator.put(`${focusArea}/problem-statement`, { what: 'Bostadsinbrott', where: 'Villaområdena', when: 'Dagtid', howOften: 'Varje månad' }),
    );
    track(await coordinator.post(`${focusArea}/sources`, { kind: 'crimeStatistics', title: 'Anmälda inbrott 2024' }));
    await decide('advance');
    track(await coordinator.post(`${focusArea}/causes`, { description: 'Tomma hus dagtid', factor: 'place' }));
    await decide('advance');
  });
  afterAll(() => t?.close());

  it('states an overall goal (201) and refuses an empty one (400)', async () => {
    const stated = track(await coordinator.post(`${agreement}/overall-goals`, { description: 'Ökad trygghet i hela kommunen' }));
    expect(stated.status).toBe(201);
    overallGoalId = stated.body.overallGoalId;
    const empty = await coordinator.post(`${agreement}/overall-goals`, { description: '' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('description');
  });

  it("lets a focus area's goal contribute, and lists it under the overall goal", async () => {
    const goal = track(await coordinator.post(`${focusArea}/goals`, { description: 'Färre bostadsinbrott', overallGoalId }));
    expect(goal.status).toBe(201);
    const detail = await coordinator.get(`${agreement}?minPosition=${writes.last}`);
    expect(detail.body.overallGoals).toEqual([
      {
        overallGoalId,
        description: 'Ökad trygghet i hela kommunen',
        contributions: [
          {
            focusAreaId: 'lomma-bostadsinbrott-och-grannsamverkan',
            focusAreaTitle: 'Bostadsinbrott och grannsamverkan',
            goalId: goal.body.goalId,
            goalDescription: 'Färre bostadsinbrott',
          },
        ],
      },
    ]);
  });

  it('refuses a goal naming an overall goal the agreement does not state (422)', async () => {
    const res = await coordinator.post(`${focusArea}/goals`, { description: 'Tryggare', overallGoalId: 'no-such-goal' });
    expect([res.status, res.body.rule]).toEqual([422, 'OverallGoalMustExist']);
  });

  it('revises the wording under its id (200), and answers 404 for an unknown id', async () => {
    const revised = track(await coordinator.put(`${agreement}/overall-goals/${overallGoalId}`, { description: 'Ökad trygghet i Lomma och Bjärred' }));
    expect([revised.status, revised.body.overallGoalId]).toEqual([200, overallGoalId]);
    expect((await coordinator.put(`${agreement}/overall-goals/no-such-goal`, { description: 'X' })).status).toBe(404);
  });

  it('is refused to a council member (403), to another agreement (404), without sign-in (401) and on a stale If-Match (412)', async () => {
    expect((await municipality.post(`${agreement}/overall-goals`, { description: 'Trygghet' })).status).toBe(403);
    expect((await outsider.post(`${agreement}/overall-goals`, { description: 'Trygghet' })).status).toBe(404);
    expect((await t.anonymous().post(`${agreement}/overall-goals`, { description: 'Trygghet' })).status).toBe(401);
    expect((await coordinator.post(`${agreement}/overall-goals`, { description: 'Trygghet' }, { 'if-match': '"0"' })).status).toBe(412);
  });

  it('removes an overall goal (200) and refuses one the agreement does not state (422)', async () => {
    const missing = await coordinator.delete(`${agreement}/overall-goals/no-such-goal`);
    expect([missing.status, missing.body.rule]).toEqual([422, 'OverallGoalMustExist']);
    expect(track(await coordinator.delete(`${agreement}/overall-goals/${overallGoalId}`)).status).toBe(200);
    const detail = await coordinator.get(`${agreement}?minPosition=${writes.last}`);
    expect(detail.body.overallGoals).toEqual([]);
  });
});
