import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { LOMMA, lommaClients } from './support/lomma.js';
import { PLAN, planLayoutData } from './support/plan-layout.js';

jest.setTimeout(180_000);

/** The three widths officials use: a laptop, a tablet held upright, a phone. */
const WIDTHS = [
  { name: '1280', width: 1280, height: 800 },
  { name: '820', width: 820, height: 1180 },
  { name: '390', width: 390, height: 844 },
] as const;

const children = `/fokusomraden/${LOMMA.children.id}`;
const burglary = `/fokusomraden/${LOMMA.burglary.id}`;
const proposed = `/fokusomraden/${LOMMA.alcohol.id}`;

/**
 * Whether the element is what a user sees at its centre (nothing sticky or overlapping covers it),
 * lies inside the viewport's width, and shows all its content (nothing cut off at its edge).
 */
const inView = (locator: Locator) =>
  locator.evaluate((el: any) => {
    const doc = (globalThis as any).document;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = el.getBoundingClientRect();
    const atCentre = doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      uncovered: atCentre !== null && (atCentre === el || el.contains(atCentre)),
      insideWidth: box.left >= 0 && box.right <= doc.documentElement.clientWidth + 0.5,
      notCut: el.scrollWidth <= el.clientWidth + 1,
      width: box.width,
    };
  });

/** How far the page scrolls sideways: 0 when everything fits the width. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const { documentElement } = (globalThis as any).document;
    return documentElement.scrollWidth - documentElement.clientWidth;
  });

/** What inside `scope` reaches past the viewport's right edge: nothing, when it all fits the width. */
const beyondTheWidth = (page: Page, scope: string) =>
  page.evaluate((selector) => {
    const doc = (globalThis as any).document;
    const width = doc.documentElement.clientWidth;
    return [...doc.querySelectorAll(`${selector}, ${selector} *`)]
      .filter((el: any) => el.getBoundingClientRect().right > width + 0.5)
      .map((el: any) => `${el.tagName.toLowerCase()}.${el.className}`);
  }, scope);

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
const pdfPageSize = (pdf: Buffer) => {
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return box ? { width: Number(box[1]), height: Number(box[2]) } : null;
};

/**
 * The focus-area page's layout and print (issue 14): the action plan in Brå's columns fits a laptop,
 * a tablet and a phone with every value in view and nothing covered; the page and the plan print
 * without the frame, buttons and forms, on few pages; a saved outcome closes its form; the cycle
 * drawing's words stay clear of its boxes. Each would have caught the fault it is named for.
 */
