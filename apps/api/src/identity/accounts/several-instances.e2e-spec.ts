import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import { HttpClient } from '../../../../../test/support/http-client.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../../../../test/support/test-app.js';

/** The secret every instance of one installation shares (a shared store refuses to start without one). */
const TOKEN_SECRET = 'spec-shared-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const NEW_PASSWORD = 'ett nytt långt lösenord';

/** The same browser (its cookie and CSRF token) sending its next request to the other instance, as a round-robin balancer would. */
const sameBrowserAt = (instance: TestApp, browser: HttpClient): HttpClient => {
  const moved = new HttpClient(instance.baseUrl);
  moved.cookie = browser.cookie;
  moved.csrfToken = browser.csrfToken;
  return moved;
};

const signIn = (instance: TestApp, username: string, password: string) => instance.anonymous().post('/auth/token', { username, password });

describe('two instances sharing the accounts in PostgreSQL (ACCOUNTS_URL)', () => {
  let cluster: PostgresCluster;
  let instances: TestApp[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  /** Two apps, each with its own DATA_DIR (and event log), on one fresh accounts database. */
  const twoInstances = async (env: Record<string, string> = {}) => {
    const shared = { ACCOUNTS_URL: await cluster.createDatabase('accounts'), TOKEN_SECRET, ...env };
    instances = [await startTestApp(shared), await startTestApp(shared)];
    return instances as [TestApp, TestApp];
  };
  beforeEach(() => {
    instances = [];
  });
  afterEach(async () => {
    for (const instance of instances) await instance.close();
  });

  it('accepts a session started on one instance at the other, and a sign-out on either ends it on both', async () => {
    const [a, b] = await twoInstances();
    // A bearer token too: signed with the TOKEN_SECRET both share.
    const { accessToken } = (await signIn(a, 'admin', DEMO_PASSWORD)).body as { accessToken: string };
    expect((await b.anonymous().get('/auth/session', { authorization: `Bearer ${accessToken}` })).body).toMatchObject({ userId: 'admin' });

    const browser = a.anonymous();
    expect((await browser.startSession('lomma.samordnare', DEMO_PASSWORD)).status).toBe(200);
    const atB = sameBrowserAt(b, browser);
    expect((await atB.get('/auth/session')).body).toMatchObject({ userId: 'lomma.samordnare', csrfToken: browser.csrfToken });
    expect((await atB.delete('/auth/session')).status).toBe(200);
    expect((await browser.get('/auth/session')).status).toBe(401);
  });

  it("ends the account's sessions on the other instance when its password changes on one, and the new password works on both", async () => {
    const [a, b] = await twoInstances();
    const admin = await a.as('admin');
    const created = await admin.post('/accounts', { username: 'byter.losenord', displayName: 'Byter Lösenord' });
    const token = String(created.body.passwordLink).split('/').pop();
    expect((await b.anonymous().post('/auth/password-link', { token, newPassword: NEW_PASSWORD })).status).toBe(200);

    const onA = a.anonymous();
    const onB = b.anonymous();
    expect((await onA.startSession('byter.losenord', NEW_PASSWORD)).status).toBe(200);
    expect((await onB.startSession('byter.losenord', NEW_PASSWORD)).status).toBe(200);
    expect((await onA.put('/auth/password', { currentPassword: NEW_PASSWORD, newPassword: 'ännu ett långt lösenord' })).status).toBe(200);

    expect((await onB.get('/auth/session')).status).toBe(401);
    expect((await sameBrowserAt(b, onA).get('/auth/session')).status).toBe(200);
    expect((await signIn(b, 'byter.losenord', NEW_PASSWORD)).status).toBe(401);
    expect((await signIn(b, 'byter.losenord', 'ännu ett långt lösenord')).status).toBe(200);
  });

  it("counts an account's wrong passwords on both instances toward its one limit", async () => {
    const [a, b] = await twoInstances({ RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '6' });
    for (let i = 0; i < 6; i++) expect((await signIn(i % 2 ? a : b, 'lomma.rad.polis', `fel-${i}`)).status).toBe(401);
    // Three failures on each: either instance alone would let a seventh try through.
    for (const instance of [a, b]) {
      const refused = await signIn(instance, 'lomma.rad.polis', DEMO_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect((await signIn(b, 'lomma.samordnare', DEMO_PASSWORD)).status).toBe(200);
  });

  it("counts sign-ins from one address on both instances toward the address's one limit", async () => {
    const [a, b] = await twoInstances({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: '3' });
    expect((await signIn(a, 'admin', DEMO_PASSWORD)).status).toBe(200);
    expect((await signIn(b, 'lomma.samordnare', DEMO_PASSWORD)).status).toBe(200);
    expect((await signIn(a, 'lomma.revisor', DEMO_PASSWORD)).status).toBe(200);
    expect((await signIn(b, 'lomma.rad.kommun', DEMO_PASSWORD)).status).toBe(429);
  });
});
