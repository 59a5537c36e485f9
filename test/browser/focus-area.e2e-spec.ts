import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { tabTo } from './support/keyboard.js';
import { decideTogether, LOMMA, lommaClients, type LommaClients } from './support/lomma.js';

jest.setTimeout(120_000);

const STALE = 'Någon annan har ändrat fokusområdet medan du arbetade. Sidan visar nu det senaste.';

const ok = <T extends { status: number; body: unknown }>(res: T, what: string): T => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

/**
 * Fokusområde in the browser: a coordinator of Lomma records the mapping of a focus area the
 * council has prioritised (set up through the API), sees rules refuse in Swedish, proposes the
 * move to analysis, plans measures in Brå's table, meets a colleague's concurrent change, evaluates
 * and closes, and goes back a step. axe-core runs and a screenshot is saved in every state visited.
 *
 * The page offers only what `possibleCommands` allows, and the API offers an advance only once its
 * gate holds, so "propose advance before the problem statement exists" cannot be sent from the UI:
 * the page shows the gate's checklist instead (tested), and the gate refusal tested through the UI
 * is MeasureDueWithinAgreementPeriod (plus NoPersonalIdentityNumber on the problem statement).
 */
describe('Fokusområde in the browser (coordinator)', () => {
  let h: BrowserHarness;
  let clients: LommaClients;
  const children = `/fokusomraden/${LOMMA.children.id}`;
  const burglary = `/fokusomraden/${LOMMA.burglary.id}`;

  /** "Bostadsinbrott och grannsamverkan" through mapping and analysis into measures, with one SMART goal. */
  const burglaryInMeasures = async () => {
    const id = LOMMA.burglary.id;
    const path = `/focus-areas/${id}`;
    const c = clients.coordinator;
    await decideTogether(clients, id, { transition: 'prioritise', grounds: 'Inbrotten i villaområdena har ökat två år i rad.' });
    ok(
      await c.put(`${path}/problem-statement`, {
        what: 'Bostadsinbrott',
        where: 'Villaområdena i Lomma',
        when: 'Dagtid på vardagar',
        howOften: 'Flera i månaden',
      }),
      'problem',
    );
    ok(await c.post(`${path}/sources`, { kind: 'crimeStatistics', title: 'Anmälda bostadsinbrott 2024' }), 'source');
    await decideTogether(clients, id, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
    ok(await c.post(`${path}/causes`, { description: 'Tomma hus dagtid och få grannar hemma', factor: 'place' }), 'cause');
    await decideTogether(clients, id, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
    ok(
      await c.post(`${path}/goals`, {
        description: 'Färre bostadsinbrott i villaområdena',
        indicator: 'Anmälda bostadsinbrott per 1 000 hushåll',
        baseline: 6.5,
        target: 4,
        targetDate: '2027-06-30',
        followUpMethod: 'Polisens statistik, halvårsvis',
      }),
      'goal',
    );
  };

  const open = async (path: string, username = 'lomma.samordnare', viewport: 'laptop' | 'tablet' = 'laptop'): Promise<Page> => {
    const page = await h.newPage(viewport);
    const said: string[] = [];
    page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
    await h.signIn(page, username, path);
    try {
      await page.getByRole('heading', { level: 2, name: 'Var fokusområdet står' }).waitFor();
    } catch (error) {
      // Say where the browser was and what it showed, rather than only that the heading never came.
      const shown = await page
        .locator('main')
        .innerText()
        .catch(() => '(no main)');
      throw new Error(`${String(error)}\nat ${page.url()}\nconsole: ${said.join(' | ')}\nmain: ${shown.slice(0, 800)}`);
    }
    return page;
  };

  const cycleImage = (page: Page) => page.getByRole('img', { name: /Fokusområdets cykel/ });

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
    await decideTogether(clients, LOMMA.children.id, {
      transition: 'prioritise',
      grounds: 'Lägesbilden 2024 visar ökad oro bland unga i Bjärred.',
      meeting: { name: 'Styrgruppen 1/2025', date: '2025-02-12' },
    });
    await burglaryInMeasures();
  });
  afterAll(() => h?.close());

  it('shows a proposed focus area outside the cycle, with only what is possible now', async () => {
    const page = await open(`/fokusomraden/${LOMMA.alcohol.id}`);
    await page.getByRole('heading', { level: 1, name: LOMMA.alcohol.title }).waitFor();
    await expect(cycleImage(page).isVisible()).resolves.toBe(true);
    await expect(page.locator('svg[role="img"] desc').textContent()).resolves.toContain('har ännu inte prioriterats av rådet');
    await page.getByRole('button', { name: 'Föreslå att fokusområdet prioriteras' }).waitFor();
    await page.locator('summary', { hasText: 'Återkalla fokusområdet' }).waitFor();
    // No step of the cycle has been reached: no forms for the work of a step.
    await expect(page.getByRole('heading', { level: 2, name: /^Kartläggning/ }).count()).resolves.toBe(0);
    await h.check(page, 'fokusomrade-foreslaget');
  });

  it('marks mapping as the current step and says what the gate still needs, offering no advance yet', async () => {
    const page = await open(children);
    await page.getByRole('heading', { level: 1, name: LOMMA.children.title }).waitFor();
    await expect(page.locator('svg[role="img"] desc').textContent()).resolves.toContain('Nuvarande steg: kartläggning, cykel 1.');
    await expect(page.getByRole('heading', { level: 2, name: 'Kartläggning – pågående steg' }).isVisible()).resolves.toBe(true);
    const gate = page.getByRole('heading', { level: 3, name: /Innan ni kan föreslå att gå vidare till analys/ });
    await gate.waitFor();
    const gateText = await page.locator('.fap-gate').innerText();
    expect(gateText).toMatch(/En problemformulering \(vad, var, när och hur ofta\):\s*saknas/);
    expect(gateText).toMatch(/Minst en källa:\s*saknas/);
    await expect(page.getByRole('button', { name: /Föreslå övergång/ }).count()).resolves.toBe(0);
    // The timeline has the prioritisation, with the council's grounds and meeting.
    const timeline = page.getByRole('region', { name: 'Tidslinje' });
    await timeline.getByText('Föreslog att fokusområdet prioriteras och går till kartläggning').waitFor();
    const history = await timeline.innerText();
    expect(history).toContain('Lägesbilden 2024 visar ökad oro bland unga i Bjärred.');
    expect(history).toContain('Styrgruppen 1/2025, 12 februari 2025');
    expect(history).toMatch(
      /Lokalpolisområdeschef, Lokalpolisområde Kävlinge \(överenskommelsen med Lomma kommun\) \(representant i det strategiska rådet\)/,
    );
    expect(history).toMatch(/För part:?\s*Lokalpolisområde Kävlinge/);
    await h.check(page, 'fokusomrade-kartlaggning-tom');
  });

  it('records the mapping through the forms, refusing a personal identity number in Swedish next to the form', async () => {
    const page = await open(children);
    const form = page.getByRole('form', { name: 'Registrera problemformuleringen' });

    // Empty: the client names each missing field, linked to it, and focuses the first.
    await form.getByRole('button', { name: 'Spara problemformuleringen' }).click();
    const what = form.getByLabel('Vad', { exact: false }).first();
    await expect(what.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(what.evaluate((el) => el === (globalThis as any).document.activeElement)).resolves.toBe(true);
    const described = (await what.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => (globalThis as any).document.getElementById(id)?.textContent ?? '')
          .join(' '),
      described,
    );
    expect(errorText).toContain('Skriv vad problemet är.');
    await h.check(page, 'fokusomrade-kartlaggning-falt-saknas');

    await what.fill('Hot mot 050505-1234 vid fritidsgården');
    await form.getByLabel('Var', { exact: false }).first().fill('Bjärred centrum och fritidsgården');
    await form.getByLabel('När', { exact: false }).first().fill('Fredags- och lördagskvällar, 20–24');
    await form.getByLabel('Hur ofta', { exact: false }).first().fill('Varje vecka under terminerna');
    await form.getByRole('button', { name: 'Spara problemformuleringen' }).click();
    const refusal = form.locator('[aria-live="assertive"]');
    await refusal.getByText(/ser ut att innehålla ett personnummer/).waitFor();
    expect(await refusal.innerText()).toContain('Fältet ”vad” ser ut att innehålla ett personnummer. Samverkan hanterar planer och beslut');
    // The refusal names the field "vad", so that field is marked and described by the message too.
    await expect(what.getAttribute('aria-invalid')).resolves.toBe('true');
    // What the user typed is still there to correct.
    await expect(form.getByLabel('Var', { exact: false }).first().inputValue()).resolves.toBe('Bjärred centrum och fritidsgården');
    await h.check(page, 'fokusomrade-kartlaggning-nekad');

    await what.fill('Skadegörelse och ordningsstörningar kring fritidsgården');
    await form.getByRole('button', { name: 'Spara problemformuleringen' }).click();
    await page.getByText('Problemformuleringen är sparad.').waitFor();
    const statement = page.getByRole('region', { name: 'Problemformulering' });
    await expect(statement.innerText()).resolves.toContain('Skadegörelse och ordningsstörningar kring fritidsgården');
    // The form closed and focus went to the button that opens it again.
    await expect(
      page.getByRole('button', { name: 'Ändra problemformuleringen' }).evaluate((el) => el === (globalThis as any).document.activeElement),
    ).resolves.toBe(true);

    const sourceForm = page.getByRole('form', { name: 'Lägg till en källa' });
    await sourceForm.getByLabel('Typ av källa').selectOption({ label: 'Trygghetsmätning' });
    await sourceForm.getByLabel('Källans namn').fill('Polisens trygghetsmätning 2024');
    await sourceForm.getByLabel('Vad källan visar om problemet').fill('Problemindex för ordningsstörningar i Bjärred steg från 1,9 till 2,6.');
    await sourceForm.getByRole('button', { name: 'Lägg till källan' }).click();
    await page.getByText('Källan Polisens trygghetsmätning 2024 är tillagd.').waitFor();
    const sources = await page.getByRole('region', { name: 'Källor' }).innerText();
    expect(sources).toContain('Trygghetsmätning');
    expect(sources).toContain('Polisens trygghetsmätning 2024');
    await expect(sourceForm.getByLabel('Källans namn').inputValue()).resolves.toBe('');
    await h.check(page, 'fokusomrade-kartlaggning-klar');
  });

  it('proposes the move to analysis through the UI, with grounds and meeting, and shows it waiting for both parties', async () => {
    const page = await open(children);
    // The gate holds now: the proposal is offered and the checklist is gone.
    const form = page.getByRole('form', { name: 'Föreslå övergång' });
    await form.waitFor();
    await expect(page.locator('.fap-gate').count()).resolves.toBe(0);
    await expect(form.innerText()).resolves.toContain('Rådet beslutar i samförstånd');

    // Missing grounds, and a meeting with a name but no date: both said at their fields.
    await form.getByLabel('Mötets namn').fill('Styrgruppen 2/2025');
    await form.getByRole('button', { name: 'Föreslå övergång till analys' }).click();
    await form.getByText('Skriv en motivering till rådet.').waitFor();
    await form.getByText(/Ange mötets datum/).waitFor();

    await form.getByLabel('Motivering', { exact: false }).first().fill('Kartläggningen är klar: problemformulering och trygghetsmätningen 2024.');
    await form.getByLabel('Mötets datum').fill('2025-05-14');
    // Keyboard: the submit button is reached with Tab from the date field and pressed with Enter.
    await form.getByLabel('Mötets datum').focus();
    await tabTo(page, /^Föreslå övergång till analys$/, { max: 5 });
    await page.keyboard.press('Enter');

    await page.getByText(/Förslaget är skickat till rådet/).waitFor();
    // The form is gone with the proposal made: focus went to the section's heading, not to the page's top.
    await expect(
      page.getByRole('heading', { level: 2, name: 'Beslut och övergångar' }).evaluate((el) => el === (globalThis as any).document.activeElement),
    ).resolves.toBe(true);
    const pending = page.locator('.fap-pending');
    await pending.waitFor();
    const text = await pending.innerText();
    expect(text).toContain('Gå vidare till nästa steg: från kartläggning till analys');
    expect(text).toContain('Kartläggningen är klar: problemformulering och trygghetsmätningen 2024.');
    expect(text).toContain('Styrgruppen 2/2025, 14 maj 2025');
    expect(text).toMatch(/Väntar på\s*Lomma kommun och Lokalpolisområde Kävlinge/);
    // Only what is possible now: no second proposal while one is pending, but it can be withdrawn.
    await expect(page.getByRole('form', { name: 'Föreslå övergång' }).count()).resolves.toBe(0);
    await expect(page.locator('summary', { hasText: 'Dra tillbaka förslaget' }).isVisible()).resolves.toBe(true);

    // The timeline was read with minPosition: the proposal is there at once.
    const timeline = page.getByRole('region', { name: 'Tidslinje' });
    await timeline.getByText('Föreslog övergång från kartläggning till analys').waitFor();
    const first = await timeline.getByRole('listitem').first().innerText();
    expect(first).toContain('Föreslog övergång från kartläggning till analys');
    expect(first).toMatch(/Säkerhetschef, Lomma kommun \(samordnare\)/);
    expect(first).toContain('Styrgruppen 2/2025');
    await h.check(page, 'fokusomrade-forslag-vantar');

    // The council approves through the API; read again, the page shows analysis.
    const focusArea = await clients.coordinator.get(`/focus-areas/${LOMMA.children.id}`);
    const proposalId = focusArea.body.focusArea.pendingProposal.proposalId as string;
    ok(await clients.municipalityCouncil.post(`/focus-areas/${LOMMA.children.id}/proposals/${proposalId}/approvals`, {}), 'approve (kommun)');
    ok(await clients.policeCouncil.post(`/focus-areas/${LOMMA.children.id}/proposals/${proposalId}/approvals`, {}), 'approve (polis)');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Analys – pågående steg' }).waitFor();
    await expect(page.locator('svg[role="img"] desc').textContent()).resolves.toContain('Nuvarande steg: analys, cykel 1.');
    await h.check(page, 'fokusomrade-analys');
  });

  it('refuses a measure due after the agreement period with the rule in Swedish, at the form and the field', async () => {
    const page = await open(burglary);
    await page.getByRole('heading', { level: 2, name: 'Åtgärder – pågående steg' }).waitFor();
    const gateText = await page.locator('.fap-gate').innerText();
    expect(gateText).toMatch(/Minst en åtgärd i åtgärdsplanen:\s*saknas/);
    // The assessment is in the checklist only where the agreement's policy asks for one for this focus area.
    const required = (await clients.coordinator.get(`/focus-areas/${LOMMA.burglary.id}`)).body.focusArea.childImpactAssessmentRequired as boolean;
    if (required) expect(gateText).toMatch(/En barnkonsekvensanalys:\s*saknas/);
    else expect(gateText).not.toMatch(/barnkonsekvensanalys/i);

    const form = page.getByRole('form', { name: 'Lägg till en åtgärd' });
    await form.getByLabel('Orsak', { exact: false }).first().selectOption({ label: 'Tomma hus dagtid och få grannar hemma (plats)' });
    await form.getByLabel('Mål', { exact: false }).first().selectOption({ label: 'Färre bostadsinbrott i villaområdena' });
    await form.getByLabel('Åtgärd', { exact: false }).first().fill('Grannsamverkan i tre villaområden');
    await form.getByLabel('Operativt mål', { exact: false }).first().fill('Minst 60 procent av hushållen i områdena är anslutna');
    await form.getByLabel('När (klar senast)', { exact: false }).fill('2031-06-30');
    await form.getByLabel('Vem: ansvarig part', { exact: false }).selectOption({ label: 'Lomma kommun' });
    await form.getByLabel('Vem: ansvarig funktion', { exact: false }).fill('Säkerhetschef');
    await form.getByLabel('Uppföljning', { exact: false }).first().fill('Rapport till samverkansgruppen varje kvartal');
    await form.getByLabel('Ordinarie verksamhet').check();
    await form.getByRole('button', { name: 'Lägg till åtgärden' }).click();

    const refusal = form.locator('[aria-live="assertive"]');
    await refusal.getByText(/måste vara klar inom överenskommelsens period/).waitFor();
    expect(await refusal.innerText()).toContain(
      'Åtgärden ”Grannsamverkan i tre villaområden” måste vara klar inom överenskommelsens period (2023-01-01–2027-12-31).',
    );
    const due = form.getByLabel('När (klar senast)', { exact: false });
    await expect(due.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.getByLabel('Vem: ansvarig funktion', { exact: false }).inputValue()).resolves.toBe('Säkerhetschef');
    await h.check(page, 'fokusomrade-atgard-nekad');

    await due.fill('2026-06-30');
    await form.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    await page.getByText('Åtgärden är tillagd i åtgärdsplanen.').waitFor();
    const table = page.getByRole('table');
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers.slice(0, 8)).toEqual([
      'Problem/orsak',
      'Åtgärd',
      'Delmål/operativt mål',
      'Mål (indikator)',
      'Ansvarig',
      'Klart senast',
      'Uppföljning',
      'Status',
    ]);
    const row = await table.getByRole('row').nth(1).innerText();
    expect(row).toContain('Grannsamverkan i tre villaområden');
    expect(row).toContain('30 juni 2026');
    expect(row).toContain('Lomma kommun');
    expect(row).toContain('Inte uppföljd');

    // Follow it up: the status is a word (Gul – risk för avvikelse), not only a colour.
    await page.getByRole('button', { name: 'Följ upp åtgärden Grannsamverkan i tre villaområden' }).click();
    const statusForm = page.getByRole('form', { name: /Följ upp åtgärden/ });
    await statusForm.getByLabel('Gul – risk för avvikelse').check();
    await statusForm.getByLabel('Kommentar').fill('Svårt att nå hushållen under sommaren.');
    await statusForm.getByRole('button', { name: 'Spara statusen' }).click();
    await page.getByText('Statusen är sparad.').waitFor();
    await table.getByText('Gul – risk för avvikelse').waitFor();
    await expect(
      page
        .getByRole('button', { name: 'Följ upp åtgärden Grannsamverkan i tre villaområden' })
        .evaluate((el) => el === (globalThis as any).document.activeElement),
    ).resolves.toBe(true);
    await h.check(page, 'fokusomrade-atgardsplan');
  });

  it('says so when someone else changed the focus area, shows the latest and keeps what the user typed', async () => {
    const page = await open(burglary, 'lomma.samordnare', 'tablet');
    const form = page.getByRole('form', { name: 'Registrera barnkonsekvensanalysen' });
    await form.getByLabel('Hur påverkar åtgärderna barn och unga?').fill('Barn i villaområdena får tryggare grannskap; inga åtgärder riktas mot barn.');
    await form.getByLabel('Slutsats för åtgärderna').fill('Åtgärderna är förenliga med barnets bästa.');

    // A colleague adds a cause through the API after the page was loaded.
    ok(
      await clients.coordinator.post(`/focus-areas/${LOMMA.burglary.id}/causes`, { description: 'Dåligt upplysta gångvägar', factor: 'risk' }),
      'cause by a colleague',
    );

    await form.getByRole('button', { name: 'Spara barnkonsekvensanalysen' }).click();
    // Said at the top of the page (a live region) and next to the form that was sent.
    await page.locator('.fap-stale').getByText(STALE).waitFor();
    await form.getByText(STALE).waitFor();
    // The fresh state is shown: the colleague's cause is in the list.
    await page.getByRole('region', { name: 'Orsaker' }).getByText('Dåligt upplysta gångvägar').waitFor();
    // Nothing was saved, and the text is still in the form.
    await expect(page.getByText('Ingen barnkonsekvensanalys är registrerad.', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(form.getByLabel('Slutsats för åtgärderna').inputValue()).resolves.toBe('Åtgärderna är förenliga med barnets bästa.');
    await h.check(page, 'fokusomrade-inaktuell');

    // Sent again, on the fresh ETag, it is saved and the notice goes.
    await form.getByRole('button', { name: 'Spara barnkonsekvensanalysen' }).click();
    await page.getByText('Barnkonsekvensanalysen är sparad.').waitFor();
    await expect(page.getByText(STALE, { exact: false }).count()).resolves.toBe(0);
    const assessment = await page.getByRole('region', { name: 'Barnkonsekvensanalys' }).innerText();
    expect(assessment).toContain('Åtgärderna är förenliga med barnets bästa.');
    await h.check(page, 'fokusomrade-atgarder-surfplatta');
  });

  it('follows up and evaluates through the UI, withdraws a proposal, and shows the focus area closed', async () => {
    // Through the API: the children's focus area (in analysis) on to evaluation, with one SMART goal and one measure.
    const id = LOMMA.children.id;
    const path = `/focus-areas/${id}`;
    const c = clients.coordinator;
    const cause = ok(await c.post(`${path}/causes`, { description: 'Få vuxna i rörelse kvällstid', factor: 'time' }), 'cause');
    await decideTogether(clients, id, { transition: 'advance', grounds: 'Orsaksanalysen är gjord.' });
    const goal = ok(
      await c.post(`${path}/goals`, {
        description: 'Minskad skadegörelse kring fritidsgården',
        indicator: 'Anmäld skadegörelse per månad',
        baseline: 12,
        target: 6,
        targetDate: '2026-12-31',
        followUpMethod: 'Polisens statistik, kvartalsvis',
      }),
      'goal',
    );
    ok(
      await c.post(`${path}/measures`, {
        causeId: cause.body.causeId,
        goalId: goal.body.goalId,
        activity: 'Vuxenvandringar fredagskvällar',
        operationalGoal: 'Vuxna i rörelse varje fredag 20–24',
        dueDate: '2026-06-30',
        responsiblePartyId: LOMMA.municipality,
        responsibleFunction: 'Fritidschef',
        followUpMethod: 'Rapport varje kvartal',
        kind: 'oneOff',
      }),
      'measure',
    );
    ok(await c.put(`${path}/child-impact-assessment`, { summary: 'Berör unga 13–17 år.', conclusion: 'Barnets bästa gynnas.' }), 'child impact');
    await decideTogether(clients, id, { transition: 'advance', grounds: 'Åtgärdsplanen är beslutad.' });

    const page = await open(children);
    await page.getByRole('heading', { level: 2, name: 'Uppföljning och utvärdering – pågående steg' }).waitFor();
    const outcome = page.getByRole('form', { name: 'Registrera utfallet' });
    await outcome.getByLabel('Produktion: genomfördes åtgärderna?', { exact: false }).fill('Vandringar genomfördes 30 av 34 fredagar.');
    await outcome
      .getByLabel('Process: hur och varför gick det som det gick?', { exact: false })
      .fill('Föreningarna bemannade passen; sommaren var svårast.');
    await outcome.getByLabel('Effekt: uppmätt värde', { exact: false }).fill('7,5');
    await outcome.getByRole('button', { name: 'Spara utfallet för målet Minskad skadegörelse kring fritidsgården' }).click();
    await page.getByText('Utfallet är sparat.').waitFor();
    const goalOutcome = await page.getByRole('article', { name: 'Minskad skadegörelse kring fritidsgården' }).innerText();
    expect(goalOutcome).toContain('Anmäld skadegörelse per månad: från 12 till 6');
    expect(goalOutcome).toContain('Uppmätt värde 7,5');

    const conclusion = page.getByRole('form', { name: 'Registrera slutsatsen' });
    await conclusion.getByLabel('Slutsats', { exact: false }).fill('Målet nåddes nästan; arbetet avslutas och följs i ordinarie verksamhet.');
    await conclusion.getByRole('button', { name: 'Spara slutsatsen' }).click();
    await page.getByText('Slutsatsen är sparad.').waitFor();
    await h.check(page, 'fokusomrade-utvardering');

    // Both forward moves are possible now: the coordinator chooses one.
    const propose = page.getByRole('form', { name: 'Föreslå övergång' });
    await propose.getByLabel('Föreslå att fokusområdet avslutas').check();
    await propose.getByLabel('Motivering', { exact: false }).first().fill('Utvärderingen är klar.');
    await propose.getByRole('button', { name: 'Föreslå att fokusområdet avslutas' }).click();
    await page.locator('.fap-pending').waitFor();

    // Withdrawn again by the coordinator, with a reason.
    await page.locator('summary', { hasText: 'Dra tillbaka förslaget' }).click();
    await page.getByLabel('Varför dras förslaget tillbaka?', { exact: false }).fill('Rådet vill först se polisens lägesbild.');
    await page.getByRole('button', { name: 'Dra tillbaka förslaget' }).click();
    await page.getByText('Förslaget är tillbakadraget.').waitFor();
    await expect(page.locator('.fap-pending').count()).resolves.toBe(0);
    await page.getByRole('region', { name: 'Tidslinje' }).getByText('Rådet vill först se polisens lägesbild.').first().waitFor();

    await propose.getByLabel('Föreslå att fokusområdet avslutas').check();
    await propose.getByLabel('Motivering', { exact: false }).first().fill('Utvärderingen är klar och lägesbilden kompletterad.');
    await propose.getByRole('button', { name: 'Föreslå att fokusområdet avslutas' }).click();
    await page.locator('.fap-pending').waitFor();
    const proposalId = (await c.get(path)).body.focusArea.pendingProposal.proposalId as string;
    ok(await clients.municipalityCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}), 'approve (kommun)');
    ok(await clients.policeCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}), 'approve (polis)');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Var fokusområdet står' }).waitFor();
    await expect(page.locator('svg[role="img"] desc').textContent()).resolves.toContain('Fokusområdet är avslutat efter cykel 1.');
    await expect(page.locator('form').count()).resolves.toBe(0);
    await h.check(page, 'fokusomrade-avslutat');
  });

  it('lets an auditor read the focus area and its history, without any form', async () => {
    const page = await open(burglary, 'lomma.revisor');
    await page.getByRole('heading', { level: 2, name: 'Åtgärder – pågående steg' }).waitFor();
    // Once the agreement says the user is no coordinator, the page offers no form at all.
    await page.getByText('Du kan läsa fokusområdet.', { exact: false }).waitFor();
    await expect(page.locator('form').count()).resolves.toBe(0);
    const timeline = page.getByRole('region', { name: 'Tidslinje' });
    await timeline.getByText('Registrerade barnkonsekvensanalysen', { exact: false }).waitFor();
    // The history names the measure followed up and the parties, never their ids.
    const history = await timeline.innerText();
    expect(history).toContain('Följde upp åtgärden ”Grannsamverkan i tre villaområden”: gul (risk för avvikelse)');
    expect(history).toContain('ansvarig Lomma kommun (Säkerhetschef)');
    expect(history).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(history).not.toMatch(/\b(lomma-kommun|lpo-kavlinge)\b/);
    await h.check(page, 'fokusomrade-revisor');
  });

  it('goes back to an earlier step with a reason, without a council decision', async () => {
    const page = await open(burglary);
    await page.locator('summary', { hasText: 'Gå tillbaka till ett tidigare steg' }).click();
    const form = page.getByRole('form', { name: 'Gå tillbaka till ett tidigare steg' });
    await form.getByLabel('Gå tillbaka till', { exact: false }).first().selectOption({ label: 'Analys' });
    await form.getByRole('button', { name: 'Gå tillbaka till analys' }).click();
    await form.getByText('Skriv vilken ny information som gör att arbetet går tillbaka.').waitFor();
    await form.getByLabel('Anledning', { exact: false }).fill('Polisens nya lägesbild visar inbrott även nattetid.');
    await form.getByRole('button', { name: 'Gå tillbaka till analys' }).click();
    await page.getByText('Fokusområdet har gått tillbaka till analys.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Analys – pågående steg' }).waitFor();
    // Nothing recorded is erased: the action plan is still there.
    await expect(page.getByRole('table').getByText('Grannsamverkan i tre villaområden').isVisible()).resolves.toBe(true);
    await page.getByRole('region', { name: 'Tidslinje' }).getByText('Polisens nya lägesbild visar inbrott även nattetid.').first().waitFor();
    await h.check(page, 'fokusomrade-tillbaka');
  });
});
