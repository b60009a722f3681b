/** Small numeric helpers shared by the analysis. */

/** numerator / denominator; null when the denominator is zero (never 0 or 1 by default). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Median of the values; null for an empty list. Even counts average the two middle values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Sum of the values (0 for an empty list). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * The p-th percentile (p a whole number from 1 to 100) of values sorted ascending, by the
 * nearest-rank method: the value at rank ceil(p / 100 × n), counting from 1. null for no values.
 * Example: of 10, 20, 30, 40 the 50th is 20 (rank 2) and the 85th is 40 (rank ceil(3.4) = 4).
 */
export function nearestRank(sortedAscending: ArrayLike<number>, p: number): number | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  // p × n / 100 is exact in floating point whenever it is a whole number, so ceil never overshoots.
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sortedAscending[rank - 1];
}
