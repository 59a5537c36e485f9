import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CITIZEN_PROMISE_PDF, givenLommaFollowUp } from '../../apps/api/src/public/public-page.testing.js';
import { expectNoAxeViolations } from './support/axe.js';
import { SWEDISH_CONTEXT } from './support/chromium.js';
import { ARTIFACTS, startBrowserHarness, type BrowserHarness } from './support/harness.js';

jest.setTimeout(180_000);

/** The three widths of issue 14: a laptop, a tablet, a phone. */
const WIDTHS = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '820', viewport: { width: 820, height: 1180 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

const section = (page: Page) => page.getByRole('region', { name: 'Offentlig sida för invånarna' });

/**
 * The page for residents: a coordinator publishes Vellinge's page from the agreement page and
 * opens it; a resident, never signed in, reads Lomma's (published in the demo, with a focus area
 * in follow-up and a citizen promise in force) at three widths; Lomma's coordinator takes it down.
 */
describe('the page for residents in the browser', () => {
  let h: BrowserHarness;

  /** A resident's browser: no session, the page's own security policy unless axe must be injected. */
  const residentPage = async (viewport: { width: number; height: number }, bypassCSP = true) => {
    const context = await h.browser.newContext({ baseURL: h.server.origin, viewport, ...SWEDISH_CONTEXT, bypassCSP });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return { context, page };
  };

  beforeAll(async () => {
    h = await startBrowserHarness();
    const coordinator = await h.server.as('lomma.samordnare');
    const upload = await coordinator.post('/agreements/lomma-2023-2027/annex-files', CITIZEN_PROMISE_PDF, { 'content-type': 'application/pdf' });
    await givenLommaFollowUp(h.server.app.get<EventStore>(EVENT_STORE), { sha256: upload.body.sha256, bytes: CITIZEN_PROMISE_PDF.length });
    await h.server.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
  });
  afterAll(() => h?.close());

  it('a coordinator publishes the agreement’s page and opens it', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'vellinge.samordnare', '/overenskommelsen');
    await section(page).getByText('Överenskommelsen har ingen publicerad sida.').waitFor();
    await h.check(page, 'offentlig-samordnare-ej-publicerad');
    await section(page).getByRole('button', { name: 'Publicera sidan för invånarna' }).click();
    const link = section(page).getByRole('link', { name: 'öppna den offentliga sidan' });
    await link.waitFor();
    expect(await section(page).innerText()).toMatch(/Sidan är publicerad sedan/);
    expect(await section(page).innerText()).toContain(`${h.server.origin}/offentlig/vellinge-2023-2026`);
    await h.check(page, 'offentlig-samordnare-publicerad-1280');
    await link.click();
    await page.waitForURL('**/offentlig/vellinge-2023-2026');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Vellinge');
  });

  it('the control fits a tablet and a phone for the coordinator too', async () => {
    for (const { name, viewport } of WIDTHS.slice(1)) {
      const context = await h.browser.newContext({ baseURL: h.server.origin, viewport, ...SWEDISH_CONTEXT, bypassCSP: true });
      const page = await context.newPage();
      await h.signIn(page, 'vellinge.samordnare', '/overenskommelsen');
      await section(page).getByRole('link', { name: 'öppna den offentliga sidan' }).waitFor();
      const box = await section(page).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      await expectNoAxeViolations(page, `offentlig-samordnare-publicerad-${name}`);
      await section(page).screenshot({ path: join(ARTIFACTS, `offentlig-samordnare-publicerad-${name}.png`) });
      await context.close();
    }
  });

  for (const { name, viewport } of WIDTHS) {
    it(`a resident reads Lomma’s page without signing in, at ${name} px`, async () => {
      const { context, page } = await residentPage(viewport);
      const response = await page.goto('/offentlig/lomma-2023-2027');
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe('Trygghet och brottsförebyggande arbete i Lomma');
      // Headings in order: one h1, then the sections.
      expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Överenskommelsen', 'Gällande bilagor', 'Fokusområden', 'Om sidan']);
      const focusArea = page.getByRole('article', { name: 'Otrygghet i Lomma centrum' });
      expect(await focusArea.innerText()).toMatch(/Nattvandring med föräldrar[\s\S]*Läge\s*Pågår enligt plan/);
      expect(await focusArea.getByRole('table', { name: /^Mätningar av Problemindex/ }).innerText()).toContain('ej mätt ännu');
      expect(await page.getByRole('link', { name: 'Medborgarlöfte 2025.pdf' }).count()).toBe(1);
      // Nothing sideways: every column and every word within the width.
      const overflow = await page.evaluate(() => {
        const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
        return document.documentElement.scrollWidth - document.documentElement.clientWidth;
      });
      expect(overflow).toBe(0);
      expect(await context.cookies()).toEqual([]);
      await expectNoAxeViolations(page, `offentlig-lomma-${name}`);
      await page.screenshot({ path: join(ARTIFACTS, `offentlig-lomma-${name}.png`), fullPage: true });
      await context.close();
    });
  }

  it('styles the page under its own security policy, which lets no script run', async () => {
    const { context, page } = await residentPage(WIDTHS[2].viewport, false);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/offentlig/lomma-2023-2027');
    const card = page.getByRole('article', { name: 'Otrygghet i Lomma centrum' });
    const border = await card.evaluate((el) => {
      const { getComputedStyle } = globalThis as unknown as { getComputedStyle: (e: unknown) => { borderTopStyle: string } };
      return getComputedStyle(el).borderTopStyle;
    });
    expect(border).toBe('solid');
    expect(refused).toEqual([]);
    await context.close();
  });

  it('the coordinator takes Lomma’s page down, and a resident is told plainly there is no page', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/overenskommelsen');
    await section(page).getByRole('button', { name: 'Ta bort den offentliga sidan' }).click();
    await section(page).getByRole('button', { name: 'Ta bort sidan' }).click();
    await section(page).getByText('Skriv varför sidan tas bort.').waitFor();
    await section(page)
      .getByLabel(/^Varför tas sidan bort\?/)
      .fill('Sidan ses över inför den nya överenskommelsen');
    await section(page).getByRole('button', { name: 'Ta bort sidan' }).click();
    await section(page).getByText('Överenskommelsen har ingen publicerad sida.').waitFor();
    await h.check(page, 'offentlig-samordnare-borttagen');

    const { context, page: resident } = await residentPage(WIDTHS[2].viewport);
    const response = await resident.goto('/offentlig/lomma-2023-2027');
    expect(response?.status()).toBe(404);
    expect(await resident.getByRole('heading', { level: 1 }).innerText()).toBe('Sidan finns inte');
    await expectNoAxeViolations(resident, 'offentlig-finns-inte');
    await resident.screenshot({ path: join(ARTIFACTS, 'offentlig-finns-inte-390.png'), fullPage: true });
    await context.close();
  });
});
