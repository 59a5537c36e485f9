import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { compact } from '../../compact.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { UpdateMeasureStatusCommand } from './update-measure-status.command.js';

/** Follow-up: a coordinator marks a measure green, yellow, red or done; a status without comment clears the old comment. */
@CommandHandler(UpdateMeasureStatusCommand)
export class UpdateMeasureStatusHandler implements ICommandHandler<UpdateMeasureStatusCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, measureId, body, request }: UpdateMeasureStatusCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const data = compact({ measureId, status: body.status, comment: body.comment });
    return this.commands.decideAndAppend(loaded, { type: 'UpdateMeasureStatus', data }, request, acting);
  }
}
