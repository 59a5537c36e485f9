import { Query } from '@nestjs/cqrs';
import type { Party } from '@samverkan/agreements';
import type { AgreementDirectoryDoc, FocusAreaBoardDoc, PlanBoardRow } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

/** The whole plan of an agreement exactly as it stood at `at`. */
export interface PlanAsOf {
  readonly at: string;
  /** The moment of the agreement's first event; null only while the read models have not caught up with it. */
  readonly logBeganAt: string | null;
  /** True for a moment before the agreement was registered: there was no plan yet, and the lists are empty. */
  readonly beforeLogBegan: boolean;
  /** The agreement as it stood; null before it was registered. */
  readonly agreement: AgreementDirectoryDoc | null;
  /** The parties bound by the agreement on that day (the terms then in force, amendments included). */
  readonly partiesInForce: readonly Party[];
  /** Each focus area as it stood: step, work, measures and goals. */
  readonly focusAreas: FocusAreaBoardDoc[];
  /** The board as it looked that day. */
  readonly board: PlanBoardRow[];
}

export class GetPlanAsOfQuery extends Query<PlanAsOf> {
  constructor(
    readonly agreementId: string,
    readonly at: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
