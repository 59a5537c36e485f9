import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TRANSITION_KINDS, type CycleStep, type TransitionKind } from '@samverkan/cycle';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { STEP_BACK_TARGETS, TEXT_MAX, TITLE_MAX } from '../../dto-constants.js';
import { IsoDate, OneOf, Text } from '../../dto-fields.js';

/** The council meeting at which the proposal is to be decided. */
export class MeetingDto {
  @ApiProperty({ example: 'Styrgruppsmöte 3/2025', maxLength: TITLE_MAX }) @Text(TITLE_MAX) name!: string;
  @ApiProperty({ example: '2025-09-18', description: 'YYYY-MM-DD' }) @IsoDate() date!: string;
}

export class ProposeTransitionRequestDto {
  @ApiProperty({ enum: TRANSITION_KINDS, example: 'advance', description: 'Which step change the council is asked to decide' })
  @OneOf(TRANSITION_KINDS)
  transition!: TransitionKind;

  @ApiPropertyOptional({ enum: STEP_BACK_TARGETS, description: "Only for 'stepBack': the earlier cycle step to go back to" })
  @IsOptional()
  @OneOf(STEP_BACK_TARGETS)
  to?: Exclude<CycleStep, 'evaluation'>;

  @ApiProperty({ description: 'Why the transition is proposed, for the council and for later audit', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  grounds!: string;

  @ApiPropertyOptional({ type: MeetingDto }) @IsOptional() @ValidateNested() @Type(() => MeetingDto) meeting?: MeetingDto;
}
