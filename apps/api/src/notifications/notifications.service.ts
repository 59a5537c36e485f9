import { Logger } from '@nestjs/common';
import type { NotificationKind } from '@samverkan/notifications';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { RecipientDirectory } from './recipients.js';
import type { NotificationScheduler } from './notification-scheduler.js';
import type { Notifier } from './notifier.js';
import type { OutboxSender } from './outbox-sender.js';
import type { SenderLease } from './sender-lease.js';
import type { Outbox } from './outbox.port.js';

/** The scheduled mails are decided at most once an hour; a week's mails go out on its first run from this hour on (Swedish time). */
const SCHEDULE_EVERY_MS = 3_600_000;
const SCHEDULE_FROM_HOUR = 7;

const swedishHour = (at: Date): number => Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: 'numeric' }).format(at));

/**
 * Runs the notifier, the scheduler and the sender in this process: one loop, so a step never
 * overlaps itself, and only while this instance holds the sender lease (several instances: one
 * sends, and they share the outbox). Started after the application is up; stopped before the
 * stores close.
 */
export class NotificationsRunner {
  private readonly log = new Logger('Notifications');
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> = Promise.resolve();
  private lastSchedule = 0;
  /** Whether this instance held the sender lease at its last round. */
  sending = false;
  /** Since it last took the lease, it has not yet settled what the sender before it left `attempting`. */
  private unsettled = false;

  constructor(
    readonly outbox: Outbox,
    readonly notifier: Notifier,
    readonly scheduler: NotificationScheduler,
    readonly sender: OutboxSender,
    private readonly pollMs: number,
    private readonly now: () => Date,
    private readonly today: () => IsoDate,
    private readonly lease: SenderLease,
    /** This process's name to the lease (a new one each start). */
    private readonly instanceId: string,
    /** Who may receive mail now, asked before each round's sending. */
    private readonly recipients: () => Promise<RecipientDirectory>,
  ) {}

  start(): void {
    const loop = () => {
      this.tick = this.once().catch((error: unknown) => this.log.error(error instanceof Error ? error.stack : String(error)));
      void this.tick.then(() => {
        if (this.timer) this.timer = setTimeout(loop, this.pollMs);
      });
    };
    this.timer = setTimeout(loop, 0);
  }

  private round: Promise<void> | null = null;

  /** One round: new events into the outbox, the scheduled mails when their hour has come, then send. A call during a round joins it. */
  once(): Promise<void> {
    this.round ??= this.oneRound().finally(() => {
      this.round = null;
    });
    return this.round;
  }

  private async oneRound(): Promise<void> {
    const lease = await this.lease.acquire(this.instanceId);
    this.sending = lease.held;
    if (!lease.held) return;
    if (lease.justTaken) {
      if (lease.tookOver) this.log.warn('This instance takes over sending mail; it continues from the checkpoint the last sender left in the outbox');
      this.unsettled = true;
    }
    // Kept until it succeeds: a database that failed the first try must not leave the dead sender's mail `attempting` for good.
    if (this.unsettled) {
      await this.settleInterrupted();
      this.unsettled = false;
    }
    await this.notifier.catchUp();
    const now = this.now();
    if (now.getTime() - this.lastSchedule >= SCHEDULE_EVERY_MS && swedishHour(now) >= SCHEDULE_FROM_HOUR) {
      await this.scheduler.run(this.today());
      this.lastSchedule = now.getTime();
    }
    const recipients = await this.recipients();
    await this.outbox.withdrawUnwanted(
      (row) =>
        recipients.addressOf(row.recipientId) === row.address &&
        !!recipients.recipient(row.recipientId)?.preferences.kinds.includes(row.kind as NotificationKind),
    );
    await this.sender.drain();
  }

  /**
   * Only having just taken the lease, before it sends anything, may it settle what is `attempting`:
   * those mails were handed to SMTP by a sender that has stopped (at most once: never sent again).
   * Settled at any other time, they could be a live sender's mail in flight, or its own.
   */
  private async settleInterrupted(): Promise<void> {
    const interrupted = await this.outbox.settleInterrupted();
    if (interrupted > 0)
      this.log.warn(`${interrupted} mail(s) were being handed to SMTP when the last sender stopped; they are not sent again (status unconfirmed)`);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.tick;
    await this.round; // a round asked for from outside the loop (readiness specs, an operator)
    await this.lease.close();
    await this.outbox.close();
  }
}
