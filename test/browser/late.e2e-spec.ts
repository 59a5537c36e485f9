import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { childrenFocusAreaWithLateMeasure, LOMMA, lommaClients } from './support/lomma.js';

jest.setTimeout(120_000);

/** The little of the DOM the chart check touches (the root tsconfig has Node's types, not the DOM's). */
interface ChartCanvas {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
}

/** How many pixels of the chart's canvas are painted: a chart that failed to render paints none. */
const paintedPixels = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { querySelector(selector: string): ChartCanvas | null } };
    const canvas = document.querySelector('.trend-chart canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
    return painted;
  });

/** Chart.js paints on the next animation frame: wait until the canvas has been drawn on. */
const waitForPaint = async (page: Page): Promise<number> => {
  for (let tries = 0; tries < 50; tries++) {
    const painted = await paintedPixels(page);
    if (painted > 1000) return painted;
    await page.waitForTimeout(100);
  }
  return paintedPixels(page);
};

const overflow = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });

/**
 * Försenat: "Barn och ungdomar" has a measure due 2024-03-31 that nobody has followed up. The
 * coordinator sees it late, the obligations of Lomma's agreement with their status in Swedish, the
 * chart of measures by status over time, and records that the situation picture was updated.
 */
describe('Försenat in the browser', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
    await childrenFocusAreaWithLateMeasure(await lommaClients(h.server));
  });
  afterAll(() => h?.close());

  it('shows the late measure with who is responsible, its due date, the days late and its status', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/forsenat');
    const table = page.getByRole('table', { name: /^Försenade åtgärder den / });
    await table.waitFor();
    expect(await page.title()).toBe('Försenat – Samverkan');
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/\u00ad/g, '').replace(/\s+/g, ' '));
    expect(headers).toEqual(['Fokusområde', 'Åtgärd', 'Vem', 'Förfallodatum', 'Dagar försenad', 'Status']);
    const row = table.getByRole('row', { name: /Vuxenvandringar/ });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe(LOMMA.children.title);
    expect(cells[1]).toContain('Lokalpolisområde Kävlinge');
    expect(cells[1]).toContain('Kommunpolis');
    expect(cells[2]).toBe('31 mars 2024');
    expect(Number(cells[3]!.replace(/\s/g, ''))).toBeGreaterThan(500);
    expect(cells[4]).toBe('Inte uppföljd');
    expect(await page.getByRole('list', { name: 'Sammanfattning' }).innerText()).toMatch(/1\s+försenad åtgärd/);
  });

  it('lists the obligations of the agreement with their status, due dates and counts in Swedish', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/forsenat');
    const table = page.getByRole('table', { name: /^Åtaganden enligt överenskommelsen den / });
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('Uppdatering av lägesbilden');
    expect(text).toContain('Ny samverkansöverenskommelse');
    const statuses = await table.locator('tbody .obligation').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(1);
    for (const status of statuses) expect(['Uppfylld', 'Ska göras snart', 'Försenad', 'Inte aktuell än']).toContain(status.replace(/^\S+\s/, '').trim());
    expect(await table.getByRole('row', { name: /Ny samverkansöverenskommelse/ }).innerText()).toContain('31 december 2027');
  });

  it('draws the chart of measures by status over time, with a text alternative and the values as a table', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/forsenat');
    const chart = page.getByRole('img', { name: /^Stapeldiagram över åtgärder per status/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/1 åtgärder, varav .*1 inte uppföljd; 1 försenade/);
    expect(await waitForPaint(page)).toBeGreaterThan(1000);

    await page.getByText('Visa värdena som tabell').click();
    const values = page.getByRole('table', { name: /^Åtgärder per status från / });
    await values.waitFor();
    const rows = await values.locator('tbody tr').count();
    expect(rows).toBe(13);
    const last = await values.locator('tbody tr').last().locator('td').allInnerTexts();
    expect(last).toEqual(['0', '0', '0', '0', '1', '1', '1']);
    await h.check(page, 'forsenat-laptop');

    await page.getByLabel('Tidsperiod').selectOption({ label: 'Hela avtalsperioden hittills' });
    await page.getByRole('table', { name: /^Åtgärder per status från 1 januari 2023 till / }).waitFor();
    expect(
      await page
        .getByRole('table', { name: /^Åtgärder per status från / })
        .locator('tbody tr')
        .count(),
    ).toBeGreaterThan(40);
  });

  it('lets a coordinator record that an obligation was carried out', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/forsenat');
    const form = page.getByRole('form', { name: 'Registrera att ett åtagande har fullgjorts' });
    await form.getByLabel('Åtagande').selectOption({ label: 'Uppdatering av lägesbilden' });
    await form.getByLabel('Fullgjordes den').fill('2026-02-15');
    await form.getByLabel('Anteckning').fill('Gemensam lägesbild presenterad i trygghetsrådet');
    await form.getByRole('button', { name: 'Registrera' }).click();
    await form.getByText('Registrerat: uppdatering av lägesbilden fullgjordes 15 februari 2026.').waitFor();
    const row = page.getByRole('table', { name: /^Åtaganden/ }).getByRole('row', { name: /Uppdatering av lägesbilden/ });
    await row.getByText('15 februari 2026').waitFor();
    await h.check(page, 'forsenat-registrerat');
  });

  it('shows an auditor the same page without the form, and how things stood on another day', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.revisor', '/forsenat');
    await page.getByRole('table', { name: /^Försenade åtgärder/ }).waitFor();
    await expect(page.getByRole('form', { name: /Registrera/ }).count()).resolves.toBe(0);
    await page.getByLabel('Visa läget den').fill('2024-03-31');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('Inga åtgärder var försenade den 31 mars 2024.').waitFor();
    await page.getByRole('img', { name: /mätpunkter från 31 mars 2023 till 31 mars 2024\./ }).waitFor();
  });

  it('lays the page out for a tablet without sideways scrolling of the page', async () => {
    const page = await h.newPage('tablet');
    await h.signIn(page, 'lomma.samordnare', '/forsenat');
    await page.getByRole('img', { name: /^Stapeldiagram/ }).waitFor();
    expect(await waitForPaint(page)).toBeGreaterThan(1000);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await h.check(page, 'forsenat-tablet');
  });
});
