import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { OBLIGATION_KINDS, type ObligationKind } from '@samverkan/agreements';
import { DATE } from '../../../common/shapes.js';

export class RecordObligationFulfilmentRequestDto {
  @ApiProperty({ enum: OBLIGATION_KINDS, example: 'councilMeetings' }) @IsIn(OBLIGATION_KINDS) obligationKind!: ObligationKind;

  @ApiProperty({ example: '2024-03-12', description: 'The day it was done' })
  @Matches(DATE, { message: 'fulfilledOn must be a date YYYY-MM-DD' })
  fulfilledOn!: string;

  @ApiPropertyOptional({ example: 'Styrgruppens möte 1, protokoll KS 2024/112' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
