import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { unprocessable } from '../../../common/problem.js';
import { AccountsService } from '../../../identity/accounts.service.js';
import { AgreementCommands, type AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { AssignRoleCommand } from './assign-role.command.js';

/** An administrator says who holds which role; the assignment is an event, so history shows who held what when. */
@CommandHandler(AssignRoleCommand)
export class AssignRoleHandler implements ICommandHandler<AssignRoleCommand> {
  constructor(
    private readonly agreements: AgreementCommands,
    private readonly accounts: AccountsService,
  ) {}

  async execute({ data, request }: AssignRoleCommand): Promise<AgreementCommandOutcome> {
    if (!(await this.accounts.find(data.userId))) {
      throw unprocessable('AccountMustExist', `Det finns inget konto ”${data.userId}”.`);
    }
    return this.agreements.execute(data.agreementId, { type: 'AssignRole', data }, request);
  }
}
