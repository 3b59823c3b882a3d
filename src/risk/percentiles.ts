// Percentiles of simulated totals, their standard error, and a histogram.

// Math's functions taken once: where code runs in a VM context (jest, some
// hosts) every lookup of the global Math is slow and blocks inlining.
const { ceil, floor, max, min, sqrt } = Math;

/** The rank (0-based) of the smallest x with F̂(x) ≥ c in n sorted values: ⌈c·n⌉ − 1. */
export function rankAt(n: number, c: number): number {
  // c·n can land a hair above a whole number (0.9 · 10 = 9.000000000000002): such a hair is rounding, not a step.
  const r = ceil(c * n * (1 - 1e-12)) - 1;
  return min(n - 1, max(0, r));
}

/** The smallest x with P(total ≤ x) ≥ c in the empirical distribution of the sorted values. */
export function percentile(sorted: Float64Array, c: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[rankAt(sorted.length, c)] as number;
}

/** Number of sorted values ≤ x (binary search). */
export function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if ((sorted[m] as number) <= x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * The standard error of the percentile at certainty c by sectioning: each
 * batch is an independent Latin hypercube, so the spread of the batches' own
 * percentiles measures the sampler's real error, variance reduction
 * included, and the pooled percentile's error is that spread over √batches
 * (the batches weighted by their size). It needs no density estimate, and
 * it stays honest where the totals are discrete (a register of fixed
 * amounts), where a method through the density sees jumps as certainty.
 * With fewer than two batches the binomial interval of independent runs is used.
 */
export function percentileError(totals: Float64Array, sorted: Float64Array, batchEnds: readonly number[], c: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const k = batchEnds.length;
  if (k < 2) {
    const s = sqrt((c * (1 - c)) / n);
    return ((sorted[rankAt(n, min(1, c + s))] as number) - (sorted[rankAt(n, max(0, c - s))] as number)) / 2;
  }
  const qs: number[] = [];
  const ws: number[] = [];
  let start = 0;
  for (const end of batchEnds) {
    const part = totals.slice(start, end).sort();
    qs.push(percentile(part, c));
    ws.push((end - start) / n);
    start = end;
  }
  let mean = 0;
  qs.forEach((q, i) => (mean += q * (ws[i] as number)));
  let v = 0;
  qs.forEach((q, i) => (v += (ws[i] as number) ** 2 * (q - mean) ** 2));
  return sqrt((v * k) / (k - 1));
}

export interface Histogram {
  /** Left edge of the first bin. */
  readonly from: number;
  /** Width of every bin (0 when all totals are equal: one bin). */
  readonly width: number;
  readonly counts: readonly number[];
}

/** Equal-width bins from the smallest to the largest total; the last bin includes its right edge. */
export function histogram(sorted: Float64Array, bins = 30): Histogram {
  const n = sorted.length;
  if (n === 0) return { from: 0, width: 0, counts: [] };
  const from = sorted[0] as number;
  const to = sorted[n - 1] as number;
  if (to <= from) return { from, width: 0, counts: [n] };
  const width = (to - from) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const b = min(bins - 1, floor(((sorted[i] as number) - from) / width));
    counts[b] = (counts[b] as number) + 1;
  }
  return { from, width, counts };
}
