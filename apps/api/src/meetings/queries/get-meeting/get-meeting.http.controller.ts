import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeetingDetail } from '@samverkan/read-models';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import type { Actor } from '../../../identity/actor.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { MeetingDetailView } from '../meeting.response.js';
import { GetMeetingQuery } from './get-meeting.query.js';

@ApiTags('meetings')
@Controller('meetings/:meetingId')
export class GetMeetingController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'One meeting: agenda with paragraphs, decisions taken under each, decision material, minutes and who has checked them' })
  @ApiOkResponse({ type: MeetingDetailView, description: 'The ETag is the meeting stream revision' })
  @ApiProblems(400, 401, 404, 503)
  async get(@Param('meetingId', ParseIdPipe) meetingId: string, @Query() query: ReadModelQueryDto, @CurrentActor() actor: Actor): Promise<MeetingDetail> {
    await this.consistency.atLeast(query.minPosition);
    return this.queryBus.execute(new GetMeetingQuery(meetingId, actor));
  }
}
