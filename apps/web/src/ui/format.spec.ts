import { describe, expect, it } from '@jest/globals';
import { formatCount, formatDate, formatDateTime, formatDay, formatDays, formatShortDate, formatShortDay, formatTime } from './format';
import { listSv, stepTitle, transitionSentence } from './labels';

describe('Swedish formats', () => {
  it('writes a calendar date as Swedes read it, whatever the time zone', () => {
    expect(formatDate('2026-12-01')).toBe('1 december 2026');
    expect(formatDate('2024-03-31')).toBe('31 mars 2024');
  });

  it('writes an instant in Swedish time', () => {
    expect(formatDateTime('2026-11-23T06:11:53Z')).toBe('23 november 2026 kl. 07.11');
    expect(formatDateTime('2026-07-01T22:30:00Z')).toBe('2 juli 2026 kl. 00.30');
    expect(formatTime('2026-03-03T09:05:00Z')).toBe('10.05');
  });

  it('writes an instant by its day in Sweden, in the same format as a date', () => {
    expect(formatDay('2026-11-22T23:30:00Z')).toBe('23 november 2026');
    expect(formatDay('2026-07-01T22:30:00Z')).toBe('2 juli 2026');
  });

  it('has one date format: the short names give the same as the long', () => {
    expect(formatShortDate('2025-11-23')).toBe(formatDate('2025-11-23'));
    expect(formatShortDay('2026-11-22T23:30:00Z')).toBe('23 november 2026');
  });

  it('gives back what is not a date rather than "Invalid Date"', () => {
    expect(formatDate('okänt')).toBe('okänt');
    expect(formatDateTime('okänt')).toBe('okänt');
  });

  it('counts in the singular and the plural', () => {
    expect(formatDays(1)).toBe('1 dag');
    expect(formatDays(12)).toBe('12 dagar');
    expect(formatCount(1, 'försenad åtgärd', 'försenade åtgärder')).toBe('1 försenad åtgärd');
    expect(formatCount(1500, 'dag', 'dagar')).toBe('1\u00a0500 dagar');
  });

  it('names steps, transitions and lists', () => {
    expect(stepTitle('evaluation')).toBe('Uppföljning och utvärdering');
    expect(transitionSentence('advance', 'mapping', 'analysis')).toBe('Gå vidare till nästa steg: från kartläggning till analys');
    expect(listSv(['Lomma kommun', 'Lokalpolisområde Kävlinge'])).toBe('Lomma kommun och Lokalpolisområde Kävlinge');
    expect(listSv(['A', 'B', 'C'])).toBe('A, B och C');
  });
});
