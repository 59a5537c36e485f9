import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { toUtcInstant } from '../../../read-models/swedish-date.js';

/** A day (YYYY-MM-DD) or an instant (ISO-8601 with time zone). */
const WHEN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The two moments compared. A day as `from` means its first instant, so that its own changes are
 * included: the plan is taken just before it. A day as `to` means its last instant.
 */
export const changeWindow = (from: string, to: string): { readonly from: string; readonly to: string } => ({
  from: from.length === 10 ? new Date(Date.parse(toUtcInstant(from, false)) - 1).toISOString() : toUtcInstant(from, false),
  to: toUtcInstant(to, true),
});

/** The form, and a day the calendar has (2024-02-30 would otherwise be read as 1 March). */
const isValidWhen = (value: unknown): value is string => {
  if (typeof value !== 'string' || !WHEN.test(value) || Number.isNaN(Date.parse(value))) return false;
  const day = value.slice(0, 10);
  const midnight = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(midnight) && new Date(midnight).toISOString().slice(0, 10) === day;
};

const IsMoment = () => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isMoment',
    target: target.constructor,
    propertyName,
    options: { message: `${propertyName} must be a date YYYY-MM-DD or an ISO-8601 instant with a time zone` },
    validator: { validate: isValidWhen },
  });

/** `to` must be a later moment than `from` (the check a single field's decorators cannot make). */
const IsAfterFrom = () => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isAfterFrom',
    target: target.constructor,
    propertyName,
    options: { message: 'to must be later than from' },
    validator: {
      validate: (to: unknown, args: ValidationArguments) => {
        const { from } = args.object as { from?: unknown };
        if (!isValidWhen(from) || !isValidWhen(to)) return true; // the format checks answer for those
        const window = changeWindow(from, to);
        return window.from < window.to;
      },
    },
  });

export class GetPlanChangesRequestDto extends ReadModelQueryDto {
  @ApiProperty({ description: 'From this moment: a day (YYYY-MM-DD, its changes included) or an ISO-8601 instant', example: '2024-01-01' })
  @IsMoment()
  from!: string;

  @ApiProperty({ description: 'Up to this moment: a day (YYYY-MM-DD, to its end in Sweden) or an ISO-8601 instant; later than from', example: '2024-12-31' })
  @IsMoment()
  @IsAfterFrom()
  to!: string;
}
