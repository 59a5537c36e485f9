import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { AccountsService } from '../../identity/accounts.service.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../../../../test/support/test-app.js';
import { registration } from '../../../../../test/support/given-agreement.js';

const signIn = (t: TestApp, username: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${t.baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

const expectTooMany = async (res: Response) => {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await res.json()).toMatchObject({ status: 429, type: expect.stringMatching(/too-many-requests$/) });
};

describe('rate limits', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('refuses the 11th wrong password for an account with 429 and Retry-After, without checking any password', async () => {
    t = await startTestApp();
    for (let i = 0; i < 10; i++) expect((await signIn(t, 'lomma.rad.polis', `wrong-${i}`)).status).toBe(401);
    const authenticate = jest.spyOn(t.app.get(AccountsService), 'authenticate');
    await expectTooMany(await signIn(t, 'lomma.rad.polis', 'wrong-11'));
    await expectTooMany(await signIn(t, 'LOMMA.RAD.POLIS', DEMO_PASSWORD));
    expect(authenticate).not.toHaveBeenCalled();
    // Another account from the same address is not held back by it.
    expect((await signIn(t, 'lomma.samordnare', DEMO_PASSWORD)).status).toBe(200);
  });

  it('counts only wrong passwords: signing in again and again is never refused by the account limit', async () => {
    t = await startTestApp();
    for (let i = 0; i < 15; i++) expect((await signIn(t, 'admin', DEMO_PASSWORD)).status).toBe(200);
  });

  it('limits sign-ins per client address, whichever accounts they name', async () => {
    t = await startTestApp({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: '3' });
    for (const user of ['admin', 'lomma.samordnare', 'lomma.revisor']) expect((await signIn(t, user, DEMO_PASSWORD)).status).toBe(200);
    await expectTooMany(await signIn(t, 'lomma.rad.kommun', DEMO_PASSWORD));
  });

  it("counts sign-ins through an identity provider (its start and its answer) against the address's sign-ins", async () => {
    t = await startTestApp({
      RATE_LIMIT_SIGN_IN_PER_ADDRESS: '3',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      OIDC_PROVIDERS: 'kommunen',
      OIDC_KOMMUNEN_ISSUER: 'http://127.0.0.1:9',
      OIDC_KOMMUNEN_CLIENT_ID: 'samverkan',
      OIDC_KOMMUNEN_CLIENT_SECRET: 'a-client-secret-for-the-spec',
      OIDC_KOMMUNEN_NAME: 'Logga in med kommunens konto',
    });
    const provider = (step: string) => fetch(`${t!.baseUrl}/auth/oidc/kommunen/${step}`, { redirect: 'manual' });
    // Nothing answers at the provider's address: the start sends the browser back to the sign-in page.
    expect((await provider('start')).status).toBe(302);
    expect((await provider('callback?state=s&code=c')).status).toBe(302);
    expect((await signIn(t, 'admin', DEMO_PASSWORD)).status).toBe(200);
    await expectTooMany(await provider('start'));
    // Reading the sign-in options is no sign-in.
    expect((await fetch(`${t.baseUrl}/auth/options`)).status).toBe(200);
  });

  it('behind a trusted proxy (TRUST_PROXY), counts sign-ins per client address as the proxy names it, and ignores that header otherwise', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    t = await startTestApp({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: '2', TRUST_PROXY: 'loopback' });
    expect((await signIn(t, 'admin', DEMO_PASSWORD, from('10.0.0.1'))).status).toBe(200);
    expect((await signIn(t, 'admin', DEMO_PASSWORD, from('10.0.0.1'))).status).toBe(200);
    expect((await signIn(t, 'admin', DEMO_PASSWORD, from('10.0.0.2'))).status).toBe(200);
    await expectTooMany(await signIn(t, 'admin', DEMO_PASSWORD, from('10.0.0.1')));
    await t.close();

    t = await startTestApp({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: '2' });
    expect((await signIn(t, 'admin', DEMO_PASSWORD, from('10.0.0.1'))).status).toBe(200);
    expect((await signIn(t, 'admin', DEMO_PASSWORD, from('10.0.0.2'))).status).toBe(200);
    await expectTooMany(await signIn(t, 'admin', DEMO_PASSWORD, from('10.0.0.3')));
  });

  it('limits commands per signed-in account, not its reads nor other accounts', async () => {
    t = await startTestApp({ RATE_LIMIT_COMMANDS_PER_USER: '2' });
    const admin = await t.as('admin');
    const register = (client: typeof admin, agreementId: string) => client.post('/agreements', registration(agreementId));
    expect((await register(admin, 'lund-1')).status).toBe(201);
    expect((await register(admin, 'lund-2')).status).toBe(201);
    const third = await register(admin, 'lund-3');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await admin.get('/agreements')).status).toBe(200);
    // One count per account across commands: another kind of command is refused by the same limit.
    const assign = await admin.post('/agreements/lund-1/roles', {
      userId: 'lomma.rad.polis',
      role: 'councilRepresentative',
      partyId: 'polisen',
      function: 'Lokalpolisområdeschef',
    });
    expect(assign.status).toBe(429);
    // Another account is judged on its own count: here by its rights (403), not by the limit.
    expect((await register(await t.as('lomma.samordnare'), 'lund-4')).status).toBe(403);
  });
});
