// The beta distribution behind PERT: the regularized incomplete beta function
// and a quantile table. The PERT quantile has no closed form; inverting the
// CDF per draw would cost hundreds of operations, so the quantile is tabulated
// once per distribution and interpolated linearly per draw.

// Math's functions taken once: where code runs in a VM context (jest, some
// hosts) every lookup of the global Math is slow and blocks inlining.
const { abs, exp, floor, log, max, min, sin } = Math;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return log(Math.PI / sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * log(2 * Math.PI) + (z + 0.5) * log(t) - t + log(a);
}

/** Continued fraction for the incomplete beta (modified Lentz), as in Numerical Recipes §6.4. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** ln B(a, b), the normalising constant of Beta(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** I_x(a, b), the CDF of Beta(a, b) at x; lnB = logBeta(a, b) when the caller has it. */
export function betaCdf(x: number, a: number, b: number, lnB = logBeta(a, b)): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = exp(a * log(x) + b * log(1 - x) - lnB);
  // The continued fraction converges fast only on one side of the mean; use symmetry on the other.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaDensity(x: number, a: number, b: number, lnB: number): number {
  return exp((a - 1) * log(x) + (b - 1) * log(1 - x) - lnB);
}

/** Number of intervals of a quantile table. */
export const TABLE_SIZE = 2048;

/**
 * Quantiles of Beta(a, b) (a, b ≥ 1) at u = 0, 1/N, …, 1 (N = TABLE_SIZE),
 * each solved to 1e-12 by Newton steps from the previous quantile, kept inside
 * a bracket and falling back to bisection. Linear interpolation in this table
 * is within about 1e-6 of the exact quantile where the density is smooth; in a
 * tail where the density vanishes (a or b above 1) the first and last interval
 * carry 1/2048 of the probability each, spread linearly.
 */
export function betaQuantileTable(a: number, b: number): Float64Array {
  const lnB = logBeta(a, b);
  const table = new Float64Array(TABLE_SIZE + 1);
  table[TABLE_SIZE] = 1;
  let lo = 0;
  for (let i = 1; i < TABLE_SIZE; i++) {
    const u = i / TABLE_SIZE;
    // Quantiles increase with u: the previous one is a lower bracket.
    let l = lo;
    let h = 1;
    let x = lo > 0 ? lo : a / (a + b);
    for (let it = 0; it < 100 && h - l > 1e-12; it++) {
      const f = betaCdf(x, a, b, lnB) - u;
      if (f === 0) {
        l = h = x;
        break;
      }
      if (f < 0) l = x;
      else h = x;
      const step = x - f / betaDensity(x, a, b, lnB);
      const next = step > l && step < h ? step : (l + h) / 2;
      if (abs(next - x) < 1e-13) {
        x = next;
        break;
      }
      x = next;
    }
    table[i] = x;
    lo = max(0, x - 1e-12);
  }
  return table;
}

/** The quantile from a table made by betaQuantileTable, for u in [0, 1]. */
export function tableQuantile(table: Float64Array, u: number): number {
  const x = u * TABLE_SIZE;
  const i = min(TABLE_SIZE - 1, floor(x));
  const lo = table[i] as number;
  return lo + ((table[i + 1] as number) - lo) * (x - i);
}
