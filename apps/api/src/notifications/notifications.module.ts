import { Inject, Logger, Module, Optional, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { AccountStore } from '../identity/accounts/account-store.port.js';
import { Clock } from '../infrastructure/clock.js';
import { IdentityModule } from '../identity/identity.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MeetingsReadModel } from '../meetings/meetings-read-model.js';
import { ReadModels } from '../read-models/read-models.service.js';
import { MAIL_SETTINGS, type MailSettings } from './mail.settings.js';
import { NotificationScheduler } from './notification-scheduler.js';
import { NotificationSettingsController } from './notification-settings.http.controller.js';
import { NotificationsHealth } from './notifications.health.js';
import { NotificationsRunner } from './notifications.service.js';
import { Notifier } from './notifier.js';
import { OutboxSender } from './outbox-sender.js';
import { loadRecipients } from './recipients.js';
import type { Outbox } from './outbox.port.js';
import { PostgresOutbox } from './postgres-outbox.js';
import { PostgresSenderLease, soleInstance, type SenderLease } from './sender-lease.js';
import { SqliteOutbox } from './sqlite-outbox.js';
import { accountsLocation } from '../config/stores.js';

/**
 * Where the mail is kept and who sends it: with the accounts in PostgreSQL (several instances),
 * the outbox all of them share and the lease that lets one send; else this instance's own file.
 */
const outboxAndLease = async (config: ConfigService): Promise<{ outbox: Outbox; lease: SenderLease }> => {
  const accounts = accountsLocation(config);
  if (accounts.engine === 'postgres') return { outbox: await PostgresOutbox.open(accounts.url), lease: new PostgresSenderLease(accounts.url) };
  const dir = config.getOrThrow<string>('DATA_DIR');
  mkdirSync(dir, { recursive: true });
  return { outbox: new SqliteOutbox(join(dir, 'notifications.sqlite')), lease: soleInstance() };
};

const runnerFor = async (
  mail: MailSettings,
  deps: {
    config: ConfigService;
    eventStore: EventStore;
    projections: ProjectionRunner;
    readModels: ReadModels;
    meetings: MeetingsReadModel;
    accounts: AccountStore;
    clock: Clock;
  },
): Promise<NotificationsRunner> => {
  const { outbox, lease } = await outboxAndLease(deps.config);
  const now = () => deps.clock.now();
  return new NotificationsRunner(
    outbox,
    new Notifier(deps.eventStore, deps.projections, deps.readModels, deps.accounts, outbox, mail.publicUrl, now),
    new NotificationScheduler(deps.readModels, deps.meetings, deps.accounts, outbox, mail.publicUrl, now),
    new OutboxSender(outbox, nodemailer.createTransport(mail.transport), mail.from, now),
    mail.pollMs,
    now,
    () => deps.clock.todayInSweden(),
    lease,
    randomUUID(),
    () => loadRecipients(deps.accounts),
  );
};

/**
 * E-mail notifications (README: "E-mail notifications"): everyone's settings always; the notifier,
 * scheduler and sender only when an SMTP server is configured. The outbox is this instance's own
 * file (DATA_DIR/notifications.sqlite); with the accounts in PostgreSQL it is shared there by every
 * instance, and the one holding the sender lease (sender-lease.ts) decides and sends.
 */
@Module({})
export class NotificationsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Notifications');

  constructor(
    @Inject(MAIL_SETTINGS) private readonly mail: MailSettings | null,
    @Optional() @Inject(NotificationsRunner) private readonly runner?: NotificationsRunner,
  ) {}

  static forRoot(mail: MailSettings | null): DynamicModule {
    const running = mail
      ? [
          {
            provide: NotificationsRunner,
            inject: [ConfigService, EVENT_STORE, PROJECTION_RUNNER, ReadModels, MeetingsReadModel, AccountStore, Clock],
            useFactory: (
              config: ConfigService,
              eventStore: EventStore,
              projections: ProjectionRunner,
              readModels: ReadModels,
              meetings: MeetingsReadModel,
              accounts: AccountStore,
              clock: Clock,
            ): Promise<NotificationsRunner> => runnerFor(mail, { config, eventStore, projections, readModels, meetings, accounts, clock }),
          },
        ]
      : [];
    const health = {
      provide: NotificationsHealth,
      inject: mail ? [NotificationsRunner] : [],
      useFactory: (runner?: NotificationsRunner) => new NotificationsHealth(runner ?? null),
    };
    return {
      module: NotificationsModule,
      // Global for readiness: HealthModule asks NotificationsHealth without knowing this module.
      global: true,
      imports: [IdentityModule, MeetingsModule],
      controllers: [NotificationSettingsController],
      providers: [{ provide: MAIL_SETTINGS, useValue: mail }, ...running, health],
      exports: [NotificationsHealth, ...(mail ? [NotificationsRunner] : [])],
    };
  }

  onApplicationBootstrap(): void {
    if (!this.mail || !this.runner) {
      this.log.log('E-mail notifications are off: no SMTP_URL or SMTP_HOST is set');
      return;
    }
    this.log.log(`E-mail notifications are on, sent from ${this.mail.from}`);
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }
}
