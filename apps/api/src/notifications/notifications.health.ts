import type { HealthIndicatorResult } from '@nestjs/terminus';
import type { NotificationsRunner } from './notifications.service.js';

/**
 * What readiness says about mail: off (no SMTP server), or on with this instance's part and the
 * outbox (its own file, or the one all instances share in PostgreSQL). Always `up`: a mail server
 * that does not answer must not take the API out of service; the mails wait in the outbox.
 */
export class NotificationsHealth {
  constructor(private readonly runner: Pick<NotificationsRunner, 'outbox' | 'sending'> | null) {}

  async check(): Promise<HealthIndicatorResult<'notifications'>> {
    if (!this.runner) return { notifications: { status: 'up', mail: 'off' } };
    // The shared outbox is in PostgreSQL: a database that does not answer is said, not made a reason to stop serving.
    const counts = await this.runner.outbox.counts().catch(() => undefined);
    if (!counts) return { notifications: { status: 'up', mail: 'on', sender: this.runner.sending, outbox: 'unreachable' } };
    return {
      notifications: {
        status: 'up',
        mail: 'on',
        sender: this.runner.sending,
        pending: counts.pending,
        unconfirmed: counts.unconfirmed,
        failed: counts.failed,
      },
    };
  }
}
