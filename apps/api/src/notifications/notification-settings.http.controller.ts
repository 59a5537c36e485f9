import { Body, Controller, Get, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DEFAULT_PREFERENCES, isNotificationKind } from '@samverkan/notifications';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { unprocessable } from '../common/problem.js';
import { Clock } from '../infrastructure/clock.js';
import type { Actor } from '../identity/actor.js';
import { AccountStore } from '../identity/accounts/account-store.port.js';
import { CurrentActor } from '../identity/current-actor.decorator.js';
import { MAIL_SETTINGS, type MailSettings } from './mail.settings.js';
import { SaveNotificationSettingsRequestDto } from './notification-settings.request.dto.js';
import { NotificationSettingsView } from './notification-settings.response.js';

/** A person's own e-mail notifications ("Mitt konto", Aviseringar): their work address and what they want mailed. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationSettingsController {
  constructor(
    private readonly accounts: AccountStore,
    private readonly clock: Clock,
    @Inject(MAIL_SETTINGS) private readonly mail: MailSettings | null,
  ) {}

  @Get('settings')
  @ApiOkResponse({ type: NotificationSettingsView })
  @ApiProblems(401)
  async get(@CurrentActor() actor: Actor): Promise<NotificationSettingsView> {
    const [account, settings] = await Promise.all([this.accounts.findAccount(actor.userId), this.accounts.notificationSettings(actor.userId)]);
    return {
      email: account?.email ?? null,
      kinds: (settings?.kinds ?? DEFAULT_PREFERENCES.kinds).filter(isNotificationKind),
      dueWithinDays: settings?.dueWithinDays ?? DEFAULT_PREFERENCES.dueWithinDays,
      mailEnabled: this.mail !== null,
    };
  }

  @Put('settings')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationSettingsView })
  @ApiProblems(400, 401, 404, 422)
  async save(@Body() body: SaveNotificationSettingsRequestDto, @CurrentActor() actor: Actor): Promise<NotificationSettingsView> {
    const account = await this.accounts.findAccount(actor.userId);
    if (account?.status !== 'active') throw unprocessable('AccountMustBeActive', 'Only an active account can choose notifications.');
    const email = body.email?.trim().toLowerCase() || null;
    if (body.kinds.length > 0 && email === null) {
      throw unprocessable('NotificationsNeedAnAddress', 'Give an e-mail address to receive notifications.', 'email');
    }
    if (email !== account.email) await this.accounts.saveAccount({ ...account, email, updatedAt: this.clock.now().toISOString() });
    await this.accounts.saveNotificationSettings({ accountId: account.id, kinds: body.kinds, dueWithinDays: body.dueWithinDays });
    return { email, kinds: body.kinds, dueWithinDays: body.dueWithinDays, mailEnabled: this.mail !== null };
  }
}
