import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'express';
import { ExternalSignIn, SignInProviders, type ExternalIdentity, type ExternalSignInResult } from '../../apps/api/src/identity/external-sign-in.js';
import { FixedClock } from '../support/deterministic.js';
import type { HttpClient } from '../support/http-client.js';
import { ANNA, freeLoopbackPort, ManualBrowser, OidcTestProvider, type TestProviderAccount } from '../support/oidc-test-provider.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LOA = (n: number) => `http://id.elegnamnden.se/loa/1.0/loa${n}`;
const HOST = '127.0.0.1';
const TRANSACTION_COOKIE = 'samverkan_oidc';

/**
 * Stands in for the accounts' ExternalSignIn, so these specs test the relying party alone (its
 * boundary is that seam): records the identity it verified and answers as a spec tells it to. The
 * wiring to the real accounts is specced at the end of this file.
 */
class RecordingExternalSignIn extends ExternalSignIn {
  readonly identities: ExternalIdentity[] = [];
  answer: ExternalSignInResult = { kind: 'signed-in', accountId: 'account-anna' };

  async complete(identity: ExternalIdentity, response: Response): Promise<ExternalSignInResult> {
    this.identities.push(identity);
    if (this.answer.kind === 'signed-in') response.cookie('samverkan_session', 'session-of-anna', { httpOnly: true, path: '/' });
    return this.answer;
  }
}

