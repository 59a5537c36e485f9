import { Query } from '@nestjs/cqrs';
import type { AgreementMeetings } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export class ListMeetingsQuery extends Query<AgreementMeetings> {
  constructor(
    readonly agreementId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
