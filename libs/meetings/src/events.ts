import type { DomainEvent, IsoDate, MeetingBody } from '@samverkan/shared-kernel';
import type { AgendaSubject } from './agenda-subject.js';

type V1<TType extends string, TData> = DomainEvent<TType, TData> & { readonly schemaVersion: 1 };

/** A coordinator put a meeting of the council or the operative group in the calendar. */
export type MeetingScheduled = V1<
  'MeetingScheduled',
  {
    readonly meetingId: string;
    readonly agreementId: string;
    readonly body: MeetingBody;
    readonly date: IsoDate;
    /** A room or "Digitalt"; never a person. */
    readonly place: string;
  }
>;

/** An item on the agenda; its place in the agenda's order is its paragraph (§) in the minutes. */
export type AgendaItemAdded = V1<'AgendaItemAdded', { readonly itemId: string; readonly title: string; readonly subject: AgendaSubject }>;

/** An item taken off the agenda before the meeting; the items after it move up one paragraph. */
export type AgendaItemRemoved = V1<'AgendaItemRemoved', { readonly itemId: string }>;

/** The agenda in its new order (every item's id, first paragraph first). */
export type AgendaReordered = V1<'AgendaReordered', { readonly itemIds: readonly string[] }>;

/** The meeting took place on `heldOn`; the agenda is final and the meeting counts towards its body's meetings per year. */
export type MeetingHeld = V1<'MeetingHeld', { readonly heldOn: IsoDate }>;

/** One paragraph's note in the minutes (what was said or decided beside the recorded decisions). */
export interface MinutesNote {
  readonly itemId: string;
  readonly note: string;
}

/**
 * The minutes as written after the meeting: a note per paragraph where there is one, and the
 * parties that must check them (the parties of the agreement in force on the day they were
 * adopted). Adopting again, before every party has checked, replaces the notes and asks every
 * party to check the new text.
 */
export type MinutesAdopted = V1<'MinutesAdopted', { readonly notes: readonly MinutesNote[]; readonly partyIds: readonly string[] }>;

/** One party checked (justerade) the minutes, through its council representative or substitute. */
export type MinutesChecked = V1<'MinutesChecked', { readonly partyId: string }>;

export type MeetingEvent = MeetingScheduled | AgendaItemAdded | AgendaItemRemoved | AgendaReordered | MeetingHeld | MinutesAdopted | MinutesChecked;
export type MeetingEventType = MeetingEvent['type'];
export const MEETING_EVENT_TYPES: readonly MeetingEventType[] = [
  'MeetingScheduled',
  'AgendaItemAdded',
  'AgendaItemRemoved',
  'AgendaReordered',
  'MeetingHeld',
  'MinutesAdopted',
  'MinutesChecked',
];

export const isMeetingEventType = (type: string): type is MeetingEventType => (MEETING_EVENT_TYPES as readonly string[]).includes(type);
