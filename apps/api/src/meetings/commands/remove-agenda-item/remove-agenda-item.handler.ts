import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MeetingCommands, type MeetingCommandOutcome } from '../../meeting-commands.service.js';
import { MeetingsReadModel } from '../../meetings-read-model.js';
import { RemoveAgendaItemCommand } from './remove-agenda-item.command.js';

/** A coordinator takes an item off the agenda, unless a decision cites it or an item after it. */
@CommandHandler(RemoveAgendaItemCommand)
export class RemoveAgendaItemHandler implements ICommandHandler<RemoveAgendaItemCommand> {
  constructor(
    private readonly meetings: MeetingCommands,
    private readonly readModel: MeetingsReadModel,
  ) {}

  async execute({ meetingId, itemId, request }: RemoveAgendaItemCommand): Promise<MeetingCommandOutcome> {
    const loaded = await this.meetings.loadVisible(meetingId, request);
    const acting = this.meetings.requireCoordinator(loaded, request);
    const citedParagraphs = await this.readModel.citedParagraphs(meetingId);
    return this.meetings.decideAndAppend(loaded, { type: 'RemoveAgendaItem', data: { itemId } }, request, acting, { citedParagraphs });
  }
}
