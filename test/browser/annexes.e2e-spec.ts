import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';

jest.setTimeout(120_000);

const picture = (page: Page) => page.getByRole('region', { name: /^Gemensam lägesbild/ });
const version = (page: Page, n: number) => picture(page).getByRole('article', { name: `Version ${n}` });

/**
 * Bilagor: Lomma's joint situation picture is seeded as a draft. The coordinator writes a new
 * version with a file, records the council's decision, and each party's council representative
 * signs it; with the last signature it is the version in force.
 */
describe('Bilagor in the browser', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());

  it('the coordinator drafts a version with a file and records the decision', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/bilagor');
    await version(page, 1).waitFor();
    expect(await page.title()).toBe('Bilagor – Samverkan');
    expect(await version(page, 1).innerText()).toContain('Utkast – väntar på rådets beslut');
    await h.check(page, 'bilagor-samordnare');

    const draft = picture(page).getByRole('form', { name: 'Skriv en ny version' });
    await draft.getByLabel(/^Text/).fill('Gemensam lägesbild 2026: otrygghet vid stationen kvällstid, skadegörelse i centrum.');
    await draft
      .getByLabel('Bifoga filer')
      .setInputFiles({ name: 'lagesbild-2026.txt', mimeType: 'text/plain', buffer: Buffer.from('Lägesbild 2026\n', 'utf8') });
    await draft.getByRole('list', { name: 'Bifogade filer' }).getByText('lagesbild-2026.txt').waitFor();
    await draft.getByRole('button', { name: 'Spara utkast' }).click();
    await version(page, 2).waitFor();
    expect(await version(page, 1).innerText()).toContain('Ersatt av ett nyare utkast');
    expect(await version(page, 2).getByRole('link', { name: 'lagesbild-2026.txt' }).count()).toBe(1);

    const decide = picture(page).getByRole('form', { name: 'Registrera rådets beslut om version 2' });
    await decide.getByRole('button', { name: 'Registrera beslutet' }).click();
    await version(page, 2).getByText('Beslutad – väntar på underskrifter').waitFor();
    expect(await version(page, 2).innerText()).toMatch(/Lomma kommun: väntar på underskrift/);
    await h.check(page, 'bilagor-beslutad');
  });

  it("each party's council representative signs, and the version is in force with the last signature", async () => {
    for (const [username, party] of [
      ['lomma.rad.kommun', 'Lomma kommun'],
      ['lomma.rad.polis', 'Lokalpolisområde Kävlinge'],
    ] as const) {
      const page = await h.newPage();
      await h.signIn(page, username, '/bilagor');
      const sign = picture(page).getByRole('button', { name: `Underteckna för ${party}` });
      await sign.click();
      await version(page, 2)
        .getByText(new RegExp(`${party}: undertecknad`))
        .waitFor();
      await h.check(page, `bilagor-${username}`);
      if (username === 'lomma.rad.polis') {
        await picture(page)
          .getByText(/^Gällande version: 2, giltig från /)
          .waitFor();
        expect(await version(page, 2).innerText()).toContain('Gäller');
      }
    }
  });
});
