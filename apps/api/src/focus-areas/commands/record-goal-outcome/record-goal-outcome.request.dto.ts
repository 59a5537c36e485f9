import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { TEXT_MAX } from '../../dto-constants.js';
import { FiniteNumber, OptionalText, Text } from '../../dto-fields.js';

/** Effect: did the goal's indicator move from its baseline towards the target. */
export class GoalEffectDto {
  @ApiProperty({ example: 2.0, description: "The goal's indicator as measured now" }) @FiniteNumber() measuredValue!: number;

  @ApiPropertyOptional({ example: 'Förbättring, men målvärdet nåddes inte', maxLength: TEXT_MAX }) @OptionalText(TEXT_MAX) comment?: string;
}

export class RecordGoalOutcomeRequestDto {
  @ApiProperty({ description: 'Production: were the measures for the goal carried out', maxLength: TEXT_MAX }) @Text(TEXT_MAX) production!: string;

  @ApiProperty({ description: 'Process: how and why it went as it did', maxLength: TEXT_MAX }) @Text(TEXT_MAX) process!: string;

  @ApiProperty({ type: GoalEffectDto })
  @IsDefined({ message: '$property is required' })
  @ValidateNested()
  @Type(() => GoalEffectDto)
  effect!: GoalEffectDto;
}
