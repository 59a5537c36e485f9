import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { partiesUserMayDecideFor } from '@samverkan/agreements';
import { decisionInbox, partyIdsOf } from '@samverkan/read-models';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { notFound } from '../../../common/problem.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { GetDecisionInboxQuery, type PartyInbox } from './get-decision-inbox.query.js';

/**
 * What waits for a party's decision, oldest first. Representatives see their own party's inbox by
 * default; anyone in the agreement may look at any party's (the council works in the open).
 */
@QueryHandler(GetDecisionInboxQuery)
export class GetDecisionInboxHandler implements IQueryHandler<GetDecisionInboxQuery> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ agreementId, partyId, actor }: GetDecisionInboxQuery): Promise<PartyInbox[]> {
    const loaded = await this.access.loadVisible(agreementId, actor);
    const [agreement, docs] = await Promise.all([this.readModels.agreement(agreementId), this.readModels.board(agreementId)]);
    const parties = partyIdsOf(agreement);
    if (partyId !== undefined && !parties.includes(partyId)) throw notFound(`Party ${partyId} of agreement ${agreementId}`);
    const wanted = partyId !== undefined ? [partyId] : partiesUserMayDecideFor(loaded.state, actor.userId);
    return wanted.map((id) => ({
      partyId: id,
      partyName: agreement.parties.find((p) => p.partyId === id)?.name ?? id,
      items: decisionInbox(docs, id, parties),
    }));
  }
}
