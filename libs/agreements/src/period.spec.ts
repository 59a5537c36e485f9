import { describe, it, expect } from '@jest/globals';
import { isValidIsoDate, isValidMonthDay, isValidPeriod, isWithinPeriod } from './period.js';

describe('period', () => {
  it('accepts a period of whole years', () => {
    expect(isValidPeriod({ from: '2023-01-01', to: '2026-12-31' })).toBe(true);
  });

  it('accepts a period of a single day', () => {
    expect(isValidPeriod({ from: '2024-03-04', to: '2024-03-04' })).toBe(true);
  });

  it('refuses a period that ends before it starts', () => {
    expect(isValidPeriod({ from: '2027-01-01', to: '2023-12-31' })).toBe(false);
  });

  it('refuses a period with a date that is not a date', () => {
    expect(isValidPeriod({ from: '2023-02-30', to: '2026-12-31' })).toBe(false);
    expect(isValidPeriod({ from: '2023', to: '2026' })).toBe(false);
  });

  describe('dates', () => {
    it.each(['2024-02-29', '2000-02-29', '2023-12-31'])('accepts %s', (date) => {
      expect(isValidIsoDate(date)).toBe(true);
    });
    it.each(['2023-02-29', '1900-02-29', '2023-13-01', '2023-04-31', '2023-1-1', '23-01-01', ''])('refuses %s', (date) => {
      expect(isValidIsoDate(date)).toBe(false);
    });
  });

  describe('days of the year', () => {
    it.each(['12-31', '02-29', '01-01'])('accepts %s', (monthDay) => {
      expect(isValidMonthDay(monthDay)).toBe(true);
    });
    it.each(['13-01', '04-31', '2023-12-31', '12/31'])('refuses %s', (monthDay) => {
      expect(isValidMonthDay(monthDay)).toBe(false);
    });
  });

  it('knows whether a date falls inside the period, both ends included', () => {
    const period = { from: '2023-01-01', to: '2026-12-31' };
    expect(isWithinPeriod(period, '2023-01-01')).toBe(true);
    expect(isWithinPeriod(period, '2026-12-31')).toBe(true);
    expect(isWithinPeriod(period, '2027-01-01')).toBe(false);
  });
});
