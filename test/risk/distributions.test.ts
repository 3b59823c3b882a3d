// The distributions against closed forms from the literature (written out here,
// not taken from src/): the normal CDF and quantile at tabulated points, the
// incomplete beta function where it has a closed form, the triangular inverse
// CDF, and the means and variances of every amount.

import { betaCdf, betaQuantileTable, logGamma, tableQuantile, TABLE_SIZE } from "../../src/risk/beta";
import { amountMean, amountVariance, prepare, quantile, triangularQuantile, type Amount } from "../../src/risk/distributions";
import { normalCdf, normalQuantile } from "../../src/risk/normal";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

describe("standard normal", () => {
  // Φ at tabulated points (Abramowitz and Stegun table 26.1; tail values from R's pnorm).
  const table: [number, number][] = [
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [2.5, 0.9937903346742238],
    [-3, 0.0013498980316300946],
    [-8, 6.22096057427178e-16],
    [-20, 2.7536241186062337e-89],
  ];
  test.each(table)("Φ(%p) = %p (absolute error ≤ 3e-16, relative ≤ 1e-8)", (x, p) => {
    expect(Math.abs(normalCdf(x) - p)).toBeLessThan(3e-16);
    expect(rel(normalCdf(x), p)).toBeLessThan(1e-8);
  });

  test("Φ(x) + Φ(−x) = 1", () => {
    for (let x = -6; x <= 6; x += 0.37) expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThan(2e-15);
  });

  const quantiles: [number, number][] = [
    [0.975, 1.959963984540054],
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.0013498980316300946, -3],
    [1e-10, -6.361340902404056],
    [0.999999, 4.753424308822899],
  ];
  test.each(quantiles)("Φ⁻¹(%p) = %p within 1.2e-9 relative (Acklam's bound)", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1.2e-9 * Math.max(1e-9, Math.abs(z)));
  });
});

describe("beta function", () => {
  test("ln Γ at known points", () => {
    expect(rel(logGamma(5), Math.log(24))).toBeLessThan(1e-14);
    expect(rel(logGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
    expect(rel(logGamma(10.5), 13.940625219403763)).toBeLessThan(1e-14);
  });

  test("I_x(a, b) where it has a closed form", () => {
    expect(Math.abs(betaCdf(0.5, 2, 3) - 11 / 16)).toBeLessThan(1e-14);
    expect(Math.abs(betaCdf(0.2, 2, 2) - (3 * 0.04 - 2 * 0.008))).toBeLessThan(1e-14);
    for (const x of [0.01, 0.3, 0.77, 0.99]) {
      expect(Math.abs(betaCdf(x, 4.2, 1) - x ** 4.2)).toBeLessThan(1e-13);
      expect(Math.abs(betaCdf(x, 1, 3.5) - (1 - (1 - x) ** 3.5))).toBeLessThan(1e-13);
      expect(Math.abs(betaCdf(x, 1, 1) - x)).toBeLessThan(1e-14);
    }
  });

  test("the PERT quantile table inverts the CDF (within 1e-6 by interpolation, 1e-10 at the nodes)", () => {
    for (const [a, b] of [
      [1, 5],
      [3, 3],
      [1.8, 4.2],
      [4.9, 1.1],
    ] as const) {
      const t = betaQuantileTable(a, b);
      for (let i = 1; i < TABLE_SIZE; i += 97) expect(Math.abs(betaCdf(t[i] as number, a, b) - i / TABLE_SIZE)).toBeLessThan(1e-10);
      for (const u of [0.05, 0.1, 0.333, 0.5, 0.9, 0.95]) expect(Math.abs(betaCdf(tableQuantile(t, u), a, b) - u)).toBeLessThan(1e-6);
      expect(tableQuantile(t, 0)).toBe(0);
      expect(tableQuantile(t, 1)).toBe(1);
    }
  });
});

describe("triangular inverse CDF", () => {
  test("symmetric (0, 1, 2): Q(u) = √(2u) below the mode, 2 − √(2(1−u)) above", () => {
    for (const u of [0, 0.01, 0.125, 0.3, 0.5, 0.7, 0.99, 1]) {
      const want = u <= 0.5 ? Math.sqrt(2 * u) : 2 - Math.sqrt(2 * (1 - u));
      expect(Math.abs(triangularQuantile(0, 1, 2, u) - want)).toBeLessThan(1e-15);
    }
  });

  test("mode at the minimum (0, 0, 1): Q(u) = 1 − √(1−u); mode at the maximum: Q(u) = √u", () => {
    for (const u of [0, 0.2, 0.5, 0.9, 1]) {
      expect(Math.abs(triangularQuantile(0, 0, 1, u) - (1 - Math.sqrt(1 - u)))).toBeLessThan(1e-15);
      expect(Math.abs(triangularQuantile(0, 1, 1, u) - Math.sqrt(u))).toBeLessThan(1e-15);
    }
  });

  test("the CDF at the quantile gives back u (skewed range of money)", () => {
    const [a, c, b] = [100_000, 250_000, 600_000];
    const cdf = (x: number) => (x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c)));
    for (const u of [0.01, 0.1, 0.3, 0.5, 0.9, 0.99]) expect(Math.abs(cdf(triangularQuantile(a, c, b, u)) - u)).toBeLessThan(1e-12);
  });

  test("a range of zero width is its value", () => {
    expect(triangularQuantile(5, 5, 5, 0.3)).toBe(5);
  });
});

