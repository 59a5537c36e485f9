import { describe, expect, it } from '@jest/globals';
import { changeSentence, meetingsOf, policySentences } from './agreement-text';

const parties = [
  { partyId: 'kommunen', name: 'Lomma kommun', kind: 'municipality' as const },
  { partyId: 'polisen', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea' as const },
];
const decisionRequired = { prioritise: true, advance: true, close: true, newCycle: true, stepBack: false };

describe('the agreement in plain Swedish', () => {
  it('says how often a body meets, and that it also meets as needed', () => {
    const obligations = [{ kind: 'councilMeetings' as const, description: 'Rådet möts.', perYear: 4, alsoAsNeeded: true }];
    expect(meetingsOf(obligations, 'councilMeetings')).toBe('4 gånger per år och därutöver vid behov');
    expect(meetingsOf(obligations, 'operativeGroupMeetings')).toBeNull();
  });

  it('reads an older agreement without a child impact setting as demanding one in every focus area', () => {
    expect(policySentences({ decisionRequired })).toContain('En barnkonsekvensanalys ska göras i varje fokusområde innan åtgärder beslutas.');
  });

  it('names what the council decides and what a coordinator records', () => {
    const [decides, records] = policySentences({ decisionRequired, childImpactAssessment: 'childrenAndYoungPeople' });
    expect(decides).toMatch(/^Det strategiska rådet beslutar om: /);
    expect(records).toMatch(/^Samordnaren registrerar utan rådets beslut: /);
  });

  it('describes a party joining, with its signatory, and a party leaving by name', () => {
    const joins = {
      kind: 'addParty' as const,
      party: { partyId: 'rtj', name: 'Räddningstjänsten Syd', kind: 'other' as const },
      signatory: { function: 'Räddningschef', signedOn: '2025-05-20' },
    };
    expect(changeSentence(joins, parties)).toMatch(/^Räddningstjänsten Syd blir part, undertecknad av Räddningschef /);
    expect(changeSentence({ kind: 'removeParty', partyId: 'polisen' }, parties)).toBe('Lokalpolisområde Kävlinge utträder ur överenskommelsen');
  });
});
