import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'express';
import { HttpClient } from '../../../../../test/support/http-client.js';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.js';
import { ExternalSignIn, type ExternalIdentity } from '../external-sign-in.js';

const ISSUER = 'https://login.lomma.se';

/** The response the relying party hands over: records the cookie the session sets. */
const fakeResponse = () => {
  const cookies: string[] = [];
  const response = { req: { secure: false }, cookie: (name: string, value: string) => cookies.push(`${name}=${value}`) } as unknown as Response;
  return { response, cookies };
};

describe('signing in through an identity provider (the ExternalSignIn seam)', () => {
  let t: TestApp;
  let admin: HttpClient;
  let external: ExternalSignIn;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    external = t.app.get(ExternalSignIn);
  });
  afterAll(() => t.close());

  const signIn = async (identity: ExternalIdentity) => {
    const { response, cookies } = fakeResponse();
    const result = await external.complete(identity, response);
    return { result, cookies };
  };

  it('records an unknown person as a pending first sign-in without a session; an administrator approves it into an account', async () => {
    const anna: ExternalIdentity = { issuer: ISSUER, subject: 'sub-anna', name: 'Anna Andersson', email: 'anna@lomma.se', emailVerified: true };
    const first = await signIn(anna);
    expect(first.result).toEqual({ kind: 'awaiting-approval' });
    expect(first.cookies).toEqual([]);
    const pending = await admin.get('/accounts/pending-sign-ins');
    const entry = pending.body.find((p: { subject: string }) => p.subject === 'sub-anna');
    expect(entry).toMatchObject({ issuer: ISSUER, name: 'Anna Andersson', email: 'anna@lomma.se' });

    const approved = await admin.post(`/accounts/pending-sign-ins/${entry.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ displayName: 'Anna Andersson', status: 'active', username: null });
    expect((await admin.get('/accounts/pending-sign-ins')).body).toEqual([]);

    const again = await signIn({ ...anna, acr: 'http://id.elegnamnden.se/loa/1.0/loa3', amr: ['mfa'] });
    expect(again.result).toEqual({ kind: 'signed-in', accountId: approved.body.id });
    const browser = new HttpClient(t.baseUrl);
    browser.cookie = again.cookies[0];
    const session = await browser.get('/auth/session');
    expect(session.body).toMatchObject({
      userId: approved.body.id,
      signIn: { method: 'oidc', issuer: ISSUER, acr: 'http://id.elegnamnden.se/loa/1.0/loa3', amr: ['mfa'] },
    });
  });

  it('links the first sign-in with a verified e-mail to the account an administrator invited', async () => {
    const invited = await admin.post('/accounts/invitations', { email: 'Bertil@Lomma.se', displayName: 'Bertil, Lomma kommun' });
    expect(invited.status).toBe(201);
    const unverified = await signIn({ issuer: ISSUER, subject: 'sub-mallory', email: 'bertil@lomma.se', emailVerified: false });
    expect(unverified.result).toEqual({ kind: 'awaiting-approval' });
    const bertil = await signIn({ issuer: ISSUER, subject: 'sub-bertil', email: 'bertil@lomma.se', emailVerified: true });
    expect(bertil.result).toEqual({ kind: 'signed-in', accountId: invited.body.account.id });
    expect((await admin.get('/accounts/invitations')).body).toEqual([]);
  });

  it('refuses a linked account that was disabled, without a session', async () => {
    const invited = await admin.post('/accounts/invitations', { email: 'cecilia@lomma.se', displayName: 'Cecilia' });
    const cecilia: ExternalIdentity = { issuer: ISSUER, subject: 'sub-cecilia', email: 'cecilia@lomma.se', emailVerified: true };
    expect((await signIn(cecilia)).result.kind).toBe('signed-in');
    await admin.post(`/accounts/${invited.body.account.id}/disable`);
    const refused = await signIn(cecilia);
    expect(refused.result).toMatchObject({ kind: 'refused', reason: 'account-disabled' });
    expect(refused.cookies).toEqual([]);
  });

  it('denies a pending sign-in: it is gone', async () => {
    await signIn({ issuer: ISSUER, subject: 'sub-okand' });
    const entry = (await admin.get('/accounts/pending-sign-ins')).body.find((p: { subject: string }) => p.subject === 'sub-okand');
    expect((await admin.delete(`/accounts/pending-sign-ins/${entry.id}`)).status).toBe(200);
    expect((await admin.get('/accounts/pending-sign-ins')).body.map((p: { subject: string }) => p.subject)).not.toContain('sub-okand');
  });
});
