import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { RecordIndicatorMeasurementRequestDto } from './record-indicator-measurement.request.dto.js';
import type { RecordIndicatorMeasurementResponseDto } from './record-indicator-measurement.response.dto.js';

/** Records a follow-up of a goal's indicator (`measurementId` undefined: the handler makes its id) or revises one. */
export class RecordIndicatorMeasurementCommand extends Command<RecordIndicatorMeasurementResponseDto> {
  constructor(
    readonly focusAreaId: string,
    readonly goalId: string,
    readonly measurementId: string | undefined,
    readonly body: RecordIndicatorMeasurementRequestDto,
    readonly request: RequestContext,
  ) {
    super();
  }
}
