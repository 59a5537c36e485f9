import { Command } from '@nestjs/cqrs';
import type { AgendaSubject } from '@samverkan/meetings';
import type { RequestContext } from '../../../common/request-context.js';
import type { MeetingCommandOutcome } from '../../meeting-commands.service.js';

export interface AgendaItemOutcome extends MeetingCommandOutcome {
  readonly itemId: string;
}

export class AddAgendaItemCommand extends Command<AgendaItemOutcome> {
  constructor(
    readonly meetingId: string,
    readonly title: string,
    readonly subject: AgendaSubject,
    readonly request: RequestContext,
  ) {
    super();
  }
}
