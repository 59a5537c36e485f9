import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { join } from 'node:path';
import { unfit } from './support/fits.js';
import { ARTIFACTS, startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { decideTogether, LOMMA, lommaClients, propose, type LommaClients } from './support/lomma.js';
import { atEachWidth, OVERFLOW_SCRIPT, VIEWPORT_NAMES, VIEWPORTS, type ViewportName } from './support/widths.js';

jest.setTimeout(180_000);

const ok = <T extends { status: number; body: unknown }>(res: T, what: string): T => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

/** One focus area's first cycle: three measures (one late, one due later, one done) serving two goals. */
interface FirstCycle {
  readonly focusArea: { readonly id: string; readonly title: string };
  readonly problem: { readonly what: string; readonly where: string; readonly when: string; readonly howOften: string };
  /** The first is chosen to come along; the second stays behind. */
  readonly sources: readonly [string, string];
  readonly cause: { readonly description: string; readonly factor: 'risk' | 'protective' | 'place' };
  /** The goal of the late and the done measure (dropped), and the goal of the one due later (kept). */
  readonly goals: readonly [{ readonly description: string; readonly indicator: string }, { readonly description: string; readonly indicator: string }];
  readonly late: string;
  readonly later: string;
  readonly done: string;
  readonly childImpact: string;
  readonly conclusion: string;
}

/** A focus area per width, so each width carries a cycle's work forward itself. */
const CYCLES: Readonly<Record<ViewportName, FirstCycle>> = {
  laptop: {
    focusArea: LOMMA.alcohol,
    problem: { what: 'Servering till minderåriga', where: 'Restauranger i Lomma hamn', when: 'Helgkvällar', howOften: 'Flera fall per år' },
    sources: ['Tillsynsrapporten 2024', 'Trygghetsmätningen 2024'],
    cause: { description: 'Nyanställd personal utan utbildning', factor: 'risk' },
    goals: [
      { description: 'Fler restauranger nekar minderåriga', indicator: 'Andel godkända kontrollköp' },
      { description: 'All serveringspersonal utbildad', indicator: 'Andel utbildad personal' },
    ],
    late: 'Kontrollköp på restauranger',
    later: 'Utbildning i ansvarsfull alkoholservering',
    done: 'Tillsynsbesök på stadsfesten',
    childImpact: 'Skyddar unga mot alkohol.',
    conclusion: 'Tillsynen fortsätter ett år till.',
  },
  tablet: {
    focusArea: LOMMA.burglary,
    problem: { what: 'Bostadsinbrott', where: 'Villaområdena i Bjärred', when: 'Dagtid under semestrarna', howOften: 'Flera i månaden' },
    sources: ['Polisens brottsstatistik 2024', 'Trygghetsmätningen 2024'],
    cause: { description: 'Få grannsamverkansområden i Bjärred', factor: 'protective' },
    goals: [
      { description: 'Fler grannsamverkansområden i kommunen', indicator: 'Antal grannsamverkansområden' },
      { description: 'Alla kontaktombud informerade varje år', indicator: 'Andel kontaktombud på informationsmötet' },
    ],
    late: 'Grannsamverkan startas i Önnerup',
    later: 'Informationsmöte för kontaktombuden',
    done: 'Märkning av stöldbegärlig egendom',
    childImpact: 'Barn berörs när hemmet blir otryggt.',
    conclusion: 'Grannsamverkan fortsätter att växa nästa år.',
  },
  phone: {
    focusArea: LOMMA.children,
    problem: { what: 'Skadegörelse', where: 'Bjärred centrum', when: 'Fredagskvällar', howOften: 'Varje vecka' },
    sources: ['Skolenkäten 2024', 'Trygghetsmätningen 2024'],
    cause: { description: 'Få vuxna ute kvällstid', factor: 'place' },
    goals: [
      { description: 'Färre unga känner sig otrygga i Bjärred centrum', indicator: 'Andel unga som känner sig otrygga' },
      { description: 'Fler unga i fritidsaktiviteter på fredagar', indicator: 'Andel unga i föreningarnas verksamhet' },
    ],
    late: 'Vuxenvandringar på fredagskvällar',
    later: 'Fredagsöppen fritidsgård',
    done: 'Sommarlovsaktiviteter 2024',
    childImpact: 'Berör unga 13–17 år.',
    conclusion: 'Fritidsgården fortsätter ett år till.',
  },
};

/** "Alkohol- och tobakstillsyn", whose earlier cycle and late measure are read at every width. */
const ALCOHOL = CYCLES.laptop;
const PAGE = `/fokusomraden/${ALCOHOL.focusArea.id}`;
const { late: LATE, later: LATER, done: DONE } = ALCOHOL;

/**
 * A focus area through a whole first cycle (set up through the API): three measures, one late
 * (due 2025-03-31), one due later, one done; both goals evaluated, concluded; the coordinator has
 * proposed a new cycle, which the council decides in the browser.
 */
const firstCycle = async (clients: LommaClients, cycle: FirstCycle) => {
  const { id } = cycle.focusArea;
  const path = `/focus-areas/${id}`;
  const c = clients.coordinator;
  await decideTogether(clients, id, { transition: 'prioritise', grounds: 'Området behöver samordnas.' });
  ok(await c.put(`${path}/problem-statement`, cycle.problem), 'problem');
  ok(await c.post(`${path}/sources`, { kind: 'other', title: cycle.sources[0] }), 'source');
  ok(await c.post(`${path}/sources`, { kind: 'safetySurvey', title: cycle.sources[1] }), 'source 2');
  await decideTogether(clients, id, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
  const cause = ok(await c.post(`${path}/causes`, cycle.cause), 'cause').body.causeId;
  await decideTogether(clients, id, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
  const goal = async ({ description, indicator }: FirstCycle['goals'][number]) =>
    ok(
      await c.post(`${path}/goals`, { description, indicator, baseline: 40, target: 80, targetDate: '2026-12-31', followUpMethod: 'Mätning halvårsvis' }),
      'goal',
    ).body.goalId as string;
  const dropped = await goal(cycle.goals[0]);
  const kept = await goal(cycle.goals[1]);
  const measure = async (activity: string, goalId: string, dueDate: string) =>
    ok(
      await c.post(`${path}/measures`, {
        causeId: cause,
        goalId,
        activity,
        operationalGoal: 'Enligt planen',
        dueDate,
        responsiblePartyId: LOMMA.municipality,
        responsibleFunction: 'Säkerhetssamordnare',
        followUpMethod: 'Rapport till styrgruppen',
        kind: 'oneOff',
      }),
      'measure',
    ).body.measureId as string;
  await measure(cycle.late, dropped, '2025-03-31');
  await measure(cycle.later, kept, '2027-06-30');
  const done = await measure(cycle.done, dropped, '2024-08-31');
  ok(await c.put(`${path}/measures/${done}/status`, { status: 'done' }), 'done');
  ok(await c.put(`${path}/child-impact-assessment`, { summary: cycle.childImpact, conclusion: 'Positiv för barn.' }), 'child impact');
  await decideTogether(clients, id, { transition: 'advance', grounds: 'Åtgärdsplanen är klar.' });
  for (const goalId of [dropped, kept])
    ok(
      await c.put(`${path}/goals/${goalId}/outcome`, { production: 'Delvis genomfört.', process: 'Personalomsättning.', effect: { measuredValue: 55 } }),
      'outcome',
    );
  ok(await c.put(`${path}/conclusion`, { conclusion: cycle.conclusion }), 'conclusion');
  await propose(clients, id, { transition: 'newCycle', grounds: 'Målen är inte nådda; arbetet fortsätter nästa år.' });
};

/**
 * Cycles that continue, in the browser, at 1280, 820 and 390 px, each width on a focus area of its
 * own: the council starts cycle 2; the coordinator finds "För vidare från cykel 1" first on the
 * focus area, keeps one unfinished measure with its goal and a source and drops the rest (dropping
 * the kept measure's goal is refused first); cycle 1 stays readable in full; the measure left late
 * in cycle 1 is still on Försenat, named with its cycle. At each width the panel and dialog fit the
 * window, axe is clean and screenshots go to test/artifacts.
 */
describe('New cycle in the browser (council and coordinator)', () => {
  let h: BrowserHarness;
  let clients: LommaClients;

  const open = async (viewport: ViewportName, username: string, path: string) => {
    const page = await h.newPage(viewport);
    await h.signIn(page, username, path);
    return page;
  };

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
    for (const viewport of VIEWPORT_NAMES) await firstCycle(clients, CYCLES[viewport]);
  });
  afterAll(() => h?.close());

  for (const viewport of VIEWPORT_NAMES) {
    const { width } = VIEWPORTS[viewport];
    const cycle = CYCLES[viewport];
    const { title } = cycle.focusArea;
    it(`the council approves the new cycle of ${title}, party by party (${width} px)`, async () => {
      for (const [username, party] of [
        ['lomma.rad.kommun', 'Lomma kommun'],
        ['lomma.rad.polis', 'Lokalpolisområde Kävlinge'],
      ] as const) {
        const page = await open(viewport, username, '/beslut');
        const card = page.getByRole('article', { name: title });
        await card.getByRole('button', { name: `Godkänn förslaget om ${title}` }).click();
        const dialog = page.getByRole('dialog', { name: 'Godkänn förslaget' });
        expect(await unfit(dialog)).toEqual([]);
        await dialog.getByRole('button', { name: `Godkänn för ${party}` }).click();
        await dialog.waitFor({ state: 'hidden' });
        if (username === 'lomma.rad.polis') await h.check(page, `ny-cykel-beslut-${width}`);
        await page.context().close();
      }
      const focusArea = ok(await clients.coordinator.get(`/focus-areas/${cycle.focusArea.id}`), 'read').body.focusArea;
      expect(focusArea).toMatchObject({ step: 'mapping', cycle: 2 });
    });
  }

  for (const viewport of VIEWPORT_NAMES) {
    const { width } = VIEWPORTS[viewport];
    const cycle = CYCLES[viewport];
    const [droppedGoal, keptGoal] = cycle.goals;
    const [keptSource, droppedSource] = cycle.sources;

    it(`offers the unfinished work of cycle 1 first on ${cycle.focusArea.title} and keeps what the coordinator chose, refusing a measure without its goal (${width} px)`, async () => {
      const page = await open(viewport, 'lomma.samordnare', `/fokusomraden/${cycle.focusArea.id}`);
      const panel = page.getByRole('region', { name: 'För vidare från cykel 1' });
      await panel.waitFor();
      // First thing after where the focus area stands: before the steps' own sections.
      const order = await page.locator('main h2').allInnerTexts();
      expect(order.indexOf('För vidare från cykel 1')).toBeLessThan(order.findIndex((t) => t.startsWith('Kartläggning')));
      const measures = panel.getByRole('group', { name: 'Ofärdiga åtgärder' });
      const goals = panel.getByRole('group', { name: 'Mål' });
      await expect(measures.getByRole('checkbox', { name: cycle.late }).isChecked()).resolves.toBe(true);
      await expect(measures.getByRole('checkbox', { name: cycle.later }).isChecked()).resolves.toBe(true);
      await expect(measures.getByRole('checkbox', { name: cycle.done }).count()).resolves.toBe(0);
      await measures.getByText(/En genomförd åtgärd stannar i cykel 1/).waitFor();
      expect(await unfit(panel)).toEqual([]);
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
      await h.check(page, `ny-cykel-fora-vidare-${width}`);

      // Drop the late measure (it stays in cycle 1), keep the one due later and a source.
      await measures.getByRole('checkbox', { name: cycle.late }).uncheck();
      await panel.getByRole('group', { name: 'Källor' }).getByRole('checkbox', { name: keptSource }).check();
      // Dropping the goal the kept measure serves is caught before anything is sent.
      await goals.getByRole('checkbox', { name: keptGoal.description }).uncheck();
      await panel.getByRole('button', { name: 'För vidare till cykel 2' }).click();
      await goals.getByText(`Åtgärden ”${cycle.later}” hör till målet ”${keptGoal.description}”.`, { exact: false }).waitFor();
      expect(await unfit(panel)).toEqual([]);
      await h.check(page, `ny-cykel-mal-saknas-${width}`);
      await panel.screenshot({ path: join(ARTIFACTS, `ny-cykel-fora-vidare-panelen-${width}.png`) });
      await goals.getByRole('checkbox', { name: keptGoal.description }).check();
      await goals.getByRole('checkbox', { name: droppedGoal.description }).uncheck();
      await panel.getByRole('button', { name: 'För vidare till cykel 2' }).click();

      const done = page.getByRole('region', { name: 'Fört vidare från cykel 1' });
      await done.waitFor();
      const text = await done.innerText();
      for (const kept of [cycle.later, keptGoal.description, keptSource, cycle.cause.description]) expect(text).toContain(kept);
      for (const dropped of [cycle.late, droppedGoal.description, droppedSource]) expect(text).not.toContain(dropped);
      await done.getByText('Arbetet från cykel 1 är fört vidare till cykel 2.').waitFor();
      // The form is gone; focus is on the summary's heading, not lost at the top of the page.
      await expect(
        page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent),
      ).resolves.toBe('Fört vidare från cykel 1');
      expect(await unfit(done)).toEqual([]);
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
      await h.check(page, `ny-cykel-fort-vidare-${width}`);

      const work = ok(await clients.coordinator.get(`/focus-areas/${cycle.focusArea.id}`), 'read').body.focusArea.work;
      expect(work.measures.map((m: { activity: string }) => m.activity)).toEqual([cycle.later]);
      await page.context().close();
    });
  }

  it('keeps cycle 1 readable in full: problem, sources, causes, goals with outcomes, action plan, assessment, conclusion', async () => {
    await atEachWidth(async (viewport, width) => {
      const page = await open(viewport, 'lomma.samordnare', PAGE);
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
        ALCOHOL.childImpact,
        ALCOHOL.conclusion,
      ])
        expect(text).toContain(expected);
      for (const heading of ['Kartläggning', 'Analys: orsaker', 'Mål och uppföljning', 'Åtgärdsplan', 'Barnkonsekvensanalys', 'Slutsats'])
        await earlier.getByRole('heading', { level: 3, name: heading }).waitFor();
      expect(await unfit(page.locator('.fap-prev__cycle'))).toEqual([]);
      await h.check(page, `ny-cykel-tidigare-cykel-${width}`);
      await page.context().close();
    });
  });

  it('still lists the measure left late in cycle 1 on Försenat, with its cycle', async () => {
    await atEachWidth(async (viewport, width) => {
      const page = await open(viewport, 'lomma.samordnare', '/forsenat');
      const table = page.getByRole('table', { name: /^Försenade åtgärder den / });
      await table.waitFor();
      const row = table.getByRole('row', { name: new RegExp(LATE) });
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells[0]).toContain(ALCOHOL.focusArea.title);
      expect(cells[0]).toContain('Cykel 1, inte förd vidare');
      await expect(table.getByRole('row', { name: new RegExp(LATER) }).count()).resolves.toBe(0);
      await h.check(page, `ny-cykel-forsenat-${width}`);
      await page.context().close();
    });
  });
});
