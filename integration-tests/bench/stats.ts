/** Summary statistics of benchmark samples. Pure. */

export type Summary = {
  /** Number of samples. */
  n: number;
  median: number;
  min: number;
  max: number;
  /**
   * Interquartile range / median: how far apart the middle half of the repetitions are, relative
   * to the median (robust to one GC pause; min and max keep the extremes).
   */
  spread: number;
};

/** Quantile q (0..1) of sorted samples, linear interpolation between the closest ranks. */
const quantile = (sorted: readonly number[], q: number): number => {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
};

/** Median, range and relative spread; NaN everywhere for no (finite) samples. */
export const summarize = (samples: readonly number[]): Summary => {
  const sorted = samples.filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return { n: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN, spread: Number.NaN };
  }
  const median = quantile(sorted, 0.5);
  const iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
  const min = sorted[0] ?? Number.NaN;
  const max = sorted[sorted.length - 1] ?? Number.NaN;
  return { n: sorted.length, median, min, max, spread: median === 0 ? 0 : iqr / median };
};

/** "12.3 ms ±4%": the median, ± half the interquartile range relative to it. */
export const formatMs = (s: Summary): string => {
  if (s.n === 0) return 'n/a';
  const digits = s.median < 10 ? 2 : 1;
  return `${s.median.toFixed(digits)} ms ±${(s.spread * 50).toFixed(0)}%`;
};
