import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appendGiven, type GivenStream } from '../../../../test/support/api-specification.js';
import { FixedClock } from '../../../../test/support/deterministic.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import { COORDINATOR, lommaFocusArea, POLICE_COUNCIL } from '../../../../test/support/lomma-focus-area.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { NotificationsRunner } from './notifications.service.js';
import { startLoopbackSmtp, type LoopbackSmtp, type ReceivedMail } from './testing/loopback-smtp.js';

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
const DIST = join(REPO_ROOT, 'dist/apps/api/src');
/** A Monday in June, 10:00 in Sweden: both instances' clocks stand here, so the week's keys are the same. */
const MONDAY = '2026-06-22T08:00:00.000Z';
const POLICE_MAIL = 'kommunpolis@lomma.example';
const COORDINATOR_MAIL = 'samordnare@lomma.example';

/**
 * Instance A: the built app in a process of its own (so it can be SIGKILLed, as a crash or the
 * OOM killer would), its clock standing at NOW. It says its port over IPC, and runs the week's
 * schedule when asked (its own hourly run happened before anyone chose mail).
 */
const INSTANCE = `
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { AppModule } from '${DIST}/app.module.js';
import { configureApp } from '${DIST}/configure-app.js';
import { Clock } from '${DIST}/infrastructure/clock.js';
import { NotificationsRunner } from '${DIST}/notifications/notifications.service.js';
class StandingClock extends Clock { now() { return new Date(process.env.NOW); } }
const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(process.env)] })
  .overrideProvider(Clock).useValue(new StandingClock()).compile();
const app = configureApp(moduleRef.createNestApplication({ logger: ['error'] }), { webDir: null });
await app.listen(0, '127.0.0.1');
process.on('message', (message) => {
  app.get(NotificationsRunner).scheduler.run(message.schedule).then((added) => process.send({ added }));
});
process.send({ port: app.getHttpServer().address().port });
`;

interface Instance {
  readonly child: ChildProcess;
  readonly api: string;
  readonly exited: Promise<unknown>;
  schedule(today: string): Promise<number>;
}

const startInstanceA = (env: Record<string, string>): Promise<Instance> =>
  new Promise((started, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', INSTANCE], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, NOW: MONDAY },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exited = new Promise((done) => child.once('exit', done));
    child.once('exit', (code, signal) => fail(new Error(`instance A stopped (${code ?? signal}) before it listened: ${errors}`)));
    child.once('message', (message) => {
      const { port } = message as { port: number };
      started({
        child,
        api: `http://127.0.0.1:${port}/api`,
        exited,
        schedule: (today) =>
          new Promise((done) => {
            child.once('message', (answer) => done((answer as { added: number }).added));
            child.send({ schedule: today });
          }),
      });
    });
  });

const append = (store: EventStore, stream: GivenStream) => appendGiven(store, stream, MONDAY);

const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resume) => setTimeout(resume, 50));
  }
};

const notificationsAt = async (api: string) =>
  ((await new HttpClient(api).get('/health/ready')).body as { details?: { notifications?: Record<string, unknown> } }).details?.notifications;

