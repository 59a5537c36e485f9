import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { ID } from '../../../common/shapes.js';
import { ProtocolReferenceRequestDto } from '../../../meetings/protocol-reference.request.dto.js';

export class ApproveTransitionRequestDto {
  @ApiPropertyOptional({
    description: 'The party you decide for; needed only when you may decide for more than one',
    example: 'lpo-kavlinge',
  })
  @IsOptional()
  @Matches(ID, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;

  @ApiPropertyOptional({
    type: ProtocolReferenceRequestDto,
    description: 'The council meeting and the paragraph (§) of its agenda this decision was taken under',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProtocolReferenceRequestDto)
  protocol?: ProtocolReferenceRequestDto;
}
