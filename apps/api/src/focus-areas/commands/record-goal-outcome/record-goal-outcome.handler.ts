import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { compact } from '../../compact.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RecordGoalOutcomeCommand } from './record-goal-outcome.command.js';

/** Evaluation: Brå's three follow-ups of a goal (production, process, effect); recording again revises. */
@CommandHandler(RecordGoalOutcomeCommand)
export class RecordGoalOutcomeHandler implements ICommandHandler<RecordGoalOutcomeCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, goalId, body, request }: RecordGoalOutcomeCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const effect = compact({ measuredValue: body.effect.measuredValue, comment: body.effect.comment });
    const data = { goalId, production: body.production, process: body.process, effect };
    return this.commands.decideAndAppend(loaded, { type: 'RecordGoalOutcome', data }, request, acting);
  }
}
