import { Query } from '@nestjs/cqrs';
import type { PlanChange } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

/** What changed in the plan after `from` up to and including `to` (both ISO-8601 UTC instants). */
export interface PlanChanges {
  readonly agreementId: string;
  readonly from: string;
  readonly to: string;
  /** The moment of the agreement's first event: a period before it has no changes. */
  readonly logBeganAt: string | null;
  readonly changes: PlanChange[];
}

export class GetPlanChangesQuery extends Query<PlanChanges> {
  constructor(
    readonly agreementId: string,
    readonly from: string,
    readonly to: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
