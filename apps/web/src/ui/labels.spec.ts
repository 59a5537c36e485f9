import { describe, expect, it } from '@jest/globals';
import type { Party } from '../api/schema';
import { partyName } from './labels';

const PARTIES: Party[] = [
  { partyId: 'lomma-kommun', name: 'Lomma kommun', kind: 'municipality' },
  { partyId: 'lpo-kavlinge', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea' },
];

describe("a party's name", () => {
  it('is the name the agreement gives the party', () => {
    expect(partyName(PARTIES, 'lpo-kavlinge')).toBe('Lokalpolisområde Kävlinge');
  });

  it('says plainly that a party the agreement no longer lists (one that left by an amendment) is unknown, with its id', () => {
    expect(partyName(PARTIES, 'kriminalvarden-malmo')).toBe('Okänd part (kriminalvarden-malmo)');
  });

  it('says the same while the parties have not been read', () => {
    expect(partyName(undefined, 'lomma-kommun')).toBe('Okänd part (lomma-kommun)');
  });
});
