import { describe, expect, it } from '@jest/globals';
import type { DecisionInboxItem, Party } from '../../api/schema';
import { alreadyDecidedMessage, approvedMessage, rejectedMessage } from './decision-messages';

const parties: Party[] = [
  { partyId: 'lomma-kommun', name: 'Lomma kommun', kind: 'municipality' },
  { partyId: 'lpo-kavlinge', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea' },
];
const item = { focusAreaTitle: 'Barn och ungdomar', transition: 'advance', from: 'mapping', to: 'analysis' } as DecisionInboxItem;

describe('what a decision is announced as', () => {
  it('says who approved for which party, and that the others are awaited', () => {
    expect(approvedMessage(item, 'lomma-kommun', parties, false)).toBe(
      'Du har godkänt förslaget att gå vidare till nästa steg för ”Barn och ungdomar” för Lomma kommun. Förslaget väntar nu på de andra parterna.',
    );
  });

  it('says the move happened when the last party approved', () => {
    expect(approvedMessage(item, 'lpo-kavlinge', parties, true)).toMatch(/Alla parter har nu godkänt, och fokusområdet har gått till steget analys\.$/);
  });

  it('says a rejection goes back to the coordinator', () => {
    expect(rejectedMessage(item, 'lpo-kavlinge', parties)).toMatch(
      /^Du har avslagit förslaget .* för Lokalpolisområde Kävlinge\. Förslaget går tillbaka till samordnaren med ditt skäl\.$/,
    );
  });
});

describe('a decision already taken for the party', () => {
  const police = { partyId: 'lpo-kavlinge', decidedAt: '2025-03-03T10:15:00.000Z', decidedBy: 'lomma.ersattare.polis', actorRole: 'councilSubstitute' };
  const now = new Date('2025-05-01T12:00:00Z');

  it('tells the representative plainly that the substitute approved, by function, for whom and when', () => {
    expect(alreadyDecidedMessage({ ...police, function: 'Biträdande lokalpolisområdeschef' }, parties, 'lomma.rad.polis', now)).toBe(
      'Ersättaren (Biträdande lokalpolisområdeschef) har redan godkänt för Lokalpolisområde Kävlinge den 3 mars.',
    );
  });

  it('tells the substitute that the representative approved', () => {
    const representative = { ...police, decidedBy: 'lomma.rad.polis', actorRole: 'councilRepresentative', function: 'Lokalpolisområdeschef' };
    expect(alreadyDecidedMessage(representative, parties, 'lomma.ersattare.polis', now)).toBe(
      'Representanten (Lokalpolisområdeschef) har redan godkänt för Lokalpolisområde Kävlinge den 3 mars.',
    );
  });

  it('names the year when it was another year, and the user themself when it was them', () => {
    expect(alreadyDecidedMessage({ ...police, function: null }, parties, 'lomma.ersattare.polis', new Date('2026-01-10T12:00:00Z'))).toBe(
      'Du har redan godkänt för Lokalpolisområde Kävlinge den 3 mars 2025.',
    );
  });
});
