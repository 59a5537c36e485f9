import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { FixedClock } from '../../../../../test/support/deterministic.js';
import { HttpClient } from '../../../../../test/support/http-client.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../../../../test/support/test-app.js';

const sessionRows = (t: TestApp) => {
  const db = new Database(join(t.dataDir, 'accounts.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
  } finally {
    db.close();
  }
};

describe('browser sessions', () => {
  let t: TestApp;
  const clock = new FixedClock();
  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' }, { clock });
  });
  afterAll(() => t.close());

  const browser = async () => {
    const client = t.anonymous();
    const res = await client.startSession('lomma.samordnare', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    return client;
  };

  it('signs in with a password into an HttpOnly, SameSite=Lax cookie and answers who is signed in with a CSRF token', async () => {
    const client = t.anonymous();
    const res = await client.startSession('lomma.samordnare', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('samverkan_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(res.body).toMatchObject({ userId: 'lomma.samordnare', administrator: false, signIn: { method: 'password' } });
    const me = await client.get('/auth/session');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userId: 'lomma.samordnare', csrfToken: res.body.csrfToken });
  });

  it('keeps only a hash of the session id in the accounts database', async () => {
    const client = await browser();
    const id = (client.cookie ?? '').split('=')[1] ?? '';
    expect(id.length).toBeGreaterThan(40);
    const stored = sessionRows(t).map((r) => r.id_hash);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain(id);
  });

  it('shares the session with a second tab: the same cookie is signed in', async () => {
    const first = await browser();
    const second = new HttpClient(t.baseUrl);
    second.cookie = first.cookie;
    expect((await second.get('/agreements')).status).toBe(200);
  });

  it('refuses an unsafe request with the cookie but without the CSRF token, with 403 naming it, and writes nothing', async () => {
    const client = await browser();
    client.csrfToken = undefined;
    const res = await client.delete('/auth/session');
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain('X-CSRF-Token');
    expect((await client.get('/auth/session')).status).toBe(200);
    client.csrfToken = 'forged-token-of-the-wrong-length';
    expect((await client.delete('/auth/session')).status).toBe(403);
  });

  it('needs no CSRF token from a bearer-token client', async () => {
    const admin = await t.as('admin');
    const res = await admin.get('/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: 'admin', csrfToken: null });
  });

  it('signs out by revoking the session on the server: the old cookie no longer works', async () => {
    const client = await browser();
    const stolen = client.cookie;
    const before = sessionRows(t).length;
    expect((await client.delete('/auth/session')).status).toBe(200);
    expect(sessionRows(t).length).toBe(before - 1);
    const replay = new HttpClient(t.baseUrl);
    replay.cookie = stolen;
    const res = await replay.get('/agreements');
    expect(res.status).toBe(401);
  });

  it('ends a session idle longer than SESSION_IDLE_MINUTES, and keeps one in use', async () => {
    const idle = await browser();
    const busy = await browser();
    clock.advance(20 * 60_000);
    expect((await busy.get('/auth/session')).status).toBe(200);
    clock.advance(20 * 60_000);
    expect((await busy.get('/auth/session')).status).toBe(200);
    expect((await idle.get('/auth/session')).status).toBe(401);
  });

  it('keeps a session used more often than its last-seen time is written (once a minute) alive past the idle timeout', async () => {
    const client = await browser();
    for (let i = 0; i < 48; i++) {
      clock.advance(50_000);
      expect((await client.get('/auth/session')).status).toBe(200);
    }
  });

  it('ends a session SESSION_ABSOLUTE_HOURS after sign-in however busy', async () => {
    const client = await browser();
    for (let i = 0; i < 24; i++) {
      clock.advance(29 * 60_000);
      expect((await client.get('/auth/session')).status).toBe(200);
    }
    clock.advance(29 * 60_000);
    expect((await client.get('/auth/session')).status).toBe(401);
  });

  it('refuses a wrong password with 401 and sets no cookie', async () => {
    const res = await t.anonymous().post('/auth/session', { username: 'lomma.samordnare', password: 'fel' });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a sign-in without a username with 400 naming the field', async () => {
    const res = await t.anonymous().post('/auth/session', { password: 'x' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain('username');
  });

  it('offers the demo password on the sign-in options in demo mode', async () => {
    const res = await t.anonymous().get('/auth/options');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ localAccounts: true, demo: { password: DEMO_PASSWORD }, providers: [] });
  });
});

describe('the session cookie behind TLS', () => {
  it('is Secure when COOKIE_SECURE=true', async () => {
    const t = await startTestApp({ COOKIE_SECURE: 'true' });
    try {
      const res = await t.anonymous().post('/auth/session', { username: 'admin', password: DEMO_PASSWORD });
      expect(res.headers.getSetCookie().find((c) => c.startsWith('samverkan_session='))).toMatch(/; Secure/i);
    } finally {
      await t.close();
    }
  });
});
