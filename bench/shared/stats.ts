/**
 * Summary statistics for repeated measurements. Medians, not means: on shared, noisy machines one
 * descheduled run must not move the figure.
 */

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-quantile (0..1) by nearest rank, e.g. 0.9 for p90. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median, min, max and count of a sample, as the report prints it. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  p90: number;
  n: number;
}

/** Summarises a non-empty sample. */
export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    p90: quantile(values, 0.9),
    n: values.length,
  };
}
