import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CatalogueService } from '../../../catalogue/catalogue.service.js';
import { toAgreementSummary, type AgreementSummaryDto } from '../agreement.response.js';
import { ListAgreementsQuery } from './list-agreements.query.js';

/** The agreements the user holds a role in (all of them for an administrator), with their focus areas. */
@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(private readonly catalogue: CatalogueService) {}

  async execute({ actor }: ListAgreementsQuery): Promise<AgreementSummaryDto[]> {
    const { agreements, focusAreas } = await this.catalogue.current();
    return [...agreements.values()]
      .filter((a) => actor.administrator || a.members.has(actor.userId))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((a) => toAgreementSummary(a, focusAreas));
  }
}
