import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { MeetingCommandOutcome } from '../../meeting-commands.service.js';
import type { ScheduleMeetingRequestDto } from './schedule-meeting.request.dto.js';

export class ScheduleMeetingCommand extends Command<MeetingCommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly body: ScheduleMeetingRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
