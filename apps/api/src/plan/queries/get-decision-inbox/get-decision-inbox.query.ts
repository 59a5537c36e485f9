import { Query } from '@nestjs/cqrs';
import type { BoardApproval, DecisionInboxItem, WithdrawnProposalItem } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

/** The party's approval, with the function of whoever gave it (a representative or a substitute). */
export interface PartyDecision extends BoardApproval {
  readonly function: string | null;
}

export interface InboxItem extends Omit<DecisionInboxItem, 'decidedForParty'> {
  readonly decidedForParty: PartyDecision | null;
}

export interface PartyInbox {
  readonly partyId: string;
  readonly partyName: string;
  readonly items: InboxItem[];
  /** Proposals withdrawn before the council decided them, until the focus area's next proposal. */
  readonly withdrawn: WithdrawnProposalItem[];
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
