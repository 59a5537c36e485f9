import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { termsInForceOn } from '@samverkan/agreements';
import { assignmentsOf, rolesHeldIn, type AgreementDirectoryDoc } from '@samverkan/read-models';
import { Clock } from '../../../infrastructure/clock.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { toFocusAreaSummaries } from '../agreement.response.js';
import { GetAgreementQuery } from './get-agreement.query.js';
import type { AgreementDetailDto } from './get-agreement.response.js';
import { toOverallGoals } from './overall-goals.response.js';

/** The agreement as last amended, with its fulfilments, in the shape the agreement's own state has. */
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
  ...(doc.signatories ? { signatories: doc.signatories } : {}),
  ...(doc.decisionRule ? { decisionRule: doc.decisionRule } : {}),
});

/** The version in force on `on`: by the agreements lib's rule, so this and the commands never disagree. */
const termsInForce = (doc: AgreementDirectoryDoc, on: string): AgreementDetailDto['termsInForce'] => {
  const terms = termsInForceOn(doc.termsHistory, on);
  const version = doc.termsHistory.find((v) => v.terms === terms) ?? doc.termsHistory[0]!;
  return { on, effectiveFrom: version.effectiveFrom, amendmentId: version.amendmentId, terms };
};

/** One agreement, its terms over time and amendments, who holds which role, and its focus areas: the agreement directory and the board. */
@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId, actor, on }: GetAgreementQuery): Promise<AgreementDetailDto> {
    const agreement = await this.access.agreement(agreementId, actor);
    const board = await this.readModels.board(agreementId);
    return {
      revision: agreement.revision,
      agreement: registeredAgreement(agreement),
      termsInForce: termsInForce(agreement, on ?? this.clock.todayInSweden()),
      termsHistory: agreement.termsHistory as AgreementDetailDto['termsHistory'],
      amendments: agreement.amendments as AgreementDetailDto['amendments'],
      roles: assignmentsOf(agreement),
      yourRoles: rolesHeldIn(agreement, actor.userId),
      focusAreas: toFocusAreaSummaries(board),
      overallGoals: toOverallGoals(agreement, board),
    };
  }
}
