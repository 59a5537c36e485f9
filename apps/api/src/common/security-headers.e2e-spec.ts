import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../../../test/support/test-app.js';

/** Index, a hashed asset and its source map, as `npm run build:web` leaves them. */
const webBuild = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="sv"><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.info("app")');
  writeFileSync(join(dir, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["secret.tsx"]}');
  return dir;
};

const expectCommonHeaders = (res: Response) => {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|upgrade-insecure-requests/);
  expect(res.headers.get('referrer-policy')).toBe('same-origin');
  expect(res.headers.get('x-powered-by')).toBeNull();
};

describe('security headers on every response', () => {
  let t: TestApp;
  let dir: string;
  let token: string;
  beforeAll(async () => {
    dir = webBuild();
    t = await startTestApp({}, { webDir: dir });
    const admin = await fetch(`${t.baseUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    token = ((await admin.json()) as { accessToken: string }).accessToken;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an authenticated API answer: helmet headers, and no-store', async () => {
    const res = await fetch(`${t.baseUrl}/agreements`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a problem answer: the same', async () => {
    const res = await fetch(`${t.baseUrl}/agreements`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectCommonHeaders(res);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('the page: a strict content security policy, revalidated on every load', async () => {
    const res = await fetch(`${t.origin}/oversikt`);
    expect(res.status).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self';script-src 'self';style-src 'self'/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('a static asset: the same headers, and it keeps its year-long cache', async () => {
    const res = await fetch(`${t.origin}/assets/index-abc123.js`);
    expect(res.status).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('never serves a source map', async () => {
    const res = await fetch(`${t.origin}/assets/index-abc123.js.map`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/secret\.tsx/);
  });
});
