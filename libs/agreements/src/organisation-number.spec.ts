import { describe, it, expect } from '@jest/globals';
import { isValidOrganisationNumber, luhnCheckDigit } from './organisation-number.js';

describe('organisation number', () => {
  describe('accepts real organisation numbers', () => {
    it.each([
      ['202100-0076', 'Polismyndigheten'],
      ['202100-5448', 'Skatteverket'],
      ['202100-5489', 'Bolagsverket'],
    ])('%s (%s)', (value) => {
      expect(isValidOrganisationNumber(value)).toBe(true);
    });
  });

  it('computes the police check digit as 6 (202100-007|6)', () => {
    expect(luhnCheckDigit('202100007')).toBe(6);
  });

  describe('refuses', () => {
    it.each([
      ['202100-0077', 'a wrong check digit'],
      ['202100-0070', 'another wrong check digit'],
      ['2021000076', 'the number without its separator'],
      ['202100 0076', 'a space as separator'],
      ['20210-00076', 'the separator in the wrong place'],
      ['16202100-0076', 'the 12-digit form'],
      ['20210A-0076', 'letters'],
      ['', 'an empty string'],
      ['811218-9876', 'a personnummer (third digit below 2), even with a valid check digit'],
    ])('%s (%s)', (value) => {
      expect(isValidOrganisationNumber(value)).toBe(false);
    });
  });

  it('the personnummer-shaped example does pass the Luhn check, so it is refused for its third digit', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
  });
});
