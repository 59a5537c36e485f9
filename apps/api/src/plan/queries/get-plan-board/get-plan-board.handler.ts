import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { partyIdsOf, planBoardRows } from '@samverkan/read-models';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { GetPlanBoardQuery, type PlanBoard } from './get-plan-board.query.js';

/** The coordinators' overview: every focus area's step, days in step, pending decisions and late measures. */
@QueryHandler(GetPlanBoardQuery)
export class GetPlanBoardHandler implements IQueryHandler<GetPlanBoardQuery> {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ agreementId, today, actor }: GetPlanBoardQuery): Promise<PlanBoard> {
    const agreement = await this.access.agreement(agreementId, actor);
    const docs = await this.readModels.board(agreementId);
    return { agreementId, today, focusAreas: planBoardRows(docs, partyIdsOf(agreement, today), today) };
  }
}
