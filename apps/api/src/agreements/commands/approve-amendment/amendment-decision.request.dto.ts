import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { ID, ID_MESSAGE } from '../../../common/shapes.js';
import { ProtocolReferenceRequestDto } from '../../../meetings/protocol-reference.request.dto.js';

/** Approving an amendment: for which party (needed when the user decides for several), and at which meeting's §. */
export class ApproveAmendmentRequestDto {
  @ApiPropertyOptional({ example: 'lpo-kavlinge', description: 'The party decided for; may be left out when you decide for one party only' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  partyId?: string;

  @ApiPropertyOptional({ type: ProtocolReferenceRequestDto, description: 'The meeting and paragraph (§) the decision was taken at' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProtocolReferenceRequestDto)
  protocol?: ProtocolReferenceRequestDto;
}
