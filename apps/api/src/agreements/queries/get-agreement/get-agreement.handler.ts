import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { rolesOf, type RegisteredAgreement } from '@samverkan/agreements';
import { CatalogueService } from '../../../catalogue/catalogue.service.js';
import { AgreementAccess } from '../../agreement-access.js';
import { toFocusAreaSummary } from '../agreement.response.js';
import { GetAgreementQuery } from './get-agreement.query.js';
import type { AgreementDetailDto } from './get-agreement.response.js';

@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly catalogue: CatalogueService,
  ) {}

  async execute({ agreementId, actor }: GetAgreementQuery): Promise<AgreementDetailDto> {
    const loaded = await this.access.loadVisible(agreementId, actor);
    const { status: _status, roles, ...agreement } = loaded.state as RegisteredAgreement;
    const { agreements, focusAreas } = await this.catalogue.current();
    const ids = agreements.get(agreementId)?.focusAreaIds ?? [];
    return {
      revision: loaded.revision ?? 0,
      agreement,
      roles,
      yourRoles: rolesOf(loaded.state, actor.userId),
      focusAreas: ids.flatMap((id) => {
        const f = focusAreas.get(id);
        return f ? [toFocusAreaSummary(f)] : [];
      }),
    };
  }
}
