import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { MeetingCommands, type MeetingCommandOutcome } from '../../meeting-commands.service.js';
import { ScheduleMeetingCommand } from './schedule-meeting.command.js';

/** A coordinator puts a council or operative-group meeting in the calendar: a new meeting stream. */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly meetings: MeetingCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ agreementId, body, request }: ScheduleMeetingCommand): Promise<MeetingCommandOutcome> {
    const agreement = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(agreement, request.actor, 'coordinator');
    const meetingId = this.ids.newId();
    const command = { type: 'ScheduleMeeting', data: { meetingId, agreementId, body: body.body, date: body.date, place: body.place } } as const;
    return this.meetings.decideAndAppend({ meetingId, state: { status: 'unscheduled' }, revision: null }, command, request, acting);
  }
}
