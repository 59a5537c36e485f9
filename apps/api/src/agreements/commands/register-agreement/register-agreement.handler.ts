import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementCommands, type AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RegisterAgreementCommand } from './register-agreement.command.js';

/** An administrator registers a signed agreement: its parties, period, council and policy. */
@CommandHandler(RegisterAgreementCommand)
export class RegisterAgreementHandler implements ICommandHandler<RegisterAgreementCommand> {
  constructor(private readonly agreements: AgreementCommands) {}

  execute({ data, request }: RegisterAgreementCommand): Promise<AgreementCommandOutcome> {
    return this.agreements.execute(data.agreementId, { type: 'RegisterAgreement', data }, request);
  }
}
