import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/test-app.js';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { countPointerEvents, focused, pointerEventsSoFar, tabTo } from './support/keyboard.js';
import { LOMMA, lommaClients, propose, type LommaClients } from './support/lomma.js';
import { atEachWidth, OVERFLOW_SCRIPT } from './support/widths.js';

jest.setTimeout(120_000);

/** A coordinator's grounds pasted from a memo: some 3 000 characters, on the card of every council member. */
const LONG_GROUNDS = 'Skolorna och fritidsgårdarna rapporterar ökad oro bland unga kvällstid, och trygghetsmätningen visar samma bild. '.repeat(27).trim();

/** The inbox is refreshed after each decision; its text says what happened. */
const resultText = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Du har/ })
    .innerText();

/** Signs in with the keyboard only: Tab to each field, type, Enter. */
const signInByKeyboard = async (page: Page, username: string) => {
  await page.goto('/beslut');
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await tabTo(page, /^Användarnamn/);
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  expect((await focused(page)).name).toMatch(/^Lösenord/);
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/beslut');
  await page.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
};

/**
 * The council's main task, by keyboard only (Tab, Enter, Space; no pointer event at all): each
 * party's representative approves the proposal in Beslut; the last approval makes the move.
 */
describe('Beslut in the browser (council representatives)', () => {
  let h: BrowserHarness;
  let clients: LommaClients;

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
  });
  afterAll(() => h?.close());

  it('both representatives approve a proposal by keyboard, and the focus area is prioritised', async () => {
    await propose(clients, LOMMA.burglary.id, {
      transition: 'prioritise',
      grounds: 'Inbrotten i villaområdena har ökat två år i rad.',
      meeting: { name: 'Styrgruppen 4/2026', date: '2026-12-10' },
    });

    for (const [username, party, expected] of [
      ['lomma.rad.kommun', 'Lomma kommun', /Förslaget väntar nu på de andra parterna/],
      ['lomma.rad.polis', 'Lokalpolisområde Kävlinge', /Alla parter har nu godkänt, och fokusområdet har gått till steget kartläggning/],
    ] as const) {
      const page = await h.newPage('tablet');
      await countPointerEvents(page);
      // The inbox rows carry each focus area's revision: no card reads its focus area.
      const focusAreaReads: string[] = [];
      page.on('request', (request) => {
        // (The card's material is a read-model query of its own, not a read of the focus area.)
        if (request.method() === 'GET' && request.url().includes('/api/focus-areas/') && !request.url().includes('/material'))
          focusAreaReads.push(request.url());
      });
      await signInByKeyboard(page, username);
      const card = page.getByRole('article', { name: LOMMA.burglary.title });
      await card
        .getByRole('button', { name: /^Godkänn/ })
        .and(page.locator(':not([aria-disabled])'))
        .waitFor();
      await h.check(page, username === 'lomma.rad.kommun' ? 'beslut-kommun-fore' : 'beslut-polis-fore');

      await tabTo(page, new RegExp(`^Godkänn förslaget om ${LOMMA.burglary.title}$`));
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Godkänn förslaget' });
      await dialog.waitFor();
      expect((await focused(page)).name).toBe(`Godkänn för ${party}`);
      if (username === 'lomma.rad.kommun') await h.check(page, 'beslut-godkann-dialog');
      await page.keyboard.press('Space');

      await dialog.waitFor({ state: 'hidden' });
      expect(await resultText(page)).toMatch(expected);
      // The first party's card stays, saying it has decided; the last approval completes the decision and the card goes.
      if (username === 'lomma.rad.kommun') await card.getByText(/^Du har redan godkänt för Lomma kommun den /).waitFor();
      else await page.getByText(`Inga förslag väntar på beslut från ${party} just nu.`).waitFor();
      expect((await focused(page)).name).toMatch(/^Du har godkänt/);
      expect(await pointerEventsSoFar(page)).toBe(0);
      expect(focusAreaReads).toEqual([]);
      await h.check(page, username === 'lomma.rad.kommun' ? 'beslut-godkant' : 'beslut-godkant-sista');
    }

    const focusArea = await clients.coordinator.get(`/focus-areas/${LOMMA.burglary.id}`);
    expect(focusArea.body.focusArea.step).toBe('mapping');
  });

  it('a representative rejects with a reason, which is required, and the coordinator sees it', async () => {
    await propose(clients, LOMMA.alcohol.id, { transition: 'prioritise', grounds: 'Tillsynen behöver samordnas.' });
    const page = await h.newPage();
    await countPointerEvents(page);
    await signInByKeyboard(page, 'lomma.rad.polis');
    const card = page.getByRole('article', { name: LOMMA.alcohol.title });
    await card
      .getByRole('button', { name: /^Avslå/ })
      .and(page.locator(':not([aria-disabled])'))
      .waitFor();

    await tabTo(page, new RegExp(`^Avslå förslaget om ${LOMMA.alcohol.title}$`));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Avslå förslaget' });
    await dialog.waitFor();
    expect((await focused(page)).tag).toBe('textarea');

    // Sent empty: refused here, with the error tied to the field and focus back in it.
    await tabTo(page, /^Avslå för Lokalpolisområde Kävlinge$/);
    await page.keyboard.press('Enter');
    await dialog.getByText('Skriv varför förslaget avslås.').waitFor();
    expect((await focused(page)).tag).toBe('textarea');
    expect(await dialog.getByRole('textbox', { name: /Skäl till avslaget/ }).getAttribute('aria-invalid')).toBe('true');
    await h.check(page, 'beslut-avsla-dialog-fel');

    await page.keyboard.type('Polisen saknar resurser för tillsyn under 2027; ta upp frågan igen i lägesbilden.');
    await tabTo(page, /^Avslå för Lokalpolisområde Kävlinge$/);
    await page.keyboard.press('Space');
    await dialog.waitFor({ state: 'hidden' });
    expect(await resultText(page)).toMatch(
      /Du har avslagit förslaget att prioritera fokusområdet för ”Alkohol- och tobakstillsyn” för Lokalpolisområde Kävlinge/,
    );
    expect(await pointerEventsSoFar(page)).toBe(0);
    await h.check(page, 'beslut-avslaget');

    const coordinator = await h.newPage();
    await h.signIn(coordinator, 'lomma.samordnare', '/oversikt');
    const alcohol = coordinator.getByRole('article', { name: LOMMA.alcohol.title });
    await alcohol.getByText(/Senast avslaget av Lokalpolisområde Kävlinge/).waitFor();
    expect(await alcohol.innerText()).toContain('Polisen saknar resurser för tillsyn under 2027');
  });

  it('refuses a decision on a stale page, says so, and shows the fresh state', async () => {
    const proposalId = await propose(clients, LOMMA.alcohol.id, { transition: 'prioritise', grounds: 'Nytt underlag från tillsynen.' });
    const page = await h.newPage();
    await signInByKeyboard(page, 'lomma.rad.kommun');
    const card = page.getByRole('article', { name: LOMMA.alcohol.title });
    await card
      .getByRole('button', { name: /^Godkänn/ })
      .and(page.locator(':not([aria-disabled])'))
      .waitFor();
    expect(await card.innerText()).toMatch(/Lokalpolisområde Kävlinge: har inte beslutat/);

    // Meanwhile the police decide: the focus area's revision moves past the one this page read.
    const approved = await clients.policeCouncil.post(`/focus-areas/${LOMMA.alcohol.id}/proposals/${proposalId}/approvals`, {});
    expect(approved.status).toBe(200);

    await tabTo(page, new RegExp(`^Godkänn förslaget om ${LOMMA.alcohol.title}$`));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Godkänn förslaget' }).waitFor();
    await page.keyboard.press('Enter');

    const alert = page.getByRole('alert').filter({ hasText: 'Beslutet sparades inte' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Någon annan har ändrat uppgifterna sedan du öppnade sidan.*sidan har uppdaterats/s);
    expect((await focused(page)).name).toMatch(/^Beslutet sparades inte/);
    await card.getByText('Lokalpolisområde Kävlinge: har godkänt').waitFor();
    await h.check(page, 'beslut-inaktuell');

    // Decided again on the fresh page, it goes through and completes the consensus.
    await tabTo(page, new RegExp(`^Godkänn förslaget om ${LOMMA.alcohol.title}$`));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await resultText(page)).toMatch(/Alla parter har nu godkänt/);
    const focusArea = await clients.coordinator.get(`/focus-areas/${LOMMA.alcohol.id}`);
    expect(focusArea.body.focusArea.step).toBe('mapping');
  });

  it('starts each role where its work is: the council in Beslut, the auditor in Granskning', async () => {
    for (const [username, path] of [
      ['lomma.rad.polis', '/beslut'],
      ['lomma.ersattare.polis', '/beslut'],
      ['lomma.revisor', '/granskning'],
    ] as const) {
      const page = await h.newPage();
      await h.signIn(page, username, '/');
      await page.waitForURL(`**${path}`);
    }
  });

  it('tells a coordinator that they decide for no party', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/beslut');
    await page.getByText(/Du fattar inte beslut för någon part/).waitFor();
  });

  it('shortens a long motivation on the card at every width, without sideways scrolling, and "Visa hela" shows it all', async () => {
    expect(LONG_GROUNDS.length).toBeGreaterThanOrEqual(3000);
    await propose(clients, LOMMA.children.id, { transition: 'prioritise', grounds: LONG_GROUNDS });
    await atEachWidth(async (viewport, width) => {
      const page = await h.newPage(viewport);
      await h.signIn(page, 'lomma.rad.kommun', '/beslut');
      const card = page.getByRole('article', { name: LOMMA.children.title });
      const more = card.getByRole('button', { name: 'Visa hela' });
      await more.waitFor();
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      const text = page.locator(`#${await more.getAttribute('aria-controls')}`);
      expect(await text.innerText()).toBe(LONG_GROUNDS); // all of it for a screen reader, clamped for the eye
      const clamped = await text.boundingBox();
      expect(clamped!.height).toBeLessThan(150);
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
      await h.check(page, `beslut-lang-motivering-${width}`);

      await more.click();
      expect(await card.getByRole('button', { name: 'Visa mindre' }).getAttribute('aria-expanded')).toBe('true');
      const whole = await text.boundingBox();
      expect(whole!.height).toBeGreaterThan(clamped!.height + 200);
      expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      expect(whole!.x + whole!.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  });
});
