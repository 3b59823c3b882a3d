// The risk simulation: every run draws, for every risk, whether it happens
// and how large it is, and adds up the total. The benodigde
// weerstandscapaciteit at certainty c is the smallest amount x with
// P(total ≤ x) ≥ c in the simulated totals.
//
// One uniform number u per risk and run decides both: the risk happens when
// u > 1 − p, and its amount is then the amount's quantile at (u − (1 − p))/p,
// uniform again given that it happens. The loss is thereby a non-decreasing
// function of u, so Latin hypercube strata in u are strata in the loss, and
// risks of one correlation group, sharing their u, happen together: the most
// likely whenever a less likely one does, each at a matching point of its range.

import type { BLError } from "../core/types";
import { amountMax, amountMean, amountVariance, prepare, quantile, type Amount, type Prepared } from "./distributions";
import { histogram, percentile, percentileError, rankAt, type Histogram } from "./percentiles";
import { hashText } from "./random";
import { BATCH, batchSizes, latinColumn, MIN_BATCHES } from "./sampler";
import { checkAmount, checkField, DEFAULT_CERTAINTY, DEFAULT_SEED, MAX_RUNS, TOLERANCE } from "./validate";

// Math's functions taken once: where code runs in a VM context (jest, some
// hosts) every lookup of the global Math is slow and blocks inlining.
const { abs, ceil, max, min, sqrt } = Math;

export interface Risk {
  readonly probability: number;
  readonly amount: Amount;
  /** Risks with the same group happen together (comonotonic); empty or absent: independent. */
  readonly group?: string;
}

export interface SimulationOptions {
  /** Default 0.9. */
  readonly certainty?: number;
  /** A fixed number of runs; 0 or absent: until stable (see `tolerance`), at most `maxRuns`. */
  readonly runs?: number;
  /** Default 1. */
  readonly seed?: number;
  /** The cap of the automatic mode; default 1,000,000. */
  readonly maxRuns?: number;
  /** Stable means 1.96 × standard error ≤ tolerance × capacity; default 0.005 (0.5%). */
  readonly tolerance?: number;
  /** Each risk's share of the capacity (a second pass over the same numbers). */
  readonly contributions?: boolean;
  /** Bins of the histogram; default 30. */
  readonly bins?: number;
}

export interface Simulation {
  /** The benodigde weerstandscapaciteit: smallest x with P(total ≤ x) ≥ certainty. */
  readonly capacity: number;
  readonly certainty: number;
  /** Standard error of `capacity`, measured between the independent batches. */
  readonly standardError: number;
  /** Every risk at its maximum amount (risks with probability 0 left out): the simple sum. */
  readonly sum: number;
  /** The exact expected total, Σ p·E[amount]. */
  readonly expected: number;
  /** The exact standard deviation of the total if the risks were independent. */
  readonly sdIndependent: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly runs: number;
  readonly seed: number;
  /** Automatic mode: whether the tolerance was reached before the cap. Fixed runs: true. */
  readonly converged: boolean;
  readonly histogram: Histogram;
  /** Per risk, its share of the capacity (summing to it); null when not asked for. */
  readonly contributions: readonly number[] | null;
  /** The simulated totals, sorted ascending. */
  readonly totals: Float64Array;
}

/** A column of uniforms shared by the risks that use it: one risk, or a correlation group. */
interface Dimension {
  readonly key: number;
  readonly members: readonly number[];
}

/** Stream keys: a risk by its position; a group by its name, so adding a risk elsewhere changes nothing. */
function dimensions(risks: readonly Risk[]): Dimension[] {
  const dims: Dimension[] = [];
  const groups = new Map<string, number[]>();
  risks.forEach((r, j) => {
    const g = r.group?.trim().toLowerCase() ?? "";
    if (g === "") dims.push({ key: j, members: [j] });
    else {
      const m = groups.get(g);
      if (m) m.push(j);
      else {
        const members = [j];
        groups.set(g, members);
        // Above 2^31, where no risk position reaches.
        dims.push({ key: (hashText(g) | 0x80000000) >>> 0, members });
      }
    }
  });
  return dims;
}

