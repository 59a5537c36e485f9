import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { foldMeeting, type MeetingEvent, type MeetingState } from '@samverkan/meetings';
import { meetingStreamId } from '@samverkan/shared-kernel';
import { revisionOf } from '../infrastructure/revision-of.js';

export interface LoadedMeeting {
  readonly meetingId: string;
  readonly state: MeetingState;
  readonly revision: number | null;
}

/** Reads a meeting's stream and folds it (a meeting is a few dozen events: its agenda and minutes). */
@Injectable()
export class MeetingRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(meetingId: string): Promise<LoadedMeeting> {
    const events = await this.store.readStream(meetingStreamId(meetingId));
    const state = foldMeeting(events.map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data }) as MeetingEvent));
    return { meetingId, state, revision: revisionOf(events) };
  }
}
