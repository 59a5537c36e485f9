import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { meetingDetail, type MeetingDetail } from '@samverkan/read-models';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { MeetingReadAccess } from '../../meeting-read-access.js';
import { GetMeetingQuery } from './get-meeting.query.js';

/** One meeting: its agenda, each paragraph's note and decisions, the material for its transitions, and the minutes' checks. */
@QueryHandler(GetMeetingQuery)
export class GetMeetingHandler implements IQueryHandler<GetMeetingQuery> {
  constructor(
    private readonly access: MeetingReadAccess,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ meetingId, actor }: GetMeetingQuery): Promise<MeetingDetail> {
    const { meeting, agreement } = await this.access.meeting(meetingId, actor);
    return meetingDetail(meeting, agreement, await this.readModels.board(meeting.agreementId));
  }
}
