import { describe, expect, it } from '@jest/globals';
import { addMonths } from '@samverkan/shared-kernel';
import { defaultTrendFrom, MAX_TREND_POINTS, trendPoints } from './trend-points.js';

describe('trend points', () => {
  describe('given no number of points', () => {
    it('takes one a month on the same day, with the last day last', () => {
      expect(trendPoints('2024-01-15', '2024-04-01')).toEqual(['2024-01-15', '2024-02-15', '2024-03-15', '2024-04-01']);
    });

    it('gives thirteen points for a year', () => {
      const points = trendPoints('2024-06-30', '2025-06-30');
      expect(points).toHaveLength(13);
      expect(points.slice(0, 3)).toEqual(['2024-06-30', '2024-07-30', '2024-08-30']);
      expect(points.at(-1)).toBe('2025-06-30');
    });

    it('spreads a period longer than five years over at most the maximum', () => {
      const points = trendPoints('2023-01-01', '2027-12-31');
      expect(points).toHaveLength(MAX_TREND_POINTS);
      expect([points[0], points.at(-1)]).toEqual(['2023-01-01', '2027-12-31']);
    });
  });

  describe('given a number of points', () => {
    it('spreads them evenly, both ends included', () => {
      expect(trendPoints('2024-01-01', '2024-01-31', 4)).toEqual(['2024-01-01', '2024-01-11', '2024-01-21', '2024-01-31']);
    });

    it('gives no day twice when the span has fewer days than points', () => {
      expect(trendPoints('2024-01-01', '2024-01-03', 10)).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    });
  });

  describe('adding months', () => {
    it("keeps the day, or takes the month's last where it has none", () => {
      expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
      expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
      expect(addMonths('2024-11-15', 2)).toBe('2025-01-15');
      expect(addMonths('2024-03-15', -12)).toBe('2023-03-15');
    });
  });

  describe('the default start', () => {
    it('is a year back', () => {
      expect(defaultTrendFrom('2025-06-30', '2023-01-01')).toBe('2024-06-30');
    });

    it("is the period's first day when the period began less than a year ago", () => {
      expect(defaultTrendFrom('2023-05-10', '2023-01-01')).toBe('2023-01-01');
    });

    it('is a year back when the period has not begun', () => {
      expect(defaultTrendFrom('2022-12-01', '2023-01-01')).toBe('2021-12-01');
    });
  });
});
