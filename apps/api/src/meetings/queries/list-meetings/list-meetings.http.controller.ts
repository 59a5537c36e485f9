import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgreementMeetings } from '@samverkan/read-models';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import type { Actor } from '../../../identity/actor.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { AgreementMeetingsView } from '../meeting.response.js';
import { ListMeetingsQuery } from './list-meetings.query.js';

@ApiTags('meetings')
@Controller('agreements/:agreementId/meetings')
export class ListMeetingsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: "The agreement's meetings: upcoming, held, and meetings held per year (council members see the council's)" })
  @ApiOkResponse({ type: AgreementMeetingsView })
  @ApiProblems(400, 401, 404, 503)
  async list(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: ReadModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<AgreementMeetings> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new ListMeetingsQuery(agreementId, actor));
  }
}
