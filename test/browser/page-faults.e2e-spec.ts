import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { childrenFocusAreaWithLateMeasure, LOMMA, lommaClients, propose } from './support/lomma.js';
import { REPO_ROOT } from './support/web-build.js';
import { atEachWidth, OVERFLOW_SCRIPT } from './support/widths.js';

jest.setTimeout(240_000);

/** The demo accounts' user names: none of them is ever shown to an official. */
const USERNAMES = (JSON.parse(readFileSync(join(REPO_ROOT, 'config/demo-accounts.json'), 'utf8')) as { username: string }[]).map((a) => a.username);
/** The longest function among the demo accounts, with its party and a note. */
const LONG_NAME = 'Ställföreträdande lokalpolisområdeschef, Lokalpolisområde Kävlinge (överenskommelsen med Lomma kommun)';
/** A council member's reason for a refusal, pasted from a memo: about 2 000 characters. */
const LONG_REASON = 'Vi avslår förslaget eftersom lägesbilden för villaområdena ännu inte är färdig och behöver kompletteras. '.repeat(20).trim();

const LONG_GROUNDS = 'Tillsynen av serveringsställena behöver samordnas bättre mellan kommunen och polisen i hela Lomma. '.repeat(20).trim();

const visibleText = (page: Page) => page.locator('body').innerText();

