import { Injectable } from '@nestjs/common';
import { isPubliclyPublished } from '@samverkan/read-models';
import { ID } from '../common/shapes.js';
import { Clock } from '../infrastructure/clock.js';
import { ReadModels } from '../read-models/read-models.service.js';
import { publicPageView, type PublicPageView } from './queries/get-public-page/public-page.view.js';

/**
 * The page for residents, from the read models only (the agreement directory, the annexes and the
 * board): undefined for an agreement that does not exist and for one whose page is not published,
 * alike, so the answer never tells which agreements exist.
 */
@Injectable()
export class PublicPages {
  constructor(
    private readonly readModels: ReadModels,
    private readonly clock: Clock,
  ) {}

  async view(agreementId: string): Promise<PublicPageView | undefined> {
    if (!ID.test(agreementId)) return undefined;
    const agreement = await this.readModels.agreement(agreementId);
    if (!agreement || !isPubliclyPublished(agreement)) return undefined;
    const [annexes, focusAreas] = await Promise.all([this.readModels.annexes(agreementId), this.readModels.board(agreementId)]);
    return publicPageView(agreement, annexes, focusAreas, this.clock.todayInSweden());
  }
}
