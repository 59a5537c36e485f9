import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { swedishDateOf } from '@samverkan/shared-kernel';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { LOMMA, lommaClients, propose, type LommaClients } from './support/lomma.js';

jest.setTimeout(180_000);

/** How many pages a PDF made by Chromium has (each page object is "/Type /Page", the tree "/Type /Pages"). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Prints the page as Chromium would on A4, and checks that the frame, the buttons and the forms stay off paper. */
const printed = async (page: Page): Promise<number> => {
  await page.emulateMedia({ media: 'print' });
  // Runs in the page; the spec's own types know no DOM.
  const hidden = await page.evaluate(() => {
    const scope = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<unknown> };
      getComputedStyle(el: unknown): { display: string };
    };
    const frame = Array.from(scope.document.querySelectorAll('nav, header, footer, button, form'));
    return frame.length > 0 && frame.every((el) => scope.getComputedStyle(el).display === 'none');
  });
  expect(hidden).toBe(true);
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pageCount(pdf);
};

/**
 * The council's year in the browser: a coordinator plans a council meeting and puts a pending
 * transition on its agenda; each party's representative approves it citing the paragraph; the
 * minutes show the decision under its §; every party checks the minutes, and then they are final.
 */
describe('a council meeting in the browser (coordinator and council representatives)', () => {
  let h: BrowserHarness;
  let clients: LommaClients;
  let meetingUrl: string;
  const today = swedishDateOf(new Date().toISOString());
  const agendaTitle = `${LOMMA.burglary.title}: Prioritera fokusområdet`;

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
    await propose(clients, LOMMA.burglary.id, { transition: 'prioritise', grounds: 'Inbrotten i villaområdena har ökat två år i rad.' });
  });
  afterAll(() => h?.close());

  it('the coordinator plans the meeting and puts the pending transition on the agenda, which prints as the agenda with its material', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/moten');
    await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
    await h.check(page, 'moten');
    await page.getByLabel('Organ').selectOption('council');
    await page.getByLabel('Datum').fill(today);
    await page.getByLabel(/^Plats/).fill('Kommunhuset, sal 2');
    await page.getByRole('button', { name: 'Planera mötet' }).click();
    await page.waitForURL('**/moten/*');
    meetingUrl = new URL(page.url()).pathname;

    await page.getByRole('button', { name: `Lägg till ${agendaTitle}` }).click();
    await page.getByRole('heading', { level: 3, name: `§ 1 ${agendaTitle}` }).waitFor();
    await page.getByText('Motivering: Inbrotten i villaområdena har ökat två år i rad.').waitFor();
    await h.check(page, 'mote-dagordning');
    const pages = await printed(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('each representative approves in Beslut, citing the paragraph', async () => {
    for (const [username, party] of [
      ['lomma.rad.kommun', 'Lomma kommun'],
      ['lomma.rad.polis', 'Lokalpolisområde Kävlinge'],
    ] as const) {
      const page = await h.newPage();
      await h.signIn(page, username, '/beslut');
      const card = page.getByRole('article', { name: LOMMA.burglary.title });
      await card.getByRole('button', { name: /^Godkänn/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Godkänn förslaget' });
      const picker = dialog.getByLabel('Beslutat vid');
      await picker.getByRole('option', { name: /^§ 1, strategiska rådets möte/ }).waitFor({ state: 'attached' });
      expect(await picker.inputValue()).toMatch(/#1$/);
      if (username === 'lomma.rad.kommun') await h.check(page, 'beslut-med-paragraf');
      await dialog.getByRole('button', { name: `Godkänn för ${party}` }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    const focusArea = await clients.coordinator.get(`/focus-areas/${LOMMA.burglary.id}`);
    expect(focusArea.body.focusArea.step).toBe('mapping');
  });

  it('the coordinator records the meeting held and adopts the minutes, which show the decisions under their paragraph', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', meetingUrl);
    await page.getByLabel('Mötet hölls den').fill(today);
    await page.getByRole('button', { name: 'Registrera att mötet hölls' }).click();
    await page.getByRole('heading', { level: 2, name: 'Protokoll', exact: true }).waitFor();
    const decisions = page.getByRole('list', { name: 'Beslut under § 1' });
    await decisions.getByText('Lomma kommun').waitFor();
    expect(await decisions.innerText()).toMatch(/Lomma kommun: Godkände[\s\S]*Lokalpolisområde Kävlinge: Godkände/);
    await page.getByLabel(`§ 1 ${agendaTitle}`).fill('Rådet prioriterade fokusområdet enligt förslaget.');
    await page.getByRole('button', { name: 'Fastställ protokollet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Justering' }).waitFor();
    await h.check(page, 'mote-protokoll');
  });

  it('every party checks the minutes; then they are final and editing is refused', async () => {
    for (const username of ['lomma.rad.kommun', 'lomma.rad.polis']) {
      const page = await h.newPage();
      await h.signIn(page, username, meetingUrl);
      await page.getByRole('button', { name: /^Justera protokollet/ }).click();
      await page.getByText(/Protokollet är justerat för/).waitFor();
    }
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', meetingUrl);
    await page.getByText('Protokollet är justerat av alla parter och kan inte längre ändras.').waitFor();
    expect(await page.getByRole('button', { name: /Fastställ protokollet/ }).count()).toBe(0);
    expect(await page.getByText('Rådet prioriterade fokusområdet enligt förslaget.').count()).toBe(1);
    await h.check(page, 'mote-justerat');
    expect(await printed(page)).toBeLessThanOrEqual(2);

    const meetingId = meetingUrl.split('/').at(-1)!;
    const edit = await clients.coordinator.put(`/meetings/${meetingId}/minutes`, { notes: [] });
    expect([edit.status, edit.body.rule]).toEqual([422, 'CheckedMinutesCannotChange']);
  });
});
