import { Query } from '@nestjs/cqrs';
import type { PlanBoardRow } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export interface PlanBoard {
  readonly agreementId: string;
  readonly today: string;
  readonly focusAreas: PlanBoardRow[];
}

export class GetPlanBoardQuery extends Query<PlanBoard> {
  constructor(
    readonly agreementId: string,
    readonly today: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
