import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FixedClock } from '../support/deterministic.js';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { focused, tabTo } from './support/keyboard.js';
import { childrenFocusAreaWithLateMeasure, decideTogether, LOMMA, lommaClients } from './support/lomma.js';

jest.setTimeout(120_000);

/** An instant as a datetime-local input in Sweden reads it: "2026-11-23T08:15:42". */
const stockholmLocal = (instant: Date): string => {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A party's id where a person should read its name: "lpo-kavlinge", not inside "lomma.rad.kommun". */
const PARTY_ID = new RegExp(`(^|[^.\\w-])(${LOMMA.municipality}|${LOMMA.police})($|[^.\\w-])`);

const documentWidths = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });

/**
 * An auditor's task: replay who decided what. Lomma's burglary focus area is prioritised, a moment
 * is marked, and then "Barn och ungdomar" is taken to measures with a late measure, all through the
 * API; the auditor then filters the history, opens the plan as it stood at the marked moment, sees
 * what changed today, and exports the history as a CSV file for Excel.
 */
describe('Granskning in the browser (auditor)', () => {
  let h: BrowserHarness;
  let earlier: Date;

  beforeAll(async () => {
    // The app's clock stands still, ten minutes back so every event is of today and before now; the
    // marked moment moves it on a minute either side instead of sleeping for distinct times.
    const clock = new FixedClock(new Date(Date.now() - 10 * 60_000).toISOString());
    h = await startBrowserHarness({ clock });
    const clients = await lommaClients(h.server);
    await decideTogether(clients, LOMMA.burglary.id, { transition: 'prioritise', grounds: 'Inbrotten i villaområdena har ökat två år i rad.' });
    earlier = clock.advance(60_000);
    clock.advance(60_000);
    await childrenFocusAreaWithLateMeasure(clients);
  });
  afterAll(() => h?.close());

  it('shows an auditor the history on Granskning, newest events first', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.revisor', '/granskning');
    const table = page.getByRole('table', { name: /^Händelser, sida 1 av/ });
    await table.waitFor();
    expect(await page.title()).toBe('Granskning – Samverkan');
    await expect(table.getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      'Tidpunkt',
      'Händelse',
      'Vad hände',
      'Fokusområde',
      'Vem',
      'Möte och motivering',
    ]);
    const firstRow = await table.getByRole('row').nth(1).innerText();
    expect(firstRow).toContain('Godkännande av part');
    expect(firstRow).toContain('Kommunstyrelsens ordförande, Lomma kommun'); // the account's name, never its user name
    expect(firstRow).toContain('Godkände förslaget att gå vidare från åtgärder till uppföljning och utvärdering för Lomma kommun');
    // Names, not ids: of parties, proposals, measures and goals.
    const everything = await table.innerText();
    expect(everything).toContain('ansvarig Lokalpolisområde Kävlinge (Kommunpolis)');
    expect(everything).not.toMatch(UUID);
    expect(everything).not.toMatch(PARTY_ID);
    await h.check(page, 'granskning-laptop');
  });

  it('filters by focus area, event type and party, and keeps the filter in the address', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.revisor', '/granskning');
    const filters = page.getByRole('form', { name: 'Filtrera händelserna' });
    await filters.getByLabel('Fokusområde', { exact: true }).selectOption({ label: LOMMA.children.title });
    await filters.getByRole('group', { name: 'Beslut i rådet' }).getByLabel('Godkännande av part').check();
    await filters.getByRole('button', { name: 'Visa händelser' }).click();
    await page.getByText('Visar 1–7 av 7 händelser.').waitFor();
    expect(page.url()).toContain('typ=TransitionApproved');
    const kinds = await page
      .getByRole('table', { name: /^Händelser/ })
      .locator('tbody td:nth-child(2)')
      .allInnerTexts();
    expect(new Set(kinds)).toEqual(new Set(['Godkännande av part']));

    await filters.getByLabel('Part', { exact: true }).selectOption({ label: 'Lokalpolisområde Kävlinge' });
    await filters.getByRole('button', { name: 'Visa händelser' }).click();
    await page.getByText('Visar 1–3 av 3 händelser.').waitFor();
    const who = await page
      .getByRole('table', { name: /^Händelser/ })
      .locator('tbody td:nth-child(5)')
      .allInnerTexts();
    expect(who.every((cell) => cell.includes('för Lokalpolisområde Kävlinge'))).toBe(true);
    await h.check(page, 'granskning-filtrerad');
  });

  it('shows the whole plan as it stood at an earlier moment, chosen and submitted from the keyboard', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.revisor', '/granskning');
    const when = page.getByLabel('Datum och klockslag');
    await when.fill(stockholmLocal(earlier));
    await when.focus();
    await tabTo(page, /^Visa planen$/);
    expect((await focused(page)).tag).toBe('button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: /^Planen den .*: 3 fokusområden$/ }).waitFor();

    const burglary = await page.getByRole('article', { name: LOMMA.burglary.title }).innerText();
    expect(burglary).toContain('Kartläggning');
    const children = await page.getByRole('article', { name: LOMMA.children.title }).innerText();
    expect(children).toContain('Föreslaget');
    expect(children).not.toContain('Vuxenvandringar');
    await h.check(page, 'granskning-planen-tidigare');

    await when.fill(stockholmLocal(new Date()));
    await page.getByRole('button', { name: 'Visa planen' }).click();
    const now = page.getByRole('article', { name: LOMMA.children.title });
    await now.getByRole('table', { name: `Åtgärder i ${LOMMA.children.title}` }).waitFor();
    const text = await now.innerText();
    expect(text).toContain('Åtgärder');
    expect(text).toContain('Vuxenvandringar');
    expect(text).toMatch(/Försenad \d+ dagar/);
    expect(text).toContain('Färre unga känner sig otrygga');
  });

  it('lists what changed between two days, in Swedish, beside the plan on each', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.revisor', '/granskning');
    const compare = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Jämför två tidpunkter' }) });
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await compare.getByLabel('Första dagen').fill(yesterday);
    await compare.getByLabel('Andra dagen').fill(today);
    await compare.getByRole('button', { name: 'Jämför' }).click();
    await compare.getByRole('heading', { level: 3, name: /ändringar mellan .* och / }).waitFor();
    expect(page.url()).toContain(`fore=${yesterday}&efter=${today}`);
    // The new address would move focus to the page's heading; the button that asked keeps it.
    expect((await focused(page)).name).toBe('Jämför');
    const children = compare.locator('.changes__group', { has: page.getByRole('heading', { level: 4, name: LOMMA.children.title }) });
    const text = await children.innerText();
    expect(text).toContain('Åtgärd planerad');
    expect(text).toContain('Åtgärden ”Vuxenvandringar” planerades');
    expect(text).toContain('Förslaget att gå vidare från åtgärder till uppföljning och utvärdering');
    await h.check(page, 'granskning-andringar');
  });

  it('exports the filtered history as a CSV file for Excel, and as JSON', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.revisor', '/granskning');
    await page.goto(`/granskning?fokusomrade=${LOMMA.children.id}`);
    const csvLink = page.getByRole('link', { name: 'Ladda ner som CSV (för Excel)' });
    expect(await csvLink.getAttribute('href')).toBe(
      `/api/agreements/${LOMMA.agreementId}/audit/export?format=csv&order=desc&focusAreaId=${LOMMA.children.id}`,
    );
    const [csv] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(csv.suggestedFilename()).toBe(`granskning-${LOMMA.agreementId}-${LOMMA.children.id}.csv`);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Föreslog övergång från åtgärder till uppföljning och utvärdering');
    expect(text).toContain('Åtgärdsplanen är klar och barnkonsekvensanalysen gjord.');
    expect(text).toContain('Godkände förslaget att gå vidare från kartläggning till analys för Lokalpolisområde Kävlinge');
    expect(text).not.toContain(LOMMA.burglary.title);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som JSON' }).click()]);
    const rows = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      focusAreaId: string;
      proposalId: string | null;
      references: { id: string }[];
    }[];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.focusAreaId === LOMMA.children.id)).toBe(true);
    // The file for auditors keeps the ids the names stand for.
    expect(rows.some((r) => r.proposalId !== null && UUID.test(r.proposalId))).toBe(true);
    expect(rows.flatMap((r) => r.references.map((ref) => ref.id))).toContain(LOMMA.police);
  });

  it('lays the page out for a tablet without sideways scrolling of the page', async () => {
    const page = await h.newPage('tablet');
    await h.signIn(page, 'lomma.revisor', '/granskning');
    await page.getByRole('table', { name: /^Händelser/ }).waitFor();
    expect(await documentWidths(page)).toBeLessThanOrEqual(0);
    await h.check(page, 'granskning-tablet');
  });
});
