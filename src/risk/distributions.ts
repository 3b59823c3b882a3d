// The distributions a finance officer fills in: a fixed amount, uniform
// (min–max), triangular (min–most likely–max), PERT (the same three points,
// weighted towards the most likely), and normal with bounds. A risk is one of
// these amounts that happens with a probability (Bernoulli). Each is drawn by
// its inverse CDF from one uniform number, so a stratified (Latin hypercube)
// uniform gives a stratified amount, and a shared uniform gives risks that
// happen together.

import { betaQuantileTable, tableQuantile } from "./beta";
import { normalCdf, normalQuantile } from "./normal";

// Math's functions taken once: where code runs in a VM context (jest, some
// hosts) every lookup of the global Math is slow and blocks inlining.
const { exp, max, min, sqrt } = Math;

export type Amount =
  | { readonly kind: "fixed"; readonly value: number }
  | { readonly kind: "uniform"; readonly min: number; readonly max: number }
  | { readonly kind: "triangular"; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: "pert"; readonly min: number; readonly mode: number; readonly max: number }
  /** A normal distribution cut off at min and max (both finite), mean and sd before the cut. */
  | { readonly kind: "normal"; readonly mean: number; readonly sd: number; readonly min: number; readonly max: number };

export type AmountKind = Amount["kind"];

/** PERT's weight on the most likely value (Malcolm et al. 1959): mean = (min + 4·mode + max)/6. */
export const PERT_LAMBDA = 4;

export function amountMin(a: Amount): number {
  return a.kind === "fixed" ? a.value : a.min;
}

export function amountMax(a: Amount): number {
  return a.kind === "fixed" ? a.value : a.max;
}

/** The PERT shape as a beta distribution on [min, max]. */
export function pertShape(min: number, mode: number, max: number): { a: number; b: number } {
  const w = max - min;
  if (w <= 0) return { a: 1, b: 1 };
  return { a: 1 + (PERT_LAMBDA * (mode - min)) / w, b: 1 + (PERT_LAMBDA * (max - mode)) / w };
}

const INV_SQRT_2PI = 0.3989422804014327;
const phi = (z: number) => INV_SQRT_2PI * exp((-z * z) / 2);

interface NormalCut {
  readonly alpha: number;
  readonly beta: number;
  /** Probability mass between the bounds. */
  readonly mass: number;
}

function normalCut(a: { mean: number; sd: number; min: number; max: number }): NormalCut {
  const alpha = (a.min - a.mean) / a.sd;
  const beta = (a.max - a.mean) / a.sd;
  // Above the mean the mass is computed from the upper tails, where the precision is.
  const mass = alpha > 0 ? normalCdf(-alpha) - normalCdf(-beta) : normalCdf(beta) - normalCdf(alpha);
  return { alpha, beta, mass };
}

/** The exact mean of an amount. */
export function amountMean(a: Amount): number {
  switch (a.kind) {
    case "fixed":
      return a.value;
    case "uniform":
      return (a.min + a.max) / 2;
    case "triangular":
      return (a.min + a.mode + a.max) / 3;
    case "pert":
      return (a.min + PERT_LAMBDA * a.mode + a.max) / (PERT_LAMBDA + 2);
    case "normal": {
      const c = normalCut(a);
      if (c.mass <= 0) return min(a.max, max(a.min, a.mean));
      return min(a.max, max(a.min, a.mean + (a.sd * (phi(c.alpha) - phi(c.beta))) / c.mass));
    }
  }
}

/** The exact variance of an amount. */
export function amountVariance(a: Amount): number {
  switch (a.kind) {
    case "fixed":
      return 0;
    case "uniform":
      return (a.max - a.min) ** 2 / 12;
    case "triangular": {
      const { min: l, mode: m, max: h } = a;
      return (l * l + m * m + h * h - l * m - l * h - m * h) / 18;
    }
    case "pert": {
      const { a: p, b: q } = pertShape(a.min, a.mode, a.max);
      return ((p * q) / ((p + q) ** 2 * (p + q + 1))) * (a.max - a.min) ** 2;
    }
    case "normal": {
      const c = normalCut(a);
      if (c.mass <= 0) return 0;
      const d = (phi(c.alpha) - phi(c.beta)) / c.mass;
      const e = (c.alpha * phi(c.alpha) - c.beta * phi(c.beta)) / c.mass;
      return max(0, a.sd * a.sd * (1 + e - d * d));
    }
  }
}

