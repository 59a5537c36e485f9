import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { Text } from '../../../focus-areas/dto-fields.js';
import { AgendaSubjectRequestDto } from '../../agenda-subject.request.dto.js';

export class AddAgendaItemRequestDto {
  @ApiProperty({ example: 'Centrum: från kartläggning till analys', maxLength: 300 })
  @Text(300)
  title!: string;

  @ApiProperty({ type: AgendaSubjectRequestDto })
  @IsObject({ message: 'subject must be an object' })
  @ValidateNested()
  @Type(() => AgendaSubjectRequestDto)
  subject!: AgendaSubjectRequestDto;
}
