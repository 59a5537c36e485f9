import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ApproveTransitionRequestDto {
  @ApiPropertyOptional({
    description: 'The party you decide for; needed only when you may decide for more than one',
    example: 'lpo-kavlinge',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;
}
