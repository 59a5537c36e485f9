import { describe, it, expect } from '@jest/globals';
import { addDays, addYears, dateIn, dateOfInstant, dayNumber, daysBetween, fromDayNumber } from './calendar.js';

describe('calendar arithmetic on YYYY-MM-DD', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-01-01')).toBe(19723);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('turns every day of 1999–2101 into a number and back', () => {
    const wrong: number[] = [];
    for (let n = dayNumber('1999-01-01'); n <= dayNumber('2101-12-31'); n++) if (dayNumber(fromDayNumber(n)) !== n) wrong.push(n);
    expect(wrong).toEqual([]);
    expect(fromDayNumber(dayNumber('1999-01-01') + 1)).toBe('1999-01-02');
    expect(fromDayNumber(dayNumber('2000-02-29'))).toBe('2000-02-29');
  });

  it('counts days across month ends, leap days and year ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
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

  it('takes the date of an instant as written', () => {
    expect(dateOfInstant('2024-03-14T23:59:59.999Z')).toBe('2024-03-14');
  });
});
