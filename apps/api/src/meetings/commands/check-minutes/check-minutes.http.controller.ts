import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { MeetingCommandOutcomeDto } from '../../meeting-command-outcome.dto.js';
import { CheckMinutesCommand } from './check-minutes.command.js';
import { CheckMinutesRequestDto } from './check-minutes.request.dto.js';

@ApiTags('meetings')
@Controller('meetings/:meetingId/minutes/checks')
export class CheckMinutesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Check (justera) the minutes for your party (council representative or substitute); once every party has, they are final' })
  @ApiCreatedResponse({ type: MeetingCommandOutcomeDto })
  @ApiProblems()
  check(
    @Param('meetingId', ParseIdPipe) meetingId: string,
    @Body() body: CheckMinutesRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<MeetingCommandOutcomeDto> {
    return this.commandBus.execute(new CheckMinutesCommand(meetingId, body.partyId, request));
  }
}
