import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ID } from '../../../common/shapes.js';

export class CheckMinutesRequestDto {
  @ApiPropertyOptional({ description: 'The party you check for; needed only when you may decide for more than one', example: 'lpo-kavlinge' })
  @IsOptional()
  @Matches(ID, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;
}
