import { Global, Module } from '@nestjs/common';
import { MeetingCitations } from './meeting-citations.js';
import { MeetingRepository } from './meeting.repository.js';
import { StreamMeetingCitations } from './stream-meeting-citations.js';

/** Meetings of the council and the operative group; global because every decision may cite one. */
@Global()
@Module({
  providers: [MeetingRepository, { provide: MeetingCitations, useClass: StreamMeetingCitations }],
  exports: [MeetingRepository, MeetingCitations],
})
export class MeetingsModule {}
