import { Injectable } from '@nestjs/common';
import { decideMeeting, type KnownMeeting, type MeetingCommand, type MeetingFacts } from '@samverkan/meetings';
import { meetingStreamId } from '@samverkan/shared-kernel';
import { AgreementAccess } from '../agreements/agreement-access.js';
import type { LoadedAgreement } from '../agreements/agreement.repository.js';
import { notFound } from '../common/problem.js';
import { commandContextOf, type Acting, type RequestContext } from '../common/request-context.js';
import { Clock } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { MeetingRepository } from './meeting.repository.js';

export interface MeetingCommandOutcome {
  readonly meetingId: string;
  /** The meeting stream's revision after the command: the new ETag. */
  readonly revision: number;
  readonly position: string;
}

/** A meeting the caller may see, with the agreement it belongs to (loaded from its stream: commands decide on it). */
export interface LoadedMeetingOfAgreement {
  readonly meetingId: string;
  readonly state: KnownMeeting;
  readonly revision: number | null;
  readonly agreement: LoadedAgreement;
}

/** Load, decide, append at the loaded revision: what every meeting command shares. */
@Injectable()
export class MeetingCommands {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly access: AgreementAccess,
    private readonly appender: EventAppender,
    private readonly clock: Clock,
  ) {}

  /** 404 for a meeting that does not exist, and for one of an agreement the caller holds no role in. */
  async loadVisible(meetingId: string, request: RequestContext): Promise<LoadedMeetingOfAgreement> {
    const { state, revision } = await this.meetings.load(meetingId);
    if (state.status === 'unscheduled') throw notFound(`Meeting ${meetingId}`);
    const agreement = await this.access.loadVisible(state.agreementId, request.actor).catch(() => {
      throw notFound(`Meeting ${meetingId}`);
    });
    return { meetingId, state, revision, agreement };
  }

  /** The coordinator edits a meeting; answers the role used for the events' metadata. */
  requireCoordinator(loaded: LoadedMeetingOfAgreement, request: RequestContext): Acting {
    return this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
  }

  now(): Date {
    return this.clock.now();
  }

  async decideAndAppend(
    loaded: { meetingId: string; state: Parameters<typeof decideMeeting>[1]; revision: number | null },
    command: MeetingCommand,
    request: RequestContext,
    acting: Acting,
    facts?: MeetingFacts,
  ): Promise<MeetingCommandOutcome> {
    const result = await this.appender.append(
      {
        streamId: meetingStreamId(loaded.meetingId),
        context: commandContextOf(request, acting, this.clock.now()),
        loadedRevision: loaded.revision,
        ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
      },
      () => decideMeeting(command, loaded.state, facts),
    );
    return { meetingId: loaded.meetingId, revision: result.nextExpectedRevision, position: result.position };
  }
}
