import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../agreement-access.js';
import { AgreementCommands, type AgreementCommandOutcome } from '../../agreement-commands.service.js';
import { RemoveOverallGoalCommand } from './remove-overall-goal.command.js';

/** A coordinator removes an overall goal; focus areas' goals that named it keep the id in their history. */
@CommandHandler(RemoveOverallGoalCommand)
export class RemoveOverallGoalHandler implements ICommandHandler<RemoveOverallGoalCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly agreements: AgreementCommands,
  ) {}

  async execute({ agreementId, overallGoalId, request }: RemoveOverallGoalCommand): Promise<AgreementCommandOutcome> {
    const loaded = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(loaded, request.actor, 'coordinator');
    return this.agreements.execute(agreementId, { type: 'RemoveOverallGoal', data: { agreementId, overallGoalId } }, request, acting);
  }
}
