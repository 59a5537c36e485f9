import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { MeetingCommandOutcome } from '../../meeting-commands.service.js';

export class CheckMinutesCommand extends Command<MeetingCommandOutcome> {
  constructor(
    readonly meetingId: string,
    readonly partyId: string | undefined,
    readonly request: RequestContext,
  ) {
    super();
  }
}
