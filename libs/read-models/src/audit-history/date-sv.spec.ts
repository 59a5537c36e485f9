import { describe, expect, it } from '@jest/globals';
import { dateSv, periodSv } from './date-sv.js';

describe('dates in audit sentences', () => {
  it('writes a calendar date as the web does: day, month in words, year', () => {
    expect(dateSv('2026-12-31')).toBe('31 december 2026');
    expect(dateSv('2024-03-01')).toBe('1 mars 2024');
  });

  it('writes a period with a dash between its days', () => {
    expect(periodSv({ from: '2023-01-01', to: '2027-12-31' })).toBe('1 januari 2023–31 december 2027');
  });

  it('gives back what is not a date unchanged, so a sentence never says "undefined"', () => {
    expect(dateSv('snart')).toBe('snart');
    expect(dateSv('2026-13-01')).toBe('2026-13-01');
  });
});
