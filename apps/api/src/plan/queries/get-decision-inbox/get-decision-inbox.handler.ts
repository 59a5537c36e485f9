import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { decisionInbox, functionOfDecider, partiesDecidedForIn, partyIdsOf, withdrawnProposals } from '@samverkan/read-models';
import { notFound } from '../../../common/problem.js';
import { Clock } from '../../../infrastructure/clock.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { GetDecisionInboxQuery, type PartyInbox } from './get-decision-inbox.query.js';

/**
 * What waits for a party's decision, oldest first. Representatives see their own party's inbox by
 * default; anyone in the agreement may look at any party's (the council works in the open).
 */
@QueryHandler(GetDecisionInboxQuery)
export class GetDecisionInboxHandler implements IQueryHandler<GetDecisionInboxQuery> {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId, partyId, actor }: GetDecisionInboxQuery): Promise<PartyInbox[]> {
    const agreement = await this.access.agreement(agreementId, actor);
    const docs = await this.readModels.board(agreementId);
    const parties = partyIdsOf(agreement, this.clock.todayInSweden());
    if (partyId !== undefined && !parties.includes(partyId)) throw notFound(`Party ${partyId} of agreement ${agreementId}`);
    const wanted = partyId !== undefined ? [partyId] : partiesDecidedForIn(agreement, actor.userId);
    const withdrawn = withdrawnProposals(docs);
    return wanted.map((id) => ({
      partyId: id,
      partyName: agreement.parties.find((p) => p.partyId === id)?.name ?? id,
      items: decisionInbox(docs, id, parties).map(({ decidedForParty: decided, ...item }) => ({
        ...item,
        decidedForParty: decided && { ...decided, function: functionOfDecider(agreement, decided) },
      })),
      withdrawn,
    }));
  }
}
