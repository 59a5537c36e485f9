import { describe, it, expect } from '@jest/globals';
import { AGREEMENT_EVENT_TYPES } from '@samverkan/agreements';
import { FOCUS_AREA_EVENT_TYPES } from '@samverkan/cycle';
import { EVERY_AGREEMENT_EVENT, EVERY_FOCUS_AREA_EVENT } from '../testing/every-event.js';
import { summaryOf } from './audit-row-of.js';

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

    it('use the step names the officials use', () => {
      expect(summaryOf(EVERY_FOCUS_AREA_EVENT.TransitionProposed)).toBe('Föreslog övergång från kartläggning till analys');
      expect(summaryOf(EVERY_FOCUS_AREA_EVENT.SteppedBack)).toBe('Gick tillbaka från åtgärder till analys: Ny trygghetsmätning visar ett annat mönster.');
    });

    it('name the parties of a registered agreement', () => {
      expect(summaryOf(EVERY_AGREEMENT_EVENT.AgreementRegistered)).toContain('med parterna Lomma kommun och Lokalpolisområde Kävlinge');
    });

    it('say which obligation was fulfilled and when', () => {
      expect(summaryOf(EVERY_AGREEMENT_EVENT.ObligationFulfilled)).toBe(
        'Registrerade att åtagandet om möten i strategiska rådet fullgjordes 2024-03-14',
      );
    });

    it('still give a row for an event type this projection does not know', () => {
      expect(summaryOf({ type: 'SomethingNew', data: {} })).toBe('Händelse av typen SomethingNew');
    });
  });
});
