import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { notFound } from '../../../common/problem.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { compact } from '../../compact.js';
import { FocusAreaCommands } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { SetGoalCommand } from './set-goal.command.js';
import type { SetGoalResponseDto } from './set-goal.response.dto.js';

/**
 * Measures: a coordinator sets a goal of the action plan, or revises it (the whole goal is replaced).
 * The domain upserts by id, so a revision must name a goal of this cycle: ids are never the caller's to invent.
 */
@CommandHandler(SetGoalCommand)
export class SetGoalHandler implements ICommandHandler<SetGoalCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ focusAreaId, goalId: revised, body, request }: SetGoalCommand): Promise<SetGoalResponseDto> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    if (revised !== undefined && !loaded.state.context.work.goals.some((g) => g.goalId === revised)) throw notFound(`Goal ${revised}`);
    const goalId = revised ?? this.ids.newId();
    const { description, indicator, baseline, target, targetDate, followUpMethod, baselineDueBy, overallGoalId, measureIds } = body;
    const data = compact({ goalId, description, indicator, baseline, target, targetDate, followUpMethod, baselineDueBy, overallGoalId, measureIds });
    const outcome = await this.commands.decideAndAppend(loaded, { type: 'SetGoal', data }, request, acting);
    return { ...outcome, goalId };
  }
}
