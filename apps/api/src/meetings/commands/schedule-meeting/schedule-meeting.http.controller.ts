import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { MeetingCommandOutcomeDto } from '../../meeting-command-outcome.dto.js';
import { ScheduleMeetingCommand } from './schedule-meeting.command.js';
import { ScheduleMeetingRequestDto } from './schedule-meeting.request.dto.js';

@ApiTags('meetings')
@Controller('agreements/:agreementId/meetings')
export class ScheduleMeetingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Schedule a meeting of the council or the operative group (coordinators)' })
  @ApiCreatedResponse({ type: MeetingCommandOutcomeDto, description: 'Scheduled; meetingId names the new meeting' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  schedule(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: ScheduleMeetingRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<MeetingCommandOutcomeDto> {
    return this.commandBus.execute(new ScheduleMeetingCommand(agreementId, body, request));
  }
}
