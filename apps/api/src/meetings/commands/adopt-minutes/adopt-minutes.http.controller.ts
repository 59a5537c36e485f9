import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { MeetingCommandOutcomeDto } from '../../meeting-command-outcome.dto.js';
import { AdoptMinutesCommand } from './adopt-minutes.command.js';
import { AdoptMinutesRequestDto } from './adopt-minutes.request.dto.js';

@ApiTags('meetings')
@Controller('meetings/:meetingId/minutes')
export class AdoptMinutesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Adopt the minutes of a held meeting (coordinators); again until every party has checked them, which asks every party anew' })
  @ApiOkResponse({ type: MeetingCommandOutcomeDto })
  @ApiProblems()
  adopt(
    @Param('meetingId', ParseIdPipe) meetingId: string,
    @Body() body: AdoptMinutesRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<MeetingCommandOutcomeDto> {
    const notes = body.notes.map(({ itemId, note }) => ({ itemId, note }));
    return this.commandBus.execute(new AdoptMinutesCommand(meetingId, notes, request));
  }
}