/** The page has loaded what it shows: its h1, and no "Hämtar…" left. */
const loaded = async (page: Page, heading: string | RegExp) => {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { querySelector(s: string): unknown; body: { innerText: string } } };
    return !document.querySelector('.loading') && !/Hämtar|Kontrollerar/.test(document.body.innerText);
  });
};

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box (not visible)`);
  return b;
};

/**
 * The faults "What the pages got wrong" lists, each tried as its user meets it, at 1280, 820 and
 * 390 px where the width matters: the header, long text, technical words, Swedish, a new tab.
 */
describe('what the pages got wrong', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const clients = await lommaClients(h.server);
    await childrenFocusAreaWithLateMeasure(clients);
    const proposalId = await propose(clients, LOMMA.burglary.id, {
      transition: 'prioritise',
      grounds: 'Inbrotten i villaområdena har ökat två år i rad.',
      meeting: { name: 'Styrgruppen 4/2026', date: '2026-12-10' },
    });
    const rejected = await clients.policeCouncil.post(`/focus-areas/${LOMMA.burglary.id}/proposals/${proposalId}/rejections`, { reason: LONG_REASON });
    if (rejected.status >= 300) throw new Error(`reject: ${rejected.status} ${JSON.stringify(rejected.body)}`);
    await propose(clients, LOMMA.alcohol.id, { transition: 'prioritise', grounds: LONG_GROUNDS });
  });
  afterAll(() => h?.close());

  describe('the header', () => {
    it('keeps brand, agreement and the user on one row at 1280 px for the longest function, the full name in the title', async () => {
      const page = await h.newPage('laptop');
      await h.signIn(page, 'lomma.ersattare.polis', '/oversikt');
      await loaded(page, 'Översikt');
      const header = page.getByRole('banner');
      const account = header.getByRole('link', { name: /^Mitt konto, inloggad som/ });
      expect(await account.getAttribute('title')).toBe(LONG_NAME);
      expect(await account.getAttribute('aria-label')).toBeNull();
      expect(await account.locator('[aria-hidden="true"]').innerText()).toBe('Ställföreträdande lokalpolisområdeschef');
      const parts = await Promise.all(
        [
          header.getByRole('link', { name: /^Samverkan/ }),
          header.getByText('Överenskommelse:'),
          account,
          header.getByRole('button', { name: 'Logga ut' }),
        ].map(box),
      );
      // One row: every part's middle lies within the brand's height.
      const [brand] = parts;
      for (const part of parts) expect(Math.abs(part.y + part.height / 2 - (brand!.y + brand!.height / 2))).toBeLessThan(brand!.height / 2);
      await h.check(page, 'sidfel-sidhuvud-1280');
    });

    it('shows "Logga ut" whole and inside the window at each width, with no sideways scrolling', async () => {
      await atEachWidth(async (viewport, width) => {
        const page = await h.newPage(viewport);
        await h.signIn(page, 'lomma.ersattare.polis', '/oversikt');
        await loaded(page, 'Översikt');
        const signOut = page.getByRole('button', { name: 'Logga ut' });
        const b = await box(signOut);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
        // Not clipped inside the button either: its text fits its box.
        expect(await signOut.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
        await page.context().close();
      });
    });

    it('folds the menu behind "Meny" on a phone, opens it on request and closes it after a choice', async () => {
      const page = await h.newPage('phone');
      await h.signIn(page, 'lomma.samordnare', '/oversikt');
      await loaded(page, 'Översikt');
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      const toggle = nav.getByRole('button', { name: 'Meny' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.getByRole('link', { name: 'Granskning' }).isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await h.check(page, 'sidfel-meny-oppen-390');
      await nav.getByRole('link', { name: 'Möten' }).click();
      await loaded(page, 'Möten');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');

      const laptop = await h.newPage('laptop');
      await h.signIn(laptop, 'lomma.samordnare', '/oversikt');
      await loaded(laptop, 'Översikt');
      expect(await laptop.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
      expect(await laptop.getByRole('link', { name: 'Granskning' }).isVisible()).toBe(true);
    });
  });

  describe('long text', () => {
    it('keeps an overview card with a long rejection reason short, and "Visa hela" shows it all', async () => {
      await atEachWidth(async (viewport, width) => {
        const page = await h.newPage(viewport);
        await h.signIn(page, 'lomma.samordnare', '/oversikt');
        await loaded(page, 'Översikt');
        const card = page.getByRole('article', { name: LOMMA.burglary.title });
        const before = await box(card);
        expect(before.height).toBeLessThan(600);
        const more = card.getByRole('button', { name: 'Visa hela' });
        expect(await more.getAttribute('aria-expanded')).toBe('false');
        const text = page.locator(`#${await more.getAttribute('aria-controls')}`);
        expect(await text.innerText()).toBe(LONG_REASON); // all of it for a screen reader, clamped for the eye
        await h.check(page, `sidfel-avslag-kort-${width}`);
        await more.click();
        const less = card.getByRole('button', { name: 'Visa mindre' });
        expect(await less.getAttribute('aria-expanded')).toBe('true');
        expect((await box(card)).height).toBeGreaterThan(before.height + 100);
        const textBox = await box(text);
        expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
        expect(textBox.x + textBox.width).toBeLessThanOrEqual(width);
        await less.click();
        expect((await box(card)).height).toBeLessThan(600);
        await page.context().close();
      });
    });

    it('heads the timeline entry with a short label and puts the long reason in its body, wrapped', async () => {
      await atEachWidth(async (viewport, width) => {
        const page = await h.newPage(viewport);
        await h.signIn(page, 'lomma.samordnare', `/fokusomraden/${LOMMA.burglary.id}`);
        await loaded(page, LOMMA.burglary.title);
        const entry = page.locator('.fap-timeline__item').filter({ hasText: 'Avslog förslaget' });
        await entry.waitFor();
        const headline = await entry.locator('.fap-timeline__what').innerText();
        expect(headline).toBe('Avslog förslaget att prioritera fokusområdet för Lokalpolisområde Kävlinge');
        const body = entry.getByRole('definition').filter({ hasText: 'Vi avslår förslaget' });
        expect((await box(body)).height).toBeLessThan(150);
        expect((await box(body)).x + (await box(body)).width).toBeLessThanOrEqual(width);
        await entry.getByRole('button', { name: 'Visa hela' }).click();
        expect(await body.innerText()).toContain(LONG_REASON);
        // The notice above the transitions shortens the same reason.
        const notice = page.getByRole('region', { name: 'Beslut och övergångar' }).locator('.notice--warning');
        expect((await box(notice)).height).toBeLessThan(250);
        await notice.getByRole('button', { name: 'Visa hela' }).waitFor();
        await page.context().close();
      });
    });

    it('keeps the long grounds of a proposal awaiting the council short on the focus area, and "Visa hela" shows them', async () => {
      await atEachWidth(async (viewport, width) => {
        const page = await h.newPage(viewport);
        await h.signIn(page, 'lomma.samordnare', `/fokusomraden/${LOMMA.alcohol.id}`);
        await loaded(page, LOMMA.alcohol.title);
        const pending = page.locator('.fap-pending');
        const grounds = pending.getByRole('definition').filter({ hasText: 'Tillsynen av serveringsställena' });
        expect((await box(grounds)).height).toBeLessThan(150);
        expect((await box(grounds)).x + (await box(grounds)).width).toBeLessThanOrEqual(width);
        await grounds.getByRole('button', { name: 'Visa hela' }).click();
        expect(await grounds.innerText()).toContain(LONG_GROUNDS);
        expect((await box(grounds)).height).toBeGreaterThan(150);
        await page.context().close();
      });
    });
  });

  it('prints a shortened reason whole, without "Visa hela" or "Meny"', async () => {
    const page = await h.newPage('phone');
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    await loaded(page, 'Översikt');
    const card = page.getByRole('article', { name: LOMMA.burglary.title });
    const text = page.locator(`#${await card.getByRole('button', { name: 'Visa hela' }).getAttribute('aria-controls')}`);
    expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true); // clamped on screen
    await page.emulateMedia({ media: 'print' });
    expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await card.getByRole('button', { name: 'Visa hela' }).isVisible()).toBe(false);
    expect(await page.locator('.nav__toggle').isVisible()).toBe(false);
  });

  describe('plain words for officials', () => {
    const PAGES = [
      { user: 'lomma.samordnare', path: `/fokusomraden/${LOMMA.children.id}`, heading: LOMMA.children.title, name: 'fokusomrade' },
      { user: 'lomma.samordnare', path: `/fokusomraden/${LOMMA.burglary.id}`, heading: LOMMA.burglary.title, name: 'fokusomrade-avslag' },
      { user: 'lomma.revisor', path: '/granskning', heading: /Granskning/, name: 'granskning' },
      { user: 'lomma.rad.polis', path: '/beslut', heading: 'Beslut', name: 'beslut' },
      { user: 'lomma.samordnare', path: '/oversikt', heading: 'Översikt', name: 'oversikt' },
      { user: 'lomma.samordnare', path: '/forsenat', heading: /Försenat/, name: 'forsenat' },
      { user: 'lomma.samordnare', path: '/moten', heading: 'Möten', name: 'moten' },
    ] as const;

    for (const visit of PAGES) {
      it(`${visit.name}: no revision number, user name or system id; one date format, Swedish words and quotation marks`, async () => {
        const page = await h.newPage('laptop');
        await h.signIn(page, visit.user, visit.path);
        await loaded(page, visit.heading);
        if (visit.path.startsWith('/granskning')) await page.getByRole('table').first().waitFor();
        if (visit.path.startsWith('/fokusomraden')) await page.locator('.fap-timeline__item').first().waitFor();
        const text = await visibleText(page);
        expect(text).not.toMatch(/\bVersion\s+\d/);
        for (const username of USERNAMES) expect(text).not.toContain(username);
        expect(text).not.toContain('system:');
        // One date format: "3 mars 2025", "kl. 10.05"; never 2025-03-03, "3 mars 2025 kl. 10:05" or "3 mars." abbreviated.
        expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        expect(text).not.toMatch(/kl\. \d{2}:\d{2}/);
        expect(text).not.toMatch(/\b\d{1,2} (jan|feb|mars|apr|aug|sep|sept|okt|nov|dec)\. \d{4}/);
        expect(text).not.toMatch(/följd upp/i);
        expect(text).not.toMatch(/konsensus/i);
        expect(text).not.toContain('"');
      });
    }

    it('names the demo seed in plain words on the focus area', async () => {
      const page = await h.newPage('laptop');
      await h.signIn(page, 'lomma.samordnare', `/fokusomraden/${LOMMA.alcohol.id}`);
      await loaded(page, LOMMA.alcohol.title);
      await page.locator('.fap-timeline__item').first().waitFor();
      expect(await page.locator('#tidslinje').innerText()).toMatch(/Vem\s*Systemet \(demodata\)(\n|$)/);
    });
  });

  it('opens a focus area in a new tab of the same browser without asking for sign-in again', async () => {
    const page = await h.newPage('laptop');
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    await loaded(page, 'Översikt');
    const href = await page.getByRole('link', { name: LOMMA.children.title }).first().getAttribute('href');
    expect(href).toBe(`/fokusomraden/${LOMMA.children.id}`);
    const tab = await page.context().newPage();
    await tab.goto(href!);
    await loaded(tab, LOMMA.children.title);
    expect(await tab.getByRole('heading', { level: 1, name: 'Logga in' }).count()).toBe(0);
    expect(await tab.getByLabel('Lösenord').count()).toBe(0);
    await h.check(tab, 'sidfel-ny-flik');
  });
});
