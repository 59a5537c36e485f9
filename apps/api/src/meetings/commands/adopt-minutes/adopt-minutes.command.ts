import { Command } from '@nestjs/cqrs';
import type { MinutesNote } from '@samverkan/meetings';
import type { RequestContext } from '../../../common/request-context.js';
import type { MeetingCommandOutcome } from '../../meeting-commands.service.js';

export class AdoptMinutesCommand extends Command<MeetingCommandOutcome> {
  constructor(
    readonly meetingId: string,
    readonly notes: readonly MinutesNote[],
    readonly request: RequestContext,
  ) {
    super();
  }
}
