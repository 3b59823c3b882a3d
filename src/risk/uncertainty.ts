// Uncertainty on the essay's models: each template input may carry a range
// (low, most likely, high) beside its point value; the model is run through
// the simulation with every ranged input drawn from a triangular
// distribution, and each output is reported with its P10, P50 and P90, a
// histogram, and which input drives its spread — ranked like the tornado, by
// a swing: how much the output moves when the input goes from its own P10 to
// its P90 with the others held, read from the simulated runs by a linear
// regression on all ranged inputs at once (so one input's effect is not
// blurred by the others' spread, as a comparison of runs would be).

import { inputRange } from "../scenarios/templates";
import { clamp } from "../scenarios/sensitivity";
import { isNumber, type Evaluator, type ModelTemplate, type Values } from "../scenarios/types";
import { prepare, quantile } from "./distributions";
import { histogram, percentile, type Histogram } from "./percentiles";
import { hashText } from "./random";
import { batchSizes, latinColumn } from "./sampler";
import { DEFAULT_SEED } from "./validate";

/** A range on one input: the point value is the most likely value. */
export interface InputRange {
  readonly key: string;
  readonly low: number;
  readonly high: number;
}

export interface OutputSpread {
  readonly key: string;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly mean: number;
  readonly histogram: Histogram;
  /** Runs in which the model gave no number (e.g. a ratio of zero): left out of the figures, and counted. */
  readonly failed: number;
}

export interface Driver {
  readonly input: string;
  /** Regression coefficient × (P90 − P10 of the input): the output's move across the input's range, the others held. */
  readonly swing: number;
  /** Spearman's rank correlation of input and output, −1 … 1. */
  readonly rank: number;
}

export interface UncertaintyResult {
  readonly runs: number;
  readonly seed: number;
  readonly outputs: readonly OutputSpread[];
  /** Per output key: the ranged inputs, largest |swing| first. */
  readonly drivers: Readonly<Record<string, readonly Driver[]>>;
}

export interface UncertaintyOptions {
  /** Default 2,000: a template's formulas run once per run. */
  readonly runs?: number;
  readonly seed?: number;
}

/** Ranks 1..n (ties share their mean rank), for Spearman's correlation. */
function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]) j++;
    for (let k = i; k <= j; k++) r[(order[k] as readonly [number, number])[1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n < 2) return 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] as number;
    mb += b[i] as number;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

/**
 * Least squares of y on the columns xs (centred), by Gaussian elimination
 * with partial pivoting; a column without spread, or one no independent
 * information is left for, gets coefficient 0.
 */
export function regression(xs: readonly (readonly number[])[], y: readonly number[]): number[] {
  const k = xs.length;
  const n = y.length;
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / Math.max(1, v.length);
  const mx = xs.map(mean);
  const my = mean(y);
  const a: number[][] = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  for (let i = 0; i < n; i++) {
    const dy = (y[i] as number) - my;
    for (let p = 0; p < k; p++) {
      const dp = ((xs[p] as readonly number[])[i] as number) - (mx[p] as number);
      const row = a[p] as number[];
      for (let q = 0; q < k; q++) row[q] = (row[q] as number) + dp * (((xs[q] as readonly number[])[i] as number) - (mx[q] as number));
      row[k] = (row[k] as number) + dp * dy;
    }
  }
  const scale = a.map((r, p) => Math.abs(r[p] as number));
  const beta = new Array<number>(k).fill(0);
  const live: number[] = [];
  for (let col = 0; col < k; col++) {
    let piv = -1;
    let best = 0;
    for (let r = live.length; r < k; r++) {
      const v = Math.abs((a[r] as number[])[col] as number);
      if (v > best) {
        best = v;
        piv = r;
      }
    }
    // Relative to the column's own variance: below that it is noise of the elimination.
    if (piv < 0 || best <= 1e-12 * Math.max(1e-300, scale[col] as number)) continue;
    const row = live.length;
    [a[row], a[piv]] = [a[piv] as number[], a[row] as number[]];
    const pr = a[row] as number[];
    for (let r = 0; r < k; r++) {
      if (r === row) continue;
      const f = ((a[r] as number[])[col] as number) / (pr[col] as number);
      if (f === 0) continue;
      for (let c = col; c <= k; c++) (a[r] as number[])[c] = ((a[r] as number[])[c] as number) - f * (pr[c] as number);
    }
    live.push(col);
  }
  live.forEach((col, row) => {
    const r = a[row] as number[];
    beta[col] = (r[k] as number) / (r[col] as number);
  });
  return beta;
}

