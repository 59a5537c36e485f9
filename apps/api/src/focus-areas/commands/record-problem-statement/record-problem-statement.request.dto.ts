import { ApiProperty } from '@nestjs/swagger';
import { TEXT_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

/** Kartläggning: what, where, when and how often (aggregated, never about individuals). */
export class RecordProblemStatementRequestDto {
  @ApiProperty({ example: 'Skadegörelse och stök bland unga', maxLength: TEXT_MAX }) @Text(TEXT_MAX) what!: string;
  @ApiProperty({ example: 'Stationsområdet och busstorget', maxLength: TEXT_MAX }) @Text(TEXT_MAX) where!: string;
  @ApiProperty({ example: 'Fredags- och lördagskvällar, 20–01', maxLength: TEXT_MAX }) @Text(TEXT_MAX) when!: string;
  @ApiProperty({ example: 'Varje helg under sommarhalvåret', maxLength: TEXT_MAX }) @Text(TEXT_MAX) howOften!: string;
}
