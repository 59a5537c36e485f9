import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startLoopbackSmtp, type LoopbackSmtp } from '../../apps/api/src/notifications/testing/loopback-smtp.js';
import { LOMMA, lommaClients, propose } from './support/lomma.js';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';

jest.setTimeout(180_000);

const ADDRESS = 'kommunpolis@lomma.example';
const PUBLIC_URL = 'https://samverkan.lomma.example';

/** The three widths of the issue: a laptop, a tablet upright, a phone. */
const WIDTHS = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '820', viewport: { width: 820, height: 1180 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

const openSettings = async (h: BrowserHarness, viewport: { width: number; height: number }): Promise<Page> => {
  const page = await h.newPage();
  await page.setViewportSize(viewport);
  await h.signIn(page, 'lomma.rad.polis', '/mitt-konto');
  await page.getByRole('heading', { name: 'Aviseringar', level: 2 }).waitFor();
  await page.getByLabel('E-postadress i tjänsten').waitFor();
  return page;
};

/**
 * The police's council representative chooses on Mitt konto to be mailed when a proposal waits for
 * the police; the coordinator proposes; the mail arrives once at the loopback SMTP server, in
 * Swedish, with a link to Beslut.
 */
describe('Aviseringar on Mitt konto, and the mail they bring', () => {
  let smtp: LoopbackSmtp;
  let h: BrowserHarness;
  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    h = await startBrowserHarness({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Samverkan <samverkan@lomma.example>', PUBLIC_URL, NOTIFY_POLL_MS: '100' } });
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('says what is wrong before saving: an address is needed for mail, and the days must be 1 to 90', async () => {
    const page = await openSettings(h, WIDTHS[2].viewport);
    await page.getByLabel('Ett förslag väntar på beslut från min part').check();
    await page.getByLabel('Antal dagar framåt').fill('0');
    await page.getByRole('button', { name: 'Spara aviseringar' }).click();
    await page.getByText('Skriv den e-postadress aviseringarna ska skickas till.').waitFor();
    await page.getByText('Ange ett antal dagar mellan 1 och 90.').waitFor();
    await h.check(page, 'aviseringar-fel-390');
  });

  it('saves the address and the kinds at 1280 px, shows them at 820 and 390 px, and mails the proposal once', async () => {
    const first = await openSettings(h, WIDTHS[0].viewport);
    await first.getByLabel('E-postadress i tjänsten').fill(ADDRESS);
    await first.getByLabel('Ett förslag väntar på beslut från min part').check();
    await first.getByLabel('En sammanfattning varje vecka av det som väntar på mig').check();
    await first.getByLabel('Antal dagar framåt').fill('7');
    await first.getByRole('button', { name: 'Spara aviseringar' }).click();
    await first.getByText('Dina aviseringar är sparade.').waitFor();
    await h.check(first, 'aviseringar-1280');

    for (const { name, viewport } of WIDTHS.slice(1)) {
      const page = await openSettings(h, viewport);
      expect(await page.getByLabel('E-postadress i tjänsten').inputValue()).toBe(ADDRESS);
      expect(await page.getByLabel('Ett förslag väntar på beslut från min part').isChecked()).toBe(true);
      expect(await page.getByLabel('Ett förslag jag har lagt har avslagits').isChecked()).toBe(false);
      expect(await page.getByLabel('Antal dagar framåt').inputValue()).toBe('7');
      await h.check(page, `aviseringar-${name}`);
    }

    const clients = await lommaClients(h.server);
    await propose(clients, LOMMA.children.id, { transition: 'prioritise', grounds: 'Lägesbilden visar oro bland unga.' });
    const [mail] = await smtp.waitFor((m) => m.to.includes(ADDRESS));
    expect(mail?.subject).toBe(`Förslag väntar på beslut: ${LOMMA.children.title}`);
    expect(mail?.text).toContain(
      'I fokusområdet Barn och ungdomar väntar ett förslag på beslut från Lokalpolisområde Kävlinge: att prioritera fokusområdet.',
    );
    expect(mail?.text).toContain(`${PUBLIC_URL}/beslut`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((m) => m.to.includes(ADDRESS))).toHaveLength(1);
  });
});
