// Latin hypercube sampling: in a batch of n runs, each dimension (a risk, a
// correlation group, an uncertain input) gets exactly one uniform number in
// each of the n strata [k/n, (k+1)/n), in random order. Every dimension is
// then spread evenly over its whole range in every batch, which removes the
// part of the sampling error that comes from each dimension on its own.
//
// Each (batch, dimension) has a generator of its own, derived from the seed:
// adding a risk does not change the numbers of the others, and a batch can be
// drawn again (for the contributions) without drawing the ones before it.

import { Xoshiro128 } from "./random";

// Math's functions taken once: where code runs in a VM context (jest, some
// hosts) every lookup of the global Math is slow and blocks inlining.
const { floor, min } = Math;

/** Fills out[0..n) with a Latin hypercube column for (seed, batch, dimension key). */
export function latinColumn(out: Float64Array, n: number, seed: number, batch: number, key: number): void {
  const rng = Xoshiro128.fromSeed(seed, batch, key);
  const inv = 1 / n;
  for (let i = 0; i < n; i++) out[i] = (i + rng.next()) * inv;
  // Fisher–Yates: the strata in random order.
  for (let i = n - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = out[i] as number;
    out[i] = out[j] as number;
    out[j] = t;
  }
}

/**
 * The sizes of the batches for a run count: batches of BATCH runs from
 * 10 × BATCH runs on, below that ten batches of about equal size, so the
 * standard error can always be measured between batches.
 */
export const BATCH = 500;
export const MIN_BATCHES = 20;

export function batchSizes(runs: number): number[] {
  if (runs <= 0) return [];
  if (runs >= BATCH * MIN_BATCHES) {
    const full = floor(runs / BATCH);
    const rest = runs - full * BATCH;
    return rest > 0 ? [...Array<number>(full).fill(BATCH), rest] : Array<number>(full).fill(BATCH);
  }
  const k = min(MIN_BATCHES, runs);
  const base = floor(runs / k);
  const extra = runs - base * k;
  return Array.from({ length: k }, (_, i) => base + (i < extra ? 1 : 0));
}
