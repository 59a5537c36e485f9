import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { HttpClient } from '../support/http-client.js';
import { focused } from './support/keyboard.js';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { LOMMA } from './support/lomma.js';

jest.setTimeout(150_000);

/** Fills the registration form for a new agreement in Höör; `policeNumber` is the police area's organisation number. */
const fillRegistration = async (page: Page, agreementId: string, policeNumber: string) => {
  await page.getByLabel(/^Titel/).fill(`Samverkansöverenskommelse ${agreementId}`);
  await page.getByLabel(/^Id/).first().fill(agreementId);
  await page.getByLabel(/^Kommun/).fill('Höör');
  const municipality = page.getByRole('group', { name: 'Part 1' });
  await municipality.getByLabel(/^Namn/).fill('Höörs kommun');
  await municipality.getByLabel(/^Id/).fill('hoors-kommun');
  const police = page.getByRole('group', { name: 'Part 2' });
  await police.getByLabel(/^Namn/).fill('Lokalpolisområde Höör');
  await police.getByLabel(/^Id/).fill('lpo-hoor');
  await police.getByLabel(/^Organisationsnummer/).fill(policeNumber);
  await page.getByLabel(/^Gäller från/).fill('2025-01-01');
  await page.getByLabel(/^Gäller till och med/).fill('2028-12-31');
  await page.getByLabel(/^Strategiskt råd/).fill('Brottsförebyggande rådet');
  await page.getByRole('button', { name: 'Lägg till åtagande' }).click();
  const obligation = page.getByRole('group', { name: 'Åtagande 1' });
  await obligation.getByLabel(/^Slag av åtagande/).selectOption('councilMeetings');
  await obligation.getByLabel(/^Gånger per år/).fill('4');
  await obligation.getByLabel(/^Beskrivning/).fill('Rådet möts fyra gånger per år.');
};

/** A row of the roles table by its holder's username (shown under the account's name). */
const roleRow = (page: Page, account: string) =>
  page.getByRole('row').filter({
    has: page
      .getByRole('rowheader')
      .filter({ has: page.locator('.admin-roles__account', { hasText: new RegExp(`^${account.replaceAll('.', '\\.')}$`) }) }),
  });

/**
 * What needed the API until now, done by an administrator and a coordinator in the browser:
 * registering an agreement, giving and taking back a council role, proposing a focus area. Each
 * refusal is shown at its field and in the error summary, and nothing is written.
 */
