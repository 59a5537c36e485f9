import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RemoveMeasureCommand } from './remove-measure.command.js';

/** A coordinator removes a measure from the action plan. */
@CommandHandler(RemoveMeasureCommand)
export class RemoveMeasureHandler implements ICommandHandler<RemoveMeasureCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, measureId, request }: RemoveMeasureCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'RemoveMeasure', data: { measureId } }, request, acting);
  }
}
