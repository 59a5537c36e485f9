import { ApiProperty } from '@nestjs/swagger';
import { FiniteNumber } from '../../dto-fields.js';

export class RecordGoalBaselineRequestDto {
  @ApiProperty({ example: 2.4, description: 'The indicator as measured before the measures took effect' }) @FiniteNumber() baseline!: number;
}
