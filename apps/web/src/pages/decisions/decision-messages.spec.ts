import { describe, expect, it } from '@jest/globals';
import type { DecisionInboxItem, Party } from '../../api/schema';
import { approvedMessage, rejectedMessage } from './decision-messages';

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
