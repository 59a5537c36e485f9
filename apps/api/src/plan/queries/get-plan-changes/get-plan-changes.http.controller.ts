import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { GetPlanChangesQuery, type PlanChanges } from './get-plan-changes.query.js';
import { changeWindow, GetPlanChangesRequestDto } from './get-plan-changes.request.dto.js';
import { PlanChangesView } from './get-plan-changes.response.js';

@ApiTags('audit')
@Controller('agreements/:agreementId/changes')
export class GetPlanChangesController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'What changed in the plan between two moments: focus areas, steps, cycles, proposals, measures, goals, roles, each as a Swedish sentence',
    description: 'The plan as it stood at `from` compared with the plan at `to`. Two states, not the events between: the audit history has every event.',
  })
  @ApiOkResponse({ type: PlanChangesView, description: 'The changes, the agreement first, then each focus area in the order it was proposed' })
  @ApiProblems(400, 401, 404, 503)
  async get(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: GetPlanChangesRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<PlanChanges> {
    await this.consistency.atLeast(query.minPosition);
    const { from, to } = changeWindow(query.from, query.to);
    return this.queryBus.execute(new GetPlanChangesQuery(agreementId, from, to, actor));
  }
}
