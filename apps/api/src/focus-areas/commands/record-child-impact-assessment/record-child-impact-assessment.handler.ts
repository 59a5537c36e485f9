import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { FocusAreaCommands, type CommandOutcome } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RecordChildImpactAssessmentCommand } from './record-child-impact-assessment.command.js';

/** Lomma: "Barnkonsekvensanalyser ska göras innan beslut om åtgärder fattas"; recording again revises it. */
@CommandHandler(RecordChildImpactAssessmentCommand)
export class RecordChildImpactAssessmentHandler implements ICommandHandler<RecordChildImpactAssessmentCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
  ) {}

  async execute({ focusAreaId, body, request }: RecordChildImpactAssessmentCommand): Promise<CommandOutcome> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const data = { summary: body.summary, conclusion: body.conclusion };
    return this.commands.decideAndAppend(loaded, { type: 'RecordChildImpactAssessment', data }, request, acting);
  }
}
