import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MeasureKind } from '@samverkan/cycle';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ID, ID_MESSAGE } from '../../../common/shapes.js';
import { MEASURE_KINDS, TEXT_MAX, TITLE_MAX } from '../../dto-constants.js';
import { Id, IsoDate, OneOf, Text } from '../../dto-fields.js';

/** A party of the agreement that shares the responsibility, by function (never a person). */
export class SharedResponsibilityDto {
  @ApiProperty({ example: 'lpo-malmo-syd', description: 'A party of the agreement' }) @Id() partyId!: string;

  @ApiProperty({ example: 'Kommunpolis', description: 'A named function, never a person', maxLength: TITLE_MAX }) @Text(TITLE_MAX) function!: string;
}

/** One measure of the action plan: what, why (cause and goal), when, who and how it is followed up. */
export class PlanMeasureRequestDto {
  @ApiProperty({ description: 'The identified cause the measure targets' }) @Id() causeId!: string;

  @ApiPropertyOptional({ type: [String], description: 'Further identified causes the measure also addresses', example: ['cause-2'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ID, { each: true, message: ID_MESSAGE })
  furtherCauseIds?: string[];

  @ApiPropertyOptional({
    description: "The goal the measure serves; may be linked later (Brå's order: cause → measure → goal), but SMART before measures are decided",
  })
  @IsOptional()
  @Id()
  goalId?: string;

  @ApiProperty({ example: 'Trygghetsvandringar med föreningar fredagskvällar', maxLength: TEXT_MAX }) @Text(TEXT_MAX) activity!: string;

  @ApiProperty({ example: 'Vuxna i rörelse vid stationen varje fredag 20–24', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  operationalGoal!: string;

  @ApiProperty({ example: '2026-06-30', description: 'Due date (YYYY-MM-DD), inside the agreement period' }) @IsoDate() dueDate!: string;

  @ApiProperty({ example: 'lomma-kommun', description: 'The party of the agreement that is responsible' }) @Id() responsiblePartyId!: string;

  @ApiProperty({ example: 'Säkerhetschef', description: 'A named function, never a person', maxLength: TITLE_MAX })
  @Text(TITLE_MAX)
  responsibleFunction!: string;

  @ApiPropertyOptional({ type: [SharedResponsibilityDto], description: 'Other parties of the agreement sharing the responsibility' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SharedResponsibilityDto)
  coResponsible?: SharedResponsibilityDto[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Other actors taking part: organisations (a school, the housing company, an association), never persons',
    example: ['Lomma gymnasium', 'LommaHem'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Text(TITLE_MAX, { each: true })
  collaborators?: string[];

  @ApiProperty({ example: 'Rapport till operativa gruppen varje kvartal', maxLength: TEXT_MAX }) @Text(TEXT_MAX) followUpMethod!: string;

  @ApiProperty({ enum: MEASURE_KINDS, description: 'A one-off effort or ordinary work', example: 'oneOff' }) @OneOf(MEASURE_KINDS) kind!: MeasureKind;
}
