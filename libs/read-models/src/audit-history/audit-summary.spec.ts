import { describe, it, expect } from '@jest/globals';
import { AGREEMENT_EVENT_TYPES } from '@samverkan/agreements';
import { FOCUS_AREA_EVENT_TYPES } from '@samverkan/cycle';
import { EVERY_AGREEMENT_EVENT, EVERY_FOCUS_AREA_EVENT } from '../testing/every-event.js';
import { referencesOf, type NameOf } from './audit-references.js';
import { summaryOf } from './audit-row-of.js';

/** A reader that knows every id: what the audit query has once the log has named them. */
const knowsAll: NameOf = (subject, id) => `namn på ${subject} ${id.length}`;

describe('audit history', () => {
  describe('summaries', () => {
    it.each(FOCUS_AREA_EVENT_TYPES.map((t) => [t]))('reads %s as a Swedish sentence', (type) => {
      const summary = summaryOf(EVERY_FOCUS_AREA_EVENT[type]);
      expect(summary.trim()).not.toBe('');
      expect(summary).not.toContain('undefined');
    });

    it.each(AGREEMENT_EVENT_TYPES.map((t) => [t]))('reads %s as a Swedish sentence', (type) => {
      const summary = summaryOf(EVERY_AGREEMENT_EVENT[type]);
      expect(summary.trim()).not.toBe('');
      expect(summary).not.toContain('undefined');
    });

    it.each([...FOCUS_AREA_EVENT_TYPES, ...AGREEMENT_EVENT_TYPES].map((t) => [t]))('reads %s without an id once the names are known', (type) => {
      const event = { ...EVERY_FOCUS_AREA_EVENT, ...EVERY_AGREEMENT_EVENT }[type];
      const summary = summaryOf(event, knowsAll);
      for (const { id } of referencesOf(event.data)) expect(summary).not.toContain(id);
    });

    it('use the step names the officials use', () => {
      expect(summaryOf(EVERY_FOCUS_AREA_EVENT.TransitionProposed)).toBe('Föreslog övergång från kartläggning till analys');
      expect(summaryOf(EVERY_FOCUS_AREA_EVENT.SteppedBack)).toBe('Gick tillbaka från åtgärder till analys: Ny trygghetsmätning visar ett annat mönster.');
    });

    it('name the parties of a registered agreement', () => {
      expect(summaryOf(EVERY_AGREEMENT_EVENT.AgreementRegistered)).toContain('med parterna Lomma kommun och Lokalpolisområde Kävlinge');
    });

    it('say which obligation was fulfilled and when', () => {
      expect(summaryOf(EVERY_AGREEMENT_EVENT.ObligationFulfilled)).toBe(
        'Registrerade att åtagandet om möten i strategiska rådet fullgjordes 14 mars 2024',
      );
    });

    it('say by id what the event alone cannot name, as the projection stores it', () => {
      expect(summaryOf(EVERY_FOCUS_AREA_EVENT.MeasureRemoved)).toBe('Tog bort åtgärden measure-1');
      expect(summaryOf(EVERY_FOCUS_AREA_EVENT.TransitionApproved)).toBe('Godkände förslaget p-analysis för parten lpo-kavlinge');
      expect(summaryOf(EVERY_FOCUS_AREA_EVENT.StepAdvanced)).toBe('Gick vidare från kartläggning till analys enligt beslutat förslag p-analysis');
    });

    it('still give a row for an event type this projection does not know', () => {
      expect(summaryOf({ type: 'SomethingNew', data: {} })).toBe('Händelse av typen SomethingNew');
    });
  });

  describe('references', () => {
    it('are the ids the event data holds, each with what it names', () => {
      expect(referencesOf(EVERY_FOCUS_AREA_EVENT.TransitionRejected.data)).toEqual([
        { subject: 'party', id: 'lomma-kommun' },
        { subject: 'proposal', id: 'p-analysis' },
      ]);
      expect(referencesOf(EVERY_FOCUS_AREA_EVENT.GoalOutcomeRecorded.data)).toEqual([{ subject: 'goal', id: 'goal-1' }]);
      expect(referencesOf(EVERY_FOCUS_AREA_EVENT.EvaluationConcluded.data)).toEqual([]);
      expect(referencesOf(null)).toEqual([]);
    });
  });
});
