import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementCommands, type AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RevokeRoleCommand } from './revoke-role.command.js';

@CommandHandler(RevokeRoleCommand)
export class RevokeRoleHandler implements ICommandHandler<RevokeRoleCommand> {
  constructor(private readonly agreements: AgreementCommands) {}

  execute({ data, request }: RevokeRoleCommand): Promise<AgreementCommandOutcome> {
    return this.agreements.execute(data.agreementId, { type: 'RevokeRole', data }, request);
  }
}
