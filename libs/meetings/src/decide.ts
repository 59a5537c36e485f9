import { checkRules } from '@samverkan/shared-kernel';
import type { MeetingCommand, MeetingFacts } from './commands.js';
import type { MeetingEvent } from './events.js';
import * as rules from './meeting.rules.js';
import { evolveMeeting, initialMeetingState, type KnownMeeting, type MeetingState } from './state.js';

const event = <E extends MeetingEvent>(type: E['type'], data: E['data']): E => ({ type, schemaVersion: 1, data }) as E;

/** The rules that need a known meeting run only once `MeetingMustBeScheduled` has passed. */
const known = (state: MeetingState): KnownMeeting => {
  checkRules(rules.meetingMustBeScheduled(state));
  return state as KnownMeeting;
};

/**
 * Pure: the handler reads the meeting's stream, folds it, decides, and appends with the expected
 * revision; who and when go into the metadata. Who may ask (a coordinator edits, a council member
 * checks for their party) is the handler's. Throws `BusinessRuleBrokenError` naming the rule.
 */
export const decideMeeting = (command: MeetingCommand, state: MeetingState, facts: MeetingFacts = {}): MeetingEvent[] => {
  const cited = facts.citedParagraphs ?? [];
  switch (command.type) {
    case 'ScheduleMeeting': {
      const { data } = command;
      checkRules(rules.meetingMustNotExist(state), rules.meetingDateIsValid('date', data.date), ...rules.textIsGiven('place', 'plats', data.place));
      return [event('MeetingScheduled', data)];
    }
    case 'AddAgendaItem': {
      const meeting = known(state);
      const { data } = command;
      checkRules(
        rules.agendaMayChangeUntilMeetingHeld(state),
        ...rules.textIsGiven('title', 'rubrik', data.title),
        rules.subjectOnAgendaOnce(meeting, data.subject),
      );
      return [event('AgendaItemAdded', data)];
    }
    case 'RemoveAgendaItem': {
      const meeting = known(state);
      const { itemId } = command.data;
      const remaining = meeting.agenda.filter((item) => item.itemId !== itemId).map((item) => item.itemId);
      checkRules(
        rules.agendaMayChangeUntilMeetingHeld(state),
        rules.agendaItemMustExist(meeting, itemId),
        rules.citedParagraphsMustNotMove(meeting, remaining, cited),
      );
      return [event('AgendaItemRemoved', { itemId })];
    }
    case 'ReorderAgenda': {
      const meeting = known(state);
      const { itemIds } = command.data;
      checkRules(
        rules.agendaMayChangeUntilMeetingHeld(state),
        rules.reorderNamesEveryItem(meeting, itemIds),
        rules.citedParagraphsMustNotMove(meeting, itemIds, cited),
      );
      return [event('AgendaReordered', { itemIds: [...itemIds] })];
    }
    case 'HoldMeeting': {
      known(state);
      const { heldOn, today } = command.data;
      checkRules(rules.meetingMayBeHeldOnce(state), rules.meetingDateIsValid('heldOn', heldOn), rules.heldOnIsNotLaterThanToday(heldOn, today));
      return [event('MeetingHeld', { heldOn })];
    }
    case 'AdoptMinutes': {
      const meeting = known(state);
      const { notes, partyIds } = command.data;
      checkRules(rules.minutesNeedHeldMeeting(state), rules.checkedMinutesCannotChange(state), ...rules.notesAreAboutAgendaItems(meeting, notes));
      // A blank note says nothing: it is left out rather than stored empty.
      const kept = notes.filter((n) => n.note.trim() !== '').map(({ itemId, note }) => ({ itemId, note }));
      return [event('MinutesAdopted', { notes: kept, partyIds: [...partyIds] })];
    }
    case 'CheckMinutes': {
      known(state);
      const { partyId } = command.data;
      checkRules(rules.minutesMustBeAdopted(state), rules.partyMustCheckMinutes(state, partyId), rules.partyMayCheckOnce(state, partyId));
      return [event('MinutesChecked', { partyId })];
    }
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown meeting command: ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** The decider as one value, in Emmett's shape, for handlers and specs. */
export const meetingDecider = {
  decide: decideMeeting,
  evolve: evolveMeeting,
  initialState: initialMeetingState,
} as const;
