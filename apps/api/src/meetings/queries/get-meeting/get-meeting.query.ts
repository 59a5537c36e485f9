import { Query } from '@nestjs/cqrs';
import type { MeetingDetail } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export class GetMeetingQuery extends Query<MeetingDetail> {
  constructor(
    readonly meetingId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
