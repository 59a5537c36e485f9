import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PLAN_HISTORY, proposalMaterial, type FocusAreaBoardDoc, type PlanHistory, type ProposalMaterial } from '@samverkan/read-models';
import { notFound } from '../../../common/problem.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { GetProposalMaterialQuery } from './get-proposal-material.query.js';

/**
 * What the council decides on: the pending proposal's work, and what changed since the council last
 * decided on the focus area. From the read models (the board now, the plan history then), never
 * from folding the stream. A proposal that no longer waits has no material to decide on: 404.
 */
@QueryHandler(GetProposalMaterialQuery)
export class GetProposalMaterialHandler implements IQueryHandler<GetProposalMaterialQuery> {
  constructor(
    private readonly access: ReadAccess,
    @Inject(PLAN_HISTORY) private readonly history: PlanHistory,
  ) {}

  async execute({ focusAreaId, proposalId, actor }: GetProposalMaterialQuery): Promise<ProposalMaterial> {
    const { focusArea, agreement } = await this.access.focusArea(focusAreaId, actor);
    if (focusArea.pendingProposal?.proposalId !== proposalId) throw notFound(`Pending proposal ${proposalId} of focus area ${focusAreaId}`);
    const last = focusArea.lastCouncilDecision;
    const then = last ? await this.history.focusAreaAsOfRevision<FocusAreaBoardDoc>(focusAreaId, last.revision) : undefined;
    const material = proposalMaterial(focusArea, agreement, then);
    if (!material) throw notFound(`Pending proposal ${proposalId} of focus area ${focusAreaId}`);
    return material;
  }
}
