import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PLAN_HISTORY, planBoardRows, termsOfDocOn, type AgreementDirectoryDoc, type FocusAreaBoardDoc, type PlanHistory } from '@samverkan/read-models';
import { ReadAccess } from '../../../read-models/read-access.js';
import { notFound } from '../../../common/problem.js';
import { swedishDateOf } from '@samverkan/shared-kernel';
import { GetPlanAsOfQuery, type PlanAsOf } from './get-plan-as-of.query.js';

interface StoredPlan {
  readonly agreement: AgreementDirectoryDoc;
  readonly focusAreas: FocusAreaBoardDoc[];
}

/** The auditor's question: what did the whole plan look like at that moment? */
@QueryHandler(GetPlanAsOfQuery)
export class GetPlanAsOfHandler implements IQueryHandler<GetPlanAsOfQuery> {
  constructor(
    private readonly access: ReadAccess,
    @Inject(PLAN_HISTORY) private readonly history: PlanHistory,
  ) {}

  async execute({ agreementId, at, actor }: GetPlanAsOfQuery): Promise<PlanAsOf> {
    await this.access.agreement(agreementId, actor);
    const plan = await this.history.planAsOf<StoredPlan>(agreementId, at);
    if (!plan) throw notFound(`Agreement ${agreementId} as of ${at} (it was not yet registered)`);
    const day = swedishDateOf(at);
    // The parties whose consent counted that day: an amendment that took effect later does not reach back.
    const partiesInForce = termsOfDocOn(plan.agreement, day).parties;
    const partyIds = partiesInForce.map((p) => p.partyId);
    return { at, agreement: plan.agreement, partiesInForce, focusAreas: plan.focusAreas, board: planBoardRows(plan.focusAreas, partyIds, day) };
  }
}
