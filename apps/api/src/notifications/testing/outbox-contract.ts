import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import nodemailer from 'nodemailer';
import { messageIdOf, OutboxSender } from '../outbox-sender.js';
import { FROM_THE_START, type NewOutboxRow, type Outbox } from '../outbox.port.js';
import { startLoopbackSmtp, type LoopbackSmtp } from './loopback-smtp.js';

const FROM = 'Samverkan <samverkan@lomma.se>';
const AT = '2026-06-22T08:00:00.000Z';
const A_MINUTE_ON = '2026-06-22T08:01:00.000Z';
const REFUSED = 'finns-inte@example.se';

const mail = (id: string, over: Partial<NewOutboxRow> = {}): NewOutboxRow => ({
  id,
  recipientId: 'lomma.rad.polis',
  address: 'kommunpolis@example.se',
  kind: 'proposalAwaiting',
  subject: `Förslag väntar på beslut (${id})`,
  text: 'Ett förslag väntar.',
  ...over,
});

/** The same outbox, its process "dying" right after the SMTP server accepted a mail, before it is marked sent. */
const diesBeforeMarking = (outbox: Outbox): Outbox =>
  new Proxy(outbox, {
    get: (target, name, receiver) =>
      name === 'markSent' ? () => Promise.reject(new Error('the process died here')) : Reflect.get(target, name, receiver),
  });

/**
 * What every outbox must do (README "E-mail notifications"), run against SqliteOutbox (one
 * instance's file) and PostgresOutbox (shared by several). `create` makes a new, empty outbox and
 * answers how to open it: each call opens it again, as a restarted process (or another instance)
 * would. Each outbox is driven by the real sender against an SMTP server on loopback.
 */
