import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { diffPlans, PLAN_HISTORY, READ_MODEL_STORE, type PlanAsOfLike, type PlanHistory, type ReadModelStore } from '@samverkan/read-models';
import { ReadAccess } from '../../../read-models/read-access.js';
import { logBeganAt } from '../get-plan-as-of/log-began.js';
import { GetPlanChangesQuery, type PlanChanges } from './get-plan-changes.query.js';

/** Before the agreement was registered its plan was empty: everything in it since is a change. */
const EMPTY_PLAN: PlanAsOfLike = { agreement: null, focusAreas: [] };

/** The auditor's question: what changed in the plan between two moments? The plan at each, compared. */
@QueryHandler(GetPlanChangesQuery)
export class GetPlanChangesHandler implements IQueryHandler<GetPlanChangesQuery> {
  constructor(
    private readonly access: ReadAccess,
    @Inject(PLAN_HISTORY) private readonly history: PlanHistory,
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
  ) {}

  async execute({ agreementId, from, to, actor }: GetPlanChangesQuery): Promise<PlanChanges> {
    await this.access.agreement(agreementId, actor);
    const [before, after, logBegan] = await Promise.all([
      this.history.planAsOf<PlanAsOfLike>(agreementId, from),
      this.history.planAsOf<PlanAsOfLike>(agreementId, to),
      logBeganAt(this.store, agreementId),
    ]);
    // Both moments before the log began: nothing had changed, and the answer says when the log began.
    return { agreementId, from, to, logBeganAt: logBegan, changes: diffPlans(before ?? EMPTY_PLAN, after ?? EMPTY_PLAN) };
  }
}
