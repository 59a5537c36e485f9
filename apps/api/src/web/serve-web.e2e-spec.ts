import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

const INDEX = '<!doctype html><html lang="sv"><body><div id="root"></div></body></html>';

/** A built web app in miniature: index.html and one hashed asset. */
const webBuild = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.info("app")');
  return dir;
};

describe('the web app served beside the API', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = webBuild();
    t = await startTestApp({}, { webDir: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, init?: RequestInit) => fetch(t.origin + path, init);

  it.each(['/', '/oversikt', '/beslut', '/fokusomraden/lomma-barn-och-ungdomar', '/logga-in'])(
    'answers the app route %s with index.html, not cached, under a strict Content-Security-Policy',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
      expect(await res.text()).toBe(INDEX);
    },
  );

  it('serves hashed assets with a year-long cache', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing file with 404, never with the page', async () => {
    const res = await get('/assets/missing.js');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toBe(INDEX);
  });

  it('leaves everything under /api to the API: its routes, its 404s and its docs', async () => {
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/application\/json/);

    const unknown = await get('/api/no-such-route');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/application\/problem\+json/);

    const openapi = await get('/api/docs/openapi.json');
    expect(openapi.status).toBe(200);
    expect(((await openapi.json()) as { info: { title: string } }).info.title).toBe('Samverkan API');
  });

  it('gives the page only to GET and HEAD', async () => {
    expect((await get('/oversikt', { method: 'HEAD' })).status).toBe(200);
    expect((await get('/oversikt', { method: 'POST' })).status).toBe(404);
  });
});

describe('an API started without a built web app', () => {
  it('serves the API only', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
    const t = await startTestApp({}, { webDir: empty });
    try {
      expect((await fetch(`${t.origin}/oversikt`)).status).toBe(404);
      expect((await fetch(`${t.origin}/api/health`)).status).toBe(200);
    } finally {
      await t.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
