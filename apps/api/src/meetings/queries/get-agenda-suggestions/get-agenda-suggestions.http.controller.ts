import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgendaSuggestions } from '@samverkan/read-models';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import type { Actor } from '../../../identity/actor.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import { Clock } from '../../../infrastructure/clock.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { DatedQueryDto } from '../../../read-models/read-model-query.dto.js';
import { GetAgendaSuggestionsQuery } from './get-agenda-suggestions.query.js';
import { AgendaSuggestionsView } from './get-agenda-suggestions.response.js';

@ApiTags('meetings')
@Controller('meetings/:meetingId/agenda-suggestions')
export class GetAgendaSuggestionsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'What the agenda could take up: pending proposals, focus areas with late measures, obligations due' })
  @ApiOkResponse({ type: AgendaSuggestionsView })
  @ApiProblems(400, 401, 404, 503)
  async get(@Param('meetingId', ParseIdPipe) meetingId: string, @Query() query: DatedQueryDto, @CurrentActor() actor: Actor): Promise<AgendaSuggestions> {
    await this.consistency.atLeast(query.minPosition);
    const today = query.today ?? this.clock.todayInSweden();
    return this.queryBus.execute(new GetAgendaSuggestionsQuery(meetingId, today, actor));
  }
}
