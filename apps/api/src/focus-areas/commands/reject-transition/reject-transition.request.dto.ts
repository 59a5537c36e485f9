import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ID } from '../../../common/shapes.js';
import { TEXT_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

export class RejectTransitionRequestDto {
  @ApiPropertyOptional({
    description: 'The party you decide for; needed only when you may decide for more than one',
    example: 'lpo-kavlinge',
  })
  @IsOptional()
  @Matches(ID, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;

  @ApiProperty({ description: 'Why your party rejects; the proposal returns to the coordinator with it', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  reason!: string;
}
