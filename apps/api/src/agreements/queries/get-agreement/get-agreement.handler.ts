import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assignmentsOf, rolesHeldIn, type AgreementDirectoryDoc } from '@samverkan/read-models';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { toFocusAreaSummaries } from '../agreement.response.js';
import { GetAgreementQuery } from './get-agreement.query.js';
import type { AgreementDetailDto } from './get-agreement.response.js';

/** The agreement as registered, with its fulfilments, in the shape the agreement's own state has. */
const registeredAgreement = (doc: AgreementDirectoryDoc): AgreementDetailDto['agreement'] => ({
  agreementId: doc.agreementId,
  name: doc.name,
  municipality: doc.municipality,
  parties: doc.parties,
  period: doc.period,
  council: doc.council,
  ...(doc.operativeGroup ? { operativeGroup: doc.operativeGroup } : {}),
  policy: doc.policy,
  obligations: doc.obligations,
  fulfilments: doc.fulfilments.map(({ obligationKind, fulfilledOn, note }) => ({ obligationKind, fulfilledOn, ...(note !== null ? { note } : {}) })),
});

/** One agreement, who holds which role, and its focus areas: the agreement directory and the board. */
@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
  ) {}

  async execute({ agreementId, actor }: GetAgreementQuery): Promise<AgreementDetailDto> {
    const agreement = await this.access.agreement(agreementId, actor);
    return {
      revision: agreement.revision,
      agreement: registeredAgreement(agreement),
      roles: assignmentsOf(agreement),
      yourRoles: rolesHeldIn(agreement, actor.userId),
      focusAreas: toFocusAreaSummaries(await this.readModels.board(agreementId)),
    };
  }
}
