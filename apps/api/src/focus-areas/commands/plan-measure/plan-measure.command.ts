import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { PlanMeasureRequestDto } from './plan-measure.request.dto.js';
import type { PlanMeasureResponseDto } from './plan-measure.response.dto.js';

/** Plans a new measure (`measureId` undefined: the handler makes its id) or revises an existing one. */
export class PlanMeasureCommand extends Command<PlanMeasureResponseDto> {
  constructor(
    readonly focusAreaId: string,
    readonly measureId: string | undefined,
    readonly body: PlanMeasureRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
