import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FixedClock } from '../support/deterministic.js';
import { join } from 'node:path';
import { ARTIFACTS, startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { childrenFocusAreaWithLateMeasure, decideTogether, LOMMA, lommaClients } from './support/lomma.js';

jest.setTimeout(180_000);

/** The three widths the issue names; the phone is a laptop page narrowed, as the harness knows two. */
const WIDTHS = [
  { name: 'dator', width: 1280, height: 800 },
  { name: 'surfplatta', width: 820, height: 1180 },
  { name: 'mobil', width: 390, height: 844 },
] as const;
type Width = (typeof WIDTHS)[number];

const DAY_MS = 86_400_000;
/** A UTC day a number of days back, at 10:00 UTC (midday in Sweden, the same day there). */
const daysBack = (n: number): { day: string; at: string } => {
  const day = new Date(Date.now() - n * DAY_MS).toISOString().slice(0, 10);
  return { day, at: `${day}T10:00:00.000Z` };
};
const LONG_DATE = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (day: string) => LONG_DATE.format(new Date(`${day}T00:00:00Z`));

/**
 * What of Granskning's own content runs past its column, if anything (the header is the layout's,
 * tested on every page; a wide table scrolls inside its own region and is not counted).
 */
const pageOverflow = (page: Page) =>
  page.evaluate(() => {
    type Box = { getBoundingClientRect(): { right: number }; closest(s: string): unknown; tagName: string; className: string; textContent: string | null };
    const { document } = globalThis as unknown as { document: { querySelector(s: string): Box & { querySelectorAll(s: string): Iterable<Box> } } };
    const audit = document.querySelector('.audit-page');
    const right = audit.getBoundingClientRect().right;
    return [...audit.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > right + 1 && !e.closest('.table-scroll') && !e.closest('.visually-hidden'))
      .map((e) => `${e.tagName}.${e.className}: ${(e.textContent ?? '').slice(0, 40)}`);
  });

/**
 * An auditor's questions on Granskning, at a laptop's, a tablet's and a phone's width. The log
 * begins three days back (the demo seed); that day the burglary focus area is prioritised; two
 * days back "Barn och ungdomar" is taken to measures with a child impact assessment and a proposal
 * only the municipality has approved; yesterday the police approves it and an outcome is recorded.
 * The auditor asks for the plan before the log began, the plan as it stood, the two days side by
 * side, replays the focus area decision by decision, and downloads the history as a CSV file.
 */
describe('Granskning: the auditor replays the history (browser)', () => {
  let h: BrowserHarness;
  const began = daysBack(3);
  const measures = daysBack(2);
  const evaluation = daysBack(1);

  beforeAll(async () => {
    const clock = new FixedClock(began.at);
    h = await startBrowserHarness({ clock });
    const clients = await lommaClients(h.server);
    await decideTogether(clients, LOMMA.burglary.id, { transition: 'prioritise', grounds: 'Inbrotten i villaområdena har ökat två år i rad.' });
    clock.set(measures.at);
    await childrenFocusAreaWithLateMeasure(clients);
    clock.set(evaluation.at);
    const path = `/focus-areas/${LOMMA.children.id}`;
    const { focusArea } = (await clients.coordinator.get(path)).body;
    const approved = await clients.policeCouncil.post(`${path}/proposals/${focusArea.pendingProposal.proposalId}/approvals`, {});
    expect(approved.status).toBeLessThan(300);
    const goalId = focusArea.work.goals[0].goalId;
    const outcome = await clients.coordinator.put(`${path}/goals/${goalId}/outcome`, {
      production: 'Trettio kvällar genomförda',
      process: 'Färre frivilliga än väntat',
      effect: { measuredValue: 24, comment: 'Förbättring, målet nåddes inte' },
    });
    expect(outcome.status).toBeLessThan(300);
    // The browser signs in now: the app's clock back at the real time, so the session is current.
    clock.set(new Date().toISOString());
  });
  afterAll(() => h?.close());

  const open = async (width: Width, path = '/granskning'): Promise<Page> => {
    const page = await h.newPage('laptop');
    await page.setViewportSize({ width: width.width, height: width.height });
    await h.signIn(page, 'lomma.revisor', '/granskning');
    // Signing in lands on the page without its query; the address is then opened as a link would be.
    if (path !== '/granskning') await page.goto(path);
    await page.getByRole('heading', { level: 2, name: 'Händelser' }).waitFor();
    return page;
  };

  describe.each(WIDTHS)('at $width px ($name)', (width) => {
    it('says plainly that the log had not begun, and shows the plan as it stood with everything the focus area page shows', async () => {
      const page = await open(width);
      const when = page.getByLabel('Datum och klockslag');
      await when.fill('2020-01-01T12:00:00');
      await page.getByRole('button', { name: 'Visa planen' }).click();
      await page.getByText(`Loggen börjar ${longDate(began.day)}; planen fanns inte före det datumet.`).waitFor();
      expect(await page.getByRole('heading', { level: 3, name: /loggen hade inte börjat$/ }).count()).toBe(1);

      await when.fill(`${measures.day}T23:59:59`);
      await page.getByRole('button', { name: 'Visa planen' }).click();
      const children = page.getByRole('article', { name: LOMMA.children.title });
      await children.getByRole('table', { name: `Åtgärder i ${LOMMA.children.title}` }).waitFor();
      await children.getByText(/Godkände förslaget att gå vidare från analys till åtgärder för Lokalpolisområde Kävlinge/).waitFor();
      const text = await children.innerText();
      for (const shown of [
        'Trygghetsmätningen 2023', // source
        'Få vuxna ute kvällstid', // cause
        'Färre unga känner sig otrygga', // goal
        'Vuxenvandringar', // measure
        'Barnkonsekvensanalys',
        'Berör unga 13–17 år.',
        'Väntade på rådet',
        'Godkänt för Lomma kommun',
        'Väntade på Lokalpolisområde Kävlinge',
        'Beslut i rådet',
        'Rådsrepresentant', // who decided: the role, never a name
      ])
        expect(text).toContain(shown);
      expect(text).not.toContain('Utfall, effekt');
      expect(await pageOverflow(page)).toEqual([]);
      await h.check(page, `granskning-planen-da-${width.name}`);
      await page
        .locator('section', { has: page.locator('#planen') })
        .screenshot({ path: join(ARTIFACTS, `granskning-planen-da-${width.name}-avsnitt.png`) });

      await when.fill(`${evaluation.day}T23:59:59`);
      await page.getByRole('button', { name: 'Visa planen' }).click();
      await children.getByText('Utfall, effekt').waitFor();
      const after = await children.innerText();
      expect(after).toContain('24 – Förbättring, målet nåddes inte');
      expect(after).not.toContain('Väntade på rådet');
    });

    it('compares two days side by side, the changes listed and the changed focus area marked; stacked on a phone', async () => {
      const page = await open(width, `/granskning?fore=${measures.day}&efter=${evaluation.day}`);
      const heading = page.getByRole('heading', {
        level: 3,
        name: new RegExp(`ändring(ar)? mellan ${longDate(measures.day)} och ${longDate(evaluation.day)}$`),
      });
      await heading.waitFor();
      const earlier = page.getByRole('region', { name: `Planen ${longDate(measures.day)}` });
      const later = page.getByRole('region', { name: `Planen ${longDate(evaluation.day)}` });
      await later.getByRole('article', { name: LOMMA.children.title }).getByText('Utfall, effekt').waitFor();
      expect(await earlier.getByRole('article', { name: LOMMA.children.title }).innerText()).toContain('Väntade på rådet');
      const marked = await later.getByRole('article', { name: LOMMA.children.title }).innerText();
      expect(marked).toMatch(/Ändrat sedan den första tidpunkten: \d+ ändringar?/);
      expect(await later.getByRole('article', { name: LOMMA.burglary.title }).innerText()).not.toContain('Ändrat sedan');
      const changes = await page.locator('.compare .changes').innerText();
      expect(changes).toContain('Utfall');

      const [a, b] = [await earlier.boundingBox(), await later.boundingBox()];
      if (width.width >= 1024) expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
      else expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
      expect(await pageOverflow(page)).toEqual([]);
      await h.check(page, `granskning-jamforelse-${width.name}`);
      await page
        .locator('section', { has: page.locator('#jamfor') })
        .screenshot({ path: join(ARTIFACTS, `granskning-jamforelse-${width.name}-avsnitt.png`) });
    });

    it('replays the focus area decision by decision: forward, back, to a day, from the keyboard, the step in the address and announced', async () => {
      const page = await open(width);
      const replay = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Spela upp historiken' }) });
      await replay.getByLabel('Vad spelas upp').selectOption({ label: LOMMA.children.title });
      await replay.getByRole('button', { name: 'Spela upp' }).click();
      await replay.locator('.replay__position', { hasText: /^Steg 1 av \d+$/ }).waitFor();
      expect(page.url()).toContain(`uppspelning=${LOMMA.children.id}`);
      expect(page.url()).toContain('steg=1');
      const total = Number(/av (\d+)/.exec(await replay.locator('.replay__position').innerText())![1]);
      expect(total).toBeGreaterThan(6);
      const plan = replay.locator('.replay__plan');
      await plan.getByRole('article', { name: LOMMA.children.title }).waitFor();
      const first = await plan.innerText();

      // Forward with the keyboard: the step moves, the address keeps it, the live region says it.
      await replay.getByRole('button', { name: 'Nästa' }).focus();
      await page.keyboard.press('Enter');
      await replay.locator('.replay__position', { hasText: `Steg 2 av ${total}` }).waitFor();
      expect(page.url()).toContain('steg=2');
      await page
        .locator('[aria-live]')
        .filter({ hasText: /^Steg 2 av \d+, / })
        .waitFor({ state: 'attached' });
      await page.keyboard.press('ArrowRight');
      await replay.locator('.replay__position', { hasText: `Steg 3 av ${total}` }).waitFor();
      await plan.getByRole('article', { name: LOMMA.children.title }).waitFor();
      expect(await plan.innerText()).not.toBe(first);

      // Back with the browser's back button, then with the arrow key.
      await page.goBack();
      await replay.locator('.replay__position', { hasText: `Steg 2 av ${total}` }).waitFor();
      await replay.getByRole('button', { name: 'Föregående' }).click();
      await replay.locator('.replay__position', { hasText: `Steg 1 av ${total}` }).waitFor();

      // To a day: the last decision that day is the police's approval, one step with the move to evaluation it completed.
      await replay.getByLabel('Hoppa till datum').fill(evaluation.day);
      await replay.getByRole('button', { name: 'Hoppa', exact: true }).click();
      await replay.locator('.replay__position', { hasText: `Steg ${total} av ${total}` }).waitFor();
      await replay.getByRole('heading', { level: 3, name: 'Godkännande av part' }).waitFor();
      const event = await replay.locator('.replay__event').innerText();
      expect(event).toContain('Godkände förslaget att gå vidare från åtgärder till uppföljning och utvärdering för Lokalpolisområde Kävlinge');
      expect(event).toContain('Gick vidare från åtgärder till uppföljning och utvärdering enligt rådets beslut');
      await plan
        .getByText(/uppföljning och utvärdering/i)
        .first()
        .waitFor();
      await replay.getByLabel('Hoppa till datum').fill('2020-01-01');
      await replay.getByRole('button', { name: 'Hoppa', exact: true }).click();
      await replay.getByText(`Uppspelningen börjar ${longDate(began.day)}; inget hade hänt före den dagen.`).waitFor();

      expect(await pageOverflow(page)).toEqual([]);
      await h.check(page, `granskning-uppspelning-${width.name}`);
      await replay.screenshot({ path: join(ARTIFACTS, `granskning-uppspelning-${width.name}-avsnitt.png`) });

      // The address is shareable: a new tab opens at the same step.
      const shared = await open(width, new URL(page.url()).pathname + new URL(page.url()).search);
      await shared.locator('.replay__position', { hasText: `Steg ${total} av ${total}` }).waitFor();
      await shared.getByRole('heading', { level: 3, name: 'Godkännande av part' }).waitFor();
    });
  });

  it('replays the whole agreement event by event, the plan of every focus area after each step', async () => {
    const page = await open(WIDTHS[0]);
    const replay = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Spela upp historiken' }) });
    await replay.getByLabel('Vad spelas upp').selectOption({ label: 'Hela överenskommelsen' });
    await replay.getByLabel('Steg').selectOption({ label: 'Händelse för händelse' });
    await replay.getByRole('button', { name: 'Spela upp' }).click();
    await replay.locator('.replay__position', { hasText: /^Steg 1 av \d+$/ }).waitFor();
    expect(page.url()).toContain('uppspelning=overenskommelse');
    expect(page.url()).toContain('urval=alla');
    // The first event is the agreement's registration: its plan already has the focus areas proposed with it, or none.
    await replay.getByRole('heading', { level: 3, name: 'Överenskommelse registrerad' }).waitFor();
    await replay.getByRole('button', { name: 'Senaste' }).click();
    const plan = replay.locator('.replay__plan');
    await plan.getByRole('article', { name: LOMMA.children.title }).getByText('Utfall, effekt').waitFor();
    await plan.getByRole('article', { name: LOMMA.burglary.title }).waitFor();
    await h.check(page, 'granskning-uppspelning-overenskommelse-dator');
  });

  it('downloads the CSV the screen shows: Swedish event names, Swedish local times, the same order, the filter in the file name', async () => {
    const page = await open(WIDTHS[0], `/granskning?fokusomrade=${LOMMA.children.id}&typ=TransitionApproved&fran=${measures.day}&till=${evaluation.day}`);
    const table = page.getByRole('table', { name: /^Händelser, sida 1 av/ });
    await table.waitFor();
    const screen = await table.locator('tbody td:nth-child(3)').allInnerTexts();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som CSV (för Excel)' }).click()]);
    expect(csv.suggestedFilename()).toBe(
      `granskning-${LOMMA.agreementId}-${measures.day}--${evaluation.day}-${LOMMA.children.id}-godkannande-av-part.csv`,
    );
    const [header, ...rows] = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(header!.slice(0, 3)).toEqual(['Tidpunkt (svensk tid)', 'Händelse', 'Sammanfattning']);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Godkännande av part']));
    for (const row of rows) expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Newest first, as the table: the police's approval yesterday (12:00 in Sweden) before the day before's.
    expect(rows[0]![0]).toMatch(new RegExp(`^${evaluation.day} 1[12]:00$`));
    expect(rows.map((r) => r[2])).toEqual(screen);
  });
});
