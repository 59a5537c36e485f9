import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { AgreementCommands, type AgreementCommandOutcome } from '../../../agreements/agreement-commands.service.js';
import { WithdrawPublicPageCommand } from './withdraw-public-page.command.js';

/** A coordinator takes the page for residents down again, saying why (for the auditors). */
@CommandHandler(WithdrawPublicPageCommand)
export class WithdrawPublicPageHandler implements ICommandHandler<WithdrawPublicPageCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly agreements: AgreementCommands,
  ) {}

  async execute({ agreementId, reason, request }: WithdrawPublicPageCommand): Promise<AgreementCommandOutcome> {
    const loaded = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(loaded, request.actor, 'coordinator');
    return this.agreements.execute(agreementId, { type: 'WithdrawPublicPage', data: { agreementId, reason } }, request, acting);
  }
}
