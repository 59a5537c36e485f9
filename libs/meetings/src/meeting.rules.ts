import { isIsoDate, noPersonalIdentityNumber, rule, aboutField, fieldRequired, type BusinessRule, type IsoDate } from '@samverkan/shared-kernel';
import { sameSubject, type AgendaSubject } from './agenda-subject.js';
import type { MinutesNote } from './events.js';
import type { KnownMeeting, MeetingState } from './state.js';

/** The named rules of a meeting's life (each refused command names one; see meeting.decide.spec.ts). */

export const meetingMustNotExist = (state: MeetingState): BusinessRule =>
  rule('MeetingMustNotExist', 'Mötet finns redan.', () => state.status !== 'unscheduled');

export const meetingMustBeScheduled = (state: MeetingState): BusinessRule =>
  rule('MeetingMustBeScheduled', 'Mötet finns inte.', () => state.status === 'unscheduled');

export const meetingDateIsValid = (field: string, date: IsoDate): BusinessRule =>
  rule('MeetingDateIsValid', `${date} är inget datum (ÅÅÅÅ-MM-DD).`, () => !isIsoDate(date), field);

export const textIsGiven = (field: string, label: string, text: string): BusinessRule[] => [
  aboutField(field, fieldRequired(label, text)),
  noPersonalIdentityNumber(field, text),
];

/** The agenda is the meeting's plan; once the meeting is held it is the record of what was dealt with. */
export const agendaMayChangeUntilMeetingHeld = (state: MeetingState): BusinessRule =>
  rule('AgendaMayChangeUntilMeetingHeld', 'Dagordningen kan inte ändras efter att mötet har hållits.', () => state.status !== 'scheduled');

/** One paragraph per decision matter, so a decision cites exactly one. */
export const subjectOnAgendaOnce = (meeting: KnownMeeting, subject: AgendaSubject): BusinessRule =>
  rule('SubjectOnAgendaOnce', 'Ärendet står redan på dagordningen.', () => meeting.agenda.some((item) => sameSubject(item.subject, subject)), 'subject');

export const agendaItemMustExist = (meeting: KnownMeeting, itemId: string): BusinessRule =>
  rule('AgendaItemMustExist', 'Punkten finns inte på dagordningen.', () => !meeting.agenda.some((item) => item.itemId === itemId), 'itemId');

export const reorderNamesEveryItem = (meeting: KnownMeeting, itemIds: readonly string[]): BusinessRule =>
  rule(
    'ReorderNamesEveryItem',
    'Den nya ordningen måste ta med varje punkt på dagordningen, en gång var.',
    () =>
      itemIds.length !== meeting.agenda.length ||
      new Set(itemIds).size !== itemIds.length ||
      meeting.agenda.some((item) => !itemIds.includes(item.itemId)),
    'itemIds',
  );

/**
 * A decision cites "§ 4": the paragraph must keep its number and its matter for as long as the log
 * lasts, so an item a decision cites, and every item before it, stays where it is.
 */
export const citedParagraphsMustNotMove = (meeting: KnownMeeting, newOrder: readonly string[], cited: readonly number[]): BusinessRule => {
  const moved = cited.filter((paragraph) => meeting.agenda[paragraph - 1]?.itemId !== newOrder[paragraph - 1]);
  return rule(
    'CitedParagraphsMustNotMove',
    `Beslut hänvisar redan till ${moved.map((p) => `§ ${p}`).join(', ')}: paragrafens nummer kan inte ändras.`,
    () => moved.length > 0,
  );
};

export const meetingMayBeHeldOnce = (state: MeetingState): BusinessRule =>
  rule('MeetingMayBeHeldOnce', 'Mötet är redan hållet.', () => state.status !== 'scheduled');

export const heldOnIsNotLaterThanToday = (heldOn: IsoDate, today: IsoDate): BusinessRule =>
  rule('HeldOnIsNotLaterThanToday', `Ett möte kan inte ha hållits ${heldOn}, efter i dag (${today}).`, () => heldOn > today, 'heldOn');

export const minutesNeedHeldMeeting = (state: MeetingState): BusinessRule =>
  rule('MinutesNeedHeldMeeting', 'Protokollet kan fastställas först när mötet har hållits.', () => state.status === 'scheduled');

/** Checked minutes are the record: once every party has checked them, they never change. */
export const checkedMinutesCannotChange = (state: MeetingState): BusinessRule =>
  rule('CheckedMinutesCannotChange', 'Protokollet är justerat av alla parter och kan inte ändras.', () => state.status === 'minutesChecked');

export const notesAreAboutAgendaItems = (meeting: KnownMeeting, notes: readonly MinutesNote[]): BusinessRule[] =>
  notes.flatMap((note, i) => [
    rule(
      'NoteMustBeAboutAgendaItem',
      'Anteckningen gäller ingen punkt på dagordningen.',
      () => !meeting.agenda.some((item) => item.itemId === note.itemId),
      `notes[${i}].itemId`,
    ),
    noPersonalIdentityNumber(`notes[${i}].note`, note.note),
  ]);

export const minutesMustBeAdopted = (state: MeetingState): BusinessRule =>
  rule('MinutesMustBeAdopted', 'Protokollet är inte fastställt än.', () => state.status !== 'minutesAdopted' && state.status !== 'minutesChecked');

export const partyMustCheckMinutes = (state: MeetingState, partyId: string): BusinessRule =>
  rule(
    'PartyMustCheckMinutes',
    'Parten ska inte justera det här protokollet.',
    () => (state.status === 'minutesAdopted' || state.status === 'minutesChecked') && !state.minutes.partyIds.includes(partyId),
    'partyId',
  );

export const partyMayCheckOnce = (state: MeetingState, partyId: string): BusinessRule =>
  rule(
    'PartyMayCheckOnce',
    'Parten har redan justerat protokollet.',
    () => (state.status === 'minutesAdopted' || state.status === 'minutesChecked') && state.minutes.checkedBy.includes(partyId),
  );
