import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { ConcludeEvaluationCommand } from './conclude-evaluation.command.js';

/** Evaluation: the conclusion the council closes the focus area or starts a new cycle on. */
@CommandHandler(ConcludeEvaluationCommand)
export class ConcludeEvaluationHandler implements ICommandHandler<ConcludeEvaluationCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, body, request }: ConcludeEvaluationCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    return this.commands.decideAndAppend(loaded, { type: 'ConcludeEvaluation', data: { conclusion: body.conclusion } }, request, acting);
  }
}
