import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { notFound } from '../../../common/problem.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { compact } from '../../compact.js';
import { FocusAreaCommands } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { PlanMeasureCommand } from './plan-measure.command.js';
import type { PlanMeasureResponseDto } from './plan-measure.response.dto.js';

/**
 * Measures: a coordinator plans a measure of the action plan (Brå), or revises it; its follow-up
 * status is kept. The domain upserts by id, so a revision must name a measure of this cycle.
 */
@CommandHandler(PlanMeasureCommand)
export class PlanMeasureHandler implements ICommandHandler<PlanMeasureCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ focusAreaId, measureId: revised, body, request }: PlanMeasureCommand): Promise<PlanMeasureResponseDto> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    if (revised !== undefined && !loaded.state.context.work.measures.some((m) => m.measureId === revised)) throw notFound(`Measure ${revised}`);
    const measureId = revised ?? this.ids.newId();
    const { causeId, furtherCauseIds, goalId, activity, operationalGoal, dueDate, responsiblePartyId, responsibleFunction } = body;
    const { coResponsible, collaborators, followUpMethod, kind } = body;
    const shared = coResponsible?.map(({ partyId, function: role }) => ({ partyId, function: role }));
    const data = compact({
      measureId,
      causeId,
      furtherCauseIds,
      goalId,
      activity,
      operationalGoal,
      dueDate,
      responsiblePartyId,
      responsibleFunction,
      coResponsible: shared,
      collaborators,
      followUpMethod,
      kind,
    });
    const outcome = await this.commands.decideAndAppend(loaded, { type: 'PlanMeasure', data }, request, acting);
    return { ...outcome, measureId };
  }
}
