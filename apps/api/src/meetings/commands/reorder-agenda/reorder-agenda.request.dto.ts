import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { ID, ID_MESSAGE } from '../../../common/shapes.js';

export class ReorderAgendaRequestDto {
  @ApiProperty({ type: [String], description: 'Every item of the agenda, once each, first paragraph first' })
  @IsArray({ message: 'itemIds must be a list' })
  @ArrayMaxSize(200)
  @Matches(ID, { each: true, message: ID_MESSAGE })
  itemIds!: string[];
}
