import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ID, ID_MESSAGE } from '../../../common/shapes.js';

export const MINUTES_NOTE_MAX = 4000;

export class MinutesNoteRequestDto {
  @ApiProperty({ description: 'The agenda item the note is about' })
  @Matches(ID, { message: ID_MESSAGE })
  itemId!: string;

  @ApiProperty({ example: 'Rådet beslutade enligt förslaget.', maxLength: MINUTES_NOTE_MAX })
  @IsString({ message: 'note must be text' })
  @MaxLength(MINUTES_NOTE_MAX)
  note!: string;
}

export class AdoptMinutesRequestDto {
  @ApiProperty({ type: [MinutesNoteRequestDto], description: 'A note per paragraph where there is one (optional; blank notes are left out)' })
  @IsArray({ message: 'notes must be a list' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MinutesNoteRequestDto)
  notes!: MinutesNoteRequestDto[];
}
