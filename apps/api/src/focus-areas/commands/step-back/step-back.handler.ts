import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { StepBackCommand } from './step-back.command.js';

/**
 * New information sends the work back to an earlier step; nothing recorded is erased. By default a
 * coordinator records it without a council decision; where the agreement requires one, propose it.
 */
@CommandHandler(StepBackCommand)
export class StepBackHandler implements ICommandHandler<StepBackCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, body, request }: StepBackCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'StepBack', data: { to: body.to, reason: body.reason } }, request, acting);
  }
}
