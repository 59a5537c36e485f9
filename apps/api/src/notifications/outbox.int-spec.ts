import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { messageIdOf, OutboxSender } from './outbox-sender.js';
import { SqliteOutbox, type NewOutboxRow } from './sqlite-outbox.js';
import { startLoopbackSmtp, type LoopbackSmtp } from './testing/loopback-smtp.js';

const FROM = 'Samverkan <samverkan@lomma.se>';
const AT = '2026-06-22T08:00:00.000Z';
const now = () => new Date(AT);

const mail = (id: string): NewOutboxRow => ({
  id,
  recipientId: 'lomma.rad.polis',
  address: 'kommunpolis@example.se',
  kind: 'proposalAwaiting',
  subject: `Förslag väntar på beslut (${id})`,
  text: 'Ett förslag väntar.',
});

/** An outbox whose process "dies" right after the SMTP server accepted the mail, before it is marked sent. */
class DiesBeforeMarking extends SqliteOutbox {
  override markSent(): void {
    throw new Error('the process died here');
  }
}

describe('the outbox and its sender, across a crash', () => {
  let smtp: LoopbackSmtp;
  let dir: string;
  const opened: SqliteOutbox[] = [];
  const open = (Kind: typeof SqliteOutbox = SqliteOutbox) => {
    const outbox = new Kind(join(dir, 'notifications.sqlite'));
    opened.push(outbox);
    return outbox;
  };
  const senderOn = (outbox: SqliteOutbox) => new OutboxSender(outbox, nodemailer.createTransport(smtp.url), FROM, now);
  const copiesOf = (id: string) => smtp.received.filter((m) => m.messageId === messageIdOf(id, FROM)).length;

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
  });
  afterAll(() => smtp.close());
  afterEach(() => {
    for (const outbox of opened.splice(0)) outbox.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const fresh = () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-outbox-'));
  };

  it('when the process stops between writing the outbox and sending, the next start sends each mail once, and replaying the log adds none', async () => {
    fresh();
    const first = open();
    first.record({ rows: [mail('a'), mail('b')], position: '7', at: AT });
    first.close(); // stopped before the sender ran

    const again = open();
    expect(again.checkpoint()).toBe('7');
    expect(again.settleInterrupted()).toBe(0);
    // The log read again from an older checkpoint decides the same ids: nothing new.
    expect(again.record({ rows: [mail('a'), mail('b')], position: '7', at: AT })).toBe(0);
    expect(await senderOn(again).drain()).toBe(2);
    expect(await senderOn(again).drain()).toBe(0);
    expect([copiesOf('a'), copiesOf('b')]).toEqual([1, 1]);
    expect(again.rows().map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('when the process stops after SMTP accepted a mail but before it was marked sent, the next start does not send it again', async () => {
    fresh();
    const dying = open(DiesBeforeMarking);
    dying.record({ rows: [mail('c')], at: AT });
    await expect(senderOn(dying).drain()).rejects.toThrow('the process died here');
    dying.close();
    expect(copiesOf('c')).toBe(1);

    const restarted = open();
    expect(restarted.settleInterrupted()).toBe(1);
    expect(await senderOn(restarted).drain()).toBe(0);
    expect(copiesOf('c')).toBe(1);
    expect(restarted.rows()[0]?.status).toBe('unconfirmed');
  });

  it('keeps a mail the server could not take, to try again later, and carries the same Message-ID every time', async () => {
    fresh();
    const outbox = open();
    outbox.record({ rows: [mail('d')], at: AT });
    const unreachable = new OutboxSender(outbox, nodemailer.createTransport('smtp://127.0.0.1:1'), FROM, now);
    expect(await unreachable.drain()).toBe(0);
    const [row] = outbox.rows();
    expect(row?.status).toBe('pending');
    expect(row?.notBefore > AT).toBe(true);
    expect(messageIdOf('d', FROM)).toBe(messageIdOf('d', FROM));
    expect(messageIdOf('d', FROM)).toMatch(/^<[0-9a-f]{40}@lomma\.se>$/);
  });

  it('withdraws, unsent and without its address, a mail its recipient no longer wants before it goes', async () => {
    fresh();
    const outbox = open();
    outbox.record({ rows: [mail('e'), { ...mail('f'), recipientId: 'borttagen' }], at: AT });
    expect(outbox.withdrawUnwanted((row) => row.recipientId !== 'borttagen')).toBe(1);
    expect(await senderOn(outbox).drain()).toBe(1);
    expect(copiesOf('f')).toBe(0);
    expect(outbox.rows().map((r) => [r.id, r.status, r.address])).toEqual([
      ['e', 'sent', ''],
      ['f', 'withdrawn', ''],
    ]);
  });
});
