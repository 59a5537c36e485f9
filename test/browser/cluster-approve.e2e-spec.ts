import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { type Cluster, clusterStores, startCluster } from '../support/cluster.js';
import { HttpClient } from '../support/http-client.js';
import { DEMO_PASSWORD } from '../support/test-app.js';
import { expectNoAxeViolations } from './support/axe.js';
import { launchChromium, SWEDISH_CONTEXT } from './support/chromium.js';
import { ARTIFACTS } from './support/harness.js';
import { LOMMA } from './support/lomma.js';
import { ensureWebBuilt } from './support/web-build.js';

jest.setTimeout(180_000);

/** One API request the page made, with the instance that answered it (nginx's X-Upstream). */
interface Seen {
  readonly method: string;
  readonly url: URL;
  readonly status: number;
  readonly upstream: string;
  readonly body: Promise<unknown>;
}

const record = (page: Page): Seen[] => {
  const seen: Seen[] = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/')) return;
    const json = /json/.test(response.headers()['content-type'] ?? '');
    seen.push({
      method: response.request().method(),
      url,
      status: response.status(),
      upstream: response.headers()['x-upstream'] ?? '',
      body: json ? response.json().catch(() => null) : Promise.resolve(null),
    });
  });
  return seen;
};

/**
 * The web app's approve flow in Chromium through nginx in front of three instances, each with its
 * own read models following the shared log. The decision is made on one instance; the refreshed
 * inbox and the next page are read from others, and already show it: every read-model query after
 * the command carries its position as `minPosition`, and the instance answering waits for it.
 */
describe('approving in the browser through the balancer (read-your-writes across instances)', () => {
  let cluster: Cluster;
  let browser: Browser;
  let webDir: string;

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build:api'], { stdio: 'ignore' });
    // A copy of the build, so a rebuild of dist/web while the suite runs cannot pull assets from under it.
    webDir = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
    cpSync(ensureWebBuilt(), webDir, { recursive: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    cluster = await startCluster({ instances: 3, stores: await clusterStores(), webDir });
  });
  afterAll(async () => {
    await browser?.close();
    await cluster?.stop();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it("the police's approval prioritises the focus area, and Beslut and Översikt show it at once, whichever instance answers", async () => {
    const api = async (username: string) => {
      const client = new HttpClient(cluster.apiUrl);
      await client.signIn(username, DEMO_PASSWORD);
      return client;
    };
    const path = `/focus-areas/${LOMMA.burglary.id}`;
    const proposed = await (await api('lomma.samordnare')).post(`${path}/proposals`, { transition: 'prioritise', grounds: 'Inbrotten har ökat.' });
    expect(proposed.status).toBe(201);
    expect((await (await api('lomma.rad.kommun')).post(`${path}/proposals/${proposed.body.proposalId}/approvals`, {})).status).toBe(200);

    const context = await browser.newContext({ baseURL: cluster.origin, viewport: { width: 1280, height: 800 }, ...SWEDISH_CONTEXT, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const seen = record(page);
    await page.goto('/beslut');
    await page.getByLabel('Användarnamn').fill('lomma.rad.polis');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL('**/beslut');

    const card = page.getByRole('article', { name: LOMMA.burglary.title });
    await card.getByRole('button', { name: /^Godkänn/ }).click();
    await page.getByRole('dialog', { name: 'Godkänn förslaget' }).getByRole('button', { name: 'Godkänn för Lokalpolisområde Kävlinge' }).click();
    await page.getByText(/Alla parter har nu godkänt, och fokusområdet har gått till steget kartläggning/).waitFor();
    await page.getByText('Inga förslag väntar på beslut från Lokalpolisområde Kävlinge just nu.').waitFor();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    const mapping = page.getByRole('region', { name: /^Kartläggning/ });
    await mapping.getByRole('article', { name: LOMMA.burglary.title }).waitFor();
    await expectNoAxeViolations(page, 'kluster-oversikt');
    await page.screenshot({ path: join(ARTIFACTS, 'kluster-oversikt.png'), fullPage: true });

    const approval = seen.find((s) => s.method === 'POST' && s.url.pathname.endsWith('/approvals'));
    expect(approval?.status).toBe(200);
    const { position } = (await approval!.body) as { position: string };
    const after = seen.slice(seen.indexOf(approval!) + 1).filter((s) => s.method === 'GET');
    const inbox = after.filter((s) => s.url.pathname.endsWith('/inbox'));
    const board = after.filter((s) => s.url.pathname.endsWith('/board'));
    expect(inbox.length).toBeGreaterThan(0);
    expect(board.length).toBeGreaterThan(0);
    // Every read-model query after the command asked for it, and the first answers already held it.
    for (const read of [...inbox, ...board]) {
      expect(read.status).toBe(200);
      expect(BigInt(read.url.searchParams.get('minPosition') ?? '-1')).toBeGreaterThanOrEqual(BigInt(position));
    }
    expect(JSON.stringify(await inbox[0]!.body)).not.toContain(LOMMA.burglary.id);
    const firstBoard = (await board[0]!.body) as { focusAreas: { focusAreaId: string; step: string }[] };
    expect(firstBoard.focusAreas.find((f) => f.focusAreaId === LOMMA.burglary.id)?.step).toBe('mapping');
    // The reads were not all answered by the instance that took the command: of the read-model
    // queries after it (the inbox, the board, the cards' material …), some went elsewhere.
    const reads = after.filter((s) => s.url.searchParams.has('minPosition'));
    expect(reads.length).toBeGreaterThan(2);
    expect(reads.some((s) => s.upstream !== approval!.upstream)).toBe(true);

    // A reload keeps the tab's position (sessionStorage): the reloaded page asks for it too.
    const beforeReload = seen.length;
    await page.reload();
    await mapping.getByRole('article', { name: LOMMA.burglary.title }).waitFor();
    const reloadedBoard = seen.slice(beforeReload).find((s) => s.method === 'GET' && s.url.pathname.endsWith('/board'));
    expect(reloadedBoard?.status).toBe(200);
    expect(reloadedBoard?.url.searchParams.get('minPosition')).toBe(position);
    await context.close();
  });
});
