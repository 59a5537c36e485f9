import { Query } from '@nestjs/cqrs';
import type { DecisionInboxItem } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export interface PartyInbox {
  readonly partyId: string;
  readonly partyName: string;
  readonly items: DecisionInboxItem[];
}

export class GetDecisionInboxQuery extends Query<PartyInbox[]> {
  constructor(
    readonly agreementId: string,
    /** One party's inbox; when absent, those of every party the actor decides for. */
    readonly partyId: string | undefined,
    readonly actor: Actor,
  ) {
    super();
  }
}
