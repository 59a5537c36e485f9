import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsDay } from '../common/date-fields.js';

/** Query parameters every read-model query accepts. */
export class ReadModelQueryDto {
  @ApiPropertyOptional({
    description: 'Read-your-writes: wait (up to 2 s) until the read models include this position, which a command answered with',
    example: '128',
  })
  @IsOptional()
  // Positions are SQLite row ids: at most 2^53 - 1 (15 digits are always below it), never past a safe integer.
  @Matches(/^\d{1,15}$/, { message: 'minPosition must be a position a command answered with (at most 15 digits)' })
  minPosition?: string;
}

/** A query about a day: "today" is a parameter of the query; by default the server's date in Sweden. */
export class DatedQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ description: 'The day to judge due dates against (YYYY-MM-DD); default: today in Sweden', example: '2025-06-30' })
  @IsOptional()
  @IsDay()
  today?: string;
}
