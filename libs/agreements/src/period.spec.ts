import { describe, it, expect } from '@jest/globals';
import { isValidPeriod } from './period.js';

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
});
