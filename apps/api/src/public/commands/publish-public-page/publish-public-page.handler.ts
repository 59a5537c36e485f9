import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { AgreementCommands, type AgreementCommandOutcome } from '../../../agreements/agreement-commands.service.js';
import { PublishPublicPageCommand } from './publish-public-page.command.js';

/** A coordinator, who runs the agreement's work day to day, opens its page to residents. */
@CommandHandler(PublishPublicPageCommand)
export class PublishPublicPageHandler implements ICommandHandler<PublishPublicPageCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly agreements: AgreementCommands,
  ) {}

  async execute({ agreementId, request }: PublishPublicPageCommand): Promise<AgreementCommandOutcome> {
    const loaded = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(loaded, request.actor, 'coordinator');
    return this.agreements.execute(agreementId, { type: 'PublishPublicPage', data: { agreementId } }, request, acting);
  }
}
