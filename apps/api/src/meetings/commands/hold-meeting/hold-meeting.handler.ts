import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { swedishDateOf } from '@samverkan/shared-kernel';
import { MeetingCommands, type MeetingCommandOutcome } from '../../meeting-commands.service.js';
import { HoldMeetingCommand } from './hold-meeting.command.js';

/** A coordinator records that the meeting was held: the agenda is final, and the meeting counts towards its body's meetings per year. */
@CommandHandler(HoldMeetingCommand)
export class HoldMeetingHandler implements ICommandHandler<HoldMeetingCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  async execute({ meetingId, heldOn, request }: HoldMeetingCommand): Promise<MeetingCommandOutcome> {
    const loaded = await this.meetings.loadVisible(meetingId, request);
    const acting = this.meetings.requireCoordinator(loaded, request);
    const today = swedishDateOf(this.meetings.now().toISOString());
    return this.meetings.decideAndAppend(loaded, { type: 'HoldMeeting', data: { heldOn, today } }, request, acting);
  }
}
