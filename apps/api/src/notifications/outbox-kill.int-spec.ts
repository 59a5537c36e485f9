import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import { messageIdOf, OutboxSender } from './outbox-sender.js';
import { SqliteOutbox } from './sqlite-outbox.js';
import { startLoopbackSmtp, type LoopbackSmtp } from './testing/loopback-smtp.js';

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
const DIST = join(REPO_ROOT, 'dist/apps/api/src/notifications');
const FROM = 'Samverkan <samverkan@lomma.se>';

/**
 * The built outbox and sender in a process of their own, which SIGKILLs itself at the moment
 * named by MODE: `before-send`, right after the mail and its checkpoint are written; `after-accept`,
 * right after the SMTP server accepted the mail, before the outbox marks it sent.
 */
const CHILD = `
import nodemailer from 'nodemailer';
import { SqliteOutbox } from '${DIST}/sqlite-outbox.js';
import { OutboxSender } from '${DIST}/outbox-sender.js';
const outbox = new SqliteOutbox(process.env.OUTBOX_FILE);
const at = new Date().toISOString();
await outbox.record({ rows: [{ id: process.env.MAIL_ID, recipientId: 'lomma.rad.polis', address: 'kommunpolis@example.se', kind: 'proposalAwaiting', subject: 'Förslag väntar på beslut', text: 'Ett förslag väntar.' }], position: '42', at });
if (process.env.MODE === 'before-send') process.kill(process.pid, 'SIGKILL');
const smtp = nodemailer.createTransport(process.env.SMTP_URL);
const diesOnAccept = { sendMail: async (mail) => { await smtp.sendMail(mail); process.kill(process.pid, 'SIGKILL'); } };
await new OutboxSender(outbox, diesOnAccept, ${JSON.stringify(FROM)}, () => new Date()).drain();
`;

const runUntilKilled = (env: Record<string, string>) =>
  new Promise<NodeJS.Signals | null>((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? done(signal) : fail(new Error(`the child was not killed: ${errors}`))));
  });

describe('the outbox when its process is killed', () => {
  let smtp: LoopbackSmtp;
  let dir: string;
  beforeAll(async () => {
    // The child runs the built files: build them from this checkout, never a stale build.
    execFileSync('npm', ['run', 'build:api'], { cwd: REPO_ROOT, stdio: 'ignore' });
    smtp = await startLoopbackSmtp();
    dir = mkdtempSync(join(tmpdir(), 'samverkan-outbox-kill-'));
  }, 120_000);
  afterAll(async () => {
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const restartAndSend = async (file: string) => {
    const outbox = new SqliteOutbox(file);
    try {
      const interrupted = await outbox.settleInterrupted();
      const sent = await new OutboxSender(outbox, nodemailer.createTransport(smtp.url), FROM, () => new Date()).drain();
      return { interrupted, sent, checkpoint: await outbox.checkpoint(), statuses: (await outbox.rows()).map((r) => r.status) };
    } finally {
      await outbox.close();
    }
  };
  const copiesOf = (id: string) => smtp.received.filter((m) => m.messageId === messageIdOf(id, FROM)).length;

  it('killed between writing the outbox and sending: the restart sends the mail, once', async () => {
    const file = join(dir, 'before-send.sqlite');
    await runUntilKilled({ OUTBOX_FILE: file, SMTP_URL: smtp.url, MAIL_ID: 'killed-before-send', MODE: 'before-send' });
    expect(copiesOf('killed-before-send')).toBe(0);
    expect(await restartAndSend(file)).toEqual({ interrupted: 0, sent: 1, checkpoint: '42', statuses: ['sent'] });
    expect(await restartAndSend(file)).toEqual({ interrupted: 0, sent: 0, checkpoint: '42', statuses: ['sent'] });
    expect(copiesOf('killed-before-send')).toBe(1);
  });

  it('killed between the SMTP server accepting and marking it sent: the restart does not send it again', async () => {
    const file = join(dir, 'after-accept.sqlite');
    await runUntilKilled({ OUTBOX_FILE: file, SMTP_URL: smtp.url, MAIL_ID: 'killed-after-accept', MODE: 'after-accept' });
    await smtp.waitFor((m) => m.messageId === messageIdOf('killed-after-accept', FROM));
    expect(await restartAndSend(file)).toEqual({ interrupted: 1, sent: 0, checkpoint: '42', statuses: ['unconfirmed'] });
    expect(copiesOf('killed-after-accept')).toBe(1);
  });
});
