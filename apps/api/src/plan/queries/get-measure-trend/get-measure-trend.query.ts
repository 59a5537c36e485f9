import { Query } from '@nestjs/cqrs';
import type { MeasureStatusPoint } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

/** The measures of the plan in force counted by status on each day from `from` to `to`. */
export interface MeasureTrend {
  readonly agreementId: string;
  readonly from: string;
  readonly to: string;
  /** One per day measured; `at` is that day (YYYY-MM-DD), counted as the plan stood at its end in Sweden. */
  readonly points: MeasureStatusPoint[];
}

export class GetMeasureTrendQuery extends Query<MeasureTrend> {
  constructor(
    readonly agreementId: string,
    /** When absent: a year before `to`, or the start of the agreement's period if later. */
    readonly from: string | undefined,
    readonly to: string,
    /** When absent: one a month. */
    readonly points: number | undefined,
    readonly actor: Actor,
  ) {
    super();
  }
}
