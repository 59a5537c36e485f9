import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { DatedQueryDto } from '../../../read-models/read-model-query.dto.js';
import { GetPlanBoardQuery, type PlanBoard } from './get-plan-board.query.js';
import { PlanBoardView } from './get-plan-board.response.js';
import { Clock } from '../../../infrastructure/clock.js';

@ApiTags('plan')
@Controller('agreements/:agreementId/board')
export class GetPlanBoardController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Plan board: every focus area with its step, cycle, days in step, pending proposal and measures' })
  @ApiOkResponse({ type: PlanBoardView, description: 'The board, in the order the focus areas were proposed' })
  @ApiProblems(400, 401, 404, 503)
  async get(@Param('agreementId', ParseIdPipe) agreementId: string, @Query() query: DatedQueryDto, @CurrentActor() actor: Actor): Promise<PlanBoard> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetPlanBoardQuery(agreementId, query.today ?? this.clock.todayInSweden(), actor));
  }
}
