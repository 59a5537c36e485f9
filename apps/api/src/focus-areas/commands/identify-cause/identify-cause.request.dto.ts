import { ApiProperty } from '@nestjs/swagger';
import type { CauseFactor } from '@samverkan/cycle';
import { CAUSE_FACTORS, TEXT_MAX } from '../../dto-constants.js';
import { OneOf, Text } from '../../dto-fields.js';

export class IdentifyCauseRequestDto {
  @ApiProperty({ example: 'Få vuxna i rörelse på kvällstid', maxLength: TEXT_MAX }) @Text(TEXT_MAX) description!: string;

  @ApiProperty({ enum: CAUSE_FACTORS, example: 'place', description: 'Which kind of contributing factor' })
  @OneOf(CAUSE_FACTORS)
  factor!: CauseFactor;
}
