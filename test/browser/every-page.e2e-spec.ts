import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { OVERFLOW_SCRIPT, VIEWPORT_NAMES, VIEWPORTS } from './support/widths.js';
import { childrenFocusAreaWithLateMeasure, LOMMA, lommaClients, propose } from './support/lomma.js';

jest.setTimeout(180_000);

interface PageVisit {
  readonly name: string;
  readonly path: string;
  /** Who looks at it; undefined: signed out. */
  readonly user?: string;
  /** The page's h1, which also shows it has loaded. */
  readonly heading: RegExp;
}

const PAGES: readonly PageVisit[] = [
  { name: 'logga-in', path: '/logga-in', heading: /^Logga in$/ },
  { name: 'tillganglighet', path: '/tillganglighet', heading: /^Tillgänglighetsredogörelse$/ },
  { name: 'oversikt', path: '/oversikt', user: 'lomma.samordnare', heading: /^Översikt$/ },
  { name: 'beslut', path: '/beslut', user: 'lomma.rad.kommun', heading: /^Beslut$/ },
  { name: 'granskning', path: '/granskning', user: 'lomma.revisor', heading: /Granskning/ },
  { name: 'forsenat', path: '/forsenat', user: 'lomma.samordnare', heading: /Försenat/ },
  { name: 'moten', path: '/moten', user: 'lomma.samordnare', heading: /^Möten$/ },
  { name: 'bilagor', path: '/bilagor', user: 'lomma.samordnare', heading: /^Bilagor$/ },
  { name: 'fokusomrade', path: `/fokusomraden/${LOMMA.children.id}`, user: 'lomma.samordnare', heading: /./ },
  { name: 'ny-overenskommelse', path: '/administration/ny-overenskommelse', user: 'admin', heading: /^Registrera överenskommelse$/ },
  { name: 'roller', path: '/administration/roller', user: 'admin', heading: /^Roller$/ },
  { name: 'foresla-fokusomrade', path: '/foresla-fokusomrade', user: 'lomma.samordnare', heading: /^Föreslå fokusområde$/ },
  { name: 'overenskommelsen', path: '/overenskommelsen', user: 'lomma.samordnare', heading: /^Överenskommelsen$/ },
  { name: 'mitt-konto', path: '/mitt-konto', user: 'lomma.samordnare', heading: /^Mitt konto$/ },
  { name: 'konton', path: '/konton', user: 'admin', heading: /^Konton$/ },
  { name: 'sidan-finns-inte', path: '/finns-inte', heading: /^Sidan finns inte$/ },
];

/** Waits until the page has loaded what it shows: its heading, one h1, and no "Hämtar…", for 300 ms on end. */
const settled = async (page: Page, heading: RegExp) => {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(
    () => {
      const scope = globalThis as unknown as {
        __settledSince?: number;
        document: { querySelector(s: string): unknown; querySelectorAll(s: string): { length: number }; body: { innerText: string } };
        performance: { now(): number };
      };
      const { document } = scope;
      const ready = document.querySelectorAll('h1').length === 1 && !document.querySelector('.loading') && !/Hämtar/.test(document.body.innerText);
      if (!ready) {
        scope.__settledSince = undefined;
        return false;
      }
      scope.__settledSince ??= scope.performance.now();
      return scope.performance.now() - scope.__settledSince >= 300;
    },
    undefined,
    { polling: 50 },
  );
};

/**
 * Every page of the app at a laptop's, a tablet's and a phone's width (1280, 820, 390 px):
 * axe-core finds no violation, the page is in Swedish, has one h1, a skip link, a banner,
 * navigation, main and a footer, does not scroll sideways (the document is no wider than the
 * window), and a full-page screenshot is saved to test/artifacts/sida-<page>-<width>.png.
 */
describe('every page, laptop, tablet and phone', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const clients = await lommaClients(h.server);
    await childrenFocusAreaWithLateMeasure(clients);
    await propose(clients, LOMMA.burglary.id, {
      transition: 'prioritise',
      grounds: 'Inbrotten i villaområdena har ökat två år i rad.',
      meeting: { name: 'Styrgruppen 4/2026', date: '2026-12-10' },
    });
  });
  afterAll(() => h?.close());

  for (const viewport of VIEWPORT_NAMES) {
    const { width } = VIEWPORTS[viewport];
    for (const visit of PAGES) {
      it(`${visit.name} (${viewport}, ${width} px)`, async () => {
        const page = await h.newPage(viewport);
        if (visit.user) await h.signIn(page, visit.user, visit.path);
        else await page.goto(visit.path);
        await settled(page, visit.heading);

        const structure = await page.evaluate(() => {
          const { document } = globalThis as unknown as {
            document: {
              documentElement: { lang: string };
              querySelectorAll(s: string): { length: number };
              querySelector(s: string): { textContent: string | null } | null;
            };
          };
          return {
            lang: document.documentElement.lang,
            h1: document.querySelectorAll('h1').length,
            skipLink: document.querySelector('a[href="#huvudinnehall"]')?.textContent ?? null,
            landmarks: ['header', 'nav', 'main', 'footer'].filter((tag) => document.querySelectorAll(tag).length > 0),
          };
        });
        expect(structure).toEqual({
          lang: 'sv',
          h1: 1,
          skipLink: 'Hoppa till huvudinnehållet',
          landmarks: ['header', 'nav', 'main', 'footer'],
        });
        expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
        await h.check(page, `sida-${visit.name}-${width}`);
      });
    }
  }

  it('the skip link is the first stop of Tab, is visible when focused, and moves focus to main', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    await page.reload();
    await settled(page, /^Översikt$/);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe(
      'huvudinnehall',
    );
  });

  it('shows a visible focus ring on every control Tab reaches', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    await settled(page, /^Översikt$/);
    const without: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const { document, getComputedStyle } = globalThis as unknown as {
          document: { activeElement: { tagName: string; textContent: string | null } | null };
          getComputedStyle(el: unknown): { outlineStyle: string; outlineWidth: string };
        };
        const el = document.activeElement;
        if (!el || el.tagName === 'BODY') return null; // past the last control
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName}:${(el.textContent ?? '').trim().slice(0, 30)}`,
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (ring && !ring.visible) without.push(ring.what);
    }
    expect(without).toEqual([]);
  });
});