/** The exact inverse CDF of a triangular distribution at u in [0, 1]. */
export function triangularQuantile(min: number, mode: number, max: number, u: number): number {
  const w = max - min;
  if (w <= 0) return min;
  const f = (mode - min) / w;
  if (u <= f) return min + sqrt(u * w * (mode - min));
  return max - sqrt((1 - u) * w * (max - mode));
}

/**
 * An amount prepared for drawing: the parameters the inner loops need, with
 * the PERT quantile table and the normal's cut-off probabilities computed once.
 */
export interface Prepared {
  readonly kind: AmountKind;
  readonly min: number;
  readonly max: number;
  /** fixed: the value; triangular: mode − min; normal: the mean. */
  readonly p1: number;
  /** triangular: (mode − min)/(max − min); normal: the sd. */
  readonly p2: number;
  /** normal: the lower cut-off probability (of the lower tail, or of the upper tail when flipped). */
  readonly lo: number;
  /** normal: the probability mass between the bounds, signed: negative means the upper tail is used. */
  readonly span: number;
  readonly table: Float64Array | null;
}

// PERT tables by shape: registers often repeat the same three-point proportions.
const tables = new Map<string, Float64Array>();

function pertTable(a: number, b: number): Float64Array {
  const key = `${a},${b}`;
  let t = tables.get(key);
  if (!t) {
    if (tables.size > 2000) tables.clear();
    t = betaQuantileTable(a, b);
    tables.set(key, t);
  }
  return t;
}

export function prepare(a: Amount): Prepared {
  const base = { kind: a.kind, min: amountMin(a), max: amountMax(a), p1: 0, p2: 0, lo: 0, span: 0, table: null };
  switch (a.kind) {
    case "fixed":
      return { ...base, p1: a.value };
    case "uniform":
      return base;
    case "triangular":
      return { ...base, p1: a.mode - a.min, p2: a.max > a.min ? (a.mode - a.min) / (a.max - a.min) : 0 };
    case "pert": {
      const s = pertShape(a.min, a.mode, a.max);
      return { ...base, table: pertTable(s.a, s.b) };
    }
    case "normal": {
      const c = normalCut(a);
      // Above the mean, draw in the upper tail (Φ(−z)), where small probabilities keep their digits.
      if (c.alpha > 0) return { ...base, p1: a.mean, p2: a.sd, lo: normalCdf(-c.beta), span: -c.mass };
      return { ...base, p1: a.mean, p2: a.sd, lo: normalCdf(c.alpha), span: c.mass };
    }
  }
}

const TINY = 1e-300;

/** The amount at u in (0, 1]: the inverse CDF. */
export function quantile(p: Prepared, u: number): number {
  switch (p.kind) {
    case "fixed":
      return p.p1;
    case "uniform":
      return p.min + u * (p.max - p.min);
    case "triangular": {
      const w = p.max - p.min;
      if (u <= p.p2) return p.min + sqrt(u * w * p.p1);
      return p.max - sqrt(max(0, 1 - u) * w * (w - p.p1));
    }
    case "pert":
      return p.min + (p.max - p.min) * tableQuantile(p.table as Float64Array, min(1, u));
    case "normal":
      return normalAt(p, u);
  }
}

function normalAt(p: Prepared, u: number): number {
  if (p.span === 0) return min(p.max, max(p.min, p.p1));
  let z: number;
  if (p.span > 0) z = normalQuantile(min(1 - 1e-16, max(TINY, p.lo + u * p.span)));
  else z = -normalQuantile(min(1 - 1e-16, max(TINY, p.lo - (1 - u) * p.span)));
  const x = p.p1 + p.p2 * z;
  return x < p.min ? p.min : x > p.max ? p.max : x;
}
