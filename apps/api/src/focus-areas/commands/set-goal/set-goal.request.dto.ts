import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';
import { ID, ID_MESSAGE } from '../../../common/shapes.js';
import { TEXT_MAX, TITLE_MAX } from '../../dto-constants.js';
import { Id, OptionalFiniteNumber, OptionalIsoDate, OptionalText, Text } from '../../dto-fields.js';

/**
 * A goal, SMART once complete: the measurable parts may come later, but a measure can only be
 * decided when its goal has indicator, baseline, target, target date and follow-up method.
 */
export class SetGoalRequestDto {
  @ApiProperty({ example: 'Ökad trygghet vid stationen kvällstid', maxLength: TEXT_MAX }) @Text(TEXT_MAX) description!: string;

  @ApiPropertyOptional({ example: 'Problemindex "otrygghet kvällstid" i trygghetsmätningen', maxLength: TITLE_MAX })
  @OptionalText(TITLE_MAX)
  indicator?: string;

  @ApiPropertyOptional({ example: 2.4, description: 'The indicator before the measures' }) @OptionalFiniteNumber() baseline?: number;

  @ApiPropertyOptional({ example: 1.8, description: 'The indicator the goal aims for' }) @OptionalFiniteNumber() target?: number;

  @ApiPropertyOptional({ example: '2026-10-31', description: 'By when (YYYY-MM-DD)' }) @OptionalIsoDate() targetDate?: string;

  @ApiPropertyOptional({ example: 'Trygghetsmätningen, årligen', maxLength: TEXT_MAX })
  @OptionalText(TEXT_MAX)
  followUpMethod?: string;

  @ApiPropertyOptional({
    example: '2025-03-31',
    description: 'Instead of a baseline: the date by which it will be measured (YYYY-MM-DD); only where the agreement lets a baseline follow',
  })
  @OptionalIsoDate()
  baselineDueBy?: string;

  @ApiPropertyOptional({ example: 'og-trygghet', description: "The agreement's overall goal (övergripande mål) this goal contributes to" })
  @IsOptional()
  @Id()
  overallGoalId?: string;

  @ApiPropertyOptional({
    type: [String],
    description: "Measures of this cycle to link to this goal in the same decision (Brå's order: measures may be planned before their goal)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ID, { each: true, message: ID_MESSAGE })
  measureIds?: string[];
}
