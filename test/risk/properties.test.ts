// Property tests (fast-check) of the risk simulation: relations that must hold
// for every register, seed and run count, not only for the examples.
//
// "For the same seed and run count" matters: the capacity is a percentile of
// one simulated distribution, and these relations hold between percentiles of
// the same runs. Each risk and each correlation group draws from a stream of
// its own, so adding a risk leaves every other draw as it was.

import fc from "fast-check";
import { isError } from "../../src/core/errors";
import type { Amount } from "../../src/risk/distributions";
import { simulate, type Risk, type Simulation, type SimulationOptions } from "../../src/risk/simulate";
import { exactDistribution, exactQuantile, exactTailMean } from "./exact";

function run(risks: readonly Risk[], o: SimulationOptions): Simulation {
  const s = simulate(risks, o);
  if (isError(s)) throw new Error(`unexpected error ${s.reason} ${JSON.stringify(s.info)}`);
  return s;
}

const money = fc.integer({ min: 0, max: 5_000_000 });
const prob = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.1, 0.3, 0.5, 0.7, 0.9, 1));

const amount: fc.Arbitrary<Amount> = fc.oneof(
  money.map((v): Amount => ({ kind: "fixed", value: v })),
  fc.tuple(money, money).map(([a, b]): Amount => ({ kind: "uniform", min: Math.min(a, b), max: Math.max(a, b) })),
  fc.tuple(money, money, money).map(([a, b, c]): Amount => {
    const [min, mode, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { kind: "triangular", min, mode, max };
  }),
  fc.tuple(money, money, money).map(([a, b, c]): Amount => {
    const [min, mode, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { kind: "pert", min, mode, max };
  }),
  fc.tuple(money, money, fc.integer({ min: 1, max: 1_000_000 })).map(([a, b, sd]): Amount => ({ kind: "normal", mean: (a + b) / 2, sd, min: Math.min(a, b), max: Math.max(a, b) })),
);

const risk: fc.Arbitrary<Risk> = fc.record({ probability: prob, amount, group: fc.constantFrom("", "", "", "grond", "sociaal") });
const register = fc.array(risk, { minLength: 1, maxLength: 12 });
const settings = fc.record({ seed: fc.integer({ min: 0, max: 99_999_999 }), runs: fc.integer({ min: 1, max: 3000 }) });
const certainty = fc.double({ min: 0.01, max: 0.99, noNaN: true });

describe("properties of the capacity", () => {
  test("never above the simple sum, never below 0; P50 ≤ P90 ≤ P95", () => {
    fc.assert(
      fc.property(register, settings, certainty, (rs, o, c) => {
        const s = run(rs, { ...o, certainty: c });
        if (!(s.capacity >= 0 && s.capacity <= s.sum * (1 + 1e-12) && s.p90 <= s.sum * (1 + 1e-12))) throw new Error(`capacity ${s.capacity}, P90 ${s.p90}, sum ${s.sum}`);
        if (!(s.p50 <= s.p90 && s.p90 <= s.p95)) throw new Error(`P50 ${s.p50} P90 ${s.p90} P95 ${s.p95}`);
      }),
      { numRuns: 200 },
    );
  });

  test("more certainty never lowers the capacity", () => {
    fc.assert(
      fc.property(register, settings, certainty, certainty, (rs, o, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = run(rs, { ...o, certainty: lo }).capacity;
        const y = run(rs, { ...o, certainty: hi }).capacity;
        if (!(x <= y)) throw new Error(`certainty ${lo} → ${x}, ${hi} → ${y}`);
      }),
      { numRuns: 200 },
    );
  });

  test("adding a risk never lowers the capacity (also into an existing group)", () => {
    fc.assert(
      fc.property(register, risk, settings, certainty, (rs, extra, o, c) => {
        const before = run(rs, { ...o, certainty: c }).capacity;
        const after = run([...rs, extra], { ...o, certainty: c }).capacity;
        if (!(after >= before)) throw new Error(`${before} → ${after} after adding ${JSON.stringify(extra)}`);
      }),
      { numRuns: 200 },
    );
  });

  test("a higher probability or a larger amount never lowers the capacity", () => {
    fc.assert(
      fc.property(register, settings, certainty, fc.nat(), prob, money, (rs, o, c, pick, p, extraAmount) => {
        const i = pick % rs.length;
        const r = rs[i] as Risk;
        const base = run(rs, { ...o, certainty: c }).capacity;
        const likelier = rs.map((x, j) => (j === i ? { ...x, probability: Math.max(x.probability, p) } : x));
        const a = r.amount;
        const shifted: Amount =
          a.kind === "fixed"
            ? { kind: "fixed", value: a.value + extraAmount }
            : a.kind === "normal"
              ? { ...a, mean: a.mean + extraAmount, min: a.min + extraAmount, max: a.max + extraAmount }
              : a.kind === "uniform"
                ? { ...a, min: a.min + extraAmount, max: a.max + extraAmount }
                : { ...a, min: a.min + extraAmount, mode: a.mode + extraAmount, max: a.max + extraAmount };
        const larger = rs.map((x, j) => (j === i ? { ...x, amount: shifted } : x));
        const l1 = run(likelier, { ...o, certainty: c }).capacity;
        const l2 = run(larger, { ...o, certainty: c }).capacity;
        if (!(l1 >= base && l2 >= base - 1e-6 * Math.max(1, base))) throw new Error(`${base} → likelier ${l1}, larger ${l2}`);
      }),
      { numRuns: 150 },
    );
  });

  test("contributions add up to the capacity and are never negative", () => {
    fc.assert(
      fc.property(register, settings, certainty, (rs, o, c) => {
        const s = run(rs, { ...o, certainty: c, contributions: true });
        const sum = (s.contributions ?? []).reduce((x, y) => x + y, 0);
        if (Math.abs(sum - s.capacity) > 1e-9 * Math.max(1, s.capacity)) throw new Error(`contributions ${sum} ≠ capacity ${s.capacity}`);
        if ((s.contributions ?? []).some((x) => x < 0)) throw new Error(`negative contribution ${JSON.stringify(s.contributions)}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe("correlation against independence at high percentiles", () => {
  const fixedRegister = fc.array(fc.record({ p: fc.double({ min: 0.01, max: 1, noNaN: true }), a: fc.integer({ min: 1, max: 1_000_000 }) }), { minLength: 1, maxLength: 10 });

  test("risks that all happen together need the simple sum above certainty 1 − (smallest probability); independent ones never more", () => {
    fc.assert(
      fc.property(fixedRegister, settings, fc.double({ min: 0, max: 1, noNaN: true }), (rs, o, t) => {
        const minP = Math.min(...rs.map((r) => r.p));
        // A Latin hypercube batch of m runs has ⌊m·p⌋ or ⌈m·p⌉ runs with u above
        // 1 − p, so the share of runs in which the group happens is within 1/m of
        // minP: above certainty 1 − minP + 1/m the simulation must give the sum.
        const m = Math.floor(o.runs / 20);
        fc.pre(m >= 10 && minP > 1 / m + 1e-6);
        const c = 1 - minP + 1 / m + t * (minP - 1 / m) * 0.999;
        fc.pre(c < 1);
        const together = run(rs.map((r) => ({ probability: r.p, amount: { kind: "fixed", value: r.a }, group: "samen" })), { ...o, certainty: c });
        const apart = run(rs.map((r) => ({ probability: r.p, amount: { kind: "fixed", value: r.a } })), { ...o, certainty: c });
        const sum = rs.reduce((x, r) => x + r.a, 0);
        if (together.capacity !== sum) throw new Error(`together ${together.capacity} ≠ simple sum ${sum} at c ${c}`);
        if (!(apart.capacity <= together.capacity)) throw new Error(`apart ${apart.capacity} > together ${together.capacity}`);
      }),
      { numRuns: 200 },
    );
  });

  // Correlation makes the total riskier in the convex order (comonotonic sums
  // are the riskiest with the same marginals), so the tail mean beyond every
  // percentile is at least the independent one. Exact, on the distributions
  // the simulation samples.
  test("exactly: the mean of the tail beyond any percentile is never lower with a group", () => {
    fc.assert(
      fc.property(fixedRegister, fc.array(fc.constantFrom("", "g", "h"), { minLength: 10, maxLength: 10 }), certainty, (rs, gs, c) => {
        const ps = rs.map((r) => r.p);
        const as = rs.map((r) => r.a);
        const grouped = exactTailMean(exactDistribution(ps, as, gs.slice(0, rs.length)), c);
        const independent = exactTailMean(exactDistribution(ps, as), c);
        if (!(grouped >= independent * (1 - 1e-12) - 1e-9)) throw new Error(`grouped ${grouped} < independent ${independent}`);
      }),
      { numRuns: 300 },
    );
  });

  test("simulated: the tail mean beyond P90 with a group is at least the independent one (within 4 standard errors)", () => {
    const tailMean = (s: Simulation) => {
      const t = s.totals;
      const from = Math.ceil(0.9 * t.length);
      let sum = 0;
      let sq = 0;
      for (let i = from; i < t.length; i++) {
        sum += t[i] as number;
        sq += (t[i] as number) ** 2;
      }
      const n = t.length - from;
      const mean = sum / n;
      return { mean, se: Math.sqrt(Math.max(0, sq / n - mean * mean) / n) };
    };
    fc.assert(
      fc.property(register, fc.integer({ min: 0, max: 1000 }), (rs, seed) => {
        const grouped = rs.map((r, i) => ({ ...r, group: i % 2 === 0 ? "g" : "" }));
        const independent = rs.map((r) => ({ probability: r.probability, amount: r.amount }));
        const g = tailMean(run(grouped, { seed, runs: 20_000 }));
        const ind = tailMean(run(independent, { seed, runs: 20_000 }));
        if (!(g.mean >= ind.mean - 4 * Math.hypot(g.se, ind.se) - 1e-9)) throw new Error(`grouped ${g.mean} ± ${g.se} < independent ${ind.mean} ± ${ind.se}`);
      }),
      // A fixed seed: the bound is statistical, and a test must not fail by chance.
      { numRuns: 40, seed: 2025 },
    );
  });

  test("the percentile itself can be lower with a group: VaR is not subadditive (documented example)", () => {
    // Two risks of 1 at 50% that happen together, and an independent risk of 10 at 30%.
    // Independent: P(total ≤ 10) = 0.775 < 0.8, so P80 = 11; together: P(total ≤ 10) = 0.85, so P80 = 10.
    const ps = [0.5, 0.5, 0.3];
    const as = [1, 1, 10];
    expect(exactQuantile(exactDistribution(ps, as), 0.8)).toBe(11);
    expect(exactQuantile(exactDistribution(ps, as, ["g", "g", ""]), 0.8)).toBe(10);
    const together = run(ps.map((p, i) => ({ probability: p, amount: { kind: "fixed", value: as[i] as number }, group: i < 2 ? "g" : "" })), { certainty: 0.8, runs: 20_000 });
    const apart = run(ps.map((p, i) => ({ probability: p, amount: { kind: "fixed", value: as[i] as number } })), { certainty: 0.8, runs: 20_000 });
    expect([together.capacity, apart.capacity]).toEqual([10, 11]);
  });
});
