import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ReadModelQueryDto } from '../../../read-models/read-model-query.dto.js';
import { ID } from '../../../common/shapes.js';

export class GetDecisionInboxRequestDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ description: "A party's inbox; default: every party you decide for", example: 'lpo-kavlinge' })
  @IsOptional()
  @Matches(ID, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;
}
