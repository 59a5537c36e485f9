import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { MeetingCommandOutcome } from '../../meeting-commands.service.js';

export class HoldMeetingCommand extends Command<MeetingCommandOutcome> {
  constructor(
    readonly meetingId: string,
    readonly heldOn: string,
    readonly request: RequestContext,
  ) {
    super();
  }
}
