import { describe, expect, it } from '@jest/globals';
import type { BusinessRule } from '@samverkan/shared-kernel';
import { citationRules } from './citation.rules.js';
import type { MeetingEvent } from './events.js';
import { foldMeeting } from './state.js';

const broken = (rules: BusinessRule[]): string[] => rules.filter((r) => r.isBroken()).map((r) => r.name);
const transition = { kind: 'transition', focusAreaId: 'centrum', proposalId: 'p-1' } as const;

const meeting = (body: 'council' | 'operativeGroup' = 'council'): MeetingEvent[] => [
  { type: 'MeetingScheduled', schemaVersion: 1, data: { meetingId: 'm-1', agreementId: 'lomma', body, date: '2025-03-13', place: 'Kommunhuset' } },
  { type: 'AgendaItemAdded', schemaVersion: 1, data: { itemId: 'i-1', title: 'Mötets öppnande', subject: { kind: 'other' } } },
  { type: 'AgendaItemAdded', schemaVersion: 1, data: { itemId: 'i-2', title: 'Centrum till analys', subject: transition } },
];

describe('citing a meeting paragraph', () => {
  it('when the paragraph is the item about this decision › breaks no rule', () => {
    expect(broken(citationRules(foldMeeting(meeting()), 'lomma', { meetingId: 'm-1', paragraph: 2 }, transition))).toEqual([]);
  });

  it('when the paragraph is about something else, or is not on the agenda › refuses', () => {
    expect(broken(citationRules(foldMeeting(meeting()), 'lomma', { meetingId: 'm-1', paragraph: 1 }, transition))).toEqual([
      'ParagraphMustBeAboutDecision',
    ]);
    expect(broken(citationRules(foldMeeting(meeting()), 'lomma', { meetingId: 'm-1', paragraph: 3 }, transition))).toEqual([
      'ParagraphMustBeAboutDecision',
    ]);
  });

  it("when the meeting is another agreement's, or the operative group's › refuses", () => {
    expect(broken(citationRules(foldMeeting(meeting()), 'vellinge', { meetingId: 'm-1', paragraph: 2 }, transition))).toEqual([
      'MeetingMustBelongToAgreement',
    ]);
    expect(broken(citationRules(foldMeeting(meeting('operativeGroup')), 'lomma', { meetingId: 'm-1', paragraph: 2 }, transition))).toEqual([
      'DecisionMustBeTakenByCouncil',
    ]);
  });
});

describe('citing a meeting whose minutes every party has checked', () => {
  const checkedMinutes: MeetingEvent[] = [
    ...meeting(),
    { type: 'MeetingHeld', schemaVersion: 1, data: { heldOn: '2025-03-13' } },
    { type: 'MinutesAdopted', schemaVersion: 1, data: { notes: [], partyIds: ['kommunen', 'polisen'] } },
    { type: 'MinutesChecked', schemaVersion: 1, data: { partyId: 'kommunen' } },
  ];

  it('is allowed while a party has still to check them', () => {
    expect(broken(citationRules(foldMeeting(checkedMinutes), 'lomma', { meetingId: 'm-1', paragraph: 2 }, transition))).toEqual([]);
  });

  it('is refused once the last party has checked', () => {
    const final = [...checkedMinutes, { type: 'MinutesChecked', schemaVersion: 1, data: { partyId: 'polisen' } } as MeetingEvent];
    expect(broken(citationRules(foldMeeting(final), 'lomma', { meetingId: 'm-1', paragraph: 2 }, transition))).toEqual(['MinutesMustNotBeChecked']);
  });
});
