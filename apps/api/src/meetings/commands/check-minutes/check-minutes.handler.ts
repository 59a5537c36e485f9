import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { MeetingCommands, type MeetingCommandOutcome } from '../../meeting-commands.service.js';
import { CheckMinutesCommand } from './check-minutes.command.js';

/** A party's council representative (or substitute) checks (justerar) the minutes for the party. */
@CommandHandler(CheckMinutesCommand)
export class CheckMinutesHandler implements ICommandHandler<CheckMinutesCommand> {
  constructor(
    private readonly meetings: MeetingCommands,
    private readonly access: AgreementAccess,
  ) {}

  async execute({ meetingId, partyId, request }: CheckMinutesCommand): Promise<MeetingCommandOutcome> {
    const loaded = await this.meetings.loadVisible(meetingId, request);
    const acting = this.access.requireDecider(loaded.agreement, request.actor, partyId);
    return this.meetings.decideAndAppend(loaded, { type: 'CheckMinutes', data: { partyId: acting.partyId } }, request, acting);
  }
}
