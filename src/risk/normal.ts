// The standard normal distribution: its CDF and inverse CDF, for the bounded
// normal amount. Both are closed-form approximations, so they are fast enough
// to call once per draw and give the same digits on every platform.

// Math's functions taken once: where code runs in a VM context (jest, some
// hosts) every lookup of the global Math is slow and blocks inlining.
const { abs, exp, log, sqrt } = Math;

const SQRT_2PI = 2.5066282746310002;

/**
 * Φ(x), the standard normal CDF, by Hart's double-precision algorithm as given
 * by West (2005), "Better approximations to cumulative normal functions";
 * absolute error below 3e-16 everywhere, relative error below 1e-8 in the tails.
 */
export function normalCdf(x: number): number {
  const z = abs(x);
  let tail: number;
  if (z > 37) tail = 0;
  else {
    const e = exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688;
      n = n * z + 6.37396220353165;
      n = n * z + 33.912866078383;
      n = n * z + 112.079291497871;
      n = n * z + 221.213596169931;
      n = n * z + 220.206867912376;
      let d = 8.83883476483184e-2 * z + 1.75566716318264;
      d = d * z + 16.064177579207;
      d = d * z + 86.7807322029461;
      d = d * z + 296.564248779674;
      d = d * z + 637.333633378831;
      d = d * z + 793.826512519948;
      d = d * z + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let d = z + 0.65;
      d = z + 4 / d;
      d = z + 3 / d;
      d = z + 2 / d;
      d = z + 1 / d;
      tail = e / d / SQRT_2PI;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

function tailQuantile(q: number): number {
  return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}

/**
 * Φ⁻¹(p) for p in (0, 1), Acklam's rational approximation: relative error
 * below 1.2e-9, far below the sampling error of any simulation, at the cost
 * of one logarithm in the tails.
 */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return tailQuantile(sqrt(-2 * log(p)));
  if (p > 1 - P_LOW) return -tailQuantile(sqrt(-2 * log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
