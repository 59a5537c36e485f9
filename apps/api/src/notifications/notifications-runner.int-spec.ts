import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PREFERENCES } from '@samverkan/notifications';
import nodemailer from 'nodemailer';
import type { NotificationScheduler } from './notification-scheduler.js';
import { NotificationsRunner } from './notifications.service.js';
import type { Notifier } from './notifier.js';
import type { Outbox } from './outbox.port.js';
import type { RecipientDirectory } from './recipients.js';
import { OutboxSender } from './outbox-sender.js';
import type { LeaseState, SenderLease } from './sender-lease.js';
import { SqliteOutbox } from './sqlite-outbox.js';
import { startLoopbackSmtp, type LoopbackSmtp } from './testing/loopback-smtp.js';

const AT = '2026-06-22T08:00:00.000Z';
const now = () => new Date(AT);
const mail = (id: string) => ({ id, recipientId: 'r', address: 'r@example.se', kind: 'proposalAwaiting', subject: id, text: 'Ett förslag väntar.' });

/** The lease as the spec says: held by another instance, or taken by this one (just now, or since an earlier round). */
class LeaseTheSpecHolds implements SenderLease {
  state: LeaseState = { held: false, justTaken: false, tookOver: false };
  async acquire(): Promise<LeaseState> {
    const state = this.state;
    if (state.held) this.state = { ...state, justTaken: false };
    return state;
  }
  async close(): Promise<void> {}
}

// Nothing new in the log and nothing scheduled: these specs are about the lease, the settling and the sending.
const idleNotifier = { catchUp: async () => 0 } as unknown as Notifier;
const idleScheduler = { run: async () => 0 } as unknown as NotificationScheduler;
const everyoneWants = async (): Promise<RecipientDirectory> => ({
  recipient: (accountId) => ({ accountId, preferences: { ...DEFAULT_PREFERENCES, kinds: ['proposalAwaiting'] } }),
  addressOf: () => 'r@example.se',
});

describe('the notifications runner and the sender lease', () => {
  let smtp: LoopbackSmtp;
  let dir: string;
  let outbox: SqliteOutbox;
  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
  });
  afterAll(() => smtp.close());
  afterEach(async () => {
    await outbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const runnerOn = (box: Outbox, lease: SenderLease) =>
    new NotificationsRunner(
      box,
      idleNotifier,
      idleScheduler,
      new OutboxSender(box, nodemailer.createTransport(smtp.url), 'Samverkan <samverkan@lomma.se>', now),
      60_000,
      now,
      () => '2026-06-22',
      lease,
      'this-instance',
      everyoneWants,
    );
  const statuses = async () => (await outbox.rows()).map((r) => [r.id, r.status]);

  /** Another instance's mail in flight ("live") and one waiting ("waiting"). */
  const givenAnotherSendersMailInFlight = async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-runner-'));
    outbox = new SqliteOutbox(join(dir, 'notifications.sqlite'));
    await outbox.record({ rows: [mail('live'), mail('waiting')], at: AT });
    await outbox.takeNext(AT);
  };

  it('while another instance holds the lease, leaves its mail in flight alone and sends nothing', async () => {
    await givenAnotherSendersMailInFlight();
    const lease = new LeaseTheSpecHolds();
    const runner = runnerOn(outbox, lease);
    await runner.once();
    await runner.once();
    expect(runner.sending).toBe(false);
    expect(await statuses()).toEqual([
      ['live', 'attempting'],
      ['waiting', 'pending'],
    ]);
  });

  it('on taking the lease, settles the stopped sender’s mail as unconfirmed before it sends, and sends the rest once', async () => {
    await givenAnotherSendersMailInFlight();
    const lease = new LeaseTheSpecHolds();
    const runner = runnerOn(outbox, lease);
    lease.state = { held: true, justTaken: true, tookOver: true };
    await runner.once();
    expect(runner.sending).toBe(true);
    expect(await statuses()).toEqual([
      ['live', 'unconfirmed'],
      ['waiting', 'sent'],
    ]);
    expect(smtp.received.filter((m) => m.subject === 'live')).toHaveLength(0);
  });

  it('does not settle in the middle of its own holding: only when it has just taken the lease', async () => {
    await givenAnotherSendersMailInFlight();
    const lease = new LeaseTheSpecHolds();
    lease.state = { held: true, justTaken: false, tookOver: false };
    await runnerOn(outbox, lease).once();
    expect((await statuses())[0]).toEqual(['live', 'attempting']);
  });

  it('when settling fails on taking the lease, sends nothing and settles on the next round', async () => {
    await givenAnotherSendersMailInFlight();
    let failures = 1;
    const flaky = new Proxy(outbox, {
      get: (target, name, receiver) =>
        name === 'settleInterrupted' && failures-- > 0
          ? () => Promise.reject(new Error('the database did not answer'))
          : Reflect.get(target, name, receiver),
    });
    const lease = new LeaseTheSpecHolds();
    lease.state = { held: true, justTaken: true, tookOver: true };
    const runner = runnerOn(flaky, lease);
    await expect(runner.once()).rejects.toThrow('the database did not answer');
    expect(await statuses()).toEqual([
      ['live', 'attempting'],
      ['waiting', 'pending'],
    ]);
    await runner.once();
    expect(await statuses()).toEqual([
      ['live', 'unconfirmed'],
      ['waiting', 'sent'],
    ]);
  });
});
