import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '../../../common/problem.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { AgreementAccess } from '../../agreement-access.js';
import { AgreementCommands } from '../../agreement-commands.service.js';
import { SetOverallGoalCommand } from './set-overall-goal.command.js';
import type { SetOverallGoalResponseDto } from './set-overall-goal.response.dto.js';

/** A coordinator states an overall goal of the agreement, which several focus areas' goals may contribute to, or revises its wording. */
@CommandHandler(SetOverallGoalCommand)
export class SetOverallGoalHandler implements ICommandHandler<SetOverallGoalCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly agreements: AgreementCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ agreementId, overallGoalId: revised, description, request }: SetOverallGoalCommand): Promise<SetOverallGoalResponseDto> {
    const loaded = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(loaded, request.actor, 'coordinator');
    const known = loaded.state.status === 'registered' && (loaded.state.overallGoals ?? []).some((g) => g.overallGoalId === revised);
    if (revised !== undefined && !known) throw notFound(`Overall goal ${revised}`);
    const overallGoalId = revised ?? this.ids.newId();
    const outcome = await this.agreements.execute(
      agreementId,
      { type: 'SetOverallGoal', data: { agreementId, overallGoalId, description } },
      request,
      acting,
    );
    return { ...outcome, overallGoalId };
  }
}
