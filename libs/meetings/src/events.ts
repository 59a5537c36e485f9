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

export type MeetingEvent = MeetingScheduled | AgendaItemAdded;
export type MeetingEventType = MeetingEvent['type'];
export const MEETING_EVENT_TYPES: readonly MeetingEventType[] = ['MeetingScheduled', 'AgendaItemAdded'];
