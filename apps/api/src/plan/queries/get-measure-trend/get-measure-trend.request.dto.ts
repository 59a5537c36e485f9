import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, registerDecorator, type ValidationArguments } from 'class-validator';
import { MAX_TREND_POINTS } from '@samverkan/read-models';
import { isIsoDate } from '@samverkan/shared-kernel';
import { IsDay } from '../../../common/date-fields.js';
import { PROBLEM_BASE, ProblemError } from '../../../common/problem.js';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';

/** A 400 naming one field, shaped as the validation pipe's (for a rule that needs a value the query resolves). */
export const invalidField = (field: string, message: string): ProblemError =>
  new ProblemError({
    type: PROBLEM_BASE + 'invalid-request',
    title: 'Bad Request',
    status: 400,
    detail: `${field}: ${message}`,
    errors: [{ field, messages: [message] }],
  });

/** Both days given: `to` after `from`, checked with the other fields (one given is checked once the other is resolved). */
const IsLaterThanFrom = () => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isLaterThanFrom',
    target: target.constructor,
    propertyName,
    options: { message: 'to must be later than from' },
    validator: {
      validate: (to: unknown, args: ValidationArguments) => {
        const { from } = args.object as { from?: unknown };
        return typeof from !== 'string' || typeof to !== 'string' || !isIsoDate(from) || !isIsoDate(to) || from < to;
      },
    },
  });

export class GetMeasureTrendRequestDto extends ReadModelQueryDto {
  @ApiPropertyOptional({
    description: 'The first day (YYYY-MM-DD); default: a year before `to`, or the start of the agreement period if later',
    example: '2024-07-01',
  })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ description: 'The last day (YYYY-MM-DD); default: today in Sweden', example: '2025-06-30' })
  @IsOptional()
  @IsDay()
  @IsLaterThanFrom()
  to?: string;

  @ApiPropertyOptional({
    description: `How many days, spread evenly; default: one a month (at most ${MAX_TREND_POINTS})`,
    minimum: 2,
    maximum: MAX_TREND_POINTS,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(MAX_TREND_POINTS)
  points?: number;
}
