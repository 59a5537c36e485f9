import { describe, expect, it } from '@jest/globals';
import { annexCreated, decided, drafted, signed } from './annex-events.testing.js';
import { annexSummary, isAnnexEventType } from './annex-summary.js';

const names = (subject: string, id: string) =>
  subject === 'party' ? { 'lomma-kommun': 'Lomma kommun', 'lpo-kavlinge': 'Lokalpolisområde Kävlinge' }[id] : undefined;

describe('annex events in the audit history', () => {
  it('says in Swedish what was created, drafted, decided and signed, by party name when known', () => {
    expect(annexSummary(annexCreated())).toBe('Skapade bilagan ”Lägesbild Lomma” (lägesbild)');
    expect(annexSummary(drafted(2), names)).toBe('Skrev version 2 av bilagan, bindande för Lomma kommun och Lokalpolisområde Kävlinge');
    expect(annexSummary({ ...decided(2, '2025-03-13'), data: { version: 2, decidedOn: '2025-03-13', protocol: { meetingId: 'm', paragraph: 4 } } })).toBe(
      'Registrerade rådets beslut 13 mars 2025 om version 2 av bilagan (§ 4)',
    );
    expect(annexSummary(signed(2, 'lpo-kavlinge', '2025-03-20'))).toBe('Undertecknade version 2 av bilagan 20 mars 2025 för parten lpo-kavlinge');
  });

  it('knows the annex event types and no other', () => {
    expect(['AnnexCreated', 'AnnexVersionSigned', 'RoleAssigned'].map(isAnnexEventType)).toEqual([true, true, false]);
  });
});
