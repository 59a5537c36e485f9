import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { decideTogether, LOMMA, lommaClients, propose, type LommaClients } from './support/lomma.js';

jest.setTimeout(180_000);

const ok = <T extends { status: number; body: unknown }>(res: T, what: string): T => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

/** The three widths of the issue; the harness names two, the phone is set on the page. */
const WIDTHS = [
  { name: '1280', viewport: 'laptop', size: { width: 1280, height: 800 } },
  { name: '820', viewport: 'tablet', size: { width: 820, height: 1180 } },
  { name: '390', viewport: 'laptop', size: { width: 390, height: 844 } },
] as const;

/** The elements of a region that reach past the viewport's right edge (none: the region fits the width). */
const sticksOut = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    type El = { getBoundingClientRect(): { right: number }; tagName: string; className: string };
    const { document, innerWidth } = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<El> };
      innerWidth: number;
    };
    return Array.from(document.querySelectorAll(`${sel}, ${sel} *`))
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  }, selector);

const ALCOHOL = LOMMA.alcohol;
const PAGE = `/fokusomraden/${ALCOHOL.id}`;
const LATE = 'Kontrollköp på restauranger';
const LATER = 'Utbildning i ansvarsfull alkoholservering';
const DONE = 'Tillsynsbesök på stadsfesten';

/**
 * "Alkohol- och tobakstillsyn" through a whole first cycle (set up through the API): three
 * measures, one late (due 2025-03-31), one due later, one done; both goals evaluated, concluded;
 * the coordinator has proposed a new cycle, which the council decides in the browser.
 */
