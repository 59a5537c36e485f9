import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ApproveAmendmentRequestDto } from '../approve-amendment/amendment-decision.request.dto.js';

export class RejectAmendmentRequestDto extends ApproveAmendmentRequestDto {
  @ApiProperty({ example: 'Kostnadsfördelningen för den nya parten behöver beskrivas.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}
