import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MeasureStatus } from '@samverkan/cycle';
import { MEASURE_STATUSES, TEXT_MAX } from '../../dto-constants.js';
import { OneOf, OptionalText } from '../../dto-fields.js';

export class UpdateMeasureStatusRequestDto {
  @ApiProperty({ enum: MEASURE_STATUSES, description: 'green: on track, yellow: at risk, red: off track, done', example: 'yellow' })
  @OneOf(MEASURE_STATUSES)
  status!: MeasureStatus;

  @ApiPropertyOptional({ example: 'Färre vandringar under semesterperioden', maxLength: TEXT_MAX }) @OptionalText(TEXT_MAX) comment?: string;
}