describe("means and variances", () => {
  const cases: [string, Amount, number, number][] = [
    ["fixed", { kind: "fixed", value: 7 }, 7, 0],
    ["uniform", { kind: "uniform", min: 2, max: 8 }, 5, 36 / 12],
    ["triangular", { kind: "triangular", min: 1, mode: 2, max: 6 }, 3, (1 + 4 + 36 - 2 - 6 - 12) / 18],
    // PERT: mean (a + 4m + b)/6; variance αβ(b−a)²/((α+β)²(α+β+1)) with α = 1 + 4(m−a)/(b−a), β = 1 + 4(b−m)/(b−a)
    ["pert", { kind: "pert", min: 0, mode: 1, max: 4 }, 8 / 6, ((2 * 4) / (36 * 7)) * 16],
    // a standard normal cut at 0: mean √(2/π), variance 1 − 2/π
    ["half-normal", { kind: "normal", mean: 0, sd: 1, min: 0, max: 60 }, Math.sqrt(2 / Math.PI), 1 - 2 / Math.PI],
    // cut symmetrically: mean unchanged
    ["symmetric cut", { kind: "normal", mean: 10, sd: 2, min: 6, max: 14 }, 10, 4 * (1 - (2 * 2 * 0.05399096651318806) / (2 * 0.9772498680518208 - 1))],
  ];
  test.each(cases)("%s", (_name, a, mean, variance) => {
    expect(Math.abs(amountMean(a) - mean)).toBeLessThan(1e-12 * Math.max(1, Math.abs(mean)));
    expect(Math.abs(amountVariance(a) - variance)).toBeLessThan(1e-10 * Math.max(1, variance));
  });
});

describe("drawing by the inverse CDF", () => {
  test("every amount stays within its bounds, also at u near 0 and 1", () => {
    const amounts: Amount[] = [
      { kind: "uniform", min: 1, max: 2 },
      { kind: "triangular", min: 1, mode: 1.2, max: 2 },
      { kind: "pert", min: 1, mode: 1.9, max: 2 },
      { kind: "normal", mean: 1.5, sd: 10, min: 1, max: 2 },
      { kind: "normal", mean: -50, sd: 1, min: 1, max: 2 },
      { kind: "normal", mean: 50, sd: 1, min: 1, max: 2 },
    ];
    for (const a of amounts) {
      const p = prepare(a);
      for (const u of [1e-300, 1e-12, 0.5, 1 - 1e-12, 1]) {
        const x = quantile(p, u);
        expect([a.kind, u, x >= 1 && x <= 2]).toEqual([a.kind, u, true]);
      }
    }
  });

  test("the bounded normal: its CDF at the drawn amount is u, also far in a tail", () => {
    for (const a of [
      { kind: "normal", mean: 0, sd: 1, min: -1, max: 2 },
      { kind: "normal", mean: 0, sd: 1, min: 3, max: 5 },
      { kind: "normal", mean: 0, sd: 1, min: -5, max: -3 },
    ] as const) {
      const p = prepare(a);
      const z = (Φ: (x: number) => number) => Φ(a.max) - Φ(a.min);
      for (const u of [0.01, 0.25, 0.5, 0.75, 0.99]) {
        const x = quantile(p, u);
        // the mass of the cut distribution below x, from the upper tail where that is where the digits are
        const below = a.min > 0 ? (normalCdf(-a.min) - normalCdf(-x)) / (normalCdf(-a.min) - normalCdf(-a.max)) : (normalCdf(x) - normalCdf(a.min)) / z(normalCdf);
        expect(Math.abs(below - u)).toBeLessThan(1e-8);
      }
    }
  });

  test("the triangular draw is the exact inverse CDF", () => {
    const p = prepare({ kind: "triangular", min: 100, mode: 250, max: 600 });
    for (const u of [0.05, 0.2, 0.3, 0.6, 0.95]) expect(quantile(p, u)).toBeCloseTo(triangularQuantile(100, 250, 600, u), 9);
  });
});