describe('sign-in through an identity provider (OpenID Connect, against a real provider on loopback)', () => {
  let lomma: OidcTestProvider;
  let other: OidcTestProvider;
  let t: TestApp;
  let publicUrl: string;
  let keyDir: string;
  const clock = new FixedClock(new Date().toISOString());
  const accounts = new RecordingExternalSignIn();
  const warnings = jest.spyOn(Logger.prototype, 'warn');

  const callbackOf = (id: string) => `${publicUrl}/api/auth/oidc/${id}/callback`;
  const client = (...ids: string[]) => ({ clientId: 'samverkan', clientSecret: 'hemligt-test-klientlosen', redirectUris: ids.map(callbackOf) });

  beforeAll(async () => {
    [lomma, other] = await Promise.all([OidcTestProvider.start(), OidcTestProvider.start()]);
    const port = await freeLoopbackPort();
    const nobody = await freeLoopbackPort();
    publicUrl = `http://${HOST}:${port}`;
    lomma.registerClient(client('lomma'));
    // The same client at another issuer, answering to lomma's callback too: a response from the wrong issuer.
    other.registerClient(client('annan', 'lomma'));
    // A client that proves itself with a signed assertion (private_key_jwt); the provider fetches its public key from Samverkan.
    lomma.registerClient({
      clientId: 'samverkan-nyckel',
      redirectUris: [callbackOf('nyckel')],
      privateKeyJwt: { jwksUri: `${publicUrl}/api/auth/oidc/nyckel/jwks` },
    });
    keyDir = mkdtempSync(join(tmpdir(), 'samverkan-oidc-key-'));
    const keyFile = join(keyDir, 'client-key.pem');
    writeFileSync(keyFile, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }));
    const provider = (id: string, issuer: string, extra: Record<string, string> = {}) =>
      Object.fromEntries(
        Object.entries({ ISSUER: issuer, CLIENT_ID: 'samverkan', CLIENT_SECRET: 'hemligt-test-klientlosen', NAME: `Logga in via ${id}`, ...extra }).map(
          ([k, v]) => [`OIDC_${id.toUpperCase()}_${k}`, v],
        ),
      );
    t = await startTestApp(
      {
        PUBLIC_URL: publicUrl,
        OIDC_PROVIDERS: 'lomma,annan,nere,nyckel',
        ...provider('lomma', lomma.issuer, { MIN_ACR: LOA(3) }),
        ...provider('annan', other.issuer),
        ...provider('nere', `http://${HOST}:${nobody}`),
        OIDC_NYCKEL_ISSUER: lomma.issuer,
        OIDC_NYCKEL_CLIENT_ID: 'samverkan-nyckel',
        OIDC_NYCKEL_CLIENT_AUTH: 'private_key_jwt',
        OIDC_NYCKEL_PRIVATE_KEY_FILE: keyFile,
        OIDC_NYCKEL_NAME: 'Logga in med nyckel',
      },
      { port, clock, providers: [{ provide: ExternalSignIn, useValue: accounts }] },
    );
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([lomma?.close(), other?.close()]);
    rmSync(keyDir, { recursive: true, force: true });
    warnings.mockRestore();
  });
  beforeEach(() => {
    accounts.identities.length = 0;
    accounts.answer = { kind: 'signed-in', accountId: 'account-anna' };
    lomma.signInWith = { acr: LOA(3), amr: ['pwd', 'otp'] };
    clock.set(new Date().toISOString());
    warnings.mockClear();
    lomma.grantRefusals.length = 0;
  });

  /** Starts at Samverkan; answers the provider's authorization URL the app redirected to. */
  const begin = async (browser: ManualBrowser, id = 'lomma', query = ''): Promise<URL> => {
    const res = await browser.get(`${publicUrl}/api/auth/oidc/${id}/start${query}`);
    expect(res.status).toBe(302);
    return new URL(res.headers.get('location')!);
  };

  /** Signs in at the provider's form; answers the callback URL the provider sent the browser to (not yet visited). */
  const signInAtProvider = async (browser: ManualBrowser, authorizationUrl: URL, action: 'login' | 'abort' = 'login'): Promise<URL> => {
    const atApp = (url: URL) => url.origin === publicUrl;
    const form = await browser.follow(authorizationUrl.href, atApp);
    expect(form.response?.status).toBe(200);
    expect(await form.response!.text()).toContain('name="password"');
    const submitted = await browser.post(`${form.url.origin}${form.url.pathname}/${action}`, { username: ANNA.username, password: ANNA.password });
    expect(submitted.status).toBe(303);
    const back = await browser.follow(new URL(submitted.headers.get('location')!, form.url).href, atApp);
    expect(back.response).toBeUndefined();
    return back.url;
  };

  /** Delivers the provider's answer to Samverkan; answers where Samverkan sends the browser. */
  const deliver = async (browser: ManualBrowser, callback: URL): Promise<string> => {
    const res = await browser.get(callback.href);
    expect(res.status).toBe(302);
    return res.headers.get('location')!;
  };

  const loggedReason = () => warnings.mock.calls.map(([message]) => String(message)).join('\n');

  describe('the happy flow', () => {
    it('asks with PKCE (S256), state, nonce and the configured acr_values', async () => {
      const url = await begin(new ManualBrowser());
      expect(url.origin).toBe(lomma.issuer);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        client_id: 'samverkan',
        response_type: 'code',
        redirect_uri: callbackOf('lomma'),
        scope: 'openid email profile',
        code_challenge_method: 'S256',
        acr_values: LOA(3),
      });
      for (const param of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(param)).toMatch(/^[\w-]{43,}$/);
    });

    it('keeps the transaction in an HttpOnly, SameSite=Lax cookie for 10 minutes, only for the OIDC routes', async () => {
      const res = await new ManualBrowser().get(`${publicUrl}/api/auth/oidc/lomma/start`);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${TRANSACTION_COOKIE}=`))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Max-Age=600/i);
      expect(cookie).toMatch(/Path=\/api\/auth\/oidc/i);
    });

    it('hands the verified identity, with issuer, acr and amr, to the accounts and lands where the sign-in began', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser, 'lomma', '?returnTo=%2Ffokusomraden%3Fvy%3Dplan'));
      expect(await deliver(browser, callback)).toBe('/fokusomraden?vy=plan');
      expect(accounts.identities).toEqual([
        { issuer: lomma.issuer, subject: ANNA.sub, email: ANNA.email, emailVerified: true, name: ANNA.name, acr: LOA(3), amr: ['pwd', 'otp'] },
      ]);
      expect(browser.cookie(HOST, 'samverkan_session')).toBe('session-of-anna');
      expect(browser.cookie(HOST, TRANSACTION_COOKIE)).toBeUndefined();
    });

    it('accepts a stronger level than the minimum (loa4 where loa3 is required)', async () => {
      lomma.signInWith = { acr: LOA(4), amr: ['smartcard'] };
      const browser = new ManualBrowser();
      expect(await deliver(browser, await signInAtProvider(browser, await begin(browser)))).toBe('/');
      expect(accounts.identities[0]).toMatchObject({ acr: LOA(4), amr: ['smartcard'] });
    });

    it('sends a first sign-in awaiting approval, and a disabled account, to the sign-in page with what happened', async () => {
      accounts.answer = { kind: 'awaiting-approval' };
      let browser = new ManualBrowser();
      expect(await deliver(browser, await signInAtProvider(browser, await begin(browser)))).toBe('/logga-in?status=vantar-godkannande');
      accounts.answer = { kind: 'refused', reason: 'account-disabled', detail: 'Kontot är avstängt' };
      browser = new ManualBrowser();
      expect(await deliver(browser, await signInAtProvider(browser, await begin(browser)))).toBe('/logga-in?fel=konto-avstangt');
      expect(browser.cookie(HOST, 'samverkan_session')).toBeUndefined();
    });

    it('offers each configured provider as a sign-in button', () => {
      expect(t.app.get(SignInProviders).list()).toEqual([
        { id: 'lomma', name: 'Logga in via lomma', startUrl: '/api/auth/oidc/lomma/start' },
        { id: 'annan', name: 'Logga in via annan', startUrl: '/api/auth/oidc/annan/start' },
        { id: 'nere', name: 'Logga in via nere', startUrl: '/api/auth/oidc/nere/start' },
        { id: 'nyckel', name: 'Logga in med nyckel', startUrl: '/api/auth/oidc/nyckel/start' },
      ]);
    });

    it('authenticates with a signed client assertion (private_key_jwt), its public key published for the provider', async () => {
      const browser = new ManualBrowser();
      expect(await deliver(browser, await signInAtProvider(browser, await begin(browser, 'nyckel')))).toBe('/');
      expect(accounts.identities).toEqual([expect.objectContaining({ issuer: lomma.issuer, subject: ANNA.sub })]);
      const jwks = await t.anonymous().get('/auth/oidc/nyckel/jwks');
      expect(jwks.body.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })]);
      expect(JSON.stringify(jwks.body)).not.toContain('"d"');
      expect((await t.anonymous().get('/auth/oidc/lomma/jwks')).status).toBe(404);
    });
  });

  describe('refusals: to /logga-in?fel=<code>, nothing handed to the accounts, the reason logged', () => {
    const expectRefused = (location: string, code: string, reason: RegExp) => {
      expect(location).toBe(`/logga-in?fel=${code}`);
      expect(accounts.identities).toEqual([]);
      expect(loggedReason()).toMatch(reason);
    };

    it('refuses an answer whose state is not the one this browser sent', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser));
      callback.searchParams.set('state', 'an-attackers-state-from-another-sign-in-0000000');
      expectRefused(await deliver(browser, callback), 'ogiltigt-svar', /state/);
    });

    it('refuses an ID token whose nonce is not the one this browser sent', async () => {
      const browser = new ManualBrowser();
      const url = await begin(browser);
      // The provider honestly echoes the nonce it was asked for; here it was asked for another one.
      url.searchParams.set('nonce', 'a-nonce-injected-into-the-request-000000000000');
      expectRefused(await deliver(browser, await signInAtProvider(browser, url)), 'ogiltigt-svar', /nonce/);
    });

    it('refuses a code that expired before it was used', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser));
      lomma.expireIssuedCodes();
      expectRefused(await deliver(browser, callback), 'koden-ogiltig', /invalid_grant/);
      expect(lomma.grantRefusals).toEqual(['authorization code is expired']);
    });

    it('refuses a code used once already, even with the transaction cookie replayed', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser));
      const transaction = browser.cookie(HOST, TRANSACTION_COOKIE)!;
      expect(await deliver(browser, callback)).toBe('/');
      accounts.identities.length = 0;
      browser.setCookie(HOST, TRANSACTION_COOKIE, transaction);
      expectRefused(await deliver(browser, callback), 'koden-ogiltig', /invalid_grant/);
      expect(lomma.grantRefusals).toEqual(['authorization code already consumed']);
    });

    it('refuses an answer from another issuer than the one the sign-in was started at', async () => {
      const browser = new ManualBrowser();
      const url = await begin(browser);
      const elsewhere = new URL(url.pathname + url.search, other.issuer);
      const callback = await signInAtProvider(browser, elsewhere);
      expect(callback.searchParams.get('iss')).toBe(other.issuer);
      expectRefused(await deliver(browser, callback), 'ogiltigt-svar', /iss/);
    });

    it("refuses one provider's answer delivered to another provider's callback", async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser, 'annan'));
      const elsewhere = new URL(callback.pathname.replace('/annan/', '/lomma/') + callback.search, publicUrl);
      // The cookie belongs to the flow started for `annan`.
      expectRefused(await deliver(browser, elsewhere), 'ogiltigt-svar', /started for provider annan/);
    });

    it('refuses an answer without the transaction cookie (another browser, or cookies lost)', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser));
      browser.deleteCookie(HOST, TRANSACTION_COOKIE);
      expectRefused(await deliver(browser, callback), 'inloggningen-gick-ut', /no transaction cookie/);
    });

    it('refuses an answer after the transaction has expired (10 minutes)', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser));
      clock.advance(10 * 60 * 1000 + 1000);
      expectRefused(await deliver(browser, callback), 'inloggningen-gick-ut', /transaction cookie refused/);
    });

    it('refuses a tampered transaction cookie', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser));
      const sealed = browser.cookie(HOST, TRANSACTION_COOKIE)!;
      browser.setCookie(HOST, TRANSACTION_COOKIE, `${sealed.slice(0, -4)}AAAA`);
      expectRefused(await deliver(browser, callback), 'inloggningen-gick-ut', /transaction cookie refused/);
    });

    it('tells a person who cancelled at the provider (access_denied) that the sign-in was cancelled', async () => {
      const browser = new ManualBrowser();
      const callback = await signInAtProvider(browser, await begin(browser), 'abort');
      expect(callback.searchParams.get('error')).toBe('access_denied');
      expectRefused(await deliver(browser, callback), 'inloggningen-avbrots', /access_denied/);
    });

    it('refuses a sign-in below the minimum assurance level', async () => {
      lomma.signInWith = { acr: LOA(2), amr: ['pwd'] };
      const browser = new ManualBrowser();
      expectRefused(await deliver(browser, await signInAtProvider(browser, await begin(browser))), 'for-svag-inloggning', /acr .*loa2 is below/);
    });

    it('sends the browser back with a clear message when the provider cannot be reached (the app started anyway)', async () => {
      expectRefused(
        await deliver(new ManualBrowser(), new URL(`${publicUrl}/api/auth/oidc/nere/start`)),
        'tjansten-svarar-inte',
        /discovery at .* failed: .*ECONNREFUSED/,
      );
    });
  });

  describe('bad requests', () => {
    it('answers an unknown provider with a 404 problem', async () => {
      const res = await t.anonymous().get('/auth/oidc/okand/start');
      expect(res.status).toBe(404);
      expect(res.body.type).toContain('not-found');
    });

    it('refuses an unknown or repeated parameter in the answer with a 400 naming it', async () => {
      const unknown = await t.anonymous().get('/auth/oidc/lomma/callback?code=x&state=y&extra=1');
      expect(unknown.status).toBe(400);
      expect(JSON.stringify(unknown.body.errors)).toContain('extra');
      const repeated = await t.anonymous().get('/auth/oidc/lomma/callback?code=x&code=y&state=z');
      expect(repeated.status).toBe(400);
      expect(JSON.stringify(repeated.body.errors)).toContain('code');
    });

    it('refuses a return path that leads off the site with a 400 naming it', async () => {
      for (const returnTo of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
        const res = await t.anonymous().get(`/auth/oidc/lomma/start?returnTo=${encodeURIComponent(returnTo)}`);
        expect(res.status).toBe(400);
        expect(JSON.stringify(res.body.errors)).toContain('returnTo');
      }
    });
  });
});

const CECILIA: TestProviderAccount = {
  sub: 'cecilia-0002',
  username: 'cecilia',
  password: 'cecilia-losen',
  email: 'cecilia.carlsson@lomma.se',
  name: 'Cecilia Carlsson',
};
const DAVID: TestProviderAccount = { sub: 'david-0003', username: 'david', password: 'david-losen', email: 'david.dahl@lomma.se', name: 'David Dahl' };

/**
 * The relying party wired to the real accounts (AccountsExternalSignIn, no double): an invitation
 * is claimed by a verified e-mail address, a first sign-in of anyone else waits for an
 * administrator, and a provider that sends no `email_verified` (Entra) is trusted for invitations
 * only when the municipality says so (OIDC_<ID>_TRUST_EMAIL).
 */
describe('sign-in through an identity provider, with the real accounts', () => {
  let verifying: OidcTestProvider;
  let entra: OidcTestProvider;
  let silent: OidcTestProvider;
  let t: TestApp;
  let publicUrl: string;
  let admin: HttpClient;

  beforeAll(async () => {
    [verifying, entra, silent] = await Promise.all([
      OidcTestProvider.start([ANNA]),
      OidcTestProvider.start([CECILIA], { sendsEmailVerified: false }),
      OidcTestProvider.start([DAVID], { sendsEmailVerified: false }),
    ]);
    publicUrl = `http://${HOST}:${await freeLoopbackPort()}`;
    const env: Record<string, string> = { PUBLIC_URL: publicUrl, OIDC_PROVIDERS: 'lomma,entra,tyst' };
    for (const [id, provider] of [
      ['lomma', verifying],
      ['entra', entra],
      ['tyst', silent],
    ] as const) {
      provider.registerClient({
        clientId: 'samverkan',
        clientSecret: 'hemligt-test-klientlosen',
        redirectUris: [`${publicUrl}/api/auth/oidc/${id}/callback`],
      });
      Object.assign(env, {
        [`OIDC_${id.toUpperCase()}_ISSUER`]: provider.issuer,
        [`OIDC_${id.toUpperCase()}_CLIENT_ID`]: 'samverkan',
        [`OIDC_${id.toUpperCase()}_CLIENT_SECRET`]: 'hemligt-test-klientlosen',
        [`OIDC_${id.toUpperCase()}_NAME`]: `Logga in via ${id}`,
      });
    }
    env.OIDC_ENTRA_TRUST_EMAIL = 'true';
    t = await startTestApp(env, { port: Number(new URL(publicUrl).port) });
    admin = await t.as('admin');
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([verifying?.close(), entra?.close(), silent?.close()]);
  });

  /** The whole way through in one browser: start, the provider's form, the callback; answers where Samverkan sent the browser. */
  const signInVia = async (browser: ManualBrowser, id: string, account: TestProviderAccount): Promise<string> => {
    const atApp = (url: URL) => url.origin === publicUrl;
    const start = await browser.get(`${publicUrl}/api/auth/oidc/${id}/start`);
    const form = await browser.follow(start.headers.get('location')!, atApp);
    const submitted = await browser.post(`${form.url.origin}${form.url.pathname}/login`, { username: account.username, password: account.password });
    const back = await browser.follow(new URL(submitted.headers.get('location')!, form.url).href, atApp);
    const res = await browser.get(back.url.href);
    expect(res.status).toBe(302);
    return res.headers.get('location')!;
  };

  const sessionOf = async (browser: ManualBrowser) => {
    const res = await browser.get(`${publicUrl}/api/auth/session`);
    return { status: res.status, body: res.status === 200 ? await res.json() : undefined };
  };

  const invite = async (email: string, displayName: string): Promise<string> => {
    const res = await admin.post('/accounts/invitations', { email, displayName, administrator: false });
    expect(res.status).toBe(201);
    return res.body.account.id;
  };

  it('links an invited, verified e-mail address to its account and starts a session that records issuer, acr and amr', async () => {
    const accountId = await invite(ANNA.email, ANNA.name);
    const browser = new ManualBrowser();
    expect(await signInVia(browser, 'lomma', ANNA)).toBe('/');
    const session = await sessionOf(browser);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({
      userId: accountId,
      displayName: ANNA.name,
      signIn: { method: 'oidc', issuer: verifying.issuer, acr: LOA(3), amr: ['pwd', 'otp'] },
    });
    expect((await admin.get('/accounts/invitations')).body).toEqual([]);
  });

  it("trusts Entra's e-mail address for an invitation when OIDC_<ID>_TRUST_EMAIL says so, though it sends no email_verified", async () => {
    const accountId = await invite(CECILIA.email, CECILIA.name);
    const browser = new ManualBrowser();
    expect(await signInVia(browser, 'entra', CECILIA)).toBe('/');
    expect((await sessionOf(browser)).body).toMatchObject({ userId: accountId, signIn: { method: 'oidc', issuer: entra.issuer } });
  });

  it('lets an unverified address claim no invitation: the first sign-in waits for an administrator, whose approval lets the next one in', async () => {
    await invite(DAVID.email, DAVID.name);
    const first = new ManualBrowser();
    expect(await signInVia(first, 'tyst', DAVID)).toBe('/logga-in?status=vantar-godkannande');
    expect((await sessionOf(first)).status).toBe(401);
    expect((await admin.get('/accounts/invitations')).body).toEqual([expect.objectContaining({ email: DAVID.email })]);
    const pending = (await admin.get('/accounts/pending-sign-ins')).body;
    expect(pending).toEqual([expect.objectContaining({ issuer: silent.issuer, subject: DAVID.sub, email: DAVID.email, name: DAVID.name })]);

    const approved = await admin.post(`/accounts/pending-sign-ins/${pending[0].id}/approve`, {});
    expect(approved.status).toBe(200);
    const next = new ManualBrowser();
    expect(await signInVia(next, 'tyst', DAVID)).toBe('/');
    expect((await sessionOf(next)).body).toMatchObject({
      userId: approved.body.id,
      displayName: DAVID.name,
      signIn: { method: 'oidc', issuer: silent.issuer },
    });
  });
});
