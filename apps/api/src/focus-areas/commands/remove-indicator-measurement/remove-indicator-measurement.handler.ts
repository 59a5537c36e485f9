import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RemoveIndicatorMeasurementCommand } from './remove-indicator-measurement.command.js';

/** A coordinator removes a measurement recorded by mistake; the event stays in the history. */
@CommandHandler(RemoveIndicatorMeasurementCommand)
export class RemoveIndicatorMeasurementHandler implements ICommandHandler<RemoveIndicatorMeasurementCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, goalId, measurementId, request }: RemoveIndicatorMeasurementCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'RemoveIndicatorMeasurement', data: { goalId, measurementId } }, request, acting);
  }
}
