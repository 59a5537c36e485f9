import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { DatedQueryDto } from '../../../read-models/read-model-query.dto.js';
import { GetLateAndDueQuery, type LateAndDue } from './get-late-and-due.query.js';
import { LateAndDueView } from './get-late-and-due.response.js';
import { Clock } from '../../../infrastructure/clock.js';

@ApiTags('plan')
@Controller('agreements/:agreementId/late-and-due')
export class GetLateAndDueController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Late measures and the obligations of the agreement (due, met, overdue) on a given day' })
  @ApiOkResponse({ type: LateAndDueView, description: 'Late measures and obligation statuses' })
  @ApiProblems(400, 401, 404, 503)
  async get(@Param('agreementId', ParseIdPipe) agreementId: string, @Query() query: DatedQueryDto, @CurrentActor() actor: Actor): Promise<LateAndDue> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetLateAndDueQuery(agreementId, query.today ?? this.clock.todayInSweden(), actor));
  }
}
