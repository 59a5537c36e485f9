import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { MeetingCommandOutcomeDto } from '../../meeting-command-outcome.dto.js';
import { RemoveAgendaItemCommand } from './remove-agenda-item.command.js';

@ApiTags('meetings')
@Controller('meetings/:meetingId/agenda-items/:itemId')
export class RemoveAgendaItemController {
  constructor(private readonly commandBus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'Take an item off the agenda (coordinators), until the meeting is held and while no decision cites it or an item after it' })
  @ApiOkResponse({ type: MeetingCommandOutcomeDto })
  @ApiProblems()
  remove(
    @Param('meetingId', ParseIdPipe) meetingId: string,
    @Param('itemId', ParseIdPipe) itemId: string,
    @Ctx() request: RequestContext,
  ): Promise<MeetingCommandOutcomeDto> {
    return this.commandBus.execute(new RemoveAgendaItemCommand(meetingId, itemId, request));
  }
}
