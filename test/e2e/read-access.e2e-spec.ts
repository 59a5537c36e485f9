import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LOMMA = 'lomma-2023-2027';

/** Every query about Lomma, each a read from the read models (plus the focus area from its own stream), asked `now`. */
const lommaQueries = (focusAreaId: string, now: string): string[] => [
  `/agreements/${LOMMA}`,
  `/agreements/${LOMMA}/board`,
  `/agreements/${LOMMA}/inbox`,
  `/agreements/${LOMMA}/late-and-due`,
  `/agreements/${LOMMA}/audit`,
  `/agreements/${LOMMA}/audit/export?format=json`,
  `/agreements/${LOMMA}/plan?asOf=${encodeURIComponent(now)}`,
  `/agreements/${LOMMA}/changes?from=2020-01-01&to=${encodeURIComponent(now)}`,
  `/agreements/${LOMMA}/measure-trend`,
  `/focus-areas/${focusAreaId}`,
  `/focus-areas/${focusAreaId}/revisions/0`,
];

/**
 * Queries authorise from the agreement directory's record of who holds which role: a user with no
 * role in an agreement gets 404 from every query about it, as if it did not exist; an
 * administrator reads every agreement; a member reads their own.
 */
describe('who may read what, from the read models', () => {
  let t: TestApp;
  let admin: HttpClient;
  let lommaAuditor: HttpClient;
  let vellinge: HttpClient;
  let queries: string[];

  const statusesOf = async (client: HttpClient) =>
    Object.fromEntries(await Promise.all(queries.map(async (path) => [path, (await client.get(path)).status] as const)));
  const all = (status: number) => Object.fromEntries(queries.map((path) => [path, status]));

  beforeAll(async () => {
    t = await startTestApp();
    [admin, lommaAuditor, vellinge] = await Promise.all(['admin', 'lomma.revisor', 'vellinge.samordnare'].map((u) => t.as(u)));
    const focusAreaId = (await lommaAuditor.get(`/agreements/${LOMMA}`)).body.focusAreas[0].focusAreaId;
    // After the seed, so the plan as of then holds the agreement.
    queries = lommaQueries(focusAreaId, new Date().toISOString());
  });
  afterAll(() => t.close());

  it('answers 404 to every query about an agreement the user holds no role in', async () => {
    expect(await statusesOf(vellinge)).toEqual(all(404));
    const listed = (await vellinge.get('/agreements')).body.map((a: { agreementId: string }) => a.agreementId);
    expect(listed).toEqual(['vellinge-2023-2026']);
  });

  it('answers every one of them to a member of the agreement, and to an administrator', async () => {
    for (const client of [lommaAuditor, admin]) {
      expect(await statusesOf(client)).toEqual(all(200));
    }
  });

  it('gives a council member their own inbox by default, from the roles the directory holds', async () => {
    const police = await t.as('lomma.rad.polis');
    const inboxes = (await police.get(`/agreements/${LOMMA}/inbox`)).body;
    expect(inboxes.map((i: { partyId: string }) => i.partyId)).toEqual(['lpo-kavlinge']);
    expect((await lommaAuditor.get(`/agreements/${LOMMA}/inbox`)).body).toEqual([]);
  });
});
