import { beforeAll, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const MAIN = 'dist/apps/api/src/main.js';
const CLI = 'dist/apps/api/src/cli/main.js';
const ADMIN_PASSWORD = 'a-long-production-password';

/** A production install's first administrator, made the way the README says: with the CLI. */
const createAdministrator = (dataDir: string) =>
  execFileSync(
    process.execPath,
    [CLI, 'accounts', 'create-admin', '--username', 'drift', '--display-name', 'Driftansvarig', '--data-dir', dataDir, '--password-stdin'],
    {
      input: `${ADMIN_PASSWORD}\n`,
    },
  );

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const registration = (agreementId: string) => ({
  agreementId,
  name: `Samverkansöverenskommelse ${agreementId}`,
  municipality: 'Lund',
  parties: [
    { partyId: 'lunds-kommun', name: 'Lunds kommun', kind: 'municipality' },
    { partyId: 'lpo-lund', name: 'Lokalpolisområde Lund', kind: 'localPoliceArea' },
  ],
  period: { from: '2025-01-01', to: '2028-12-31' },
  council: { name: 'Trygghetsrådet' },
});

/** The server as `npm start` runs it: built, in its own process, logging JSON lines to stdout. */
const startServer = async (dataDir: string) => {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'log',
      SHUTDOWN_TIMEOUT_MS: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (out.includes('"msg":"Listening on')) resolve(clearInterval(poll));
      if (child.exitCode !== null) reject(new Error(`the server stopped: ${out}`));
    }, 50);
  });
  return { child, exited, baseUrl: `http://127.0.0.1:${port}/api`, output: () => out };
};

describe('graceful shutdown of the built server', () => {
  beforeAll(() => {
    // The spec runs what `npm start` runs; build it from this checkout, so it is never a stale build.
    execFileSync('npm', ['run', 'build:api'], { stdio: 'ignore' });
  }, 120_000);

  it('on SIGTERM finishes the commands in flight, keeps every acknowledged one, logs JSON without credentials, and exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-shutdown-'));
    try {
      createAdministrator(dataDir);
      const server = await startServer(dataDir);
      const signIn = await fetch(`${server.baseUrl}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'drift', password: ADMIN_PASSWORD }),
      });
      const { accessToken } = (await signIn.json()) as { accessToken: string };
      const ids = Array.from({ length: 40 }, (_, i) => `lund-${i}`);
      const burst = ids.map((id) =>
        fetch(`${server.baseUrl}/agreements`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, 'x-correlation-id': `burst-${id}` },
          body: JSON.stringify(registration(id)),
        }).then(
          (res) => ({ id, status: res.status }),
          () => ({ id, status: 0 }),
        ),
      );
      await Promise.race(burst);
      server.child.kill('SIGTERM');
      const answers = await Promise.all(burst);
      expect(await server.exited).toBe(0);

      const acknowledged = answers.filter((a) => a.status === 201).map((a) => a.id);
      expect(acknowledged.length).toBeGreaterThan(0);
      // Nothing in between: each request was either written and acknowledged, or refused whole.
      expect(answers.every((a) => a.status === 201 || a.status === 0 || a.status === 503)).toBe(true);
      const store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
      try {
        const registrations = (await store.readAll()).filter((e) => e.type === 'AgreementRegistered');
        const agreementIdOf = (e: (typeof registrations)[number]) => (e.data as { agreementId: string }).agreementId;
        expect(registrations.map(agreementIdOf)).toEqual(expect.arrayContaining(acknowledged));
        // The correlation id the request sent is the one its event keeps (and its log line shows, below).
        for (const e of registrations.filter((r) => acknowledged.includes(agreementIdOf(r))))
          expect(e.metadata.correlationId).toBe(`burst-${agreementIdOf(e)}`);
      } finally {
        await store.close();
      }

      const lines = server.output().trim().split('\n');
      const entries = lines.map((line) => JSON.parse(line) as { msg?: string; req?: { correlationId?: string } });
      expect(entries.some((e) => e.req?.correlationId === `burst-${acknowledged[0]}`)).toBe(true);
      expect(entries.some((e) => e.msg?.startsWith('SIGTERM: finishing the requests in flight'))).toBe(true);
      expect(server.output()).not.toContain(accessToken);
      expect(server.output()).not.toContain(ADMIN_PASSWORD);

      // After a restart the store opens cleanly and serves what was acknowledged.
      const again = await startServer(dataDir);
      const ready = await fetch(`${again.baseUrl}/health/ready`);
      expect(ready.status).toBe(200);
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
