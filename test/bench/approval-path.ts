import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-accounts-file.js';

/**
 * How many of the project's files one approval runs, from the HTTP route to the stored event:
 * the real app (built, demo data) in this process, a proposal made over HTTP, then V8's precise
 * coverage reset, one approval over HTTP, and every file of apps/ and libs/ in which a function
 * ran while it was answered (module loading is over by then, so only the request's own work
 * counts). `node dist/test/bench/approval-path.js [--list]` after `npm run bench`'s build.
 */
const root = join(fileURLToPath(import.meta.url), '../../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-path-'));
const app = configureApp(await NestFactory.create(AppModule.forRoot({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), { logger: ['error'] }));
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;

const call = async (method: string, path: string, token?: string, body?: unknown) => {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
};
const signIn = async (username: string) => (await call('POST', '/auth/token', undefined, { username, password: DEMO_PASSWORD })).accessToken as string;

const coordinator = await signIn('lomma.samordnare');
const council = await signIn('lomma.rad.kommun');
const focusAreaId = 'lomma-barn-och-ungdomar';
const { proposalId } = await call('POST', `/focus-areas/${focusAreaId}/proposals`, coordinator, {
  transition: 'prioritise',
  grounds: 'Lägesbilden 2024.',
});
// A first approval warms every path (lazy imports, statement caches) that the measured one takes.
await call('POST', `/focus-areas/${focusAreaId}/proposals/${proposalId}/approvals`, council);
await call('POST', `/focus-areas/${focusAreaId}/proposals/${proposalId}/rejections`, await signIn('lomma.rad.polis'), { reason: 'Inte nu.' });
const again = (await call('POST', `/focus-areas/${focusAreaId}/proposals`, coordinator, { transition: 'prioritise', grounds: 'Nytt försök.' })).proposalId;

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
await session.post('Profiler.takePreciseCoverage'); // resets the counters
await call('POST', `/focus-areas/${focusAreaId}/proposals/${again}/approvals`, council);
const { result } = await session.post('Profiler.takePreciseCoverage');
await session.post('Profiler.stopPreciseCoverage');
session.disconnect();

const files = result
  .filter((script) => script.url.startsWith('file://') && script.functions.some((f) => f.ranges.some((r) => r.count > 0)))
  .map((script) => relative(join(root, 'dist'), fileURLToPath(script.url)))
  .filter((path) => /^(apps|libs)\//.test(path))
  .sort();
process.stdout.write(`files an approval runs (apps/ and libs/): ${files.length}\n`);
process.stdout.write(`  apps: ${files.filter((f) => f.startsWith('apps/')).length}, libs: ${files.filter((f) => f.startsWith('libs/')).length}\n`);
if (process.argv.includes('--list')) for (const file of files) process.stdout.write(`  ${file}\n`);
await app.close();
rmSync(dataDir, { recursive: true, force: true });
