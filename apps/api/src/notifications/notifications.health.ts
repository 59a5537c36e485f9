import type { HealthIndicatorResult } from '@nestjs/terminus';
import type { NotificationsRunner } from './notifications.service.js';

/**
 * What readiness says about mail: off (no SMTP server), or on with this instance's part and its
 * outbox. Always `up`: a mail server that does not answer must not take the API out of service;
 * the mails wait in the outbox.
 */
export class NotificationsHealth {
  constructor(private readonly runner: NotificationsRunner | null) {}

  check(): HealthIndicatorResult<'notifications'> {
    if (!this.runner) return { notifications: { status: 'up', mail: 'off' } };
    const counts = this.runner.outbox.counts();
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
