import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../../../../../../test/support/http-client.js';
import { startTestApp, type TestApp } from '../../../../../../test/support/test-app.js';

/**
 * The Beslut card's material over HTTP: a Lomma focus area taken through mapping by the council,
 * its analysis done and its problem statement sharpened since, then proposed onwards.
 */
describe('proposal material (GET /focus-areas/{id}/proposals/{proposalId}/material)', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let councillor: HttpClient;
  let path: string;
  let proposalId: string;
  let last = '0';
  const track = <T extends { body: { position?: string } }>(res: T): T => {
    if (res.body.position) last = res.body.position;
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const [c, m, p] = await Promise.all(['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis'].map((u) => t.as(u)));
    coordinator = c!;
    councillor = m!;
    const board = await coordinator.get('/agreements/lomma-2023-2027');
    path = `/focus-areas/${board.body.focusAreas[0].focusAreaId}`;
    const decide = async (body: Record<string, unknown>) => {
      const { proposalId: id } = track(await coordinator.post(`${path}/proposals`, body)).body;
      track(await m!.post(`${path}/proposals/${id}/approvals`, {}));
      track(await p!.post(`${path}/proposals/${id}/approvals`, {}));
    };
    await decide({ transition: 'prioritise', grounds: 'Lägesbilden visar oro.' });
    track(await coordinator.put(`${path}/problem-statement`, { what: 'Skadegörelse', where: 'Bjärred', when: 'Kvällar', howOften: 'Varje vecka' }));
    track(await coordinator.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen' }));
    await decide({ transition: 'advance', grounds: 'Kartläggningen är klar.' });
    track(
      await coordinator.put(`${path}/problem-statement`, { what: 'Skadegörelse', where: 'Bjärreds centrum', when: 'Kvällar', howOften: 'Varje vecka' }),
    );
    track(await coordinator.post(`${path}/causes`, { description: 'Få vuxna ute kvällstid', factor: 'place' }));
    proposalId = track(await coordinator.post(`${path}/proposals`, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' })).body.proposalId;
  });
  afterAll(() => t.close());

  it('gives the work being decided: leaving analysis, the problem and its causes', async () => {
    const res = await councillor.get(`${path}/proposals/${proposalId}/material?minPosition=${last}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      proposalId,
      transition: 'advance',
      from: 'analysis',
      to: 'measures',
      grounds: 'Orsaksanalysen är gjord.',
      sections: ['problemStatement', 'causes'],
      childImpactAssessmentRequired: null,
    });
    expect(res.body.work.problemStatement.where).toBe('Bjärreds centrum');
    expect(res.body.work.causes.map((c: { description: string }) => c.description)).toEqual(['Få vuxna ute kvällstid']);
    expect(res.body.work.sources).toBeUndefined();
  });

  it('says what changed since the council last decided on the focus area', async () => {
    const res = await councillor.get(`${path}/proposals/${proposalId}/material?minPosition=${last}`);
    expect(res.body.lastCouncilDecision).toMatchObject({ outcome: 'approved' });
    const kinds = res.body.changesSinceLastDecision.map((c: { kind: string }) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['problemStatementChanged', 'causeAdded']));
    expect(kinds.some((k: string) => k.startsWith('proposal'))).toBe(false);
    expect(res.body.changesSinceLastDecision.find((c: { kind: string }) => c.kind === 'causeAdded').description).toContain('Få vuxna ute kvällstid');
  });

  it('refuses a position that is not one (400, naming the field)', async () => {
    const res = await councillor.get(`${path}/proposals/${proposalId}/material?minPosition=snart`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['minPosition']);
  });

  it('answers 404 for a proposal that does not wait, and for an agreement the caller has no role in', async () => {
    expect((await councillor.get(`${path}/proposals/p-unknown/material?minPosition=${last}`)).status).toBe(404);
    const outsider = await t.as('vellinge.samordnare');
    expect((await outsider.get(`${path}/proposals/${proposalId}/material?minPosition=${last}`)).status).toBe(404);
  });

  it('once the coordinator withdraws the proposal: no material (404), and the inbox lists it as withdrawn with the reason', async () => {
    const withdrawn = track(await coordinator.post(`${path}/proposals/${proposalId}/withdrawal`, { reason: 'Orsakerna ska kompletteras.' }));
    expect(withdrawn.status).toBe(200);
    expect((await councillor.get(`${path}/proposals/${proposalId}/material?minPosition=${last}`)).status).toBe(404);
    const inbox = await councillor.get(`/agreements/lomma-2023-2027/inbox?minPosition=${last}`);
    expect(inbox.body[0].items.map((i: { proposalId: string }) => i.proposalId)).not.toContain(proposalId);
    expect(inbox.body[0].withdrawn).toEqual([
      expect.objectContaining({
        proposalId,
        reason: 'Orsakerna ska kompletteras.',
        withdrawnBy: 'lomma.samordnare',
        transitionLabel: 'gå vidare till nästa steg',
      }),
    ]);
  });

  it('answers 401 without signing in', async () => {
    expect((await t.anonymous().get(`${path}/proposals/${proposalId}/material`)).status).toBe(401);
  });
});
