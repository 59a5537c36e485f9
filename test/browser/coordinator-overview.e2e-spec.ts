import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { appendHistory, LATE_CYCLES } from '../../apps/api/src/plan/queries/get-plan-board/late-cycles.testing.js';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { childrenFocusAreaWithLateMeasure, LOMMA, lommaClients, propose } from './support/lomma.js';

jest.setTimeout(120_000);

/**
 * A coordinator's main task: open Översikt and see every focus area of Lomma by step, with its
 * cycle, days in step, what waits for which party's decision, and what is late.
 */
describe('Översikt in the browser (coordinator)', () => {
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

  it('signs in through the sign-in page and lands on Översikt', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await h.check(page, 'logga-in');
    await h.signIn(page, 'lomma.samordnare');
    await page.waitForURL('**/oversikt');
    await page.getByRole('heading', { level: 2, name: /Åtgärder/ }).waitFor();
    expect(await page.title()).toBe('Översikt – Samverkan');
  });

  it("shows Lomma's focus areas grouped by step, with cycle, days in step, awaited parties and late measures", async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    const measures = page.getByRole('region', { name: /^Åtgärder/ });
    await measures.getByRole('heading', { level: 3, name: LOMMA.children.title }).waitFor();

    const children = measures.getByRole('article', { name: LOMMA.children.title });
    const text = await children.innerText();
    expect(text).toContain('Cykel');
    expect(text).toMatch(/I steget\s+\d+ dag/);
    expect(text).toContain('Väntar på beslut');
    expect(text).toContain('Gå vidare till nästa steg: från åtgärder till uppföljning och utvärdering');
    expect(text).toMatch(/Väntar på:\s*Lokalpolisområde Kävlinge/);
    expect(text).toMatch(/Har godkänt:\s*Lomma kommun/);
    expect(text).toContain('1 försenad åtgärd');
    expect(text).toContain('Vuxenvandringar');

    const proposed = page.getByRole('region', { name: /^Föreslaget/ });
    await expect(proposed.getByRole('article').count()).resolves.toBe(2);
    const burglary = await proposed.getByRole('article', { name: LOMMA.burglary.title }).innerText();
    expect(burglary).toContain('Prioritera fokusområdet: från föreslaget till kartläggning');
    expect(burglary).toMatch(/Väntar på:\s*Lomma kommun och Lokalpolisområde Kävlinge/);

    for (const step of ['Kartläggning', 'Analys', 'Uppföljning och utvärdering', 'Avslutat']) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${step}`) }).waitFor();
    }
    const summary = await page.getByRole('list', { name: 'Sammanfattning' }).innerText();
    expect(summary.replace(/\s+/g, ' ')).toContain('3 fokusområden 2 väntar på beslut 1 försenad åtgärd');
    await h.check(page, 'oversikt-uppgift');
  });

  it('lists only the agreements the user holds a role in', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    const banner = page.getByRole('banner');
    await banner.getByText('Lomma 2023–2027').waitFor();
    expect(await banner.innerText()).not.toContain('Vellinge');
  });

  it('lets an administrator choose among every agreement', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin', '/oversikt');
    const chooser = page.getByLabel('Överenskommelse');
    await chooser.locator('option').first().waitFor({ state: 'attached' });
    await expect(chooser.locator('option').allInnerTexts()).resolves.toEqual(['Kävlinge 2024–2027', 'Lomma 2023–2027', 'Vellinge 2023–2026']);
    await chooser.selectOption({ label: 'Vellinge 2023–2026' });
    await page.getByText(/Läget den .* för Samverkansöverenskommelse.*Vellinge/i).waitFor();
  });

  it('opens a focus area from its card', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    await page.getByRole('link', { name: LOMMA.burglary.title }).click();
    await page.waitForURL(`**/fokusomraden/${LOMMA.burglary.id}`);
    // After a navigation inside the app, focus moves to the new page's heading (as after a page load).
    await page.waitForFunction(
      () => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName === 'H1',
    );
  });

  it('lays the board out for a tablet', async () => {
    const page = await h.newPage('tablet');
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    await page.getByRole('heading', { level: 3, name: LOMMA.children.title }).waitFor();
    const overflow = await page.evaluate(() => {
      const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
      return document.documentElement.scrollWidth - document.documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await h.check(page, 'oversikt-uppgift-tablet');
  });

  it('counts on a card the late measure an earlier cycle left, as Försenat does, and links to Försenat', async () => {
    // A focus area in cycle 2 whose cycle 1 left "Nattvandring med föräldrar" (due 30 June 2026) unfinished.
    await appendHistory(h.server.app.get<EventStore>(EVENT_STORE), LATE_CYCLES.leftBehind);
    await h.server.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
    const page = await h.newPage('phone');
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    const card = page.getByRole('article', { name: 'Otrygghet i Lomma centrum' });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/Cykel\s+2/);
    expect(text).toMatch(/Åtgärder i cykeln\s+Inga ännu/);
    expect(text).toContain('1 försenad åtgärd från en tidigare cykel');
    const summary = await page.getByRole('list', { name: 'Sammanfattning' }).innerText();
    expect(summary.replace(/\s+/g, ' ')).toContain('2 försenade åtgärder');
    await h.check(page, 'oversikt-forsenad-tidigare-cykel');

    await card.getByRole('link', { name: 'Se alla försenade åtgärder under Försenat' }).click();
    await page.waitForURL('**/forsenat');
    const late = page.getByRole('row').filter({ hasText: 'Nattvandring med föräldrar' });
    await late.waitFor();
    expect(await late.innerText()).toContain('Cykel 1, inte förd vidare');
  });
});
