import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { MeetingCommandOutcomeDto } from '../../meeting-command-outcome.dto.js';
import { HoldMeetingCommand } from './hold-meeting.command.js';
import { HoldMeetingRequestDto } from './hold-meeting.request.dto.js';

@ApiTags('meetings')
@Controller('meetings/:meetingId/held')
export class HoldMeetingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the meeting was held (coordinators): the agenda is final; it counts towards the meetings per year' })
  @ApiOkResponse({ type: MeetingCommandOutcomeDto })
  @ApiProblems()
  hold(
    @Param('meetingId', ParseIdPipe) meetingId: string,
    @Body() body: HoldMeetingRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<MeetingCommandOutcomeDto> {
    return this.commandBus.execute(new HoldMeetingCommand(meetingId, body.heldOn, request));
  }
}
