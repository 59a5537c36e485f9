import { describe, expect, it } from '@jest/globals';
import { greenButLate, indicatorProgress } from '../follow-up.js';

describe('green but late', () => {
  it('warns of a green measure past its due date', () => {
    expect(greenButLate({ status: 'green', dueDate: '2025-06-30' }, '2025-07-01')).toBe(true);
  });

  it('does not warn on the due date, for another status, or before any follow-up', () => {
    expect(greenButLate({ status: 'green', dueDate: '2025-06-30' }, '2025-06-30')).toBe(false);
    expect(greenButLate({ status: 'done', dueDate: '2025-06-30' }, '2025-07-01')).toBe(false);
    expect(greenButLate({ status: 'yellow', dueDate: '2025-06-30' }, '2025-07-01')).toBe(false);
    expect(greenButLate({ status: null, dueDate: '2025-06-30' }, '2025-07-01')).toBe(false);
  });
});

describe('indicator progress', () => {
  const planned = { measuredOn: '2026-03-01', value: null };

  it('judges a decrease on the latest measured value by date', () => {
    const progress = indicatorProgress({ baseline: 12, target: 6 }, [
      { measuredOn: '2025-09-01', value: 8 },
      { measuredOn: '2025-03-01', value: 10 },
      planned,
    ]);
    expect(progress).toMatchObject({ latest: { measuredOn: '2025-09-01', value: 8 }, direction: 'decrease' });
    expect(progress?.share).toBeCloseTo(4 / 6);
  });

  it('judges an increase', () => {
    const progress = indicatorProgress({ baseline: 40, target: 60 }, [{ measuredOn: '2025-09-01', value: 45 }]);
    expect(progress).toMatchObject({ direction: 'increase', share: 0.25 });
  });

  it('shows a step the wrong way as a negative share', () => {
    expect(indicatorProgress({ baseline: 12, target: 6 }, [{ measuredOn: '2025-09-01', value: 15 }])?.share).toBeCloseTo(-0.5);
  });

  it('has nothing to say without a measured value, a baseline or a distinct target', () => {
    expect(indicatorProgress({ baseline: 12, target: 6 }, [planned])).toBeUndefined();
    expect(indicatorProgress({ target: 6 }, [{ measuredOn: '2025-09-01', value: 8 }])).toBeUndefined();
    expect(indicatorProgress({ baseline: 6, target: 6 }, [{ measuredOn: '2025-09-01', value: 8 }])).toBeUndefined();
  });
});
