import { describe, expect, it } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { meetingDecider } from './decide.js';
import { foldMeeting } from './state.js';
import { held, heldWithMinutes, minutesAdopted, minutesChecked, PARTIES, withAgenda } from './testing/fixtures.js';

const spec = deciderSpecification(meetingDecider);
const hold = (heldOn: string, today = '2025-03-14') => ({ type: 'HoldMeeting' as const, data: { heldOn, today } });
const adopt = (notes: { itemId: string; note: string }[] = []) => ({ type: 'AdoptMinutes' as const, data: { notes, partyIds: [...PARTIES] } });
const check = (partyId: string) => ({ type: 'CheckMinutes' as const, data: { partyId } });

describe('holding a meeting', () => {
  it('records the day it was held (which may differ from the day planned)', () => {
    spec
      .given(withAgenda())
      .when(hold('2025-03-14'))
      .then([held('2025-03-14')]);
  });

  it('refuses a day after today, a day that does not exist, a second time, and a meeting never scheduled', () => {
    expect(spec.given(withAgenda()).when(hold('2025-03-15')).thenThrows('HeldOnIsNotLaterThanToday').field).toBe('heldOn');
    spec.given(withAgenda()).when(hold('2025-13-01')).thenThrows('MeetingDateIsValid');
    spec
      .given([...withAgenda(), held()])
      .when(hold('2025-03-13'))
      .thenThrows('MeetingMayBeHeldOnce');
    spec.given([]).when(hold('2025-03-13')).thenThrows('MeetingMustBeScheduled');
  });
});

describe('adopting the minutes', () => {
  it('keeps a note per paragraph, leaves blank notes out, and names the parties that must check', () => {
    spec
      .given([...withAgenda(), held()])
      .when(
        adopt([
          { itemId: 'i-1', note: 'Mötet öppnades.' },
          { itemId: 'i-3', note: ' ' },
        ]),
      )
      .then([minutesAdopted([{ itemId: 'i-1', note: 'Mötet öppnades.' }])]);
  });

  it('refuses minutes of a meeting not yet held', () => {
    spec.given(withAgenda()).when(adopt()).thenThrows('MinutesNeedHeldMeeting');
  });

  it('refuses a note about no agenda item, and a note with a personnummer', () => {
    expect(
      spec
        .given([...withAgenda(), held()])
        .when(adopt([{ itemId: 'i-9', note: 'x' }]))
        .thenThrows('NoteMustBeAboutAgendaItem').field,
    ).toBe('notes[0].itemId');
    spec
      .given([...withAgenda(), held()])
      .when(adopt([{ itemId: 'i-1', note: 'Gäller 19811218-9876' }]))
      .thenThrows('NoPersonalIdentityNumber');
  });

  it('may adopt them again before every party has checked; every party then checks the new text', () => {
    spec
      .given([...heldWithMinutes(), minutesChecked('kommunen')])
      .when(adopt())
      .then([minutesAdopted()]);
    const state = foldMeeting([...heldWithMinutes(), minutesChecked('kommunen'), minutesAdopted()]);
    expect(state.status === 'minutesAdopted' && state.minutes.checkedBy).toEqual([]);
  });
});

describe('checking the minutes', () => {
  it("records one party's check; the minutes wait for the others", () => {
    spec
      .given(heldWithMinutes())
      .when(check('polisen'))
      .then([minutesChecked('polisen')]);
    expect(foldMeeting([...heldWithMinutes(), minutesChecked('polisen')]).status).toBe('minutesAdopted');
  });

  it('are final once every party has checked them', () => {
    expect(foldMeeting([...heldWithMinutes(), minutesChecked('polisen'), minutesChecked('kommunen')]).status).toBe('minutesChecked');
  });

  it('refuses a check before the minutes are adopted, by a party not asked to check, and a second check by the same party', () => {
    spec
      .given([...withAgenda(), held()])
      .when(check('polisen'))
      .thenThrows('MinutesMustBeAdopted');
    spec.given(heldWithMinutes()).when(check('raddningstjansten')).thenThrows('PartyMustCheckMinutes');
    spec
      .given([...heldWithMinutes(), minutesChecked('polisen')])
      .when(check('polisen'))
      .thenThrows('PartyMayCheckOnce');
  });

  describe('once every party has checked', () => {
    const checked = [...heldWithMinutes(), minutesChecked('polisen'), minutesChecked('kommunen')];

    it('refuses to change the minutes', () => {
      spec
        .given(checked)
        .when(adopt([{ itemId: 'i-1', note: 'Ändrat i efterhand' }]))
        .thenThrows('CheckedMinutesCannotChange');
    });

    it('refuses to change the agenda', () => {
      spec
        .given(checked)
        .when({ type: 'RemoveAgendaItem', data: { itemId: 'i-3' } })
        .thenThrows('AgendaMayChangeUntilMeetingHeld');
    });
  });
});
