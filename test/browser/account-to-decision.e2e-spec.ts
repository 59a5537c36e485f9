import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { storedEvents } from '../support/stored-events.js';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { LOMMA, lommaClients, propose } from './support/lomma.js';

jest.setTimeout(150_000);

const PERSON = { username: 'karin.berg', displayName: 'Karin Berg', password: 'ett långt eget lösenord för rådet' };
const POLICE = 'Lokalpolisområde Kävlinge';

/**
 * Issue 11's "done when", all in the browser: an administrator creates an account on Konton and
 * seats it in the Lomma council for the police (beside the police's demo representative: a party
 * may have more than one, and any of them decides for it); the person sets a password through the
 * one-time link, signs in and approves a pending proposal in Beslut. The approval names the new
 * account as its maker and how it signed in; the audit history shows the person's name.
 */
describe('from a new account to a council decision, in the browser', () => {
  let h: BrowserHarness;
  let admin: HttpClient;
  let proposalId: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    admin = await h.server.as('admin');
    proposalId = await propose(await lommaClients(h.server), LOMMA.burglary.id, {
      transition: 'prioritise',
      grounds: 'Inbrotten i villaområdena har ökat två år i rad.',
      meeting: { name: 'Styrgruppen 4/2026', date: '2026-12-10' },
    });
  });
  afterAll(() => h?.close());

  it('an administrator creates an account and gives it a council role; the person sets a password, signs in and approves', async () => {
    // Konton: the account, and its one-time link.
    const administrator = await h.newPage();
    await h.signIn(administrator, 'admin', '/konton');
    const create = administrator.getByRole('form', { name: 'Skapa konto' });
    await create.getByLabel(/^Användarnamn/).fill(PERSON.username);
    await create.getByLabel(/^Namn/).fill(PERSON.displayName);
    await create.getByRole('button', { name: 'Skapa konto' }).click();
    const linkField = administrator.getByLabel(`Engångslänk för ${PERSON.displayName}`);
    await linkField.waitFor();
    const link = new URL(await linkField.inputValue());
    await h.check(administrator, 'konto-till-beslut-konton');
    const accounts = (await admin.get('/accounts')).body as { id: string; username: string | null }[];
    const accountId = accounts.find((a) => a.username === PERSON.username)!.id;
    expect(accountId).not.toBe(PERSON.username); // a new account's id is generated, not its username

    // Roller: a council seat for the police, chosen by the person's name.
    await administrator.goto('/administration/roller');
    await administrator.getByLabel('Överenskommelse', { exact: true }).selectOption(LOMMA.agreementId);
    const form = administrator.getByRole('form', { name: 'Ge ett konto en roll' });
    await form.getByLabel(/^Konto/).selectOption({ label: `${PERSON.displayName} (${PERSON.username})` });
    await form.getByLabel(/^Roll/).selectOption('councilRepresentative');
    await form.getByLabel(/^Part/).selectOption(LOMMA.police);
    await form.getByLabel(/^Funktion/).fill('Lokalpolisområdeschef');
    await form.getByRole('button', { name: 'Ge rollen' }).click();
    const row = administrator.getByRole('row').filter({ has: administrator.getByRole('rowheader', { name: `${PERSON.displayName} ${PERSON.username}` }) });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Representant i det strategiska rådet', POLICE, 'Lokalpolisområdeschef', 'Återkalla']);
    await h.check(administrator, 'konto-till-beslut-roller');
    expect((await admin.get(`/agreements/${LOMMA.agreementId}`)).body.roles).toContainEqual({
      userId: accountId,
      role: 'councilRepresentative',
      partyId: LOMMA.police,
      function: 'Lokalpolisområdeschef',
    });

    // The person, in a browser of their own: the link, a password, sign-in, Beslut.
    const person = await h.newPage();
    await person.goto(link.pathname);
    await person.getByLabel('Nytt lösenord').fill(PERSON.password);
    await person.getByLabel('Upprepa lösenordet').fill(PERSON.password);
    await person.getByRole('button', { name: 'Spara lösenord' }).click();
    await person.getByText('Ditt lösenord är sparat').waitFor();
    await person.goto('/beslut');
    await person.getByLabel('Användarnamn').fill(PERSON.username);
    await person.getByLabel('Lösenord').fill(PERSON.password);
    await person.getByRole('button', { name: 'Logga in' }).click();
    await person.waitForURL('**/beslut');
    const card = person.getByRole('article', { name: LOMMA.burglary.title });
    await card
      .getByRole('button', { name: `Godkänn förslaget om ${LOMMA.burglary.title}` })
      .and(person.locator(':not([aria-disabled])'))
      .click();
    await h.check(person, 'konto-till-beslut-godkann');
    await person
      .getByRole('dialog', { name: 'Godkänn förslaget' })
      .getByRole('button', { name: `Godkänn för ${POLICE}` })
      .click();
    await person
      .getByRole('status')
      .filter({ hasText: /Du har godkänt/ })
      .waitFor();
    // The municipality has not decided yet: the card stays, saying plainly that the police has.
    await card.getByText(new RegExp(`^Du har redan godkänt för ${POLICE} den `)).waitFor();

    // The approval names the new account and its sign-in; the log holds the id, never the name.
    const approvals = storedEvents(h.server.dataDir, 'TransitionApproved').filter((e) => e.metadata.actorId === accountId);
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.metadata).toMatchObject({ actorRole: 'councilRepresentative', onBehalfOfPartyId: LOMMA.police, signIn: { method: 'password' } });
    expect(approvals[0]!.raw).not.toContain(PERSON.displayName);
    const audit = await admin.get(`/agreements/${LOMMA.agreementId}/audit?focusAreaId=${LOMMA.burglary.id}&order=desc`);
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({
        eventType: 'TransitionApproved',
        proposalId,
        actorId: accountId,
        actorName: PERSON.displayName,
        signInMethod: 'password',
      }),
    );

    // Granskning: the auditor reads the person's name.
    const auditor = await h.newPage();
    await h.signIn(auditor, 'lomma.revisor', '/granskning');
    const table = auditor.getByRole('table', { name: /^Händelser, sida 1 av/ });
    const approvalRow = table.getByRole('row').filter({ hasText: PERSON.displayName });
    await approvalRow.first().waitFor();
    expect(await approvalRow.first().innerText()).toContain('Godkännande av part');
    await h.check(auditor, 'konto-till-beslut-granskning');
  });
});
