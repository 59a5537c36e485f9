import { ApiProperty } from '@nestjs/swagger';
import { MEETING_BODIES, type MeetingBody } from '@samverkan/shared-kernel';
import { IsoDate, OneOf, Text } from '../../../focus-areas/dto-fields.js';

export class ScheduleMeetingRequestDto {
  @ApiProperty({ enum: MEETING_BODIES, enumName: 'MeetingBody', description: 'The strategic council or the operative group' })
  @OneOf(MEETING_BODIES)
  body!: MeetingBody;

  @ApiProperty({ example: '2025-03-13', description: 'The day the meeting is planned for' })
  @IsoDate()
  date!: string;

  @ApiProperty({ example: 'Kommunhuset, sal 2', description: 'A room, or "Digitalt"; never a person', maxLength: 200 })
  @Text(200)
  place!: string;
}
