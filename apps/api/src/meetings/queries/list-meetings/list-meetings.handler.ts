import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { agreementMeetings, type AgreementMeetings } from '@samverkan/read-models';
import { MeetingReadAccess } from '../../meeting-read-access.js';
import { ListMeetingsQuery } from './list-meetings.query.js';

/** The agreement's meetings the caller may read: upcoming, held, and how many were held each year. */
@QueryHandler(ListMeetingsQuery)
export class ListMeetingsHandler implements IQueryHandler<ListMeetingsQuery> {
  constructor(private readonly access: MeetingReadAccess) {}

  async execute({ agreementId, actor }: ListMeetingsQuery): Promise<AgreementMeetings> {
    const { meetings } = await this.access.ofAgreement(agreementId, actor);
    return agreementMeetings(agreementId, meetings);
  }
}
