import { build } from 'vite';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/support/chromium.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { HttpClient } from '../support/http-client.js';
import type { BenchResult } from './bench-result.js';
import { percentile } from './stats.js';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-accounts-file.js';

/**
 * The web app's benchmarks, each with its baseline in the same run:
 * - bundle: what the first page downloads (index.html and the assets it names), gzipped, against
 *   a bare React page built by the same Vite with the same settings;
 * - board: Översikt with 50 focus areas, loaded in headless Chromium until the 50th card is in
 *   the page, against the same app loading a page that shows no data (its "not found" page).
 */

const WEB_DIST = resolve('dist/web');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** index.html and what it loads before anything runs: the entry script, its preloads, the stylesheet. */
const initialAssets = (dir: string): string[] => {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  return ['index.html', ...new Set(named)];
};

const gzippedSize = (dir: string, files: readonly string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);

/** A React page that renders one heading, built like the app (inside the repo, so it finds react). */
const buildBareReact = async (): Promise<string> => {
  const root = resolve('dist/bench-bare-react');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="sv"><head><meta charset="UTF-8"><title>Hej</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(root, 'src/main.tsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<h1>Hej</h1>);\n",
  );
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { outDir: join(root, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return join(root, 'dist');
};

export const benchWebBundle = async (): Promise<BenchResult> => {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('dist/web is missing: run `npm run build:web` first');
  const app = gzippedSize(WEB_DIST, initialAssets(WEB_DIST));
  const bareDir = await buildBareReact();
  const bare = gzippedSize(bareDir, initialAssets(bareDir));
  const assets = readdirSync(join(WEB_DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const everything = gzippedSize(WEB_DIST, ['index.html', ...assets.map((f) => `assets/${f}`)]);
  const perChunk = Object.fromEntries(
    assets.map((f) => [`chunk ${f.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} kB gz`, kB(gzippedSize(WEB_DIST, [`assets/${f}`]))]),
  );
  return {
    name: 'web app, first download (gzipped)',
    unit: 'kB',
    baseline: { label: 'bare React 19 page, same Vite build', value: kB(bare) },
    subject: { label: 'Samverkan web app: index.html + entry JS + CSS', value: kB(app) },
    ratio: app / bare,
    target: 'first download <= 150 kB gzipped',
    meetsTarget: app <= 150 * 1024,
    extra: { 'every chunk, lazy pages included, kB gz': kB(everything), ...perChunk },
  };
};

/** 47 more focus areas beside Lomma's 3: some prioritised, some waiting for a decision, most proposed. */
const seedFocusAreas = async (t: TestApp, count: number): Promise<void> => {
  const [coordinator, municipality, police] = (await Promise.all(['lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis'].map((u) => t.as(u)))) as [
    HttpClient,
    HttpClient,
    HttpClient,
  ];
  for (let i = 1; i <= count - 3; i++) {
    const created = await coordinator.post('/agreements/lomma-2023-2027/focus-areas', {
      title: `Fokusområde ${i}`,
      description: `Ett problemområde ur lägesbilden, nummer ${i}.`,
      childrenAndYoungPeople: i % 5 === 0,
    });
    if (created.status >= 300) throw new Error(`propose focus area: ${created.status} ${JSON.stringify(created.body)}`);
    const id: string = created.body.focusAreaId;
    if (i % 3 === 0) continue;
    const proposed = await coordinator.post(`/focus-areas/${id}/proposals`, { transition: 'prioritise', grounds: 'Lägesbilden visar behov.' });
    if (i % 3 === 1) continue;
    const proposalId: string = proposed.body.proposalId;
    await municipality.post(`/focus-areas/${id}/proposals/${proposalId}/approvals`, {});
    await police.post(`/focus-areas/${id}/proposals/${proposalId}/approvals`, {});
  }
};

/** Records, from the document's first moment, when `selector` first matches `count` elements. */
const markWhenPresent = (page: Page, selector: string, count: number) =>
  page.addInitScript(
    ([sel, n]) => {
      const scope = globalThis as unknown as {
        __readyAt?: number;
        document: { querySelectorAll(s: string): { length: number } };
        MutationObserver: new (cb: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
        performance: { now(): number };
      };
      const observer = new scope.MutationObserver(() => {
        if (scope.__readyAt === undefined && scope.document.querySelectorAll(sel).length >= n) {
          scope.__readyAt = scope.performance.now();
          observer.disconnect();
        }
      });
      observer.observe(scope.document, { childList: true, subtree: true });
    },
    [selector, count] as const,
  );

/** Milliseconds from the start of the navigation until the marked moment. */
const loadTime = async (page: Page, path: string): Promise<number> => {
  await page.goto(path);
  try {
    await page.waitForFunction(() => (globalThis as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 15_000 });
  } catch (error) {
    await page.screenshot({ path: 'test/artifacts/bench-web-timeout.png', fullPage: true });
    throw error;
  }
  return page.evaluate(() => (globalThis as unknown as { __readyAt: number }).__readyAt);
};

export const benchBoardRender = async (options: { focusAreas: number; runs: number }): Promise<BenchResult> => {
  // Served from a copy: a `build:web` elsewhere empties dist/web while it rebuilds.
  const webDir = mkdtempSync(join(tmpdir(), 'samverkan-bench-web-'));
  cpSync(WEB_DIST, webDir, { recursive: true });
  const t = await startTestApp({ STORE_DURABILITY: 'fast-may-lose-recent-commits-on-power-loss' }, { webDir });
  const browser = await launchChromium();
  try {
    await seedFocusAreas(t, options.focusAreas);
    log(`web: ${options.focusAreas} focus areas in Lomma; loading Översikt ${options.runs} times`);
    const context = await browser.newContext({ baseURL: t.origin, viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto('/logga-in');
    await page.getByLabel('Användarnamn').fill('lomma.samordnare');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL('**/oversikt');

    const board = await context.newPage();
    await markWhenPresent(board, 'article.fa-card', options.focusAreas);
    const empty = await context.newPage();
    await markWhenPresent(empty, 'h1', 1);
    // sessionStorage is per tab: give the measuring tabs the signed-in session.
    const session = await page.evaluate(() =>
      (globalThis as unknown as { sessionStorage: { getItem(k: string): string } }).sessionStorage.getItem('samverkan.session'),
    );
    for (const tab of [board, empty]) {
      await tab.addInitScript(
        (value) =>
          (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem('samverkan.session', value),
        session,
      );
    }

    const boardTimes: number[] = [];
    const emptyTimes: number[] = [];
    await loadTime(board, '/oversikt'); // warm the browser's cache and the server's read models
    await loadTime(empty, '/sidan-finns-inte');
    for (let run = 0; run < options.runs; run++) {
      boardTimes.push(await loadTime(board, '/oversikt'));
      emptyTimes.push(await loadTime(empty, '/sidan-finns-inte'));
    }
    const rendered = await board.evaluate(
      () =>
        (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('article.fa-card').length,
    );
    if (rendered !== options.focusAreas) throw new Error(`Översikt showed ${rendered} focus areas, not ${options.focusAreas}`);

    const subject = percentile(boardTimes, 50);
    const baseline = percentile(emptyTimes, 50);
    return {
      name: `Översikt with ${options.focusAreas} focus areas in headless Chromium (load to last card)`,
      unit: 'ms',
      baseline: { label: 'same app, a page without data (p50)', value: baseline },
      subject: { label: `Översikt, ${options.focusAreas} cards rendered (p50)`, value: subject },
      ratio: subject / baseline,
      target: 'p50 <= 1000 ms',
      meetsTarget: subject <= 1000,
      extra: {
        runs: options.runs,
        'subject p90 ms': percentile(boardTimes, 90),
        'baseline p90 ms': percentile(emptyTimes, 90),
        'data and render beyond the shell, p50 ms': subject - baseline,
      },
    };
  } finally {
    await browser.close();
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  }
};
