import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { lateMeasures, obligationStatuses } from '@samverkan/read-models';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { GetLateAndDueQuery, type LateAndDue } from './get-late-and-due.query.js';

/** Measures past their due date and not done, and the agreement's obligations as due, met or overdue. */
@QueryHandler(GetLateAndDueQuery)
export class GetLateAndDueHandler implements IQueryHandler<GetLateAndDueQuery> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ agreementId, today, actor }: GetLateAndDueQuery): Promise<LateAndDue> {
    await this.access.loadVisible(agreementId, actor);
    const [agreement, docs] = await Promise.all([this.readModels.agreement(agreementId), this.readModels.board(agreementId)]);
    return { agreementId, today, lateMeasures: lateMeasures(docs, today), obligations: obligationStatuses(agreement, today) };
  }
}