/** Adds one risk's loss in each run of a batch to total[offset + k]. */
function addLosses(total: Float64Array, offset: number, u: Float64Array, n: number, p: number, a: Prepared): void {
  if (p <= 0) return;
  const q = 1 - p;
  const inv = 1 / p;
  const lo = a.min;
  switch (a.kind) {
    case "fixed": {
      const v = a.p1;
      for (let k = 0; k < n; k++) if ((u[k] as number) > q) total[offset + k] = (total[offset + k] as number) + v;
      return;
    }
    case "uniform": {
      const w = (a.max - lo) * inv;
      for (let k = 0; k < n; k++) {
        const x = u[k] as number;
        if (x > q) total[offset + k] = (total[offset + k] as number) + lo + (x - q) * w;
      }
      return;
    }
    case "triangular": {
      const hi = a.max;
      const w = hi - lo;
      const left = w * a.p1;
      const right = w * (w - a.p1);
      const f = a.p2;
      for (let k = 0; k < n; k++) {
        const x = u[k] as number;
        if (x <= q) continue;
        const v = min(1, (x - q) * inv);
        total[offset + k] = (total[offset + k] as number) + (v <= f ? lo + sqrt(v * left) : hi - sqrt((1 - v) * right));
      }
      return;
    }
    default:
      for (let k = 0; k < n; k++) {
        const x = u[k] as number;
        if (x > q) total[offset + k] = (total[offset + k] as number) + quantile(a, min(1, (x - q) * inv));
      }
  }
}

/** One risk's loss at the uniform u. */
function lossAt(p: number, a: Prepared, u: number): number {
  if (p <= 0 || u <= 1 - p) return 0;
  return quantile(a, min(1, (u - (1 - p)) / p));
}

interface Model {
  readonly risks: readonly Risk[];
  readonly prepared: readonly Prepared[];
  readonly dims: readonly Dimension[];
  readonly seed: number;
}

/** Draws batch `b` of size n into total[offset..offset+n). */
function drawBatch(m: Model, total: Float64Array, offset: number, n: number, b: number, u: Float64Array): void {
  for (const d of m.dims) {
    latinColumn(u, n, m.seed, b, d.key);
    for (const j of d.members) addLosses(total, offset, u, n, (m.risks[j] as Risk).probability, m.prepared[j] as Prepared);
  }
}

function checkOptions(o: SimulationOptions): BLError | undefined {
  return (
    (o.certainty === undefined ? undefined : checkField("certainty", o.certainty)) ??
    (o.runs === undefined ? undefined : checkField("runs", o.runs)) ??
    (o.seed === undefined ? undefined : checkField("seed", o.seed))
  );
}

/** Every risk and setting checked; the first problem as a coded error (index: the risk's position, 1-based). */
function checkRisks(risks: readonly Risk[]): BLError | undefined {
  for (let j = 0; j < risks.length; j++) {
    const r = risks[j] as Risk;
    const e = checkField("probability", r.probability, j + 1) ?? checkAmount(r.amount, j + 1);
    if (e) return e;
  }
  return undefined;
}

const Z95 = 1.959963984540054;

function sortedCopy(total: Float64Array, n: number): Float64Array {
  return total.slice(0, n).sort();
}

