import type { AgendaSubject } from '../agenda-subject.js';
import type { MeetingCommand } from '../commands.js';
import type { MeetingEvent, MinutesNote } from '../events.js';

/** A council meeting of Lomma's agreement, and the events and commands the meeting specs build on. */
export const TRANSITION: AgendaSubject = { kind: 'transition', focusAreaId: 'centrum', proposalId: 'p-1' };
export const PARTIES = ['kommunen', 'polisen'] as const;

export const scheduled = (body: 'council' | 'operativeGroup' = 'council'): MeetingEvent => ({
  type: 'MeetingScheduled',
  schemaVersion: 1,
  data: { meetingId: 'm-1', agreementId: 'lomma', body, date: '2025-03-13', place: 'Kommunhuset' },
});

export const itemAdded = (itemId: string, subject: AgendaSubject = { kind: 'other' }, title = `Punkt ${itemId}`): MeetingEvent => ({
  type: 'AgendaItemAdded',
  schemaVersion: 1,
  data: { itemId, title, subject },
});

export const held = (heldOn = '2025-03-13'): MeetingEvent => ({ type: 'MeetingHeld', schemaVersion: 1, data: { heldOn } });

export const minutesAdopted = (notes: readonly MinutesNote[] = [], partyIds: readonly string[] = PARTIES): MeetingEvent => ({
  type: 'MinutesAdopted',
  schemaVersion: 1,
  data: { notes, partyIds },
});

export const minutesChecked = (partyId: string): MeetingEvent => ({ type: 'MinutesChecked', schemaVersion: 1, data: { partyId } });

/** Scheduled, with § 1 opening, § 2 the transition, § 3 any other business. */
export const withAgenda = (): MeetingEvent[] => [scheduled(), itemAdded('i-1'), itemAdded('i-2', TRANSITION, 'Centrum till analys'), itemAdded('i-3')];

export const heldWithMinutes = (): MeetingEvent[] => [
  ...withAgenda(),
  held(),
  minutesAdopted([{ itemId: 'i-2', note: 'Rådet beslutade enligt förslaget.' }]),
];

export const schedule = (data: Partial<Extract<MeetingCommand, { type: 'ScheduleMeeting' }>['data']> = {}): MeetingCommand => ({
  type: 'ScheduleMeeting',
  data: { meetingId: 'm-1', agreementId: 'lomma', body: 'council', date: '2025-03-13', place: 'Kommunhuset', ...data },
});
