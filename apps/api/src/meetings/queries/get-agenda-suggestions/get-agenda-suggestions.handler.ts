import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { agendaSuggestions, obligationStatuses, type AgendaSuggestions } from '@samverkan/read-models';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { MeetingReadAccess } from '../../meeting-read-access.js';
import { MeetingsReadModel } from '../../meetings-read-model.js';
import { GetAgendaSuggestionsQuery } from './get-agenda-suggestions.query.js';

/** What the agenda could take up: pending proposals, focus areas with late measures, obligations due. */
@QueryHandler(GetAgendaSuggestionsQuery)
export class GetAgendaSuggestionsHandler implements IQueryHandler<GetAgendaSuggestionsQuery> {
  constructor(
    private readonly access: MeetingReadAccess,
    private readonly readModels: ReadModels,
    private readonly meetings: MeetingsReadModel,
  ) {}

  async execute({ meetingId, today, actor }: GetAgendaSuggestionsQuery): Promise<AgendaSuggestions> {
    const { meeting, agreement } = await this.access.meeting(meetingId, actor);
    const boards = await this.readModels.board(meeting.agreementId);
    const obligations = obligationStatuses({ ...agreement, meetingsHeld: await this.meetings.heldIn(meeting.agreementId) }, today);
    return agendaSuggestions(meeting, boards, obligations, today);
  }
}
