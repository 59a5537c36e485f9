import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toAgreementFacts } from '@samverkan/agreements';
import { MeetingCommands, type MeetingCommandOutcome } from '../../meeting-commands.service.js';
import { AdoptMinutesCommand } from './adopt-minutes.command.js';

/** A coordinator adopts the minutes; every party in force on the meeting's day is then asked to check them. */
@CommandHandler(AdoptMinutesCommand)
export class AdoptMinutesHandler implements ICommandHandler<AdoptMinutesCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  async execute({ meetingId, notes, request }: AdoptMinutesCommand): Promise<MeetingCommandOutcome> {
    const loaded = await this.meetings.loadVisible(meetingId, request);
    const acting = this.meetings.requireCoordinator(loaded, request);
    const { state } = loaded;
    const held = 'heldOn' in state ? state.heldOn : state.date;
    const { partyIds } = toAgreementFacts(loaded.agreement.state, held);
    return this.meetings.decideAndAppend(loaded, { type: 'AdoptMinutes', data: { notes, partyIds } }, request, acting);
  }
}
