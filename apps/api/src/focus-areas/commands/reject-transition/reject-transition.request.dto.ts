import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { ID } from '../../../common/shapes.js';
import { ProtocolReferenceRequestDto } from '../../../meetings/protocol-reference.request.dto.js';
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

  @ApiPropertyOptional({
    type: ProtocolReferenceRequestDto,
    description: 'The council meeting and the paragraph (§) of its agenda this decision was taken under',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProtocolReferenceRequestDto)
  protocol?: ProtocolReferenceRequestDto;
}
