import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';

export class GetPlanAsOfRequestDto extends ReadModelQueryDto {
  @ApiProperty({ description: 'The moment: an ISO-8601 instant, or a day (YYYY-MM-DD: the end of that day in Sweden)', example: '2024-06-30T12:00:00Z' })
  @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, {
    message: 'asOf must be a date YYYY-MM-DD or an ISO-8601 instant with a time zone',
  })
  asOf!: string;
}
