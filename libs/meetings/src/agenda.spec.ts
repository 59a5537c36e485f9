import { describe, expect, it } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { meetingDecider } from './decide.js';
import { foldMeeting, paragraphOf, type KnownMeeting } from './state.js';
import { held, itemAdded, schedule, scheduled, TRANSITION, withAgenda } from './testing/fixtures.js';

const spec = deciderSpecification(meetingDecider);

describe('scheduling a meeting', () => {
  it('puts a council meeting in the calendar', () => {
    spec.given([]).when(schedule()).then([scheduled()]);
  });

  it('refuses a meeting that already exists', () => {
    spec.given([scheduled()]).when(schedule()).thenThrows('MeetingMustNotExist');
  });

  it('refuses a day that does not exist', () => {
    expect(
      spec
        .given([])
        .when(schedule({ date: '2025-02-30' }))
        .thenThrows('MeetingDateIsValid').field,
    ).toBe('date');
  });

  it('refuses a blank place, and a place that holds a personnummer', () => {
    expect(
      spec
        .given([])
        .when(schedule({ place: '  ' }))
        .thenThrows('FieldRequired').field,
    ).toBe('place');
    spec
      .given([])
      .when(schedule({ place: 'Hos 19811218-9876' }))
      .thenThrows('NoPersonalIdentityNumber');
  });
});

describe('the agenda', () => {
  it('numbers its items from § 1 in the order they were added', () => {
    const meeting = foldMeeting(withAgenda()) as KnownMeeting;
    expect(['i-1', 'i-2', 'i-3'].map((id) => paragraphOf(meeting, id))).toEqual([1, 2, 3]);
  });

  it('adds an item about a pending proposal', () => {
    spec
      .given([scheduled()])
      .when({ type: 'AddAgendaItem', data: { itemId: 'i-2', title: 'Centrum till analys', subject: TRANSITION } })
      .then([itemAdded('i-2', TRANSITION, 'Centrum till analys')]);
  });

  it('refuses the same matter twice, a blank title, and any item on a meeting never scheduled', () => {
    spec
      .given(withAgenda())
      .when({ type: 'AddAgendaItem', data: { itemId: 'i-9', title: 'Igen', subject: TRANSITION } })
      .thenThrows('SubjectOnAgendaOnce');
    spec
      .given(withAgenda())
      .when({ type: 'AddAgendaItem', data: { itemId: 'i-9', title: '', subject: { kind: 'other' } } })
      .thenThrows('FieldRequired');
    spec
      .given([])
      .when({ type: 'AddAgendaItem', data: { itemId: 'i-9', title: 'Punkt', subject: { kind: 'other' } } })
      .thenThrows('MeetingMustBeScheduled');
  });

  it('removes an item; the items after it move up one paragraph', () => {
    spec
      .given(withAgenda())
      .when({ type: 'RemoveAgendaItem', data: { itemId: 'i-1' } })
      .then([{ type: 'AgendaItemRemoved', schemaVersion: 1, data: { itemId: 'i-1' } }]);
    const after = foldMeeting([...withAgenda(), { type: 'AgendaItemRemoved', schemaVersion: 1, data: { itemId: 'i-1' } }]) as KnownMeeting;
    expect(paragraphOf(after, 'i-2')).toBe(1);
  });

  it('refuses to remove an item that is not on it', () => {
    spec
      .given(withAgenda())
      .when({ type: 'RemoveAgendaItem', data: { itemId: 'i-9' } })
      .thenThrows('AgendaItemMustExist');
  });

  it('is put in a new order naming every item once', () => {
    spec
      .given(withAgenda())
      .when({ type: 'ReorderAgenda', data: { itemIds: ['i-2', 'i-1', 'i-3'] } })
      .then([{ type: 'AgendaReordered', schemaVersion: 1, data: { itemIds: ['i-2', 'i-1', 'i-3'] } }]);
    spec
      .given(withAgenda())
      .when({ type: 'ReorderAgenda', data: { itemIds: ['i-2', 'i-1'] } })
      .thenThrows('ReorderNamesEveryItem');
    spec
      .given(withAgenda())
      .when({ type: 'ReorderAgenda', data: { itemIds: ['i-2', 'i-2', 'i-3'] } })
      .thenThrows('ReorderNamesEveryItem');
  });

  describe('when a decision cites § 2', () => {
    const cited = { citedParagraphs: [2] };

    it('refuses to remove § 2 or anything before it', () => {
      spec
        .given(withAgenda())
        .when({ type: 'RemoveAgendaItem', data: { itemId: 'i-1' } }, cited)
        .thenThrows('CitedParagraphsMustNotMove');
      spec
        .given(withAgenda())
        .when({ type: 'RemoveAgendaItem', data: { itemId: 'i-2' } }, cited)
        .thenThrows('CitedParagraphsMustNotMove');
    });

    it('still removes an item after it', () => {
      spec
        .given(withAgenda())
        .when({ type: 'RemoveAgendaItem', data: { itemId: 'i-3' } }, cited)
        .then([{ type: 'AgendaItemRemoved', schemaVersion: 1, data: { itemId: 'i-3' } }]);
    });

    it('refuses an order that moves § 2, and allows one that keeps it', () => {
      spec
        .given(withAgenda())
        .when({ type: 'ReorderAgenda', data: { itemIds: ['i-2', 'i-1', 'i-3'] } }, cited)
        .thenThrows('CitedParagraphsMustNotMove');
      spec
        .given([...withAgenda(), itemAdded('i-4')])
        .when({ type: 'ReorderAgenda', data: { itemIds: ['i-1', 'i-2', 'i-4', 'i-3'] } }, cited)
        .then([{ type: 'AgendaReordered', schemaVersion: 1, data: { itemIds: ['i-1', 'i-2', 'i-4', 'i-3'] } }]);
    });
  });

  describe('once the meeting is held', () => {
    const heldMeeting = [...withAgenda(), held()];

    it('refuses every change to the agenda', () => {
      spec
        .given(heldMeeting)
        .when({ type: 'AddAgendaItem', data: { itemId: 'i-9', title: 'Sent', subject: { kind: 'other' } } })
        .thenThrows('AgendaMayChangeUntilMeetingHeld');
      spec
        .given(heldMeeting)
        .when({ type: 'RemoveAgendaItem', data: { itemId: 'i-3' } })
        .thenThrows('AgendaMayChangeUntilMeetingHeld');
      spec
        .given(heldMeeting)
        .when({ type: 'ReorderAgenda', data: { itemIds: ['i-3', 'i-2', 'i-1'] } })
        .thenThrows('AgendaMayChangeUntilMeetingHeld');
    });
  });

  it('replays a stored order that leaves an item out without refusing it (the item stays, last)', () => {
    const meeting = foldMeeting([...withAgenda(), { type: 'AgendaReordered', schemaVersion: 1, data: { itemIds: ['i-3', 'i-1'] } }]) as KnownMeeting;
    expect(meeting.agenda.map((item) => item.itemId)).toEqual(['i-3', 'i-1', 'i-2']);
  });
});
