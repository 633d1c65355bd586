import { formatMs, summarize } from './stats';

describe('summarize', () => {
  it.each([
    [[5], { n: 1, median: 5, min: 5, max: 5, spread: 0 }],
    [[3, 1, 2], { n: 3, median: 2, min: 1, max: 3, spread: 0.5 }],
    [[4, 1, 3, 2], { n: 4, median: 2.5, min: 1, max: 4, spread: 0.6 }],
    [[10, 10, 10, 12], { n: 4, median: 10, min: 10, max: 12, spread: 0.05 }],
    // One outlier (a GC pause) moves the range, not the interquartile spread.
    [[10, 10, 10, 10, 100], { n: 5, median: 10, min: 10, max: 100, spread: 0 }],
    [[0, 0], { n: 2, median: 0, min: 0, max: 0, spread: 0 }],
    [[Number.NaN, 7, Number.POSITIVE_INFINITY], { n: 1, median: 7, min: 7, max: 7, spread: 0 }],
  ])('%j -> %j', (samples, expected) => {
    expect(summarize(samples)).toEqual(expected);
  });

  it('gives NaN for no samples', () => {
    expect(summarize([])).toEqual({
      n: 0,
      median: Number.NaN,
      min: Number.NaN,
      max: Number.NaN,
      spread: Number.NaN,
    });
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('formatMs', () => {
  it.each([
    [[1.234, 1.234], '1.23 ms ±0%'],
    [[90, 100, 110], '100.0 ms ±5%'],
    [[], 'n/a'],
  ])('%j -> %s', (samples, expected) => {
    expect(formatMs(summarize(samples))).toBe(expected);
  });
});
