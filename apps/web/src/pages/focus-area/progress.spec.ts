import { describe, expect, it } from '@jest/globals';
import { indicatorProgress } from '@samverkan/follow-up';
import { barValue, progressText } from './progress';

const at = (value: number) => [{ measuredOn: '2025-09-01', value }];

describe('progress text', () => {
  it('says how far a decrease has come', () => {
    const progress = indicatorProgress({ baseline: 12, target: 6 }, at(9.48))!;
    expect(progressText(progress)).toBe('Senaste mätning 9,48: 42 % av vägen från utgångsvärde 12 till målvärde 6 (en minskning).');
    expect(barValue(progress)).toBe(42);
  });

  it('says when the target is reached, and when the value went the wrong way', () => {
    expect(progressText(indicatorProgress({ baseline: 40, target: 60 }, at(61))!)).toMatch(/målvärdet är nått .*en ökning/);
    const worse = indicatorProgress({ baseline: 12, target: 6 }, at(14))!;
    expect(progressText(worse)).toMatch(/längre från målet än utgångsvärdet/);
    expect(barValue(worse)).toBe(0);
  });
});
