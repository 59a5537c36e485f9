import type { IsoDate, MeetingBody } from '@samverkan/shared-kernel';
import type { AgendaSubject } from './agenda-subject.js';
import type { MeetingEvent } from './events.js';

export interface AgendaItem {
  readonly itemId: string;
  readonly title: string;
  readonly subject: AgendaSubject;
}

export interface UnscheduledMeeting {
  readonly status: 'unscheduled';
}

export interface ScheduledMeeting {
  readonly status: 'scheduled';
  readonly meetingId: string;
  readonly agreementId: string;
  readonly body: MeetingBody;
  readonly date: IsoDate;
  readonly place: string;
  /** In agenda order: item n is paragraph n + 1. */
  readonly agenda: readonly AgendaItem[];
}

export type MeetingState = UnscheduledMeeting | ScheduledMeeting;

export const initialMeetingState = (): MeetingState => ({ status: 'unscheduled' });

/** Total and pure: replay never refuses a stored event. */
export const evolveMeeting = (state: MeetingState, event: MeetingEvent): MeetingState => {
  switch (event.type) {
    case 'MeetingScheduled':
      return state.status === 'unscheduled' ? { status: 'scheduled', ...event.data, agenda: [] } : state;
    case 'AgendaItemAdded':
      return state.status === 'scheduled' ? { ...state, agenda: [...state.agenda, event.data] } : state;
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
};

export const foldMeeting = (events: readonly MeetingEvent[]): MeetingState => events.reduce(evolveMeeting, initialMeetingState());

/** The paragraph number of an agenda item: its place in the agenda, from § 1. */
export const paragraphOf = (meeting: ScheduledMeeting, itemId: string): number | null => {
  const index = meeting.agenda.findIndex((item) => item.itemId === itemId);
  return index < 0 ? null : index + 1;
};