describe('The focus area page at three widths and on paper', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
    await planLayoutData(h.server, await lommaClients(h.server));
  });
  afterAll(() => h?.close());

  const open = async (path: string, width: (typeof WIDTHS)[number]) => {
    const page = await h.newPage('laptop');
    await page.setViewportSize({ width: width.width, height: width.height });
    await h.signIn(page, 'lomma.samordnare', path);
    await page.getByRole('heading', { level: 2, name: 'Var fokusområdet står' }).waitFor();
    return page;
  };

  it('shows the action plan in Brå’s columns on a laptop, Status and the due date never covered or cut off', async () => {
    const page = await open(children, WIDTHS[0]);
    const table = page.getByRole('table', { name: /Åtgärdsplanen enligt Brås modell/ });
    await table.waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((t) => t.replace(/\u00ad/g, '').trim());
    expect(headers).toEqual([
      'Problem/orsak',
      'Åtgärd',
      'Delmål/operativt mål',
      'Mål (indikator)',
      'Ansvarig',
      'Klart senast',
      'Uppföljning',
      'Status',
      'Hantera',
    ]);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      for (const cell of ['.fap-plan__status', '.fap-plan__due']) {
        const seen = await inView(rows.nth(i).locator(cell));
        expect({ row: i, cell, ...seen }).toEqual({ row: i, cell, uncovered: true, insideWidth: true, notCut: true, width: seen.width });
      }
    }
    // The whole table fits: nothing to scroll sideways, so no column can hide behind another.
    expect(await page.locator('.fap-plan__table-wrap').evaluate((el: any) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await sidewaysScroll(page)).toBe(0);

    const shared = await table.getByRole('row', { name: new RegExp(PLAN.shared) }).innerText();
    expect(shared).toContain('Få vuxna ute kvällstid');
    expect(shared).toContain('Mörka gångvägar mellan centrum och stationen');
    expect(shared).toContain('Medansvariga: Lomma kommun (Fritidschef)');
    expect(shared).toContain('I samverkan med Lomma fastigheter och Föreningen Nattvandrarna');
    expect(shared).toContain(`${PLAN.firstGoal} (indikator: Andel unga som känner sig otrygga (procent))`);
    expect(await table.getByRole('row', { name: new RegExp(PLAN.late) }).innerText()).toContain('Försenad');
    await page.locator('.fap-plan').screenshot({ path: join(ARTIFACTS, 'plan-atgardsplan-tabell-1280.png') });
    await h.check(page, 'plan-atgardsplan-1280');
  });

  for (const width of [WIDTHS[1], WIDTHS[2]]) {
    it(`shows every value of each measure as a card at ${width.width} px, nothing covered and nothing past the width`, async () => {
      const page = await open(children, width);
      const card = page.getByRole('article', { name: PLAN.shared });
      await card.waitFor();
      expect(await page.getByRole('table', { name: /Åtgärdsplanen enligt Brås modell/ }).count()).toBe(0);
      const facts = await card.locator('dt').allInnerTexts();
      expect(facts).toEqual([
        'Status',
        'Klart senast',
        'Problem/orsak',
        'Delmål/operativt mål',
        'Mål (indikator)',
        'Ansvarig',
        'Medansvariga',
        'I samverkan med',
        'Uppföljning',
      ]);
      const values = card.locator('dd');
      for (let i = 0; i < (await values.count()); i++) {
        const seen = await inView(values.nth(i));
        expect({ fact: facts[i], ...seen }).toEqual({ fact: facts[i], uncovered: true, insideWidth: true, notCut: true, width: seen.width });
      }
      const text = await card.innerText();
      for (const value of [
        'Inte uppföljd',
        '30 juni 2026',
        'Få vuxna ute kvällstid',
        'Mörka gångvägar mellan centrum och stationen',
        'Vuxna i rörelse varje fredag 20–24',
        PLAN.firstGoal,
        'Lokalpolisområde Kävlinge (Kommunpolis)',
        'Lomma kommun (Fritidschef)',
        'Lomma fastigheter och Föreningen Nattvandrarna',
        'Rapport till samverkansgruppen varje kvartal',
      ]) {
        expect(text).toContain(value);
      }
      await expect(card.getByRole('button', { name: `Följ upp åtgärden ${PLAN.shared}` }).isVisible()).resolves.toBe(true);
      expect(await page.getByRole('article', { name: PLAN.late }).innerText()).toContain('Försenad');
      expect(await beyondTheWidth(page, '.fap-plan')).toEqual([]);
      await page.locator('.fap-plan').screenshot({ path: join(ARTIFACTS, `plan-atgardsplan-kort-${width.name}.png`) });
      await h.check(page, `plan-atgardsplan-${width.name}`);
    });
  }

  it('says "Mål saknas" for a measure planned before its goal, in the table and on the card', async () => {
    const page = await open(burglary, WIDTHS[0]);
    const row = page.getByRole('row', { name: new RegExp(PLAN.withoutGoal) });
    expect(await row.locator('.fap-plan__goal').innerText()).toBe('Mål saknas');
    await page.setViewportSize({ width: 390, height: 844 });
    const card = page.getByRole('article', { name: PLAN.withoutGoal });
    expect(await card.innerText()).toMatch(/Mål \(indikator\)\s*Mål saknas/);
    await h.check(page, 'plan-mal-saknas-390');
  });

  for (const width of WIDTHS) {
    it(`draws the cycle with its words clear of the step boxes at ${width.width} px`, async () => {
      for (const path of [proposed, children]) {
        const page = await open(path, width);
        const drawing = page.locator('.fap-cycle__svg');
        const geometry = await drawing.evaluate((svg: any) => {
          const box = (el: any) => {
            const b = el.getBBox();
            return { x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height };
          };
          const pills = [...svg.querySelectorAll('.fap-cycle__pill')].map((g: any) => ({
            rect: box(g.querySelector('rect:not(.fap-cycle__halo)')),
            halo: g.querySelector('.fap-cycle__halo') ? box(g.querySelector('.fap-cycle__halo')) : null,
            label: box(g.querySelector('text')),
          }));
          const view = svg.viewBox.baseVal;
          return {
            drawing: { x: view.x, y: view.y, right: view.x + view.width, bottom: view.y + view.height },
            centre: box(svg.querySelector('.fap-cycle__centre')),
            pills,
            text: svg.querySelector('.fap-cycle__pill:last-of-type text').textContent,
          };
        });
        type Box = { x: number; y: number; right: number; bottom: number };
        const apart = (a: Box, b: Box) => a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
        const inside = (a: Box, b: Box) => a.x >= b.x && a.right <= b.right && a.y >= b.y && a.bottom <= b.bottom;
        expect(geometry.pills).toHaveLength(4);
        for (const pill of geometry.pills) {
          // The ring round the current step (and its 3-unit stroke) is drawn inside the picture, not cut at its edge.
          const outer = pill.halo ?? pill.rect;
          expect(inside({ x: outer.x - 1.5, y: outer.y - 1.5, right: outer.right + 1.5, bottom: outer.bottom + 1.5 }, geometry.drawing)).toBe(true);
          expect(apart(geometry.centre, pill.rect)).toBe(true);
          if (pill.halo) expect(apart(geometry.centre, pill.halo)).toBe(true);
          expect(inside(pill.label, pill.rect)).toBe(true);
        }
        expect(geometry.text).toBe('4. Uppföljning och utvärdering');
        if (path === proposed) await expect(drawing.locator('.fap-cycle__centre').textContent()).resolves.toBe('Föreslaget');
        const state = path === proposed ? 'foreslaget' : 'utvardering';
        await drawing.screenshot({ path: join(ARTIFACTS, `plan-cykel-${state}-bild-${width.name}.png`) });
        if (path === proposed) await h.check(page, `plan-cykel-foreslaget-${width.name}`);
        await page.context().close();
      }
    });
  }

  it('closes the outcome form once saved: the values show once, focus on them, the save said in a live region', async () => {
    const page = await open(children, WIDTHS[1]);
    const goal = page.getByRole('article', { name: PLAN.firstGoal });
    const form = goal.getByRole('form', { name: 'Registrera utfallet' });
    await form.getByLabel('Produktion: genomfördes åtgärderna?', { exact: false }).fill('Vandringar genomfördes 30 av 34 fredagar.');
    await form.getByLabel('Process: hur och varför gick det som det gick?', { exact: false }).fill('Föreningarna bemannade passen; sommaren var svårast.');
    await form.getByLabel('Effekt: uppmätt värde', { exact: false }).fill('24,5');
    await form.getByRole('button', { name: `Spara utfallet för målet ${PLAN.firstGoal}` }).click();
    await goal.getByRole('status').getByText('Utfallet är sparat.').waitFor();
    expect(await goal.getByRole('form').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Utfall per mål' }).getByText('Vandringar genomfördes 30 av 34 fredagar.').count()).toBe(1);
    expect(await goal.innerText()).toContain('Uppmätt värde 24,5');
    const focused = () =>
      page.evaluate(
        () => (globalThis as any).document.activeElement?.getAttribute('aria-label') ?? (globalThis as any).document.activeElement?.textContent,
      );
    await expect(focused()).resolves.toBe(`Utfallet för målet ${PLAN.firstGoal}`);

    // Changing it opens the form again, pre-filled; cancelling closes it and gives focus back to the button.
    await goal.getByRole('button', { name: `Ändra utfallet för målet ${PLAN.firstGoal}` }).click();
    const change = goal.getByRole('form', { name: 'Ändra utfallet' });
    await expect(change.getByLabel('Effekt: uppmätt värde', { exact: false }).inputValue()).resolves.toBe('24,5');
    expect(await goal.locator('.fap-outcome__values').count()).toBe(0);
    await change.getByRole('button', { name: `Avbryt, behåll utfallet för målet ${PLAN.firstGoal}` }).click();
    expect(await goal.getByRole('form').count()).toBe(0);
    await expect(focused()).resolves.toBe(`Ändra utfallet för målet ${PLAN.firstGoal}`);

    const conclusion = page.getByRole('region', { name: 'Slutsats' });
    const text = 'Målen nåddes nästan; arbetet fortsätter i en ny cykel med fokus på belysningen.';
    await conclusion.getByRole('textbox', { name: /^Slutsats/ }).fill(text);
    await conclusion.getByRole('button', { name: 'Spara slutsatsen' }).click();
    await conclusion.getByRole('status').getByText('Slutsatsen är sparad.').waitFor();
    expect(await conclusion.getByRole('form').count()).toBe(0);
    expect(await conclusion.getByText(text).count()).toBe(1);
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).resolves.toBe(text);
    await h.check(page, 'plan-utfall-sparat-820');
  });

  it('prints the focus area without menu, buttons or forms on at most three A4 pages', async () => {
    const page = await open(children, WIDTHS[0]);
    await page.getByRole('table', { name: /Åtgärdsplanen enligt Brås modell/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...(globalThis as any).document.querySelectorAll('button, form, nav, header, footer, .fap-plan__cards')]
        .filter((el: any) => el.checkVisibility())
        .map((el: any) => `${el.tagName} ${el.textContent.slice(0, 40)}`),
    );
    expect(shown).toEqual([]);
    await expect(page.getByRole('table', { name: /Åtgärdsplanen enligt Brås modell/ }).isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(ARTIFACTS, 'plan-utskrift-fokusomrade.pdf'), pdf);
    // As the paper shows it: the page laid out by the print stylesheet at an A4 page's width (174 mm).
    await page.setViewportSize({ width: 658, height: 930 });
    await page.screenshot({ path: join(ARTIFACTS, 'plan-utskrift-fokusomrade.png'), fullPage: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
    expect(pdfPageSize(pdf)?.width).toBeLessThan(pdfPageSize(pdf)?.height ?? 0);
  });

  it('prints just the action plan, in Brå’s columns on landscape A4, from "Skriv ut åtgärdsplanen"', async () => {
    const page = await h.newPage('laptop');
    // The print dialog cannot be driven headless: record what the page looked like when it asked for it.
    await page.addInitScript(() => {
      const w = globalThis as any;
      w.print = () => {
        w.printedWith = w.document.documentElement.className;
      };
    });
    await h.signIn(page, 'lomma.samordnare', children);
    await page.getByRole('button', { name: 'Skriv ut åtgärdsplanen' }).click();
    await expect(page.evaluate(() => (globalThis as any).printedWith)).resolves.toContain('print-part');

    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    await expect(visible('.fap-plan__table')).resolves.toBe(true);
    await expect(visible('text=Åtgärdsplan för fokusområdet Barn och ungdomar')).resolves.toBe(true);
    for (const elsewhere of ['#fap-where-heading', '#steg-mapping-rubrik', '.fap-outcome', 'h1', '.fap-plan__actions']) {
      await expect(visible(elsewhere)).resolves.toBe(false);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'plan-utskrift.png'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(ARTIFACTS, 'plan-utskrift.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    const size = pdfPageSize(pdf);
    expect(size?.width).toBeGreaterThan(size?.height ?? Number.POSITIVE_INFINITY);

    // After the dialog the whole page prints again.
    await page.evaluate(() => (globalThis as any).dispatchEvent(new Event('afterprint')));
    await expect(page.evaluate(() => (globalThis as any).document.documentElement.className)).resolves.not.toContain('print-part');
  });
});