export function simulate(risks: readonly Risk[], options: SimulationOptions = {}): Simulation | BLError {
  const bad = checkOptions(options) ?? checkRisks(risks);
  if (bad) return bad;
  const certainty = options.certainty ?? DEFAULT_CERTAINTY;
  const seed = options.seed ?? DEFAULT_SEED;
  const fixedRuns = options.runs ?? 0;
  const cap = min(MAX_RUNS, max(BATCH * MIN_BATCHES, options.maxRuns ?? MAX_RUNS));
  const tolerance = options.tolerance ?? TOLERANCE;
  const model: Model = { risks, prepared: risks.map((r) => prepare(r.amount)), dims: dimensions(risks), seed };

  let total = new Float64Array(fixedRuns > 0 ? fixedRuns : BATCH * MIN_BATCHES);
  const u = new Float64Array(BATCH);
  const ends: number[] = [];
  let n = 0;
  const run = (size: number) => {
    if (n + size > total.length) {
      const bigger = new Float64Array(min(cap, max(n + size, total.length * 2)));
      bigger.set(total.subarray(0, n));
      total = bigger;
    }
    drawBatch(model, total, n, size, ends.length, u);
    n += size;
    ends.push(n);
  };

  let sorted: Float64Array;
  let capacity: number;
  let se: number;
  let converged = true;
  if (fixedRuns > 0) {
    for (const size of batchSizes(fixedRuns)) run(size);
    sorted = sortedCopy(total, n);
    capacity = percentile(sorted, certainty);
    se = percentileError(total, sorted, ends, certainty);
  } else {
    let target = BATCH * MIN_BATCHES;
    for (;;) {
      while (n < target) run(min(BATCH, target - n));
      sorted = sortedCopy(total, n);
      capacity = percentile(sorted, certainty);
      se = percentileError(total, sorted, ends, certainty);
      const allowed = tolerance * abs(capacity);
      if (Z95 * se <= allowed) break;
      if (n >= cap) {
        converged = false;
        break;
      }
      // The error falls as 1/√n: aim at the run count that should reach the tolerance, at most 4× at a time.
      const need = allowed > 0 ? n * ((Z95 * se) / allowed) ** 2 * 1.1 : 2 * n;
      target = min(cap, ceil(min(max(need, n + BATCH * MIN_BATCHES), 4 * n) / BATCH) * BATCH);
    }
  }

  let sum = 0;
  let expected = 0;
  let variance = 0;
  for (const r of risks) {
    if (r.probability <= 0) continue;
    const m = amountMean(r.amount);
    sum += amountMax(r.amount);
    expected += r.probability * m;
    variance += r.probability * (amountVariance(r.amount) + m * m) - (r.probability * m) ** 2;
  }
  return {
    capacity,
    certainty,
    standardError: se,
    sum,
    expected,
    sdIndependent: sqrt(max(0, variance)),
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p95: percentile(sorted, 0.95),
    runs: n,
    seed,
    converged,
    histogram: histogram(sorted, options.bins ?? 30),
    contributions: options.contributions ? contributions(model, total, sorted, ends, certainty, capacity) : null,
    totals: sorted,
  };
}

/**
 * Each risk's share of the capacity: its mean loss in the runs whose total
 * lies around the capacity (the ranks within ±0.5% of the runs, at least 25,
 * and every run tied with them), scaled so the shares add up to the capacity.
 * This is the Euler allocation E[loss_i | total = capacity] of the
 * percentile, the usual way to say which risks make up the P90. The batches
 * are drawn again from their seeds, so nothing per risk and run is stored.
 */
function contributions(m: Model, total: Float64Array, sorted: Float64Array, ends: readonly number[], c: number, capacity: number): number[] {
  const n = sorted.length;
  const r = rankAt(n, c);
  const h = max(25, ceil(0.005 * n));
  const lo = sorted[max(0, r - h)] as number;
  const hi = sorted[min(n - 1, r + h)] as number;
  const shares = new Array<number>(m.risks.length).fill(0);
  if (capacity === 0) return shares;
  let bandTotal = 0;
  const u = new Float64Array(BATCH);
  let start = 0;
  ends.forEach((end, b) => {
    const inBand: number[] = [];
    for (let k = start; k < end; k++) {
      const t = total[k] as number;
      if (t >= lo && t <= hi) {
        inBand.push(k - start);
        bandTotal += t;
      }
    }
    if (inBand.length > 0) {
      for (const d of m.dims) {
        latinColumn(u, end - start, m.seed, b, d.key);
        for (const j of d.members) {
          const p = (m.risks[j] as Risk).probability;
          const a = m.prepared[j] as Prepared;
          let s = 0;
          for (const k of inBand) s += lossAt(p, a, u[k] as number);
          shares[j] = (shares[j] as number) + s;
        }
      }
    }
    start = end;
  });
  if (bandTotal <= 0) return shares.map(() => 0);
  return shares.map((s) => (s / bandTotal) * capacity);
}
