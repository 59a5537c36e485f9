import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { GetMeasureTrendQuery, type MeasureTrend } from './get-measure-trend.query.js';
import { GetMeasureTrendRequestDto } from './get-measure-trend.request.dto.js';
import { MeasureTrendView } from './get-measure-trend.response.js';
import { Clock } from '../../../infrastructure/clock.js';

@ApiTags('plan')
@Controller('agreements/:agreementId/measure-trend')
export class GetMeasureTrendController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Measures by status over time: green, yellow, red, done, not followed up and late, on each day measured',
    description: 'The plan in force (focus areas not closed or withdrawn) as it stood at the end of each day in Sweden; late is judged by that day.',
  })
  @ApiOkResponse({ type: MeasureTrendView, description: 'One point per day, oldest first' })
  @ApiProblems(400, 401, 404, 503)
  async get(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: GetMeasureTrendRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<MeasureTrend> {
    await this.consistency.atLeast(query.minPosition);
    const to = query.to ?? this.clock.todayInSweden();
    return this.queryBus.execute(new GetMeasureTrendQuery(agreementId, query.from, to, query.points, actor));
  }
}
