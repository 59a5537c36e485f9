import { Query } from '@nestjs/cqrs';
import type { LateMeasure, ObligationStatus } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export interface LateAndDue {
  readonly agreementId: string;
  readonly today: string;
  readonly lateMeasures: LateMeasure[];
  readonly obligations: ObligationStatus[];
}

export class GetLateAndDueQuery extends Query<LateAndDue> {
  constructor(
    readonly agreementId: string,
    readonly today: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
