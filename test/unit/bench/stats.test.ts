import { describe, expect, it } from 'vitest';
import { median, quantile, summarize } from '../../../bench/shared/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes quantiles by nearest rank', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(ten, 0.9)).toBe(9);
    expect(quantile(ten, 1)).toBe(10);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('refuses an empty sample instead of reporting a figure', () => {
    expect(() => median([])).toThrow();
    expect(summarize([2, 8, 4])).toEqual({ median: 4, min: 2, max: 8, p90: 8, n: 3 });
  });
});
