import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { CarryWorkForwardCommand } from './carry-work-forward.command.js';

/** A new cycle's mapping: the coordinator keeps or drops each unfinished measure, goal and source of the cycle just ended. */
@CommandHandler(CarryWorkForwardCommand)
export class CarryWorkForwardHandler implements ICommandHandler<CarryWorkForwardCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, body, request }: CarryWorkForwardCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const { fromCycle, sourceIds, causeIds, goalIds, measureIds } = body;
    return this.commands.decideAndAppend(
      loaded,
      { type: 'CarryWorkForward', data: { fromCycle, sourceIds, causeIds, goalIds, measureIds } },
      request,
      acting,
    );
  }
}
