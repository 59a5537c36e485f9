import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { toAgreementSummary, type AgreementSummaryDto } from '../agreement.response.js';
import { ListAgreementsQuery } from './list-agreements.query.js';

/** The agreements the user holds a role in (all of them for an administrator), with their focus areas, from the read models. */
@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ actor }: ListAgreementsQuery): Promise<AgreementSummaryDto[]> {
    const agreements = await this.access.agreements(actor);
    return Promise.all(agreements.map(async (agreement) => toAgreementSummary(agreement, await this.readModels.board(agreement.agreementId))));
  }
}
