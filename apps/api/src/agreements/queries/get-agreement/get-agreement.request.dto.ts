import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDay } from '../../../common/date-fields.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';

export class GetAgreementRequestDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ description: 'The day whose terms in force to show (YYYY-MM-DD); default: today in Sweden', example: '2025-06-01' })
  @IsOptional()
  @IsDay()
  on?: string;
}
