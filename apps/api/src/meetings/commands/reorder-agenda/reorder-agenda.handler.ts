import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MeetingCommands, type MeetingCommandOutcome } from '../../meeting-commands.service.js';
import { MeetingsReadModel } from '../../meetings-read-model.js';
import { ReorderAgendaCommand } from './reorder-agenda.command.js';

/** A coordinator puts the agenda in a new order; a paragraph a decision cites keeps its number. */
@CommandHandler(ReorderAgendaCommand)
export class ReorderAgendaHandler implements ICommandHandler<ReorderAgendaCommand> {
  constructor(
    private readonly meetings: MeetingCommands,
    private readonly readModel: MeetingsReadModel,
  ) {}

  async execute({ meetingId, itemIds, request }: ReorderAgendaCommand): Promise<MeetingCommandOutcome> {
    const loaded = await this.meetings.loadVisible(meetingId, request);
    const acting = this.meetings.requireCoordinator(loaded, request);
    const citedParagraphs = await this.readModel.citedParagraphs(meetingId);
    return this.meetings.decideAndAppend(loaded, { type: 'ReorderAgenda', data: { itemIds } }, request, acting, { citedParagraphs });
  }
}
