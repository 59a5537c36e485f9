import type { IsoDate, MeetingBody } from '@samverkan/shared-kernel';
import type { AgendaSubject } from './agenda-subject.js';
import type { MeetingEvent, MinutesNote } from './events.js';

export interface AgendaItem {
  readonly itemId: string;
  readonly title: string;
  readonly subject: AgendaSubject;
}

export interface UnscheduledMeeting {
  readonly status: 'unscheduled';
}

interface MeetingRecord {
  readonly meetingId: string;
  readonly agreementId: string;
  readonly body: MeetingBody;
  readonly date: IsoDate;
  readonly place: string;
  /** In agenda order: item n is paragraph n + 1. */
  readonly agenda: readonly AgendaItem[];
}

export interface Minutes {
  readonly notes: readonly MinutesNote[];
  /** The parties that must check these minutes, and those that have, in the order they did. */
  readonly partyIds: readonly string[];
  readonly checkedBy: readonly string[];
}

/** In the calendar: the agenda may still change. */
export interface ScheduledMeeting extends MeetingRecord {
  readonly status: 'scheduled';
}

/** Held: the agenda is final; the minutes are still to be written. */
export interface HeldMeeting extends MeetingRecord {
  readonly status: 'held';
  readonly heldOn: IsoDate;
}

/** Minutes adopted, some parties still to check them. */
export interface MinutesAdoptedMeeting extends MeetingRecord {
  readonly status: 'minutesAdopted';
  readonly heldOn: IsoDate;
  readonly minutes: Minutes;
}

/** Every party has checked the minutes: they are final, and no new decision may cite the meeting. */
export interface MinutesCheckedMeeting extends MeetingRecord {
  readonly status: 'minutesChecked';
  readonly heldOn: IsoDate;
  readonly minutes: Minutes;
}

export type KnownMeeting = ScheduledMeeting | HeldMeeting | MinutesAdoptedMeeting | MinutesCheckedMeeting;
export type MeetingState = UnscheduledMeeting | KnownMeeting;
export type MeetingStatus = MeetingState['status'];

export const initialMeetingState = (): MeetingState => ({ status: 'unscheduled' });

const withMinutes = (state: KnownMeeting & { heldOn: IsoDate }, minutes: Minutes): MinutesAdoptedMeeting | MinutesCheckedMeeting => {
  const everyPartyChecked = minutes.partyIds.every((partyId) => minutes.checkedBy.includes(partyId));
  return { ...state, status: everyPartyChecked ? 'minutesChecked' : 'minutesAdopted', minutes };
};

const reordered = (agenda: readonly AgendaItem[], itemIds: readonly string[]): AgendaItem[] => {
  const byId = new Map(agenda.map((item) => [item.itemId, item]));
  const named = itemIds.flatMap((id) => byId.get(id) ?? []);
  // Replay never refuses: an item the stored order leaves out keeps its place at the end.
  return [...named, ...agenda.filter((item) => !itemIds.includes(item.itemId))];
};

/** Total and pure: replay never refuses a stored event (one that does not fit the state changes nothing). */
export const evolveMeeting = (state: MeetingState, event: MeetingEvent): MeetingState => {
  if (state.status === 'unscheduled') {
    return event.type === 'MeetingScheduled' ? { status: 'scheduled', ...event.data, agenda: [] } : state;
  }
  switch (event.type) {
    case 'MeetingScheduled':
      return state;
    case 'AgendaItemAdded':
      return { ...state, agenda: [...state.agenda, event.data] };
    case 'AgendaItemRemoved':
      return { ...state, agenda: state.agenda.filter((item) => item.itemId !== event.data.itemId) };
    case 'AgendaReordered':
      return { ...state, agenda: reordered(state.agenda, event.data.itemIds) };
    case 'MeetingHeld':
      return state.status === 'scheduled' ? { ...state, status: 'held', heldOn: event.data.heldOn } : state;
    case 'MinutesAdopted':
      return state.status === 'scheduled' ? state : withMinutes(state, { notes: event.data.notes, partyIds: event.data.partyIds, checkedBy: [] });
    case 'MinutesChecked': {
      if (state.status !== 'minutesAdopted' && state.status !== 'minutesChecked') return state;
      const { minutes } = state;
      if (minutes.checkedBy.includes(event.data.partyId)) return state;
      return withMinutes(state, { ...minutes, checkedBy: [...minutes.checkedBy, event.data.partyId] });
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
};

export const foldMeeting = (events: readonly MeetingEvent[]): MeetingState => events.reduce(evolveMeeting, initialMeetingState());

/** The paragraph number of an agenda item: its place in the agenda, from § 1. */
export const paragraphOf = (meeting: KnownMeeting, itemId: string): number | null => {
  const index = meeting.agenda.findIndex((item) => item.itemId === itemId);
  return index < 0 ? null : index + 1;
};
