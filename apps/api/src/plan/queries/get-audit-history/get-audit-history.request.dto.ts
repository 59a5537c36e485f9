import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsDayOrInstant } from '../../../common/date-fields.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { ID } from '../../../common/shapes.js';

const MAX_PAGE = 1_000_000;

export class AuditFilterDto extends ReadModelQueryDto {
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'focusAreaId must be a focus area id' }) focusAreaId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: 'partyId must be a party id' }) partyId?: string;

  @ApiPropertyOptional({ description: 'Event kinds, comma-separated (e.g. TransitionApproved,TransitionRejected)', type: String })
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @Matches(/^[A-Z][A-Za-z]{1,60}$/, { each: true, message: 'kind must be event type names such as TransitionApproved' })
  kind?: string[];

  @ApiPropertyOptional({ description: 'From this day or instant (inclusive)', example: '2024-01-01' })
  @IsOptional()
  @IsDayOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this day (inclusive) or instant', example: '2024-12-31' })
  @IsOptional()
  @IsDayOrInstant()
  to?: string;
}

export class GetAuditHistoryRequestDto extends AuditFilterDto {
  // Bounded so that page × pageSize stays a safe offset (a page past the end is simply empty).
  @ApiPropertyOptional({ default: 1, maximum: MAX_PAGE }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE) page?: number;
  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' }) @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
}

export class ExportAuditHistoryRequestDto extends AuditFilterDto {
  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'csv' }) @IsOptional() @IsIn(['csv', 'json']) format?: 'csv' | 'json';
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc', description: 'The rows in the order the screen shows them: oldest or newest first' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}
