import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { defaultTrendFrom, measureStatusSeries, PLAN_HISTORY, trendPoints, type FocusAreaBoardDoc, type PlanHistory } from '@samverkan/read-models';
import { endOfSwedishDay } from '@samverkan/shared-kernel';
import { ReadAccess } from '../../../read-models/read-access.js';
import { invalidField } from './get-measure-trend.request.dto.js';
import { GetMeasureTrendQuery, type MeasureTrend } from './get-measure-trend.query.js';

/**
 * Measures by status over time, for the chart: the plan as it stood at the end of each day
 * measured (snapshots plus a short replay each, never the log from zero), counted as the board counts.
 */
@QueryHandler(GetMeasureTrendQuery)
export class GetMeasureTrendHandler implements IQueryHandler<GetMeasureTrendQuery> {
  constructor(
    private readonly access: ReadAccess,
    @Inject(PLAN_HISTORY) private readonly history: PlanHistory,
  ) {}

  async execute({ agreementId, from, to, points, actor }: GetMeasureTrendQuery): Promise<MeasureTrend> {
    const agreement = await this.access.agreement(agreementId, actor);
    const start = from ?? defaultTrendFrom(to, agreement.period.from);
    if (start >= to) throw invalidField('from', `from must be earlier than to (${to})`);
    const plans = await Promise.all(
      trendPoints(start, to, points).map(async (day) => {
        const plan = await this.history.planAsOf<{ focusAreas: FocusAreaBoardDoc[] }>(agreementId, endOfSwedishDay(day));
        return { at: day, focusAreas: plan?.focusAreas ?? [] };
      }),
    );
    return { agreementId, from: start, to, points: measureStatusSeries(plans) };
  }
}
