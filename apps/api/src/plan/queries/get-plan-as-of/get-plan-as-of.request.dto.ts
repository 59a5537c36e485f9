import { ApiProperty } from '@nestjs/swagger';
import { IsDayOrInstant } from '../../../common/date-fields.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';

export class GetPlanAsOfRequestDto extends ReadModelQueryDto {
  @ApiProperty({ description: 'The moment: an ISO-8601 instant, or a day (YYYY-MM-DD: the end of that day in Sweden)', example: '2024-06-30T12:00:00Z' })
  @IsDayOrInstant()
  asOf!: string;
}
