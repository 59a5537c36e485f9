import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgendaSubject } from '@samverkan/meetings';
import { unprocessable } from '../../../common/problem.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { MeetingCommands } from '../../meeting-commands.service.js';
import { AddAgendaItemCommand, type AgendaItemOutcome } from './add-agenda-item.command.js';

/** A coordinator puts an item on the agenda; its place gives its paragraph. */
@CommandHandler(AddAgendaItemCommand)
export class AddAgendaItemHandler implements ICommandHandler<AddAgendaItemCommand> {
  constructor(
    private readonly meetings: MeetingCommands,
    private readonly readModels: ReadModels,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ meetingId, title, subject, request }: AddAgendaItemCommand): Promise<AgendaItemOutcome> {
    const loaded = await this.meetings.loadVisible(meetingId, request);
    const acting = this.meetings.requireCoordinator(loaded, request);
    await this.mustBeOfAgreement(subject, loaded.state.agreementId);
    const itemId = this.ids.newId();
    const outcome = await this.meetings.decideAndAppend(loaded, { type: 'AddAgendaItem', data: { itemId, title, subject } }, request, acting);
    return { ...outcome, itemId };
  }

  /** A focus area on the agenda must be one of this agreement's (asked of the board: a look-up, not a decision). */
  private async mustBeOfAgreement(subject: AgendaSubject, agreementId: string): Promise<void> {
    if (subject.kind !== 'transition' && subject.kind !== 'followUp') return;
    const focusArea = await this.readModels.focusArea(subject.focusAreaId);
    if (focusArea?.agreementId !== agreementId) {
      throw unprocessable('AgendaSubjectMustBelongToAgreement', 'Fokusområdet hör inte till den här överenskommelsen.', 'subject.focusAreaId');
    }
  }
}
