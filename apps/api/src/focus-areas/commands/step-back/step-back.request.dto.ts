import { ApiProperty } from '@nestjs/swagger';
import type { CycleStep } from '@samverkan/cycle';
import { STEP_BACK_TARGETS, TEXT_MAX } from '../../dto-constants.js';
import { OneOf, Text } from '../../dto-fields.js';

export class StepBackRequestDto {
  @ApiProperty({ enum: STEP_BACK_TARGETS, example: 'analysis', description: 'The earlier cycle step to go back to' })
  @OneOf(STEP_BACK_TARGETS)
  to!: Exclude<CycleStep, 'evaluation'>;

  @ApiProperty({ description: 'The new information or circumstance that sends the work back', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  reason!: string;
}
