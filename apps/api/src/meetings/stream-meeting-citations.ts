import { Injectable } from '@nestjs/common';
import { citationRules } from '@samverkan/meetings';
import { checkRules, type ProtocolReference } from '@samverkan/shared-kernel';
import { notFound } from '../common/problem.js';
import { MeetingCitations, type CitationRequest } from './meeting-citations.js';
import { MeetingRepository } from './meeting.repository.js';

/** Checks a citation against the meeting's own stream, read when the decision is made. */
@Injectable()
export class StreamMeetingCitations extends MeetingCitations {
  constructor(private readonly meetings: MeetingRepository) {
    super();
  }

  async check({ agreementId, protocol, subject }: CitationRequest): Promise<ProtocolReference> {
    const { state } = await this.meetings.load(protocol.meetingId);
    if (state.status === 'unscheduled') throw notFound(`Meeting ${protocol.meetingId}`);
    checkRules(...citationRules(state, agreementId, protocol, subject));
    return { meetingId: protocol.meetingId, paragraph: protocol.paragraph };
  }
}
