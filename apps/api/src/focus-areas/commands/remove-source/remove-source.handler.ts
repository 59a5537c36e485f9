import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RemoveSourceCommand } from './remove-source.command.js';

/** A coordinator removes a source from the mapping; the history keeps that it was there. */
@CommandHandler(RemoveSourceCommand)
export class RemoveSourceHandler implements ICommandHandler<RemoveSourceCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, sourceId, request }: RemoveSourceCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'RemoveSource', data: { sourceId } }, request, acting);
  }
}
