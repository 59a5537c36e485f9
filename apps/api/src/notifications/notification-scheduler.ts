import { scheduledNotifications } from '@samverkan/notifications';
import { obligationStatuses, validAnnexVersions } from '@samverkan/read-models';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { AccountStore } from '../identity/accounts/account-store.port.js';
import type { MeetingsReadModel } from '../meetings/meetings-read-model.js';
import type { ReadModels } from '../read-models/read-models.service.js';
import { toOutboxRow } from './notifier.js';
import { loadRecipients } from './recipients.js';
import type { NewOutboxRow, Outbox } from './outbox.port.js';

/**
 * The time-based mails (measures due, obligations, a meeting's agenda, the weekly digest), decided
 * from the read models for `today`. Each is keyed by recipient, kind and period, so running this
 * every hour, again after a restart, or on another instance that took over sending (the outbox is
 * then shared), adds nothing that is already in the outbox.
 */
export class NotificationScheduler {
  constructor(
    private readonly readModels: ReadModels,
    private readonly meetings: MeetingsReadModel,
    private readonly accounts: AccountStore,
    private readonly outbox: Outbox,
    private readonly publicUrl: string,
    private readonly now: () => Date,
  ) {}

  /** Resolves with how many mails were new to the outbox. */
  async run(today: IsoDate): Promise<number> {
    const recipients = await loadRecipients(this.accounts);
    const rows: NewOutboxRow[] = [];
    for (const agreement of await this.readModels.agreements()) {
      const [board, annexes, meetings, meetingsHeld] = await Promise.all([
        this.readModels.board(agreement.agreementId),
        this.readModels.annexes(agreement.agreementId),
        this.meetings.ofAgreement(agreement.agreementId),
        this.meetings.heldIn(agreement.agreementId),
      ]);
      // The obligations as the late-and-due query judges them (GetLateAndDueHandler): one rule, asked the same way.
      const obligations = obligationStatuses({ ...agreement, meetingsHeld, validAnnexVersions: validAnnexVersions(annexes) }, today);
      for (const n of scheduledNotifications({ agreement, board, obligations, meetings }, recipients.recipient, today)) {
        const address = recipients.addressOf(n.recipientId);
        if (address) rows.push(toOutboxRow(n, address, this.publicUrl));
      }
    }
    return this.outbox.record({ rows, at: this.now().toISOString() });
  }
}