export const describeOutboxContract = (name: string, create: () => Promise<() => Promise<Outbox>>): void => {
  describe(`${name}: the outbox contract`, () => {
    let smtp: LoopbackSmtp;
    const opened: Outbox[] = [];
    const fresh = async () => {
      const open = await create();
      return async () => {
        const outbox = await open();
        opened.push(outbox);
        return outbox;
      };
    };
    const senderOn = (outbox: Outbox, now = AT, url = smtp.url) => new OutboxSender(outbox, nodemailer.createTransport(url), FROM, () => new Date(now));
    const copiesOf = (id: string) => smtp.received.filter((m) => m.messageId === messageIdOf(id, FROM)).length;

    beforeAll(async () => {
      smtp = await startLoopbackSmtp({ refuse: (address) => address === REFUSED });
    });
    afterAll(() => smtp.close());
    afterEach(async () => {
      for (const outbox of opened.splice(0)) await outbox.close();
    });

    it('is empty when new: no checkpoint (the notifier then starts at the head of the log), no mail', async () => {
      const outbox = await (await fresh())();
      expect(await outbox.checkpoint()).toBeUndefined();
      expect(await outbox.rows()).toEqual([]);
      expect(await outbox.counts()).toEqual({ pending: 0, attempting: 0, sent: 0, unconfirmed: 0, failed: 0, withdrawn: 0 });
    });

    it('when the process stops between writing the outbox and sending, the next start sends each mail once, and replaying the log adds none', async () => {
      const open = await fresh();
      const first = await open();
      expect(await first.record({ rows: [mail('a1'), mail('a2')], position: '7', at: AT })).toBe(2);
      await first.close(); // stopped before the sender ran

      const again = await open();
      expect(await again.checkpoint()).toBe('7');
      expect(await again.settleInterrupted()).toBe(0);
      // The log read again from an older checkpoint decides the same ids: nothing new.
      expect(await again.record({ rows: [mail('a1'), mail('a2')], position: '7', at: AT })).toBe(0);
      expect(await senderOn(again).drain()).toBe(2);
      expect(await senderOn(again).drain()).toBe(0);
      expect([copiesOf('a1'), copiesOf('a2')]).toEqual([1, 1]);
      // Once out, the row keeps its id (so it is never decided again) and no longer the address.
      expect((await again.rows()).map((r) => [r.id, r.status, r.address, r.attempts])).toEqual([
        ['a1', 'sent', '', 1],
        ['a2', 'sent', '', 1],
      ]);
    });

    it('remembers the proposers and moves the checkpoint only when a position is given (the scheduler reads no log)', async () => {
      const open = await fresh();
      const outbox = await open();
      await outbox.record({ rows: [], proposers: [{ proposalId: 'p1', proposerId: 'lomma.samordnare' }], position: '12', at: AT });
      await outbox.record({ rows: [mail('b1')], at: AT });
      const reopened = await open();
      expect(await reopened.checkpoint()).toBe('12');
      expect(await reopened.proposerOf('p1')).toBe('lomma.samordnare');
      expect(await reopened.proposerOf('p2')).toBeUndefined();
      expect((await reopened.rows()).map((r) => [r.id, r.status, r.createdAt, r.notBefore])).toEqual([['b1', 'pending', AT, AT]]);
    });

    it("never moves the checkpoint backwards: a sender that lost its lease may commit an older position after the new sender's", async () => {
      const outbox = await (await fresh())();
      await outbox.record({ rows: [], position: '120', at: AT });
      await outbox.record({ rows: [mail('late')], position: '99', at: AT });
      expect(await outbox.checkpoint()).toBe('120');
      expect((await outbox.rows()).map((r) => r.id)).toEqual(['late']);
      await outbox.record({ rows: [], position: '1000', at: AT });
      expect(await outbox.checkpoint()).toBe('1000');
      await outbox.record({ rows: [], position: FROM_THE_START, at: AT });
      expect(await outbox.checkpoint()).toBe('1000');
    });

    it('moves on from the notifier\'s "from the start" to the first position it reaches', async () => {
      const outbox = await (await fresh())();
      await outbox.record({ rows: [], position: FROM_THE_START, at: AT });
      expect(await outbox.checkpoint()).toBe(FROM_THE_START);
      await outbox.record({ rows: [], position: '3', at: AT });
      expect(await outbox.checkpoint()).toBe('3');
    });

    it('writes a batch and its checkpoint all or nothing: a batch that fails leaves the old checkpoint and no mail of it', async () => {
      const outbox = await (await fresh())();
      await outbox.record({ rows: [mail('c1')], position: '7', at: AT });
      const broken = { ...mail('c3'), subject: null as unknown as string };
      await expect(
        outbox.record({ rows: [mail('c2'), broken], proposers: [{ proposalId: 'p9', proposerId: 'x' }], position: '9', at: AT }),
      ).rejects.toThrow();
      expect(await outbox.checkpoint()).toBe('7');
      expect((await outbox.rows()).map((r) => r.id)).toEqual(['c1']);
      expect(await outbox.proposerOf('p9')).toBeUndefined();
    });

    it('when the process stops after SMTP accepted a mail but before it was marked sent, the next sender does not send it again', async () => {
      const open = await fresh();
      const dying = diesBeforeMarking(await open());
      await dying.record({ rows: [mail('d1')], at: AT });
      await expect(senderOn(dying).drain()).rejects.toThrow('the process died here');
      expect(copiesOf('d1')).toBe(1);
      expect((await dying.counts()).attempting).toBe(1);

      const restarted = await open();
      expect(await restarted.settleInterrupted()).toBe(1);
      expect(await senderOn(restarted).drain()).toBe(0);
      expect(copiesOf('d1')).toBe(1);
      expect((await restarted.rows())[0]?.status).toBe('unconfirmed');
      expect(await restarted.counts()).toMatchObject({ unconfirmed: 1, attempting: 0, pending: 0 });
    });

    it('keeps a mail the server could not take, to try again a minute later, then two, with the same Message-ID every time', async () => {
      const outbox = await (await fresh())();
      await outbox.record({ rows: [mail('e1')], at: AT });
      expect(await senderOn(outbox, AT, 'smtp://127.0.0.1:1').drain()).toBe(0);
      expect((await outbox.rows())[0]).toMatchObject({ status: 'pending', attempts: 1, notBefore: A_MINUTE_ON });
      expect(await outbox.takeNext(AT)).toBeUndefined(); // not due yet
      expect(await senderOn(outbox, A_MINUTE_ON, 'smtp://127.0.0.1:1').drain()).toBe(0);
      expect((await outbox.rows())[0]).toMatchObject({ status: 'pending', attempts: 2, notBefore: '2026-06-22T08:03:00.000Z' });
      expect(await senderOn(outbox, '2026-06-22T08:03:00.000Z').drain()).toBe(1);
      expect(copiesOf('e1')).toBe(1);
      expect(messageIdOf('e1', FROM)).toMatch(/^<[0-9a-f]{40}@lomma\.se>$/);
    });

    it('marks a mail the server refuses for good (5xx) failed, and never tries it again', async () => {
      const outbox = await (await fresh())();
      await outbox.record({ rows: [mail('f1', { address: REFUSED })], at: AT });
      expect(await senderOn(outbox).drain()).toBe(0);
      expect(await senderOn(outbox, '2026-06-23T08:00:00.000Z').drain()).toBe(0);
      expect((await outbox.rows()).map((r) => [r.status, r.attempts])).toEqual([['failed', 1]]);
      expect(await outbox.counts()).toMatchObject({ failed: 1, pending: 0 });
    });

    it('withdraws, unsent and without its address, a mail its recipient no longer wants before it goes', async () => {
      const outbox = await (await fresh())();
      await outbox.record({ rows: [mail('g1'), mail('g2', { recipientId: 'borttagen' })], at: AT });
      expect(await outbox.withdrawUnwanted((row) => row.recipientId !== 'borttagen')).toBe(1);
      expect(await outbox.withdrawUnwanted((row) => row.recipientId !== 'borttagen')).toBe(0);
      expect(await senderOn(outbox).drain()).toBe(1);
      expect(copiesOf('g2')).toBe(0);
      expect((await outbox.rows()).map((r) => [r.id, r.status, r.address])).toEqual([
        ['g1', 'sent', ''],
        ['g2', 'withdrawn', ''],
      ]);
    });

    it('never gives one mail to two senders taking at once (a lease lost in the middle of a round)', async () => {
      const open = await fresh();
      const [one, other] = [await open(), await open()];
      await one.record({ rows: [mail('h1'), mail('h2'), mail('h3')], at: AT });
      const taken = await Promise.all([one.takeNext(AT), other.takeNext(AT), one.takeNext(AT), other.takeNext(AT)]);
      expect(
        taken
          .filter((row) => row !== undefined)
          .map((row) => row?.id)
          .sort(),
      ).toEqual(['h1', 'h2', 'h3']);
      expect(taken.filter((row) => row === undefined)).toHaveLength(1);
      expect(await one.counts()).toMatchObject({ attempting: 3, pending: 0 });
    });

    it('settles only what is attempting: sent, failed, withdrawn and pending mail stay as they are', async () => {
      const outbox = await (await fresh())();
      await outbox.record({ rows: [mail('i1'), mail('i2'), mail('i3')], at: AT });
      await outbox.markSent((await outbox.takeNext(AT))?.id ?? '', AT);
      await outbox.takeNext(AT); // i2 in flight
      expect(await outbox.settleInterrupted()).toBe(1);
      expect((await outbox.rows()).map((r) => [r.id, r.status])).toEqual([
        ['i1', 'sent'],
        ['i2', 'unconfirmed'],
        ['i3', 'pending'],
      ]);
      // A late answer for a settled mail changes nothing: it stays unconfirmed.
      await outbox.markSent('i2', AT);
      await outbox.markRetry('i2', A_MINUTE_ON, '421');
      expect((await outbox.rows())[1]?.status).toBe('unconfirmed');
    });
  });
};