describe('two instances sharing PostgreSQL: the sender dies, the other takes over its mail', () => {
  let cluster: PostgresCluster;
  let smtp: LoopbackSmtp;
  let a: Instance | undefined;
  let b: TestApp | undefined;
  let dataDirA: string;
  /** The next proposal's mail is held unanswered at the SMTP server: instance A is then in the middle of sending it. */
  let holdNext = false;

  beforeAll(async () => {
    // Instance A runs the built files: build them from this checkout, never a stale build.
    execFileSync('npm', ['run', 'build:api'], { cwd: REPO_ROOT, stdio: 'ignore' });
    cluster = await startPostgresCluster();
    smtp = await startLoopbackSmtp({
      hold: (mail) => {
        if (!holdNext || !mail.subject.startsWith('Förslag väntar på beslut')) return false;
        holdNext = false;
        return true;
      },
    });
    dataDirA = mkdtempSync(join(tmpdir(), 'samverkan-failover-a-'));
  }, 180_000);
  afterAll(async () => {
    a?.child.kill('SIGKILL');
    await a?.exited;
    await b?.close();
    await smtp?.close();
    await cluster?.stop();
    rmSync(dataDirA, { recursive: true, force: true });
  });

  const count = (accept: (mail: ReceivedMail) => boolean) => smtp.received.filter(accept).length;
  const awaiting = (mail: ReceivedMail) => mail.to.includes(POLICE_MAIL) && mail.subject.startsWith('Förslag väntar på beslut');
  const rejected = (mail: ReceivedMail) => mail.to.includes(COORDINATOR_MAIL) && mail.subject.startsWith('Ditt förslag har avslagits');
  const digest = (mail: ReceivedMail) => mail.subject.startsWith('Veckans sammanfattning');
  const measures = (mail: ReceivedMail) => mail.subject.startsWith('Åtgärder att följa upp');

  it('mails the events of the gap once, sends the week’s mails only once, and never resends the mail the dead sender had in flight', async () => {
    const url = await cluster.createDatabase('failover');
    const env = {
      EVENT_STORE_URL: url,
      TOKEN_SECRET: 'failover-spec-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Samverkan <samverkan@lomma.example>',
      PUBLIC_URL: 'https://samverkan.lomma.example',
      NOTIFY_POLL_MS: '50',
    };
    a = await startInstanceA({ ...env, DATA_DIR: dataDirA, SAMVERKAN_DEMO: '1', LOG_LEVEL: 'error' });
    await until('instance A sends', async () => (await notificationsAt(a?.api ?? ''))?.sender === true);
    b = await startTestApp(env, { clock: new FixedClock(MONDAY) });
    const runnerB = b.app.get(NotificationsRunner);
    await runnerB.once();
    expect((await notificationsAt(b.baseUrl))?.sender).toBe(false);

    const [police, coordinator] = await Promise.all([b.as(POLICE_COUNCIL), b.as(COORDINATOR)]);
    await police.put('/notifications/settings', { email: POLICE_MAIL, kinds: ['proposalAwaiting', 'weeklyDigest'], dueWithinDays: 14 });
    await coordinator.put('/notifications/settings', { email: COORDINATOR_MAIL, kinds: ['proposalRejected', 'measuresDue'], dueWithinDays: 14 });
    const store = b.app.get<EventStore>(EVENT_STORE);

    // Before: A mails a proposal, and the week's digest and measures.
    const before = lommaFocusArea('failover-before');
    await append(store, before.at('measuresDone'));
    const proposed = await coordinator.post(`${before.path}/proposals`, { transition: 'advance', grounds: 'Åtgärderna är beslutade.' });
    expect(proposed.status).toBe(201);
    await smtp.waitFor(awaiting, 1);
    expect(await a.schedule('2026-06-22')).toBeGreaterThan(0);
    await smtp.waitFor(digest, 1);
    await smtp.waitFor(measures, 1);
    const weekly = { digests: count(digest), measures: count(measures) };

    // A takes the next proposal's mail and hands it to SMTP, which does not answer: A is in the middle of sending.
    holdNext = true;
    const held = lommaFocusArea('failover-held');
    await append(store, held.at('mappingDone'));
    expect((await coordinator.post(`${held.path}/proposals`, { transition: 'advance', grounds: 'Kartläggningen är klar.' })).status).toBe(201);
    await smtp.waitFor(awaiting, 2);
    // B is not the sender: it leaves A's mail in flight alone.
    await runnerB.once();
    expect((await runnerB.outbox.rows()).filter((r) => r.status === 'attempting')).toHaveLength(1);

    // The gap: written while A is stuck, after its last round read the log.
    expect((await police.post(`${before.path}/proposals/${proposed.body.proposalId}/rejections`, { reason: 'Källorna räcker inte.' })).status).toBe(200);
    const gap = lommaFocusArea('failover-gap');
    await append(store, gap.at('mappingDone'));
    expect((await coordinator.post(`${gap.path}/proposals`, { transition: 'advance', grounds: 'Kartläggningen är klar.' })).status).toBe(201);
    expect([count(rejected), count(awaiting)]).toEqual([0, 2]);

    a.child.kill('SIGKILL');
    await a.exited;

    // B takes the lease at its next poll and continues from the checkpoint A left in the shared outbox.
    await smtp.waitFor(rejected, 1);
    await smtp.waitFor(awaiting, 3);
    expect(await runnerB.scheduler.run('2026-06-22')).toBe(0);
    await new Promise((resume) => setTimeout(resume, 500)); // a mail that was to come twice would have come by now

    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(smtp.received.length);
    expect([count(awaiting), count(rejected)]).toEqual([3, 1]);
    expect({ digests: count(digest), measures: count(measures) }).toEqual(weekly);
    expect(await notificationsAt(b.baseUrl)).toEqual({ status: 'up', mail: 'on', sender: true, pending: 0, unconfirmed: 1, failed: 0 });
  }, 120_000);
});
