import { ApiProperty } from '@nestjs/swagger';
import { IsoDate } from '../../../focus-areas/dto-fields.js';

export class HoldMeetingRequestDto {
  @ApiProperty({ example: '2025-03-13', description: 'The day the meeting was held (not after today)' })
  @IsoDate()
  heldOn!: string;
}
