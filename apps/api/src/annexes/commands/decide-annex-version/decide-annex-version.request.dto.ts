import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { DATE, DATE_MESSAGE } from '../../../common/shapes.js';
import { ProtocolReferenceRequestDto } from '../../../meetings/protocol-reference.request.dto.js';

export class DecideAnnexVersionRequestDto {
  @ApiProperty({ description: 'The day the council decided the version', example: '2025-03-13' })
  @Matches(DATE, { message: DATE_MESSAGE })
  decidedOn!: string;

  @ApiPropertyOptional({
    type: ProtocolReferenceRequestDto,
    description: 'The meeting and paragraph (§) where it was decided, when the meeting is held in the app',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProtocolReferenceRequestDto)
  protocol?: ProtocolReferenceRequestDto;
}