const firstCycle = async (clients: LommaClients) => {
  const path = `/focus-areas/${ALCOHOL.id}`;
  const c = clients.coordinator;
  await decideTogether(clients, ALCOHOL.id, { transition: 'prioritise', grounds: 'Tillsynen behöver samordnas.' });
  ok(
    await c.put(`${path}/problem-statement`, {
      what: 'Servering till minderåriga',
      where: 'Restauranger i Lomma hamn',
      when: 'Helgkvällar',
      howOften: 'Flera fall per år',
    }),
    'problem',
  );
  ok(await c.post(`${path}/sources`, { kind: 'other', title: 'Tillsynsrapporten 2024' }), 'source');
  ok(await c.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen 2024' }), 'source 2');
  await decideTogether(clients, ALCOHOL.id, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
  const cause = ok(await c.post(`${path}/causes`, { description: 'Nyanställd personal utan utbildning', factor: 'risk' }), 'cause').body.causeId;
  await decideTogether(clients, ALCOHOL.id, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
  const goal = async (description: string, indicator: string) =>
    ok(
      await c.post(`${path}/goals`, {
        description,
        indicator,
        baseline: 40,
        target: 80,
        targetDate: '2026-12-31',
        followUpMethod: 'Kontrollköpen, halvårsvis',
      }),
      'goal',
    ).body.goalId as string;
  const refused = await goal('Fler restauranger nekar minderåriga', 'Andel godkända kontrollköp');
  const trained = await goal('All serveringspersonal utbildad', 'Andel utbildad personal');
  const measure = async (activity: string, goalId: string, dueDate: string) =>
    ok(
      await c.post(`${path}/measures`, {
        causeId: cause,
        goalId,
        activity,
        operationalGoal: 'Enligt tillsynsplanen',
        dueDate,
        responsiblePartyId: LOMMA.municipality,
        responsibleFunction: 'Alkoholhandläggare',
        followUpMethod: 'Rapport till styrgruppen',
        kind: 'oneOff',
      }),
      'measure',
    ).body.measureId as string;
  await measure(LATE, refused, '2025-03-31');
  await measure(LATER, trained, '2027-06-30');
  const done = await measure(DONE, refused, '2024-08-31');
  ok(await c.put(`${path}/measures/${done}/status`, { status: 'done' }), 'done');
  ok(await c.put(`${path}/child-impact-assessment`, { summary: 'Skyddar unga mot alkohol.', conclusion: 'Positiv för barn.' }), 'child impact');
  await decideTogether(clients, ALCOHOL.id, { transition: 'advance', grounds: 'Åtgärdsplanen är klar.' });
  for (const goalId of [refused, trained])
    ok(
      await c.put(`${path}/goals/${goalId}/outcome`, { production: 'Delvis genomfört.', process: 'Personalomsättning.', effect: { measuredValue: 55 } }),
      'outcome',
    );
  ok(await c.put(`${path}/conclusion`, { conclusion: 'Tillsynen fortsätter ett år till.' }), 'conclusion');
  await propose(clients, ALCOHOL.id, { transition: 'newCycle', grounds: 'Målen är inte nådda; arbetet fortsätter nästa år.' });
};

/**
 * Cycles that continue, in the browser: the council starts cycle 2; the coordinator finds "För
 * vidare från cykel 1" first on the focus area, keeps one unfinished measure with its goal and a
 * source and drops the rest; cycle 1 stays readable in full; the measure left late in cycle 1 is
 * still on Försenat, named with its cycle. axe runs and a screenshot is taken at every width.
 */
describe('New cycle in the browser (council and coordinator)', () => {
  let h: BrowserHarness;
  let clients: LommaClients;

  const open = async (width: (typeof WIDTHS)[number], username: string, path: string) => {
    const page = await h.newPage(width.viewport);
    await page.setViewportSize(width.size);
    await h.signIn(page, username, path);
    return page;
  };

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
    await firstCycle(clients);
  });
  afterAll(() => h?.close());

  it('the council approves the new cycle, party by party', async () => {
    for (const [username, party] of [
      ['lomma.rad.kommun', 'Lomma kommun'],
      ['lomma.rad.polis', 'Lokalpolisområde Kävlinge'],
    ] as const) {
      const page = await open(WIDTHS[0], username, '/beslut');
      const card = page.getByRole('article', { name: ALCOHOL.title });
      await card.getByRole('button', { name: `Godkänn förslaget om ${ALCOHOL.title}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Godkänn förslaget' });
      await dialog.getByRole('button', { name: `Godkänn för ${party}` }).click();
      await dialog.waitFor({ state: 'hidden' });
      if (username === 'lomma.rad.polis') await h.check(page, 'ny-cykel-beslut-1280');
    }
    const focusArea = ok(await clients.coordinator.get(`/focus-areas/${ALCOHOL.id}`), 'read').body.focusArea;
    expect(focusArea).toMatchObject({ step: 'mapping', cycle: 2 });
  });

  it('offers the unfinished work of cycle 1 first on the page, at every width', async () => {
    for (const width of WIDTHS) {
      const page = await open(width, 'lomma.samordnare', PAGE);
      const panel = page.getByRole('region', { name: 'För vidare från cykel 1' });
      await panel.waitFor();
      // First thing after where the focus area stands: before the steps' own sections.
      const order = await page.locator('main h2').allInnerTexts();
      expect(order.indexOf('För vidare från cykel 1')).toBeLessThan(order.findIndex((t) => t.startsWith('Kartläggning')));
      const measures = panel.getByRole('group', { name: 'Ofärdiga åtgärder' });
      await expect(measures.getByRole('checkbox', { name: LATE }).isChecked()).resolves.toBe(true);
      await expect(measures.getByRole('checkbox', { name: LATER }).isChecked()).resolves.toBe(true);
      await expect(measures.getByRole('checkbox', { name: DONE }).count()).resolves.toBe(0);
      await measures.getByText(/En genomförd åtgärd stannar i cykel 1/).waitFor();
      expect(await sticksOut(page, '.fap-carry')).toEqual([]);
      await h.check(page, `ny-cykel-fora-vidare-${width.name}`);
    }
  });

  it('keeps what the coordinator chose, refusing a measure without its goal, and then says what was kept', async () => {
    const page = await open(WIDTHS[0], 'lomma.samordnare', PAGE);
    const panel = page.getByRole('region', { name: 'För vidare från cykel 1' });
    const measures = panel.getByRole('group', { name: 'Ofärdiga åtgärder' });
    const goals = panel.getByRole('group', { name: 'Mål' });
    // Drop the late measure (it stays in cycle 1), keep the training and a source.
    await measures.getByRole('checkbox', { name: LATE }).uncheck();
    await panel.getByRole('group', { name: 'Källor' }).getByRole('checkbox', { name: 'Tillsynsrapporten 2024' }).check();
    // Dropping the goal the kept measure serves is caught before anything is sent.
    await goals.getByRole('checkbox', { name: 'All serveringspersonal utbildad' }).uncheck();
    await panel.getByRole('button', { name: 'För vidare till cykel 2' }).click();
    await goals.getByText(`Åtgärden ”${LATER}” hör till målet ”All serveringspersonal utbildad”.`, { exact: false }).waitFor();
    await h.check(page, 'ny-cykel-mal-saknas-1280');
    await goals.getByRole('checkbox', { name: 'All serveringspersonal utbildad' }).check();
    await goals.getByRole('checkbox', { name: 'Fler restauranger nekar minderåriga' }).uncheck();
    await panel.getByRole('button', { name: 'För vidare till cykel 2' }).click();

    const done = page.getByRole('region', { name: 'Fört vidare från cykel 1' });
    await done.waitFor();
    const text = await done.innerText();
    expect(text).toContain(LATER);
    expect(text).toContain('All serveringspersonal utbildad');
    expect(text).toContain('Tillsynsrapporten 2024');
    expect(text).toContain('Nyanställd personal utan utbildning');
    expect(text).not.toContain(LATE);
    await done.getByText('Arbetet från cykel 1 är fört vidare till cykel 2.').waitFor();
    // The form is gone; focus is on the summary's heading, not lost at the top of the page.
    await expect(
      page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent),
    ).resolves.toBe('Fört vidare från cykel 1');
    await h.check(page, 'ny-cykel-fort-vidare-1280');

    const work = ok(await clients.coordinator.get(`/focus-areas/${ALCOHOL.id}`), 'read').body.focusArea.work;
    expect(work.measures.map((m: { activity: string }) => m.activity)).toEqual([LATER]);
  });

  it('keeps cycle 1 readable in full: problem, sources, causes, goals with outcomes, action plan, assessment, conclusion', async () => {
    for (const width of WIDTHS) {
      const page = await open(width, 'lomma.samordnare', PAGE);
      const earlier = page.getByRole('region', { name: 'Tidigare cykler' });
      await earlier.waitFor();
      await earlier.locator('summary', { hasText: 'Cykel 1' }).click();
      const text = await earlier.innerText();
      for (const expected of [
        'Servering till minderåriga',
        'Tillsynsrapporten 2024',
        'Trygghetsmätningen 2024',
        'Nyanställd personal utan utbildning',
        'Fler restauranger nekar minderåriga',
        'Delvis genomfört.',
        LATE,
        DONE,
        'Genomförd',
        'Skyddar unga mot alkohol.',
        'Tillsynen fortsätter ett år till.',
      ])
        expect(text).toContain(expected);
      for (const heading of ['Kartläggning', 'Analys: orsaker', 'Mål och uppföljning', 'Åtgärdsplan', 'Barnkonsekvensanalys', 'Slutsats'])
        await earlier.getByRole('heading', { level: 3, name: heading }).waitFor();
      expect(await sticksOut(page, '.fap-prev__cycle')).toEqual([]);
      await h.check(page, `ny-cykel-tidigare-cykel-${width.name}`);
    }
  });

  it('still lists the measure left late in cycle 1 on Försenat, with its cycle', async () => {
    for (const width of WIDTHS) {
      const page = await open(width, 'lomma.samordnare', '/forsenat');
      const table = page.getByRole('table', { name: /^Försenade åtgärder den / });
      await table.waitFor();
      const row = table.getByRole('row', { name: new RegExp(LATE) });
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells[0]).toContain(ALCOHOL.title);
      expect(cells[0]).toContain('Cykel 1, inte förd vidare');
      await expect(table.getByRole('row', { name: new RegExp(LATER) }).count()).resolves.toBe(0);
      await h.check(page, `ny-cykel-forsenat-${width.name}`);
    }
  });
});
