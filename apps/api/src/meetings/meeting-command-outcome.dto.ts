import { ApiProperty } from '@nestjs/swagger';
import type { MeetingCommandOutcome } from './meeting-commands.service.js';

export class MeetingCommandOutcomeDto implements MeetingCommandOutcome {
  @ApiProperty() readonly meetingId!: string;
  @ApiProperty({ description: "The meeting stream's revision after the command (also the ETag)" }) readonly revision!: number;
  @ApiProperty({ description: 'The log position written; pass it as minPosition to read your write' }) readonly position!: string;
}
