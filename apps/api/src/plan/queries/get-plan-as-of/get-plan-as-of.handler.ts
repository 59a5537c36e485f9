import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  PLAN_HISTORY,
  planBoardRows,
  READ_MODEL_STORE,
  termsOfDocOn,
  type AgreementDirectoryDoc,
  type FocusAreaBoardDoc,
  type PlanHistory,
  type ReadModelStore,
} from '@samverkan/read-models';
import { ReadAccess } from '../../../read-models/read-access.js';
import { swedishDateOf } from '@samverkan/shared-kernel';
import { GetPlanAsOfQuery, type PlanAsOf } from './get-plan-as-of.query.js';
import { logBeganAt } from './log-began.js';

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
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
  ) {}

  async execute({ agreementId, at, actor }: GetPlanAsOfQuery): Promise<PlanAsOf> {
    await this.access.agreement(agreementId, actor);
    const [plan, logBegan] = await Promise.all([this.history.planAsOf<StoredPlan>(agreementId, at), logBeganAt(this.store, agreementId)]);
    // Before the agreement was registered there was no plan: an answer, not a missing document.
    if (!plan) return { at, logBeganAt: logBegan, beforeLogBegan: true, agreement: null, partiesInForce: [], focusAreas: [], board: [] };
    const day = swedishDateOf(at);
    // The parties whose consent counted that day: an amendment that took effect later does not reach back.
    const partiesInForce = termsOfDocOn(plan.agreement, day).parties;
    const partyIds = partiesInForce.map((p) => p.partyId);
    return {
      at,
      logBeganAt: logBegan,
      beforeLogBegan: false,
      agreement: plan.agreement,
      partiesInForce,
      focusAreas: plan.focusAreas,
      board: planBoardRows(plan.focusAreas, partyIds, day),
    };
  }
}
