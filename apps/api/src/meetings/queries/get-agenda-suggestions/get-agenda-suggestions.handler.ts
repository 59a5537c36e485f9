import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { agendaSuggestions, type AgendaSuggestions } from '@samverkan/read-models';
import { GetLateAndDueQuery } from '../../../plan/queries/get-late-and-due/get-late-and-due.query.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { MeetingReadAccess } from '../../meeting-read-access.js';
import { GetAgendaSuggestionsQuery } from './get-agenda-suggestions.query.js';

/** What the agenda could take up: pending proposals, annex drafts, amendments, focus areas with late measures, obligations due. */
@QueryHandler(GetAgendaSuggestionsQuery)
export class GetAgendaSuggestionsHandler implements IQueryHandler<GetAgendaSuggestionsQuery> {
  constructor(
    private readonly access: MeetingReadAccess,
    private readonly readModels: ReadModels,
    private readonly queries: QueryBus,
  ) {}

  async execute({ meetingId, today, actor }: GetAgendaSuggestionsQuery): Promise<AgendaSuggestions> {
    const { meeting, agreement } = await this.access.meeting(meetingId, actor);
    const [boards, annexes, { obligations }] = await Promise.all([
      this.readModels.board(meeting.agreementId),
      this.readModels.annexes(meeting.agreementId),
      // The obligations' one home: the late-and-due query knows what counts (fulfilments, meetings held, valid annexes).
      this.queries.execute(new GetLateAndDueQuery(meeting.agreementId, today, actor)),
    ]);
    return agendaSuggestions(meeting, boards, { agreement, annexes, obligations }, today);
  }
}
