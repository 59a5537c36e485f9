import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RecordGoalBaselineCommand } from './record-goal-baseline.command.js';

/** A goal set with "baseline to be measured by <date>" gets its measured baseline (baselineMayFollow). */
@CommandHandler(RecordGoalBaselineCommand)
export class RecordGoalBaselineHandler implements ICommandHandler<RecordGoalBaselineCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, goalId, body, request }: RecordGoalBaselineCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'RecordGoalBaseline', data: { goalId, baseline: body.baseline } }, request, acting);
  }
}