describe('administration in the browser', () => {
  let h: BrowserHarness;
  let admin: HttpClient;

  beforeAll(async () => {
    h = await startBrowserHarness();
    admin = await h.server.as('admin');
  });
  afterAll(() => h?.close());

  it('an administrator registers an agreement through the form, lands on its roles and finds it listed', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin', '/administration/ny-overenskommelse');
    await page.getByRole('heading', { level: 1, name: 'Registrera överenskommelse' }).waitFor();
    await fillRegistration(page, 'hoor-2025-2028', '202100-0076');
    await page.getByRole('button', { name: 'Registrera överenskommelsen' }).click();

    await page.waitForURL('**/administration/roller');
    await page.getByText('Överenskommelsen ”Samverkansöverenskommelse hoor-2025-2028” är registrerad.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Samverkansöverenskommelse hoor-2025-2028' }).waitFor();
    expect(await page.getByLabel('Överenskommelse', { exact: true }).inputValue()).toBe('hoor-2025-2028');
    expect(await page.getByRole('option', { name: 'Höör 2025–2028' }).count()).toBe(1);

    const stored = await admin.get('/agreements/hoor-2025-2028');
    expect(stored.status).toBe(200);
    expect(stored.body.agreement).toMatchObject({
      municipality: 'Höör',
      parties: [
        { partyId: 'hoors-kommun', name: 'Höörs kommun', kind: 'municipality' },
        { partyId: 'lpo-hoor', name: 'Lokalpolisområde Höör', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
      ],
      period: { from: '2025-01-01', to: '2028-12-31' },
      council: { name: 'Brottsförebyggande rådet' },
      obligations: [{ kind: 'councilMeetings', perYear: 4, description: 'Rådet möts fyra gånger per år.' }],
    });
  });

  it('a refused registration shows the error at the field and in the summary, whose link leads to the field; nothing is written', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin', '/administration/ny-overenskommelse');
    await page.getByRole('heading', { level: 1, name: 'Registrera överenskommelse' }).waitFor();

    // Left empty: the form's own hints, before anything is sent.
    await page.getByRole('button', { name: 'Registrera överenskommelsen' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Det finns problem' }) });
    await summary.waitFor();
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(8);
    expect(await summary.getByRole('link').first().innerText()).toBe('Ange ett id för överenskommelsen, till exempel lomma-2023-2027.');

    // A check digit that does not add up: the API's rule, at the police area's organisation number.
    await fillRegistration(page, 'hoor-felaktig', '202100-0077');
    await page.getByRole('button', { name: 'Registrera överenskommelsen' }).click();
    const message = /Organisationsnumret ”202100-0077” för Lokalpolisområde Höör är inte giltigt/;
    await summary.getByRole('link', { name: message }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(1);
    const field = page.getByRole('group', { name: 'Part 2' }).getByLabel(/^Organisationsnummer/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('group', { name: 'Part 2' }).locator('.field__error').innerText()).toMatch(message);
    await h.check(page, 'ny-overenskommelse-fel-laptop');

    await summary.getByRole('link', { name: message }).click();
    expect((await focused(page)).name).toMatch(/^Organisationsnummer/);
    expect(await field.inputValue()).toBe('202100-0077');

    // A malformed id (400): shown in Swedish at the id field.
    await page.getByLabel(/^Id/).first().fill('Höör 2025');
    await field.fill('202100-0076');
    await page.getByRole('button', { name: 'Registrera överenskommelsen' }).click();
    await summary.getByRole('link', { name: /^Id:t får bara innehålla små bokstäver/ }).waitFor();
    expect(await page.getByLabel(/^Id/).first().getAttribute('aria-invalid')).toBe('true');

    expect((await admin.get('/agreements/hoor-felaktig')).status).toBe(404);
    expect((await admin.get('/agreements')).body.map((a: { agreementId: string }) => a.agreementId)).not.toContain('hoor-felaktig');
  });

  it('an administrator gives an account a council substitute role and revokes it; a role already held is refused at its field', async () => {
    const page = await h.newPage('tablet');
    await h.signIn(page, 'admin', '/administration/roller');
    await page.getByLabel('Överenskommelse', { exact: true }).selectOption(LOMMA.agreementId);
    await page.getByRole('heading', { level: 2, name: /lokalpolisområde Kävlinge och Lomma kommun 2023–2027/ }).waitFor();
    await roleRow(page, 'lomma.ersattare.polis').waitFor();
    // Each holder by the account's name, with the account id beneath it.
    expect(await roleRow(page, 'lomma.rad.polis').getByRole('rowheader').innerText()).toMatch(/^Lokalpolisområdeschef, Lokalpolisområde Kävlinge/);
    await h.check(page, 'roller-lomma-tablet');

    // The Konto field offers the active accounts by name and username, and sends the account id.
    const form = page.getByRole('form', { name: 'Ge ett konto en roll' });
    const accountField = form.getByLabel(/^Konto/);
    const offered = await accountField.locator('option').evaluateAll((options) => options.map((o) => [o.getAttribute('value'), o.textContent]));
    expect(offered).toEqual(
      expect.arrayContaining([
        ['lomma.kommunpolis', 'Kommunpolis Lomma, Lokalpolisområde Kävlinge (lomma.kommunpolis)'],
        ['lomma.revisor', 'Revisor, samverkansöverenskommelsen Lomma (lomma.revisor)'],
      ]),
    );
    await accountField.selectOption('lomma.rad.polis');
    await form.getByLabel(/^Roll/).selectOption('councilRepresentative');
    await form.getByLabel(/^Part/).selectOption(LOMMA.police);
    await form.getByLabel(/^Funktion/).fill('Lokalpolisområdeschef');
    await form.getByRole('button', { name: 'Ge rollen' }).click();
    await form.getByRole('link', { name: /har redan rollen rådsrepresentant/ }).waitFor();
    expect(await accountField.getAttribute('aria-invalid')).toBe('true');

    await accountField.selectOption({ label: 'Kommunpolis Lomma, Lokalpolisområde Kävlinge (lomma.kommunpolis)' });
    await form.getByLabel(/^Roll/).selectOption('councilSubstitute');
    await form.getByLabel(/^Part/).selectOption(LOMMA.municipality);
    await form.getByLabel(/^Funktion/).fill('Kommundirektör');
    await form.getByRole('button', { name: 'Ge rollen' }).click();
    const row = roleRow(page, 'lomma.kommunpolis').filter({ hasText: 'Ersättare i det strategiska rådet' });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Ersättare i det strategiska rådet', 'Lomma kommun', 'Kommundirektör', 'Återkalla']);
    const assigned = (await admin.get(`/agreements/${LOMMA.agreementId}`)).body.roles;
    expect(assigned).toContainEqual({ userId: 'lomma.kommunpolis', role: 'councilSubstitute', partyId: LOMMA.municipality, function: 'Kommundirektör' });

    await row.getByRole('button', { name: /^Återkalla/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Återkalla rollen?' });
    await dialog.getByText(/Kommunpolis Lomma, Lokalpolisområde Kävlinge förlorar rollen ersättare i det strategiska rådet för Lomma kommun/).waitFor();
    await h.check(page, 'roller-aterkalla-tablet');
    await dialog.getByRole('button', { name: 'Återkalla rollen' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await roleRow(page, 'lomma.kommunpolis').count()).toBe(1); // the coordinator role stays
    const after = (await admin.get(`/agreements/${LOMMA.agreementId}`)).body.roles;
    expect(after).not.toContainEqual(expect.objectContaining({ userId: 'lomma.kommunpolis', role: 'councilSubstitute' }));
  });

  it('a coordinator proposes a focus area and lands on it; a personal identity number is refused at the description', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'lomma.samordnare', '/oversikt');
    await page.getByRole('link', { name: 'Föreslå fokusområde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Föreslå fokusområde' }).waitFor();
    await page.getByLabel(/^Rubrik/).fill('Otrygghet i Lomma hamn');
    await page.getByLabel(/^Beskrivning/).fill('Gäller 850101-1234 som syns i hamnen.');
    await page.getByLabel('Nej').check();
    await page.getByRole('button', { name: 'Föreslå fokusområdet' }).click();
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Det finns problem' }) });
    await summary.getByRole('link').waitFor();
    expect(await page.getByLabel(/^Beskrivning/).getAttribute('aria-invalid')).toBe('true');
    expect(await summary.getByRole('link').innerText()).toMatch(/personnummer/i);
    await h.check(page, 'foresla-fokusomrade-fel-laptop');
    const before = (await admin.get(`/agreements/${LOMMA.agreementId}`)).body.focusAreas.length;

    await page.getByLabel(/^Beskrivning/).fill('Trygghetsmätningen visar ett påtagligt problem kvällstid.');
    await page.getByRole('button', { name: 'Föreslå fokusområdet' }).click();
    await page.waitForURL(/\/fokusomraden\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: /Otrygghet i Lomma hamn/ }).waitFor();
    const focusAreas = (await admin.get(`/agreements/${LOMMA.agreementId}`)).body.focusAreas;
    expect(focusAreas).toHaveLength(before + 1);
    expect(focusAreas.at(-1)).toMatchObject({ title: 'Otrygghet i Lomma hamn', step: 'proposed', childrenAndYoungPeople: false });
  });

  it('shows the administration entries only to those who may use them', async () => {
    const coordinator = await h.newPage();
    await h.signIn(coordinator, 'lomma.samordnare', '/oversikt');
    const nav = coordinator.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Föreslå fokusområde' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Roller' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Registrera överenskommelse' }).count()).toBe(0);

    const council = await h.newPage();
    await h.signIn(council, 'lomma.rad.kommun', '/beslut');
    await council.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
    expect(await council.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Föreslå fokusområde' }).count()).toBe(0);
    await council.goto('/administration/roller');
    await council.getByText('Bara en administratör kan ge och återkalla roller.').waitFor();
  });
});
