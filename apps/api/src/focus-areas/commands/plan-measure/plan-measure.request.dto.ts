import { ApiProperty } from '@nestjs/swagger';
import type { MeasureKind } from '@samverkan/cycle';
import { MEASURE_KINDS, TEXT_MAX, TITLE_MAX } from '../../dto-constants.js';
import { Id, IsoDate, OneOf, Text } from '../../dto-fields.js';

/** One measure of the action plan: what, why (cause and goal), when, who and how it is followed up. */
export class PlanMeasureRequestDto {
  @ApiProperty({ description: 'The identified cause the measure targets' }) @Id() causeId!: string;

  @ApiProperty({ description: 'The goal the measure serves (SMART before measures are decided)' }) @Id() goalId!: string;

  @ApiProperty({ example: 'Trygghetsvandringar med föreningar fredagskvällar', maxLength: TEXT_MAX }) @Text(TEXT_MAX) activity!: string;

  @ApiProperty({ example: 'Vuxna i rörelse vid stationen varje fredag 20–24', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  operationalGoal!: string;

  @ApiProperty({ example: '2026-06-30', description: 'Due date (YYYY-MM-DD), inside the agreement period' }) @IsoDate() dueDate!: string;

  @ApiProperty({ example: 'lomma-kommun', description: 'The party of the agreement that is responsible' }) @Id() responsiblePartyId!: string;

  @ApiProperty({ example: 'Säkerhetschef', description: 'A named function, never a person', maxLength: TITLE_MAX })
  @Text(TITLE_MAX)
  responsibleFunction!: string;

  @ApiProperty({ example: 'Rapport till operativa gruppen varje kvartal', maxLength: TEXT_MAX }) @Text(TEXT_MAX) followUpMethod!: string;

  @ApiProperty({ enum: MEASURE_KINDS, description: 'A one-off effort or ordinary work', example: 'oneOff' }) @OneOf(MEASURE_KINDS) kind!: MeasureKind;
}
