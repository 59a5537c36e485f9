import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { agendaSubjectOf } from '../../agenda-subject.request.dto.js';
import { MeetingCommandOutcomeDto } from '../../meeting-command-outcome.dto.js';
import { AddAgendaItemCommand, type AgendaItemOutcome } from './add-agenda-item.command.js';
import { AddAgendaItemRequestDto } from './add-agenda-item.request.dto.js';

class AgendaItemOutcomeDto extends MeetingCommandOutcomeDto implements AgendaItemOutcome {
  @ApiProperty({ description: 'The new agenda item' }) readonly itemId!: string;
}

@ApiTags('meetings')
@Controller('meetings/:meetingId/agenda-items')
export class AddAgendaItemController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Put an item on the agenda (coordinators), until the meeting is held; its place is its paragraph (§)' })
  @ApiCreatedResponse({ type: AgendaItemOutcomeDto })
  @ApiProblems()
  add(
    @Param('meetingId', ParseIdPipe) meetingId: string,
    @Body() body: AddAgendaItemRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AgendaItemOutcome> {
    return this.commandBus.execute(new AddAgendaItemCommand(meetingId, body.title, agendaSubjectOf(body.subject), request));
  }
}
