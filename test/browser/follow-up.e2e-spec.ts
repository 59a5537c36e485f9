import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { unfit } from './support/fits.js';
import { ARTIFACTS, startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { decideTogether, LOMMA, lommaClients, type LommaClients } from './support/lomma.js';
import { atEachWidth, OVERFLOW_SCRIPT, VIEWPORT_NAMES, VIEWPORTS, type ViewportName } from './support/widths.js';

jest.setTimeout(240_000);

const ok = <T extends { status: number; body: unknown }>(res: T, what: string): T => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

type Factor = 'risk' | 'protective' | 'place' | 'time';
const FACTOR_WORD: Readonly<Record<Factor, string>> = { risk: 'riskfaktor', protective: 'skyddsfaktor', place: 'plats', time: 'tid' };

/** One focus area's plan, made in the browser at one width: the same steps and figures, its own words. */
interface Plan {
  readonly focusArea: { readonly id: string; readonly title: string };
  readonly problem: { readonly what: string; readonly where: string; readonly when: string; readonly howOften: string };
  readonly causes: readonly [{ readonly description: string; readonly factor: Factor }, { readonly description: string; readonly factor: Factor }];
  readonly measure: {
    readonly activity: string;
    readonly operationalGoal: string;
    readonly responsibleFunction: string;
    readonly collaborators: readonly [string, string];
    readonly followUpMethod: string;
    readonly kind: 'Ordinarie verksamhet' | 'Särskild insats';
  };
  readonly goal: { readonly description: string; readonly indicator: string; readonly followUpMethod: string };
}

/** A focus area per width, so each width plans a measure before its goal from the start. */
const PLANS: Readonly<Record<ViewportName, Plan>> = {
  laptop: {
    focusArea: LOMMA.children,
    problem: { what: 'Skadegörelse', where: 'Bjärred centrum', when: 'Fredagskvällar', howOften: 'Varje vecka' },
    causes: [
      { description: 'Få vuxna ute kvällstid', factor: 'place' },
      { description: 'Få fritidsaktiviteter på fredagar', factor: 'protective' },
    ],
    measure: {
      activity: 'Fredagsöppen fritidsgård med vuxenvandring',
      operationalGoal: 'Öppet 30 fredagar per år',
      responsibleFunction: 'Fritidschef',
      collaborators: ['Bjärehovsskolan', 'Lommabygdens fritidsförening'],
      followUpMethod: 'Närvarolistor varje kvartal',
      kind: 'Ordinarie verksamhet',
    },
    goal: {
      description: 'Färre unga känner sig otrygga i Bjärred centrum',
      indicator: 'Andel unga som känner sig otrygga, procent',
      followUpMethod: 'Skolenkäten, varje termin',
    },
  },
  tablet: {
    focusArea: LOMMA.burglary,
    problem: { what: 'Bostadsinbrott', where: 'Villaområdena i Bjärred', when: 'Dagtid under semestrarna', howOften: 'Flera i månaden' },
    causes: [
      { description: 'Mörka gång- och cykelvägar i villaområdena', factor: 'place' },
      { description: 'Få grannsamverkansområden i Bjärred', factor: 'protective' },
    ],
    measure: {
      activity: 'Grannsamverkan startas i tre nya områden',
      operationalGoal: 'Tre nya områden med kontaktombud',
      responsibleFunction: 'Säkerhetschef',
      collaborators: ['Villaägarföreningen', 'Bostadsbolaget'],
      followUpMethod: 'Antal områden, rapport varje halvår',
      kind: 'Särskild insats',
    },
    goal: {
      description: 'Färre bostadsinbrott i villaområdena',
      indicator: 'Anmälda bostadsinbrott per 10 000 invånare',
      followUpMethod: 'Polisens statistik, varje halvår',
    },
  },
  phone: {
    focusArea: LOMMA.alcohol,
    problem: { what: 'Servering till minderåriga', where: 'Restauranger i Lomma hamn', when: 'Helgkvällar', howOften: 'Flera fall per år' },
    causes: [
      { description: 'Nyanställd personal utan utbildning', factor: 'risk' },
      { description: 'Få kontrollköp under sommaren', factor: 'time' },
    ],
    measure: {
      activity: 'Kontrollköp och utbildning i ansvarsfull alkoholservering',
      operationalGoal: 'Varje restaurang kontrolleras två gånger per år',
      responsibleFunction: 'Alkoholhandläggare',
      collaborators: ['Restaurangerna i Lomma hamn', 'Länsstyrelsen Skåne'],
      followUpMethod: 'Tillsynsrapport varje halvår',
      kind: 'Ordinarie verksamhet',
    },
    goal: {
      description: 'Färre restauranger serverar minderåriga',
      indicator: 'Andel kontrollköp där minderåriga fick köpa, procent',
      followUpMethod: 'Kontrollköpen, halvårsvis',
    },
  },
};
const CHILDREN = PLANS.laptop;

/**
 * Uppföljning as a coordinator, in Brå's order, at each width (1280, 820 and 390 px) on a focus
 * area of its own: the focus area reaches the measures step with two causes (through the API); in
 * the browser the coordinator plans a measure before any goal (two causes, shared with the police,
 * two organisations named as collaborators), then sets the goal and links the measure from the
 * goal's form, records two measurements and a planned one, and sees the progress from baseline
 * towards target. At each width the forms fit the window with every label shown, axe is clean and
 * screenshots go to test/artifacts. Then: a measure past its due date still marked green is warned
 * about, and a goal contributes to an overall goal of the agreement.
 */
describe('Uppföljning in the browser', () => {
  let h: BrowserHarness;
  let clients: LommaClients;
  const apiOf = (plan: Plan) => `/focus-areas/${plan.focusArea.id}`;
  const pathOf = (plan: Plan) => `/fokusomraden/${plan.focusArea.id}`;

  /** Prioritised, mapped and analysed with the plan's two causes: the measures step, through the API. */
  const toMeasuresStep = async (plan: Plan) => {
    const { id } = plan.focusArea;
    const c = clients.coordinator;
    await decideTogether(clients, id, { transition: 'prioritise', grounds: 'Lägesbilden visar att området behöver samverkan.' });
    ok(await c.put(`${apiOf(plan)}/problem-statement`, plan.problem), 'problem');
    ok(await c.post(`${apiOf(plan)}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen 2024' }), 'source');
    await decideTogether(clients, id, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
    for (const cause of plan.causes) ok(await c.post(`${apiOf(plan)}/causes`, cause), `cause ${cause.description}`);
    await decideTogether(clients, id, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
  };

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
    for (const viewport of VIEWPORT_NAMES) await toMeasuresStep(PLANS[viewport]);
  });
  afterAll(() => h?.close());

  const open = async (plan: Plan, viewport: ViewportName = 'laptop'): Promise<Page> => {
    const page = await h.newPage(viewport);
    await h.signIn(page, 'lomma.samordnare', pathOf(plan));
    await page.getByRole('heading', { level: 2, name: 'Var fokusområdet står' }).waitFor();
    return page;
  };

  /** The measure in the action plan as this width shows it: a row of the table on a laptop, a card below. */
  const inThePlan = (page: Page, viewport: ViewportName, activity: string) =>
    viewport === 'laptop'
      ? page.getByRole('table', { name: /^Åtgärdsplanen enligt Brås modell/ }).getByRole('row', { name: activity })
      : page.getByRole('list', { name: 'Åtgärdsplanen, en åtgärd i taget' }).getByRole('article', { name: activity });

  for (const viewport of VIEWPORT_NAMES) {
    const { width } = VIEWPORTS[viewport];
    const plan = PLANS[viewport];
    const [first, second] = plan.causes;

    it(`plans a measure before its goal, sets the goal, links them and follows the indicator up (${plan.focusArea.title}, ${width} px)`, async () => {
      const page = await open(plan, viewport);

      const measure = page.getByRole('form', { name: 'Lägg till en åtgärd' });
      await measure
        .getByLabel('Orsak', { exact: false })
        .first()
        .selectOption({ label: `${first.description} (${FACTOR_WORD[first.factor]})` });
      expect(await measure.getByLabel('Mål (kan kopplas senare)', { exact: false }).inputValue()).toBe('');
      await measure.getByRole('group', { name: 'Fler orsaker som åtgärden riktar sig mot' }).getByLabel(second.description).check();
      await measure.getByLabel('Åtgärd', { exact: false }).first().fill(plan.measure.activity);
      await measure.getByLabel('Operativt mål', { exact: false }).first().fill(plan.measure.operationalGoal);
      await measure.getByLabel('När (klar senast)', { exact: false }).fill('2025-06-30');
      await measure.getByLabel('Vem: ansvarig part', { exact: false }).selectOption({ label: 'Lomma kommun' });
      await measure.getByLabel('Vem: ansvarig funktion', { exact: false }).fill(plan.measure.responsibleFunction);
      const shared = measure.getByRole('group', { name: 'Delat ansvar: fler parter som ansvarar' });
      await shared.getByLabel(/Kävlinge/).check();
      await shared.getByLabel(/^Funktion hos/).fill('Kommunpolis');
      expect(await measure.getByText('organisationer, inte personer', { exact: false }).count()).toBe(1);
      await measure.getByLabel('Samverkanspartner', { exact: false }).fill(plan.measure.collaborators.join('\n'));
      await measure.getByLabel('Uppföljning', { exact: false }).first().fill(plan.measure.followUpMethod);
      await measure.getByLabel(plan.measure.kind).check();
      // Filled in, every field and label of the form within the window, nothing to scroll sideways for.
      expect(await unfit(measure)).toEqual([]);
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
      await h.check(page, `uppfoljning-atgardsformular-${width}`);
      await measure.screenshot({ path: join(ARTIFACTS, `uppfoljning-atgardsformular-formularet-${width}.png`) });
      await measure.getByRole('button', { name: 'Lägg till åtgärden' }).click();
      await page.getByText('Åtgärden är tillagd i åtgärdsplanen.').waitFor();

      // The measure waits for its goal, and the measures may not be decided without one.
      await page.getByText(`En åtgärd väntar på ett mål: ${plan.measure.activity}`, { exact: false }).waitFor();
      const waiting = inThePlan(page, viewport, plan.measure.activity);
      await waiting.getByText('Mål saknas').waitFor();
      const planned = ok(await clients.coordinator.get(apiOf(plan)), 'read').body.focusArea.work.measures[0];
      expect(planned).toMatchObject({
        activity: plan.measure.activity,
        furtherCauseIds: [expect.any(String)],
        coResponsible: [{ partyId: LOMMA.police, function: 'Kommunpolis' }],
        collaborators: plan.measure.collaborators,
      });
      expect(planned.goalId).toBeUndefined();

      // A target date after the agreement's period is refused in the form, naming the period.
      const goal = page.getByRole('form', { name: 'Lägg till ett mål' });
      await goal.getByLabel('Mål', { exact: false }).first().fill(plan.goal.description);
      await goal.getByLabel('Indikator').fill(plan.goal.indicator);
      await goal.getByLabel('Utgångsvärde').fill('12');
      await goal.getByLabel('Målvärde').fill('6');
      await goal.getByLabel('Måldatum', { exact: false }).fill('2028-06-30');
      await goal.getByLabel('Uppföljningsmetod').fill(plan.goal.followUpMethod);
      await goal.getByRole('group', { name: 'Koppla åtgärder till målet' }).getByLabel(plan.measure.activity).check();
      await goal.getByRole('button', { name: 'Lägg till målet' }).click();
      await goal.getByText('Måldatum måste ligga inom överenskommelsens period', { exact: false }).first().waitFor();
      expect(await unfit(goal)).toEqual([]);
      await h.check(page, `uppfoljning-malformular-fel-${width}`);
      await goal.screenshot({ path: join(ARTIFACTS, `uppfoljning-malformular-formularet-${width}.png`) });
      await goal.getByLabel('Måldatum', { exact: false }).fill('2027-06-30');
      await goal.getByRole('button', { name: 'Lägg till målet' }).click();
      await page.getByText('Målet är tillagt.').waitFor();

      const goals = page.getByRole('region', { name: 'Mål', exact: true });
      const item = goals.getByRole('listitem').filter({ hasText: plan.goal.description }).first();
      await item.getByText('SMART: komplett').waitFor();
      await item.getByRole('list', { name: 'Åtgärder som bidrar till målet' }).getByText(plan.measure.activity).waitFor();
      expect(await page.getByText(/väntar på ett mål/).count()).toBe(0);

      // In the action plan the measure stands under its goal with both causes, the party sharing the
      // responsibility and the collaborators, in the layout this width has.
      const entry = inThePlan(page, viewport, plan.measure.activity);
      await entry.getByText(`${plan.goal.description} (indikator: ${plan.goal.indicator})`).waitFor();
      expect(await entry.isVisible()).toBe(true);
      const shown = await entry.innerText();
      for (const expected of [
        first.description,
        second.description,
        `Lomma kommun (${plan.measure.responsibleFunction})`,
        'Lokalpolisområde Kävlinge (Kommunpolis)',
        plan.measure.collaborators.join(' och '),
      ])
        expect(shown).toContain(expected);

      // Two follow-ups of the indicator: 12 → 9,5 → 8 is two thirds of the way to 6.
      await item.getByText('Registrera en mätning', { exact: true }).click();
      for (const [day, value] of [
        ['2025-03-01', '9,5'],
        ['2025-09-01', '8'],
      ] as const) {
        const form = item.getByRole('form', { name: /^Registrera en mätning för målet/ });
        await form.getByLabel('Mätdatum', { exact: false }).fill(day);
        await form.getByLabel('Uppmätt värde', { exact: false }).fill(value);
        await form.getByRole('button', { name: 'Registrera mätningen' }).click();
        await form.getByText('Mätningen är registrerad.').waitFor();
      }
      const followUp = item.getByRole('region', { name: 'Uppföljning av indikatorn' });
      await followUp.getByText('Senaste mätning 8: 67 % av vägen från utgångsvärde 12 till målvärde 6 (en minskning).').waitFor();
      expect(await followUp.getByRole('progressbar').getAttribute('value')).toBe('67');
      expect(await followUp.getByRole('progressbar').isVisible()).toBe(true);
      const cells = async (row: number) => (await followUp.getByRole('row').nth(row).getByRole('cell').allInnerTexts()).slice(0, 2);
      expect([await cells(1), await cells(2)]).toEqual([
        ['1 mars 2025', '9,5'],
        ['1 september 2025', '8'],
      ]);

      // A follow-up planned ahead, not measured yet.
      const ahead = item.getByRole('form', { name: /^Registrera en mätning för målet/ });
      await ahead.getByLabel('Mätdatum', { exact: false }).fill('2027-03-01');
      await ahead.getByRole('button', { name: 'Registrera mätningen' }).click();
      await followUp.getByText('Ej mätt ännu', { exact: true }).waitFor();

      // The goal with its measures, measurements, bar and open form fits the width; so does the page.
      expect(await unfit(item)).toEqual([]);
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
      await h.check(page, `uppfoljning-mal-och-matningar-${width}`);
      await item.screenshot({ path: join(ARTIFACTS, `uppfoljning-mal-och-matningar-malet-${width}.png`) });
      await entry.screenshot({ path: join(ARTIFACTS, `uppfoljning-atgarden-i-planen-${width}.png`) });
      await page.context().close();
    });
  }

  it('warns of a measure past its due date still marked green, at 1280, 820 and 390 px', async () => {
    const measureId = ok(await clients.coordinator.get(apiOf(CHILDREN)), 'read').body.focusArea.work.measures[0].measureId;
    ok(await clients.coordinator.put(`${apiOf(CHILDREN)}/measures/${measureId}/status`, { status: 'green' }), 'status');
    await atEachWidth(async (viewport, width) => {
      const page = await open(CHILDREN, viewport);
      const item = page.getByRole('region', { name: 'Mål', exact: true }).getByRole('listitem').filter({ hasText: CHILDREN.goal.description }).first();
      const warning = item.getByText(/Markerad grön men skulle vara klar 30 juni 2025/);
      await warning.waitFor();
      expect(await warning.isVisible()).toBe(true);
      await item.getByText(/67 % av vägen/).waitFor();
      expect(await unfit(item)).toEqual([]);
      await h.check(page, `uppfoljning-gron-men-sen-${width}`);
      await item.screenshot({ path: join(ARTIFACTS, `uppfoljning-malet-${width}.png`) });
      await page.context().close();
    });
  });

  it('states an overall goal of the agreement, lets the goal contribute to it and lists the contribution', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/overenskommelsen');
    const section = page.getByRole('region', { name: 'Övergripande mål' });
    await section.waitFor();
    const form = section.getByRole('form', { name: 'Lägg till ett övergripande mål' });
    await form.getByLabel('Övergripande mål', { exact: false }).fill('Ökad trygghet för barn och unga i hela kommunen');
    await form.getByRole('button', { name: 'Lägg till målet' }).click();
    await section.getByText('Ökad trygghet för barn och unga i hela kommunen').waitFor();
    await section.getByText('Inget fokusområdes mål bidrar ännu.').waitFor();

    await page.goto(pathOf(CHILDREN));
    const item = page.getByRole('region', { name: 'Mål', exact: true }).getByRole('listitem').filter({ hasText: CHILDREN.goal.description }).first();
    await item.getByRole('button', { name: /^Ändra målet/ }).click();
    const edit = page.getByRole('form', { name: /^Ändra målet:/ });
    await edit.getByLabel('Bidrar till övergripande mål').selectOption({ label: 'Ökad trygghet för barn och unga i hela kommunen' });
    await edit.getByRole('button', { name: 'Spara målet' }).click();
    await page.getByText('Målet är ändrat.').waitFor();
    await item.getByText('Ökad trygghet för barn och unga i hela kommunen').waitFor();

    await page.goto('/overenskommelsen');
    const contributions = page.getByRole('list', { name: 'Mål som bidrar till Ökad trygghet för barn och unga i hela kommunen' });
    await contributions.waitFor();
    expect(await contributions.innerText()).toBe(`Barn och ungdomar: ${CHILDREN.goal.description}`);
    await atEachWidth(async (viewport, width) => {
      await page.setViewportSize(VIEWPORTS[viewport]);
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toBeLessThanOrEqual(0);
      await h.check(page, `uppfoljning-overgripande-mal-${width}`);
    });
  });
});
