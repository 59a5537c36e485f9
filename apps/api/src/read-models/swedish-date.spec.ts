import { describe, expect, it } from '@jest/globals';
import { swedishDate, toUtcInstant } from './swedish-date.js';

describe('Swedish dates', () => {
  it('takes the date in Sweden, which is a day ahead late in the UTC evening', () => {
    expect(swedishDate(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(swedishDate(new Date('2025-01-15T12:00:00Z'))).toBe('2025-01-15');
  });

  it('bounds a Swedish winter day at 23:00 UTC the evening before', () => {
    expect(toUtcInstant('2025-01-15', false)).toBe('2025-01-14T23:00:00.000Z');
    expect(toUtcInstant('2025-01-15', true)).toBe('2025-01-15T22:59:59.999Z');
  });

  it('bounds a Swedish summer day at 22:00 UTC the evening before', () => {
    expect(toUtcInstant('2025-07-01', false)).toBe('2025-06-30T22:00:00.000Z');
  });

  it('normalises an instant with an offset to UTC', () => {
    expect(toUtcInstant('2025-07-01T10:00:00+02:00', false)).toBe('2025-07-01T08:00:00.000Z');
  });
});
