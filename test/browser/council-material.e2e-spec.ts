import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { childrenFocusAreaWithLateMeasure, LOMMA, lommaClients, propose, type LommaClients } from './support/lomma.js';

jest.setTimeout(120_000);

const SUBSTITUTE_DECIDED =
  /^Ersättaren \(Ställföreträdande lokalpolisområdeschef\) har redan godkänt för Lokalpolisområde Kävlinge den \d{1,2} \p{L}+\.$/u;

/**
 * The council decides what it saw: the Beslut card carries the material and what changed since
 * the council last decided; a party's earlier decision by its other member is told plainly; a
 * reason typed for a rejection survives closing the dialog, a refused submit and a reload.
 */
describe('Beslut: the material, a decision already taken, the kept reason (browser)', () => {
  let h: BrowserHarness;
  let clients: LommaClients;
  let substitute: HttpClient;

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
    substitute = await h.server.as('lomma.ersattare.polis');
    await childrenFocusAreaWithLateMeasure(clients);
  });
  afterAll(() => h?.close());

  it('shows the action plan being decided and what changed since the council moved it into measures', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.rad.polis', '/beslut');
    const card = page.getByRole('article', { name: LOMMA.children.title });
    const material = card.getByRole('region', { name: `Underlag: ${LOMMA.children.title}` });
    await material.getByRole('heading', { name: 'Åtgärder' }).waitFor();
    const text = await material.innerText();
    expect(text).toContain('Vuxenvandringar – Lokalpolisområde Kävlinge (Kommunpolis)');
    expect(text).toContain('Färre unga känner sig otrygga: Andel otrygga från 30 till 20');
    expect(text).toContain('Berör unga 13–17 år.');
    expect(text).toMatch(/Ändrat sedan rådets senaste beslut \(/);
    expect(text).toMatch(/Vuxenvandringar/);
    await h.check(page, 'beslut-underlag');
  });

  it('tells the representative plainly that the substitute has approved, and offers no decision', async () => {
    const proposalId = await propose(clients, LOMMA.alcohol.id, { transition: 'prioritise', grounds: 'Tillsynen behöver samordnas.' });
    expect((await substitute.post(`/focus-areas/${LOMMA.alcohol.id}/proposals/${proposalId}/approvals`, {})).status).toBe(200);

    const page = await h.newPage();
    await h.signIn(page, 'lomma.rad.polis', '/beslut');
    const card = page.getByRole('article', { name: LOMMA.alcohol.title });
    const told = card.getByText(/har redan godkänt för Lokalpolisområde Kävlinge/);
    await told.waitFor();
    expect((await told.innerText()).trim()).toMatch(SUBSTITUTE_DECIDED);
    expect(await card.getByRole('button', { name: /^Godkänn/ }).count()).toBe(0);
    expect(await card.getByRole('button', { name: /^Avslå/ }).count()).toBe(0);
    await h.check(page, 'beslut-ersattare-har-beslutat');
  });

  it('says the same plainly when the substitute decided while the card was open', async () => {
    const proposalId = await propose(clients, LOMMA.burglary.id, { transition: 'prioritise', grounds: 'Inbrotten har ökat.' });
    const page = await h.newPage();
    await h.signIn(page, 'lomma.rad.polis', '/beslut');
    const card = page.getByRole('article', { name: LOMMA.burglary.title });
    await card.getByRole('button', { name: /^Godkänn/ }).waitFor();

    expect((await substitute.post(`/focus-areas/${LOMMA.burglary.id}/proposals/${proposalId}/approvals`, {})).status).toBe(200);
    await card.getByRole('button', { name: /^Godkänn/ }).click();
    await page.getByRole('dialog', { name: 'Godkänn förslaget' }).getByRole('button', { name: 'Godkänn för Lokalpolisområde Kävlinge' }).click();

    const said = page.getByText(/^Beslutet sparades inte\. Ersättaren/);
    await said.waitFor();
    expect((await said.innerText()).replace(/^Beslutet sparades inte\. /, '')).toMatch(SUBSTITUTE_DECIDED);
    await card.getByText(SUBSTITUTE_DECIDED).waitFor();
    expect(await card.getByRole('button', { name: /^Godkänn/ }).count()).toBe(0);
  });

  it('keeps the reason typed for a rejection across closing the dialog, a refused submit and a reload', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.rad.polis', '/beslut');
    const card = page.getByRole('article', { name: LOMMA.children.title });
    const openReject = async () => {
      await card.getByRole('button', { name: /^Avslå/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Avslå förslaget' });
      await dialog.waitFor();
      return dialog;
    };
    const reason = () => page.getByRole('dialog', { name: 'Avslå förslaget' }).getByRole('textbox', { name: /Skäl till avslaget/ });

    let dialog = await openReject();
    await reason().fill('Målen behöver skärpas');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    dialog = await openReject();
    expect(await reason().inputValue()).toBe('Målen behöver skärpas');

    // Refused by the server (a personal identity number): the dialog stays open, the text with it.
    await reason().fill('Målen behöver skärpas, se 19800101-1234');
    await dialog.getByRole('button', { name: 'Avslå för Lokalpolisområde Kävlinge' }).click();
    await dialog
      .getByText(/personnummer/i)
      .first()
      .waitFor();
    expect(await reason().inputValue()).toBe('Målen behöver skärpas, se 19800101-1234');

    await page.reload();
    await card.getByRole('button', { name: /^Avslå/ }).waitFor();
    await openReject();
    expect(await reason().inputValue()).toBe('Målen behöver skärpas, se 19800101-1234');
  });
});
