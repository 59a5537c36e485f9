import { Injectable } from '@nestjs/common';
import { mayReadMeeting, type AgreementDirectoryDoc, type MeetingDoc } from '@samverkan/read-models';
import { notFound } from '../common/problem.js';
import type { Actor } from '../identity/actor.js';
import { ReadAccess } from '../read-models/read-access.js';
import { MeetingsReadModel } from './meetings-read-model.js';

/** A meeting the caller may read, from the read models (404 otherwise, so its existence does not leak). */
@Injectable()
export class MeetingReadAccess {
  constructor(
    private readonly access: ReadAccess,
    private readonly meetings: MeetingsReadModel,
  ) {}

  async meeting(meetingId: string, actor: Actor): Promise<{ meeting: MeetingDoc; agreement: AgreementDirectoryDoc }> {
    const meeting = await this.meetings.meeting(meetingId);
    const agreement = meeting && (await this.access.agreement(meeting.agreementId, actor).catch(() => undefined));
    if (!meeting || !agreement || !mayReadMeeting(agreement, actor.userId, actor.administrator, meeting.body)) throw notFound(`Meeting ${meetingId}`);
    return { meeting, agreement };
  }

  /** The agreement's meetings the caller may read. */
  async ofAgreement(agreementId: string, actor: Actor): Promise<{ meetings: MeetingDoc[]; agreement: AgreementDirectoryDoc }> {
    const agreement = await this.access.agreement(agreementId, actor);
    const meetings = (await this.meetings.ofAgreement(agreementId)).filter((m) => mayReadMeeting(agreement, actor.userId, actor.administrator, m.body));
    return { meetings, agreement };
  }
}
