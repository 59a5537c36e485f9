import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { partyIdsOf, planBoardRows } from '@samverkan/read-models';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { GetPlanBoardQuery, type PlanBoard } from './get-plan-board.query.js';

/** The coordinators' overview: every focus area's step, days in step, pending decisions and late measures. */
@QueryHandler(GetPlanBoardQuery)
export class GetPlanBoardHandler implements IQueryHandler<GetPlanBoardQuery> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ agreementId, today, actor }: GetPlanBoardQuery): Promise<PlanBoard> {
    await this.access.loadVisible(agreementId, actor);
    const [agreement, docs] = await Promise.all([this.readModels.agreement(agreementId), this.readModels.board(agreementId)]);
    return { agreementId, today, focusAreas: planBoardRows(docs, partyIdsOf(agreement), today) };
  }
}
