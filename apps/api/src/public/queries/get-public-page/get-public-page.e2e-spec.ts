import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { readFileSync } from 'node:fs';
import { FixedClock } from '../../../../../../test/support/deterministic.js';
import type { HttpClient } from '../../../../../../test/support/http-client.js';
import { COORDINATOR, LOMMA } from '../../../../../../test/support/lomma-focus-area.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../../../../../test/support/test-app.js';
import { CITIZEN_PROMISE_PDF, givenLommaFollowUp, INTERNAL } from '../../public-page.testing.js';

interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
}
const DEMO_ACCOUNTS = JSON.parse(readFileSync('config/demo-accounts.json', 'utf8')) as DemoAccount[];
const pdf = CITIZEN_PROMISE_PDF;

/**
 * The page for residents over HTTP, on the seeded Lomma agreement (published in the demo) with a
 * focus area in follow-up and a citizen promise in force; Vellinge's page is not published.
 */
describe('the page for residents (GET /offentlig/{agreementId})', () => {
  let t: TestApp;
  let runner: ProjectionRunner;
  let coordinator: HttpClient;
  let sha256: string;
  const page = (path: string, headers: Record<string, string> = {}) => fetch(`${t.origin}${path}`, { headers });

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new FixedClock() });
    const store = t.app.get<EventStore>(EVENT_STORE);
    runner = t.app.get<ProjectionRunner>(PROJECTION_RUNNER);
    coordinator = await t.as(COORDINATOR);
    sha256 = (await coordinator.post(`/agreements/${LOMMA}/annex-files`, pdf, { 'content-type': 'application/pdf' })).body.sha256;
    await givenLommaFollowUp(store, { sha256, bytes: pdf.length });
    await runner.catchUp();
  });
  afterAll(() => t.close());

  describe('a published page', () => {
    let html: string;
    let response: Response;
    beforeAll(async () => {
      response = await page(`/offentlig/${LOMMA}`);
      html = await response.text();
    });

    it('is Swedish HTML for anyone, without signing in', () => {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      expect(html).toContain('<html lang="sv">');
      expect(html).toMatch(/<main id="innehall">/);
      expect(html).not.toMatch(/<script/i);
    });

    it('shows the agreement’s parties and period', () => {
      expect(html).toContain('Lomma kommun och Lokalpolisområde Kävlinge');
      expect(html).toContain('1 januari 2023 – 31 december 2027');
    });

    it('shows the annex versions in force, with their text and files to download', () => {
      expect(html).toContain('Medborgarlöfte: Tryggare Lomma centrum');
      expect(html).toContain('<p>Vi återkommer med resultat varje år.</p>');
      expect(html).toContain(`href="/offentlig/${LOMMA}/filer/${sha256}"`);
      // The seeded situation picture is a draft awaiting the council: not the parties' decision yet.
      expect(html).not.toContain('Gemensam årlig lägesbild');
    });

    it('shows a focus area in follow-up with its measures, goals, measurements and outcome, in words', () => {
      expect(html).toContain('Otrygghet i Lomma centrum');
      expect(html).toContain('Genomförande och uppföljning');
      expect(html).toContain('Nattvandring med föräldrar');
      expect(html).toContain('Pågår enligt plan');
      expect(html).toContain('30 juni 2026');
      expect(html).toContain('Problemindex i trygghetsmätningen');
      expect(html).toMatch(/<td>1 mars 2025<\/td><td class="number">1,7<\/td>/);
      expect(html).toMatch(/<td>1 mars 2026<\/td><td class="number">ej mätt ännu<\/td>/);
      expect(html).toContain('Uppmätt värde 1,6. Genomförd 30 av 34 helger.');
    });

    it('leaves out focus areas the council has not prioritised', () => {
      // The demo's own Lomma focus areas are proposals only.
      for (const proposed of ['Barn och ungdomar', 'Bostadsinbrott och grannsamverkan', 'Alkohol- och tobakstillsyn'])
        expect(html).not.toContain(proposed);
      expect(html.match(/<article class="card" aria-labelledby="fokus-/g)).toHaveLength(1);
    });

    it('names no official, no account and no function tied to a measure, and keeps internal comments and proposals out', () => {
      for (const account of DEMO_ACCOUNTS) {
        expect(html).not.toContain(account.username);
        expect(html).not.toContain(account.displayName);
      }
      expect(html).not.toContain('system:demo-seed');
      expect(html).not.toContain('Brottsförebyggande samordnare');
      for (const text of Object.values(INTERNAL)) expect(html).not.toContain(text);
      expect(html).toContain('Sidan visar det parterna har beslutat');
    });

    it('may be kept by any cache, for a minute, and sets no cookie', () => {
      expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it('carries the app’s security headers, with a policy that allows no script and only its own style', () => {
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(policy).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    });

    it('answers 304 to a cache that holds the same page, weak or strong', async () => {
      const etag = response.headers.get('etag')!;
      for (const held of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const again = await page(`/offentlig/${LOMMA}`, { 'if-none-match': held });
        expect([again.status, await again.text(), again.headers.get('etag')]).toEqual([304, '', etag]);
      }
      expect((await page(`/offentlig/${LOMMA}`, { 'if-none-match': '"other"' })).status).toBe(200);
    });

    it('sets no cookie for a signed-in browser either', async () => {
      const browser = t.anonymous();
      await browser.startSession(COORDINATOR, DEMO_PASSWORD);
      expect(browser.cookie).toMatch(/^samverkan_session=/);
      const withSession = await page(`/offentlig/${LOMMA}`, { cookie: browser.cookie! });
      expect(withSession.status).toBe(200);
      expect(withSession.headers.get('set-cookie')).toBeNull();
    });

    it('serves a file of an annex in force, and no other file', async () => {
      const file = await page(`/offentlig/${LOMMA}/filer/${sha256}`);
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Medborgarlöfte 2025.pdf')}`);
      expect(file.headers.get('cache-control')).toContain('public');
      expect((await page(`/offentlig/${LOMMA}/filer/${'0'.repeat(64)}`)).status).toBe(404);
      expect((await page(`/offentlig/vellinge-2023-2026/filer/${sha256}`)).status).toBe(404);
    });
  });

  describe('no published page', () => {
    it('answers an unpublished agreement exactly as one that does not exist (404), in plain Swedish', async () => {
      const unpublished = await page('/offentlig/vellinge-2023-2026');
      const unknown = await page('/offentlig/finns-inte');
      const malformed = await page('/offentlig/%C3%85%C3%84');
      const body = await unpublished.text();
      expect([unpublished.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
      expect(await unknown.text()).toBe(body);
      expect(await malformed.text()).toBe(body);
      expect(body).toContain('Det finns ingen offentlig sida på den här adressen.');
      expect(unpublished.headers.get('set-cookie')).toBeNull();
    });
  });

  describe('publishing and taking down', () => {
    it('tells the agreement’s members whether the page is up and where (GET /api/agreements/{id}/public-page)', async () => {
      const status = await coordinator.get(`/agreements/${LOMMA}/public-page`);
      expect(status.body).toMatchObject({ agreementId: LOMMA, published: true, path: `/offentlig/${LOMMA}` });
      expect(status.etag).toBe(`"${status.body.revision}"`);
      expect((await (await t.as('vellinge.samordnare')).get(`/agreements/${LOMMA}/public-page`)).status).toBe(404);
      expect((await t.anonymous().get(`/agreements/${LOMMA}/public-page`)).status).toBe(401);
      const malformed = await coordinator.get('/agreements/Lomma_2023/public-page');
      expect([malformed.status, malformed.body.errors?.[0]?.field]).toEqual([400, 'agreementId']);
    });

    it('shows a page once its coordinator publishes it', async () => {
      const vellinge = await t.as('vellinge.samordnare');
      expect((await vellinge.post('/agreements/vellinge-2023-2026/public-page')).status).toBe(201);
      await runner.catchUp();
      const published = await page('/offentlig/vellinge-2023-2026');
      expect(published.status).toBe(200);
      expect(await published.text()).toContain('Vellinge kommun');
    });

    it('answers 404 again once the page is taken down, even to a cache that holds the old page', async () => {
      const before = (await page(`/offentlig/${LOMMA}`)).headers.get('etag');
      expect(before).not.toBeNull();
      const status = await coordinator.get(`/agreements/${LOMMA}/public-page`);
      const res = await coordinator.post(`/agreements/${LOMMA}/public-page/withdrawal`, { reason: 'Sidan ses över' }, { 'if-match': status.etag! });
      expect(res.status).toBe(201);
      await runner.catchUp();
      const gone = await page(`/offentlig/${LOMMA}`, { 'if-none-match': before! });
      expect(gone.status).toBe(404);
    });
  });
});