/**
 * Runs `template` through the simulation: Latin hypercube batches as for a
 * register, one dimension per ranged input (its stream keyed by the input's
 * name), every other input at `base`. A range is clamped to the input's
 * allowed range (whole numbers stay whole).
 */
export function simulateTemplate(template: ModelTemplate, ev: Evaluator, base: Values, ranges: readonly InputRange[], opts: UncertaintyOptions = {}): UncertaintyResult {
  const runs = opts.runs ?? 2000;
  const seed = opts.seed ?? DEFAULT_SEED;
  const used = ranges.filter((r) => template.inputs.some((i) => i.key === r.key));
  const dims = used.map((r) => {
    const allowed = inputRange(template, r.key);
    const mode = base[r.key] ?? template.inputs.find((i) => i.key === r.key)?.value ?? 0;
    const low = Math.min(r.low, mode);
    const high = Math.max(r.high, mode);
    return { key: r.key, allowed, dist: prepare({ kind: "triangular", min: low, mode, max: high }), hash: hashText(r.key) };
  });
  const samples: number[][] = dims.map(() => []);
  const outputs: Record<string, (number | null)[]> = Object.fromEntries(template.outputs.map((o) => [o.key, []]));
  const u = dims.map(() => new Float64Array(0));
  batchSizes(runs).forEach((n, b) => {
    dims.forEach((d, j) => {
      const col = new Float64Array(n);
      latinColumn(col, n, seed, b, d.hash);
      u[j] = col;
    });
    for (let k = 0; k < n; k++) {
      const values: Record<string, number> = { ...base };
      dims.forEach((d, j) => {
        const x = clamp(quantile(d.dist, (u[j] as Float64Array)[k] as number), d.allowed);
        values[d.key] = x;
        (samples[j] as number[]).push(x);
      });
      const r = ev.evaluate(values);
      for (const o of template.outputs) (outputs[o.key] as (number | null)[]).push(isNumber(r[o.key]) ? (r[o.key] as number) : null);
    }
  });

  const spreads: OutputSpread[] = [];
  const drivers: Record<string, Driver[]> = {};
  for (const o of template.outputs) {
    const ys = outputs[o.key] as (number | null)[];
    const ok = ys.map((y, i) => [y, i] as const).filter((p): p is readonly [number, number] => p[0] !== null);
    const sorted = Float64Array.from(ok.map((p) => p[0])).sort();
    const mean = ok.reduce((s, p) => s + p[0], 0) / Math.max(1, ok.length);
    spreads.push({ key: o.key, p10: percentile(sorted, 0.1), p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), mean, histogram: histogram(sorted, 20), failed: ys.length - ok.length });
    const yv = ok.map((p) => p[0]);
    const cols = dims.map((_, j) => ok.map((p) => (samples[j] as number[])[p[1]] as number));
    const beta = regression(cols, yv);
    drivers[o.key] = dims
      .map((d, j) => {
        const xs = cols[j] as number[];
        const sortedX = Float64Array.from(xs).sort();
        const swing = (beta[j] as number) * (percentile(sortedX, 0.9) - percentile(sortedX, 0.1));
        return { input: d.key, swing, rank: correlation(ranks(xs), ranks(yv)) };
      })
      .sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || used.findIndex((r) => r.key === a.input) - used.findIndex((r) => r.key === b.input));
  }
  return { runs, seed, outputs: spreads, drivers };
}
