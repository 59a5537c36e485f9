import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RemoveCauseCommand } from './remove-cause.command.js';

/** A coordinator removes a cause; refused while a measure targets it. */
@CommandHandler(RemoveCauseCommand)
export class RemoveCauseHandler implements ICommandHandler<RemoveCauseCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, causeId, request }: RemoveCauseCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'RemoveCause', data: { causeId } }, request, acting);
  }
}
