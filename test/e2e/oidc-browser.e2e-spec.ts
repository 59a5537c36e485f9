import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { SIGN_IN_FAILURES, SIGN_IN_STATUSES } from '@samverkan/shared-kernel';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from '../browser/support/harness.js';
import { LOMMA, lommaClients, propose, type LommaClients } from '../browser/support/lomma.js';
import type { HttpClient } from '../support/http-client.js';
import { ANNA, freeLoopbackPort, ManualBrowser, OidcTestProvider, signInAtTestProvider, type TestProviderAccount } from '../support/oidc-test-provider.js';
import { storedEvents } from '../support/stored-events.js';

jest.setTimeout(150_000);

const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';
const BUTTON = 'Logga in med Lomma kommuns konto';
const POLICE = 'Lokalpolisområde Kävlinge';
const BERTIL: TestProviderAccount = {
  sub: 'bertil-0002',
  username: 'bertil',
  password: 'bertil-losen',
  email: 'bertil.berg@lomma.se',
  name: 'Bertil Berg',
};

/**
 * Issue 11's OpenID flow in Chromium, with the real accounts: the municipality's provider (a real
 * oidc-provider on loopback) vouches for the person, an administrator links them to an account
 * (an invitation by e-mail, or approval of a first sign-in) and seats them in the council, and the
 * decision they make records how they signed in.
 */
