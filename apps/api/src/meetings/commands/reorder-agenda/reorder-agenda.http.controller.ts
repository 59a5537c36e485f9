import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { MeetingCommandOutcomeDto } from '../../meeting-command-outcome.dto.js';
import { ReorderAgendaCommand } from './reorder-agenda.command.js';
import { ReorderAgendaRequestDto } from './reorder-agenda.request.dto.js';

@ApiTags('meetings')
@Controller('meetings/:meetingId/agenda-order')
export class ReorderAgendaController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Put the agenda in a new order (coordinators), until the meeting is held; a cited paragraph keeps its number' })
  @ApiOkResponse({ type: MeetingCommandOutcomeDto })
  @ApiProblems()
  reorder(
    @Param('meetingId', ParseIdPipe) meetingId: string,
    @Body() body: ReorderAgendaRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<MeetingCommandOutcomeDto> {
    return this.commandBus.execute(new ReorderAgendaCommand(meetingId, body.itemIds, request));
  }
}
