import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  addYears,
  dateIn,
  dateOfInstant,
  daysBetween,
  daysInYear,
  endOfSwedishDay,
  instantBefore,
  isDayOrInstant,
  isIsoDate,
  isMonthDay,
  startOfSwedishDay,
  swedishDateOf,
  toUtcInstant,
  utcInstant,
} from './dates.js';

describe('dates', () => {
  describe('a calendar date YYYY-MM-DD', () => {
    it.each(['2024-02-29', '2000-02-29', '2023-12-31'])('accepts %s', (date) => {
      expect(isIsoDate(date)).toBe(true);
    });
    it.each(['2023-02-29', '1900-02-29', '2023-02-30', '2023-13-01', '2023-04-31', '2023-1-1', '23-01-01', '2023-01-01T00:00Z', ''])(
      'refuses %s',
      (date) => {
        expect(isIsoDate(date)).toBe(false);
      },
    );
    it('refuses a missing value', () => {
      expect(isIsoDate(undefined)).toBe(false);
    });
  });

  describe('a day of the year MM-DD', () => {
    it.each(['12-31', '02-29', '01-01'])('accepts %s', (monthDay) => {
      expect(isMonthDay(monthDay)).toBe(true);
    });
    it.each(['13-01', '04-31', '02-30', '2023-12-31', '12/31'])('refuses %s', (monthDay) => {
      expect(isMonthDay(monthDay)).toBe(false);
    });
  });

  describe('a day or an instant with a time zone', () => {
    it.each(['2024-02-29', '2025-07-01T10:00:00+02:00', '2025-07-01T08:00Z', '2025-07-01T08:00:00.123Z'])('accepts %s', (when) => {
      expect(isDayOrInstant(when)).toBe(true);
    });
    it.each(['2024-02-30', '2025-07-01T10:00:00', '2025-07-01T25:00:00Z', '2025-02-30T10:00:00Z', 'yesterday', 20250701])('refuses %s', (when) => {
      expect(isDayOrInstant(when)).toBe(false);
    });
  });

  it('counts days across month ends, leap days and year ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2023-01-01', '2026-12-31')).toBe(1460);
  });

  it('adds days', () => {
    expect(addDays('2027-12-31', 90)).toBe('2028-03-30');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds years to the same day, 29 February becoming 28 February', () => {
    expect(addYears('2023-11-15', 1)).toBe('2024-11-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('places a day of the year in a year', () => {
    expect(dateIn(2025, '12-31')).toBe('2025-12-31');
    expect(dateIn(2025, '02-29')).toBe('2025-02-28');
    expect(dateIn(2024, '02-29')).toBe('2024-02-29');
  });

  it('knows the leap years: 2000 and 2024 have 366 days, 1900 and 2025 365', () => {
    expect([2000, 2024, 1900, 2025].map(daysInYear)).toEqual([366, 366, 365, 365]);
  });

  it('takes the date of an instant as written', () => {
    expect(dateOfInstant('2024-03-14T23:59:59.999Z')).toBe('2024-03-14');
  });

  describe('Swedish days', () => {
    it('takes the date in Sweden, which is a day ahead late in the UTC evening', () => {
      expect(swedishDateOf('2025-06-30T23:30:00Z')).toBe('2025-07-01');
      expect(swedishDateOf('2025-01-15T12:00:00.000Z')).toBe('2025-01-15');
    });

    it('bounds a Swedish winter day at 23:00 UTC the evening before', () => {
      expect(toUtcInstant('2025-01-15', false)).toBe('2025-01-14T23:00:00.000Z');
      expect(toUtcInstant('2025-01-15', true)).toBe('2025-01-15T22:59:59.999Z');
    });

    it('bounds a Swedish summer day at 22:00 UTC the evening before', () => {
      expect(toUtcInstant('2025-07-01', false)).toBe('2025-06-30T22:00:00.000Z');
      expect(endOfSwedishDay('2025-07-01')).toBe('2025-07-01T21:59:59.999Z');
    });

    it('keeps the day of the change to summer time whole: 23 hours', () => {
      expect(startOfSwedishDay('2025-03-30')).toBe('2025-03-29T23:00:00.000Z');
      expect(endOfSwedishDay('2025-03-30')).toBe('2025-03-30T21:59:59.999Z');
    });

    it('normalises an instant with an offset to UTC', () => {
      expect(toUtcInstant('2025-07-01T10:00:00+02:00', false)).toBe('2025-07-01T08:00:00.000Z');
      expect(utcInstant('2025-07-01T08:00Z')).toBe('2025-07-01T08:00:00.000Z');
    });

    it('refuses an instant without its offset: it would mean a different moment on every server', () => {
      expect(() => utcInstant('2025-07-01T08:00:00')).toThrow(RangeError);
    });

    it('takes the instant just before a moment', () => {
      expect(instantBefore('2025-01-01T00:00:00.000Z')).toBe('2024-12-31T23:59:59.999Z');
    });
  });
});

describe('days between, asked again and again', () => {
  it('answers the same the second time as the first, and before 1970 too', () => {
    expect(daysBetween('1969-12-31', '1970-01-01')).toBe(1);
    expect(daysBetween('1969-12-31', '1970-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '1970-01-01')).toBe(-19723);
  });

  it('refuses a day the calendar does not have, every time', () => {
    expect(() => daysBetween('2023-02-29', '2023-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2023-02-29', '2023-03-01')).toThrow(RangeError);
  });
});