describe('sign-in through an identity provider, in Chromium, with the real accounts', () => {
  let provider: OidcTestProvider;
  let h: BrowserHarness;
  let admin: HttpClient;
  let clients: LommaClients;

  beforeAll(async () => {
    provider = await OidcTestProvider.start([ANNA, BERTIL]);
    const port = await freeLoopbackPort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider.registerClient({
      clientId: 'samverkan',
      clientSecret: 'hemligt-test-klientlosen',
      redirectUris: [`${publicUrl}/api/auth/oidc/lomma/callback`],
    });
    h = await startBrowserHarness({
      port,
      env: {
        PUBLIC_URL: publicUrl,
        OIDC_PROVIDERS: 'lomma',
        OIDC_LOMMA_ISSUER: provider.issuer,
        OIDC_LOMMA_CLIENT_ID: 'samverkan',
        OIDC_LOMMA_CLIENT_SECRET: 'hemligt-test-klientlosen',
        OIDC_LOMMA_NAME: BUTTON,
      },
    });
    admin = await h.server.as('admin');
    clients = await lommaClients(h.server);
  });
  afterAll(async () => {
    await h?.close();
    await provider?.close();
  });

  /** From Samverkan's sign-in page through the provider's form; waits until the browser is back at Samverkan. */
  const signInThroughProvider = async (page: Page, account: TestProviderAccount) => {
    await page.goto('/logga-in');
    await page.getByRole('link', { name: BUTTON }).click();
    await signInAtTestProvider(page, provider.issuer, account);
    await page.waitForURL((url) => url.origin === h.server.origin);
  };

  it('an invited person signs in at the provider, is given a council seat, and approves; the approval records the issuer, acr and amr', async () => {
    const administrator = await h.newPage();
    await h.signIn(administrator, 'admin', '/konton');
    const inviteForm = administrator.getByRole('form', { name: 'Bjud in' });
    await inviteForm.getByLabel(/^E-post för inbjudan/).fill(ANNA.email);
    await inviteForm.getByLabel(/^Namn på inbjuden/).fill(ANNA.name);
    await inviteForm.getByRole('button', { name: 'Bjud in' }).click();
    await administrator.getByRole('listitem').filter({ hasText: ANNA.email }).waitFor();
    const accountId = ((await admin.get('/accounts')).body as { id: string; email: string | null }[]).find((a) => a.email === ANNA.email)!.id;

    // The person: Samverkan's sign-in page, the provider's form, back in Samverkan signed in.
    const person = await h.newPage();
    await person.goto('/logga-in');
    await person.getByRole('link', { name: BUTTON }).waitFor();
    await h.check(person, 'oidc-logga-in');
    await signInThroughProvider(person, ANNA);
    await person
      .getByRole('banner')
      .getByRole('link', { name: `Mitt konto, inloggad som ${ANNA.name}` })
      .waitFor();
    expect(new URL(person.url()).pathname).not.toBe('/logga-in');

    // The administrator seats the linked account in the council for the police, on Roller.
    await administrator.goto('/administration/roller');
    await administrator.getByLabel('Överenskommelse', { exact: true }).selectOption(LOMMA.agreementId);
    const form = administrator.getByRole('form', { name: 'Ge ett konto en roll' });
    await form.getByLabel(/^Konto/).selectOption({ label: `${ANNA.name} (${ANNA.email})` });
    await form.getByLabel(/^Roll/).selectOption('councilRepresentative');
    await form.getByLabel(/^Part/).selectOption(LOMMA.police);
    await form.getByLabel(/^Funktion/).fill('Lokalpolisområdeschef');
    await form.getByRole('button', { name: 'Ge rollen' }).click();
    await administrator.getByRole('rowheader', { name: `${ANNA.name} ${ANNA.email}` }).waitFor();

    const proposalId = await propose(clients, LOMMA.burglary.id, {
      transition: 'prioritise',
      grounds: 'Inbrotten i villaområdena har ökat två år i rad.',
    });
    await person.goto('/beslut');
    await person
      .getByRole('article', { name: LOMMA.burglary.title })
      .getByRole('button', { name: `Godkänn förslaget om ${LOMMA.burglary.title}` })
      .and(person.locator(':not([aria-disabled])'))
      .click();
    await person
      .getByRole('dialog', { name: 'Godkänn förslaget' })
      .getByRole('button', { name: `Godkänn för ${POLICE}` })
      .click();
    await person
      .getByRole('status')
      .filter({ hasText: /Du har godkänt/ })
      .waitFor();
    await h.check(person, 'oidc-beslut-godkant');

    const approval = storedEvents(h.server.dataDir, 'TransitionApproved').find((e) => e.metadata.actorId === accountId);
    expect(approval?.metadata.signIn).toEqual({ method: 'oidc', issuer: provider.issuer, acr: LOA3, amr: ['pwd', 'otp'] });
    expect(approval?.raw).not.toContain(ANNA.email);
    const audit = await admin.get(`/agreements/${LOMMA.agreementId}/audit?focusAreaId=${LOMMA.burglary.id}`);
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({
        eventType: 'TransitionApproved',
        proposalId,
        actorId: accountId,
        actorName: ANNA.name,
        signInMethod: 'oidc',
        signInIssuer: provider.issuer,
        signInAcr: LOA3,
      }),
    );
    const auditor = await h.newPage();
    await h.signIn(auditor, 'lomma.revisor', '/granskning');
    await auditor
      .getByRole('table', { name: /^Händelser, sida 1 av/ })
      .getByRole('row')
      .filter({ hasText: ANNA.name })
      .filter({ hasText: `Inloggad via ${new URL(provider.issuer).host}, tillitsnivå loa3` })
      .first()
      .waitFor();
  });

  it("an unknown person's first sign-in waits for approval; the administrator approves it on Konton and the next sign-in succeeds", async () => {
    const person = await h.newPage();
    await signInThroughProvider(person, BERTIL);
    await person.waitForURL('**/logga-in?status=vantar-godkannande');
    await person.getByText(SIGN_IN_STATUSES['vantar-godkannande']).waitFor();
    expect(await person.getByRole('banner').getByText(BERTIL.name).count()).toBe(0);
    await h.check(person, 'oidc-vantar-godkannande');

    const administrator = await h.newPage();
    await h.signIn(administrator, 'admin', '/konton');
    await administrator.getByRole('listitem').filter({ hasText: BERTIL.email }).waitFor();
    await h.check(administrator, 'oidc-konton-vantar');
    await administrator.getByRole('button', { name: `Godkänn ${BERTIL.name}` }).click();
    await administrator.getByText('Ingen väntar på godkännande.').waitFor();

    const again = await h.newPage();
    await signInThroughProvider(again, BERTIL);
    await again
      .getByRole('banner')
      .getByRole('link', { name: `Mitt konto, inloggad som ${BERTIL.name}` })
      .waitFor();
    expect(new URL(again.url()).pathname).not.toBe('/logga-in');
  });

  it('sends an answer with a wrong state back to the sign-in page, which says why in Swedish', async () => {
    // Another sign-in's answer (someone else's code and state), not yet delivered: login CSRF.
    const atApp = (url: URL) => url.origin === h.server.origin;
    const other = new ManualBrowser();
    const started = await other.get(`${h.server.origin}/api/auth/oidc/lomma/start`);
    const form = await other.follow(started.headers.get('location')!, atApp);
    const submitted = await other.post(`${form.url.origin}${form.url.pathname}/login`, { username: ANNA.username, password: ANNA.password });
    const foreignAnswer = (await other.follow(new URL(submitted.headers.get('location')!, form.url).href, atApp)).url;

    // This browser began its own sign-in (its state in its cookie), and is handed the other answer.
    const page = await h.newPage();
    await page.goto('/logga-in');
    await page.getByRole('link', { name: BUTTON }).click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`));
    await page.goto(foreignAnswer.href);
    await page.waitForURL('**/logga-in?fel=ogiltigt-svar');
    await page.getByRole('alert').getByText(SIGN_IN_FAILURES['ogiltigt-svar']).waitFor();
    expect(await page.getByRole('banner').getByText(ANNA.name).count()).toBe(0);
    await h.check(page, 'oidc-fel-ogiltigt-svar');
  });

  it('shows the Swedish message of every failure code, and nothing for a code it does not know', async () => {
    const page = await h.newPage();
    for (const [code, message] of Object.entries(SIGN_IN_FAILURES)) {
      await page.goto(`/logga-in?fel=${code}`);
      expect(await page.getByRole('alert').textContent()).toBe(message);
    }
    await page.goto('/logga-in?fel=hittepa');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
