import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../identity/actor.js';
import type { AgreementSummaryDto } from '../agreement.response.js';

export class ListAgreementsQuery extends Query<AgreementSummaryDto[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
