import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../identity/actor.js';
import type { AgreementDetailDto } from './get-agreement.response.js';

export class GetAgreementQuery extends Query<AgreementDetailDto> {
  constructor(
    readonly agreementId: string,
    readonly actor: Actor,
    /** The day whose terms in force to show; today when absent. */
    readonly on?: string,
  ) {
    super();
  }
}
