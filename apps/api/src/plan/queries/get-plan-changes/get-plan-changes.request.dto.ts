import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { instantBefore, isDayOrInstant, toUtcInstant } from '@samverkan/shared-kernel';
import { IsDayOrInstant } from '../../../common/date-fields.js';

/**
 * The two moments compared. A day as `from` means its first instant, so that its own changes are
 * included: the plan is taken just before it. A day as `to` means its last instant.
 */
export const changeWindow = (from: string, to: string): { readonly from: string; readonly to: string } => ({
  from: from.length === 10 ? instantBefore(toUtcInstant(from, false)) : toUtcInstant(from, false),
  to: toUtcInstant(to, true),
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
        if (!isDayOrInstant(from) || !isDayOrInstant(to)) return true; // the format checks answer for those
        const window = changeWindow(from, to);
        return window.from < window.to;
      },
    },
  });

export class GetPlanChangesRequestDto extends ReadModelQueryDto {
  @ApiProperty({ description: 'From this moment: a day (YYYY-MM-DD, its changes included) or an ISO-8601 instant', example: '2024-01-01' })
  @IsDayOrInstant()
  from!: string;

  @ApiProperty({
    description: 'Up to this moment: a day (YYYY-MM-DD, to its end in Sweden) or an ISO-8601 instant; later than from',
    example: '2024-12-31',
  })
  @IsDayOrInstant()
  @IsAfterFrom()
  to!: string;
}
