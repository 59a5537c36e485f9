import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toUtcInstant } from '@samverkan/shared-kernel';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { GetPlanAsOfQuery, type PlanAsOf } from './get-plan-as-of.query.js';
import { GetPlanAsOfRequestDto } from './get-plan-as-of.request.dto.js';
import { PlanAsOfView } from './get-plan-as-of.response.js';

@ApiTags('audit')
@Controller('agreements/:agreementId/plan')
export class GetPlanAsOfController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The whole plan of the agreement as it stood at a past moment: every focus area, its step, work, measures and goals' })
  @ApiOkResponse({
    type: PlanAsOfView,
    description: 'The plan as of the moment; for a moment before the log began, `beforeLogBegan` and the day it began, with no plan',
  })
  @ApiProblems(400, 401, 404, 503)
  async get(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: GetPlanAsOfRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<PlanAsOf> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetPlanAsOfQuery(agreementId, toUtcInstant(query.asOf, true), actor));
  }
}
