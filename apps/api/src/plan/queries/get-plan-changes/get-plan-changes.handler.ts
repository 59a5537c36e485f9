import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { diffPlans, PLAN_HISTORY, type PlanAsOfLike, type PlanHistory } from '@samverkan/read-models';
import { ReadAccess } from '../../../read-models/read-access.js';
import { notFound } from '../../../common/problem.js';
import { GetPlanChangesQuery, type PlanChanges } from './get-plan-changes.query.js';

/** Before the agreement was registered its plan was empty: everything in it since is a change. */
const EMPTY_PLAN: PlanAsOfLike = { agreement: null, focusAreas: [] };

/** The auditor's question: what changed in the plan between two moments? The plan at each, compared. */
@QueryHandler(GetPlanChangesQuery)
export class GetPlanChangesHandler implements IQueryHandler<GetPlanChangesQuery> {
  constructor(
    private readonly access: ReadAccess,
    @Inject(PLAN_HISTORY) private readonly history: PlanHistory,
  ) {}

  async execute({ agreementId, from, to, actor }: GetPlanChangesQuery): Promise<PlanChanges> {
    await this.access.agreement(agreementId, actor);
    const [before, after] = await Promise.all([
      this.history.planAsOf<PlanAsOfLike>(agreementId, from),
      this.history.planAsOf<PlanAsOfLike>(agreementId, to),
    ]);
    if (!after) throw notFound(`Agreement ${agreementId} as of ${to} (it was not yet registered)`);
    return { agreementId, from, to, changes: diffPlans(before ?? EMPTY_PLAN, after) };
  }
}
