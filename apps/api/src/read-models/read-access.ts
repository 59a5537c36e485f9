import { Injectable } from '@nestjs/common';
import { isMemberOf, type AgreementDirectoryDoc, type FocusAreaBoardDoc } from '@samverkan/read-models';
import { notFound } from '../common/problem.js';
import { maySeeAgreement, type Actor } from '../identity/actor.js';
import { ReadModels } from './read-models.service.js';

/** A focus area the caller may read, with the agreement it belongs to. */
export interface VisibleFocusArea {
  readonly focusArea: FocusAreaBoardDoc;
  readonly agreement: AgreementDirectoryDoc;
}

const maySee = (agreement: AgreementDirectoryDoc, actor: Actor): boolean => maySeeAgreement(actor, (userId) => isMemberOf(agreement, userId));

/**
 * What a query may show, decided from the read models' record of who holds which role (the
 * agreement directory), so no query folds an agreement's stream. A user sees nothing of an
 * agreement they hold no role in: 404, not 403, so its existence does not leak. Administrators see
 * every agreement. Commands authorise from the stream they decide on (AgreementAccess).
 */
@Injectable()
export class ReadAccess {
  constructor(private readonly readModels: ReadModels) {}

  async agreement(agreementId: string, actor: Actor): Promise<AgreementDirectoryDoc> {
    const agreement = await this.readModels.agreement(agreementId);
    if (!agreement || !maySee(agreement, actor)) throw notFound(`Agreement ${agreementId}`);
    return agreement;
  }

  /** The agreements the caller holds a role in (every one for an administrator), in Swedish name order. */
  async agreements(actor: Actor): Promise<AgreementDirectoryDoc[]> {
    return (await this.readModels.agreements()).filter((agreement) => maySee(agreement, actor)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async focusArea(focusAreaId: string, actor: Actor): Promise<VisibleFocusArea> {
    const focusArea = await this.readModels.focusArea(focusAreaId);
    const agreement = focusArea && (await this.readModels.agreement(focusArea.agreementId));
    if (!focusArea || !agreement || !maySee(agreement, actor)) throw notFound(`Focus area ${focusAreaId}`);
    return { focusArea, agreement };
  }
}
