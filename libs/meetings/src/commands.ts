import type { IsoDate, MeetingBody } from '@samverkan/shared-kernel';
import type { AgendaSubject } from './agenda-subject.js';
import type { MinutesNote } from './events.js';

/**
 * What a coordinator or a council member asks of a meeting. Ids, dates and the parties in force
 * come in from the API (the domain reads no clock and no other stream); what the API looked up
 * about other streams (which paragraphs decisions cite) comes in as `MeetingFacts`.
 */
export interface ScheduleMeeting {
  readonly type: 'ScheduleMeeting';
  readonly data: { readonly meetingId: string; readonly agreementId: string; readonly body: MeetingBody; readonly date: IsoDate; readonly place: string };
}

export interface AddAgendaItem {
  readonly type: 'AddAgendaItem';
  readonly data: { readonly itemId: string; readonly title: string; readonly subject: AgendaSubject };
}

export interface RemoveAgendaItem {
  readonly type: 'RemoveAgendaItem';
  readonly data: { readonly itemId: string };
}

export interface ReorderAgenda {
  readonly type: 'ReorderAgenda';
  readonly data: { readonly itemIds: readonly string[] };
}

export interface HoldMeeting {
  readonly type: 'HoldMeeting';
  /** `today` is the API's date in Sweden: a meeting cannot be recorded as held on a later day. */
  readonly data: { readonly heldOn: IsoDate; readonly today: IsoDate };
}

export interface AdoptMinutes {
  readonly type: 'AdoptMinutes';
  /** `partyIds`: the agreement's parties in force, each of which must check the minutes. */
  readonly data: { readonly notes: readonly MinutesNote[]; readonly partyIds: readonly string[] };
}

export interface CheckMinutes {
  readonly type: 'CheckMinutes';
  /** The party whose council representative or substitute checks them (the API established it). */
  readonly data: { readonly partyId: string };
}

export type MeetingCommand = ScheduleMeeting | AddAgendaItem | RemoveAgendaItem | ReorderAgenda | HoldMeeting | AdoptMinutes | CheckMinutes;

/** What the API looked up before deciding: the paragraphs of this meeting that recorded decisions cite. */
export interface MeetingFacts {
  readonly citedParagraphs?: readonly number[];
}
