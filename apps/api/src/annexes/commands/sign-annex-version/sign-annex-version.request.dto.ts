import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DATE, DATE_MESSAGE, ID } from '../../../common/shapes.js';

export class SignAnnexVersionRequestDto {
  @ApiProperty({ description: 'The day the party signed', example: '2025-03-20' })
  @Matches(DATE, { message: DATE_MESSAGE })
  signedOn!: string;

  @ApiPropertyOptional({ description: 'The party you sign for; needed only when you may decide for more than one', example: 'lpo-kavlinge' })
  @IsOptional()
  @Matches(ID, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;
}
