import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';

export class GetDecisionInboxRequestDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ description: "A party's inbox; default: every party you decide for", example: 'lpo-kavlinge' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;
}
