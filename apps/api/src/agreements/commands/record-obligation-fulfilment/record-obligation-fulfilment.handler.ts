import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../agreement-access.js';
import { AgreementCommands, type AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RecordObligationFulfilmentCommand } from './record-obligation-fulfilment.command.js';

/** A coordinator records that an obligation of the agreement was carried out (a council meeting held, the situation picture updated …). */
@CommandHandler(RecordObligationFulfilmentCommand)
export class RecordObligationFulfilmentHandler implements ICommandHandler<RecordObligationFulfilmentCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly agreements: AgreementCommands,
  ) {}

  async execute({ data, request }: RecordObligationFulfilmentCommand): Promise<AgreementCommandOutcome> {
    const loaded = await this.access.loadVisible(data.agreementId, request.actor);
    const acting = this.access.requireRole(loaded, request.actor, 'coordinator');
    return this.agreements.execute(data.agreementId, { type: 'RecordObligationFulfilment', data }, request, acting);
  }
}
