import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'express';
import type { Browser } from 'playwright-core';
import { ExternalSignIn, type ExternalIdentity, type ExternalSignInResult } from '../../apps/api/src/identity/external-sign-in.js';
import { launchChromium, SWEDISH_CONTEXT } from '../browser/support/chromium.js';
import { ANNA, freeLoopbackPort, OidcTestProvider, signInAtTestProvider } from '../support/oidc-test-provider.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Stands in for the accounts' ExternalSignIn until it is merged; records what it was handed. */
class RecordingExternalSignIn extends ExternalSignIn {
  readonly identities: ExternalIdentity[] = [];

  async complete(identity: ExternalIdentity, response: Response): Promise<ExternalSignInResult> {
    this.identities.push(identity);
    response.cookie('samverkan_session', 'session-of-anna', { httpOnly: true, sameSite: 'lax', path: '/' });
    return { kind: 'signed-in', accountId: 'account-anna' };
  }
}

describe('sign-in through an identity provider, in Chromium', () => {
  let provider: OidcTestProvider;
  let t: TestApp;
  let browser: Browser;
  let publicUrl: string;
  const accounts = new RecordingExternalSignIn();

  beforeAll(async () => {
    provider = await OidcTestProvider.start();
    const port = await freeLoopbackPort();
    publicUrl = `http://127.0.0.1:${port}`;
    provider.registerClient({
      clientId: 'samverkan',
      clientSecret: 'hemligt-test-klientlosen',
      redirectUris: [`${publicUrl}/api/auth/oidc/lomma/callback`],
    });
    t = await startTestApp(
      {
        PUBLIC_URL: publicUrl,
        OIDC_PROVIDERS: 'lomma',
        OIDC_LOMMA_ISSUER: provider.issuer,
        OIDC_LOMMA_CLIENT_ID: 'samverkan',
        OIDC_LOMMA_CLIENT_SECRET: 'hemligt-test-klientlosen',
        OIDC_LOMMA_NAME: 'Logga in med Lomma kommuns konto',
      },
      { port, providers: [{ provide: ExternalSignIn, useValue: accounts }] },
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await provider?.close();
  });

  it("signs in at the provider's page and comes back signed in, where the sign-in began", async () => {
    const context = await browser.newContext(SWEDISH_CONTEXT);
    const page = await context.newPage();
    await page.goto(`${publicUrl}/api/auth/oidc/lomma/start?returnTo=%2Ffokusomraden`);
    await signInAtTestProvider(page, provider.issuer);
    await page.waitForURL(`${publicUrl}/fokusomraden`);
    expect(accounts.identities).toEqual([expect.objectContaining({ issuer: provider.issuer, subject: ANNA.sub, email: ANNA.email })]);
    const cookies = await context.cookies(publicUrl);
    expect(cookies.map((c) => c.name)).toContain('samverkan_session');
    expect(cookies.map((c) => c.name)).not.toContain('samverkan_oidc');
    await context.close();
  });
});
