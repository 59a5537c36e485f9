import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RemoveGoalCommand } from './remove-goal.command.js';

/** A coordinator removes a goal from the action plan; refused while a measure is linked to it. */
@CommandHandler(RemoveGoalCommand)
export class RemoveGoalHandler implements ICommandHandler<RemoveGoalCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, goalId, request }: RemoveGoalCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'RemoveGoal', data: { goalId } }, request, acting);
  }
}
