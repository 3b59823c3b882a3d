// Property tests (fast-check) of relations MODELS.md implies between inputs and outputs.

import fc from "fast-check";
import type { InArg, OutCell } from "../../src/core/types";
import { localizeTable } from "../../src/i18n/localize";
import { call, col, isBLError, isTableResult, show } from "./helpers";

const RUNS = 1000;
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.double({ min: 0, max: 1e9, noNaN: true });

function num(x: unknown, what: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new Error(`${what}: expected a finite number, got ${show(x)}`);
  return x;
}

/** A plain assertion: jest's expect is too slow inside thousands of generated cases. */
function check(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(what());
}

function near(a: number, b: number, rel = 1e-9, abs = 1e-9): boolean {
  return Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));
}

describe("revolving funds", () => {
  test("CAPITAL is non-increasing in default_rate (recovery ≤ 1 + interest)", () => {
    fc.assert(
      fc.property(money, fc.integer({ min: 0, max: 60 }), unit, unit, unit, unit, unit, (k, years, a, b, rec, r, c) => {
        fc.pre(rec <= 1 + r);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const capLo = num(call("REVOLVING.CAPITAL", [k, years, lo, rec, r, c]), "CAPITAL lo");
        const capHi = num(call("REVOLVING.CAPITAL", [k, years, hi, rec, r, c]), "CAPITAL hi");
        if (!(capHi <= capLo * (1 + 1e-12) + 1e-300)) throw new Error(`d ${lo} → ${capLo}, d ${hi} → ${capHi}`);
      }),
      { numRuns: RUNS },
    );
  });

  test("a fund without defaults, costs and interest keeps its capital (CAPITAL, TABLE, COST)", () => {
    fc.assert(
      fc.property(money, fc.integer({ min: 1, max: 200 }), unit, (k, years, rec) => {
        expect(call("REVOLVING.CAPITAL", [k, years, 0, rec, 0, 0])).toBe(k);
        expect(call("REVOLVING.CAPITAL", [k, years, 0])).toBe(k);
        expect(call("REVOLVING.COST", [k, years, 0, rec])).toBe(0);
        const t = call("REVOLVING.TABLE", [k, Math.min(years, 30), 0, rec]);
        if (!isTableResult(t)) throw new Error(show(t));
        expect(t.rows.length).toBe(Math.min(years, 30) + 1);
        for (const row of t.rows.slice(1)) {
          // start, end and present value (discount 0) all stay k
          check(row[1] === k && row[6] === k && row[7] === k, () => `row ${show(row)} for capital ${k}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("COST = capital − CAPITAL/(1 + discount)^years", () => {
    const disc = fc.double({ min: -0.99, max: 1, noNaN: true });
    fc.assert(
      fc.property(money, fc.integer({ min: 0, max: 100 }), unit, unit, unit, unit, disc, (k, years, d, rec, r, c, dr) => {
        const cap = num(call("REVOLVING.CAPITAL", [k, years, d, rec, r, c]), "CAPITAL");
        const cost = call("REVOLVING.COST", [k, years, d, rec, r, c, dr]);
        const want = k - cap / (1 + dr) ** years;
        fc.pre(Number.isFinite(want));
        if (!near(num(cost, "COST"), want, 1e-9, 1e-9 * Math.max(1, k))) throw new Error(`COST ${show(cost)} ≠ ${want}`);
      }),
      { numRuns: RUNS },
    );
  });

  test("TABLE rows chain: end of year t is the start of year t+1, last end = CAPITAL", () => {
    fc.assert(
      fc.property(money, fc.integer({ min: 1, max: 40 }), unit, unit, unit, unit, (k, years, d, rec, r, c) => {
        const t = call("REVOLVING.TABLE", [k, years, d, rec, r, c]);
        if (!isTableResult(t)) throw new Error(show(t));
        const body = t.rows.slice(1);
        expect(body.length).toBe(years);
        body.forEach((row, i) => {
          check(row[0] === i + 1, () => `year ${show(row[0])}`);
          const next = body[i + 1];
          if (next) check(next[1] === row[6], () => `start of ${i + 2} ≠ end of ${i + 1}`);
        });
        const cap = num(call("REVOLVING.CAPITAL", [k, years, d, rec, r, c]), "CAPITAL");
        if (!near(num(body[years - 1]?.[6], "end"), cap, 1e-9, 1e-300)) throw new Error(`end ${show(body[years - 1]?.[6])} ≠ CAPITAL ${cap}`);
      }),
      { numRuns: 300 },
    );
  });

  test("ANNUALDEFAULT compounds back to the cumulative default", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 60, noNaN: true }), (cd, n) => {
        const a = num(call("REVOLVING.ANNUALDEFAULT", [cd, n]), "ANNUALDEFAULT");
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        if (!near(1 - (1 - a) ** n, cd, 1e-9, 1e-12)) throw new Error(`1 − (1 − ${a})^${n} = ${1 - (1 - a) ** n} ≠ ${cd}`);
      }),
      { numRuns: RUNS },
    );
  });

  test("at the BREAKEVEN default rate the fund keeps its value (LOSSRATE 0); at the cap of 1 every default rate does", () => {
    fc.assert(
      fc.property(unit, unit, unit, fc.double({ min: -0.5, max: 1, noNaN: true }), (rec, r, c, dr) => {
        const be = call("REVOLVING.BREAKEVEN", [rec, r, c, dr]);
        if (r - c - dr < 0) {
          expect(isBLError(be) && be.code).toBe("#N/A");
          return;
        }
        // contract version 2: a default rate, so within [0, 1], never #DIV/0!
        const b = num(be, "BREAKEVEN");
        check(b >= 0 && b <= 1, () => `BREAKEVEN ${b} outside [0, 1]`);
        if (b === 1) {
          // capped: even when every loan defaults the fund loses no value
          const loss = num(call("REVOLVING.LOSSRATE", [1, rec, r, c, dr]), "LOSSRATE");
          check(loss <= 1e-9, () => `LOSSRATE at default rate 1 is ${loss} although BREAKEVEN is 1`);
          return;
        }
        const loss = num(call("REVOLVING.LOSSRATE", [b, rec, r, c, dr]), "LOSSRATE");
        if (!near(loss, 0, 0, 1e-9)) throw new Error(`LOSSRATE at break-even ${b} is ${loss}`);
      }),
      { numRuns: RUNS },
    );
  });

  test("money scales linearly: CAPITAL, COST and every money column of TABLE", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 30 }), unit, unit, unit, unit, (k, lambda, years, d, rec, r, c) => {
        const a = num(call("REVOLVING.CAPITAL", [k, years, d, rec, r, c]), "a");
        const b = num(call("REVOLVING.CAPITAL", [k * lambda, years, d, rec, r, c]), "b");
        if (!near(b, a * lambda, 1e-9, 1e-300)) throw new Error(`${b} ≠ ${lambda}·${a}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe("VVE", () => {
  test("TARGETED cost ≤ UNIVERSAL cost when screening_cost = 0, false_positive_rate = 0 and equal take-up", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), unit, fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }), unit, unit, (n, p, c, t, u, se) => {
        const uni = num(call("VVE.UNIVERSAL", [n, p, c, t, u]), "UNIVERSAL");
        const tar = num(call("VVE.TARGETED", [n, p, c, t, u, se, 0, 0]), "TARGETED");
        if (!(tar <= uni * (1 + 1e-12))) throw new Error(`targeted ${tar} > universal ${uni}`);
      }),
      { numRuns: RUNS },
    );
  });

  test("COMPARE's Cost row equals UNIVERSAL and TARGETED; reached + missed = children · target_share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), unit, fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), unit, unit, unit, unit, fc.double({ min: 0, max: 100, noNaN: true }), (n, p, c, t, uu, ut, se, fp, s) => {
        const tab = call("VVE.COMPARE", [n, p, c, t, uu, ut, se, fp, s]);
        if (!isTableResult(tab)) throw new Error(show(tab));
        const cost = tab.rows[3] as readonly OutCell[];
        const reached = tab.rows[2] as readonly OutCell[];
        const missed = tab.rows[8] as readonly OutCell[];
        const uni = num(call("VVE.UNIVERSAL", [n, p, c, t, uu]), "UNIVERSAL");
        const tar = num(call("VVE.TARGETED", [n, p, c, t, ut, se, fp, s]), "TARGETED");
        if (!near(num(cost[1], "cost u"), uni) || !near(num(cost[2], "cost t"), tar)) throw new Error(`cost row ${show(cost)} vs ${uni}, ${tar}`);
        for (const k of [1, 2]) {
          const sum = num(reached[k], "reached") + num(missed[k], "missed");
          if (!near(sum, n * p, 1e-9, 1e-9)) throw new Error(`reached + missed = ${sum} ≠ ${n * p}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("tax migration", () => {
  const rate = fc.double({ min: 0, max: 0.95, noNaN: true });
  test("SPIRAL ends at the first collapse; before it the status is start, then rising, falling or steady as the rate moves", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1e5, noNaN: true }), // rich
        fc.double({ min: 0, max: 1e5, noNaN: true }), // poor
        fc.double({ min: 1000, max: 2e5, noNaN: true }), // income_rich
        fc.double({ min: 0, max: 2e4, noNaN: true }), // transfer
        fc.double({ min: 0, max: 5, noNaN: true }), // elasticity
        fc.integer({ min: 1, max: 40 }),
        rate,
        rate,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 100, max: 2e4, noNaN: true }),
        (rich, poor, inc, tr, e, years, n, nb, adj, pe, bb) => {
          fc.pre(n + nb < 1);
          const t = call("TAXMIGRATION.SPIRAL", [rich, poor, inc, tr, e, years, n, nb, adj, pe, bb]);
          if (!isTableResult(t)) throw new Error(show(t));
          const rows = localizeTable(t, "en").slice(1);
          check(rows.length >= 1 && rows.length <= years + 1, () => `${rows.length} rows for ${years} years`);
          rows.forEach((row, i) => {
            check(row[0] === i, () => `row ${i} has year ${show(row[0])}`);
            const status = row[5];
            const last = i === rows.length - 1;
            const R = row[1];
            const s = row[3];
            if (status === "collapse") {
              check(last, () => `a row after the collapse in year ${i}: ${show(rows)}`);
              check(typeof s !== "number" || s >= 1 - n || (typeof R === "number" && R < 1), () => `collapse without cause: ${show(row)}`);
            } else {
              check(typeof s === "number" && s < 1 - n && typeof R === "number" && R >= 1, () => `${show(status)} row that should collapse: ${show(row)}`);
              // contract version 2: the direction of the required rate against last year's
              const prev = rows[i - 1]?.[3];
              const want = i === 0 ? "start" : typeof prev !== "number" ? "?" : (s as number) > prev + 1e-9 ? "rising" : (s as number) < prev - 1e-9 ? "falling" : "steady";
              check(status === want, () => `year ${i}: status ${show(status)}, expected ${want} (${show(prev)} → ${show(s)})`);
            }
          });
          // a table that stops before t = years must stop on a collapse
          if (rows.length < years + 1) check(rows[rows.length - 1]?.[5] === "collapse", () => "stopped early without a collapse");
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("REVENUE = local_rate · income · STAYERS; equal rates keep every household", () => {
    fc.assert(
      fc.property(money, fc.double({ min: 1, max: 1e6, noNaN: true }), rate, rate, fc.double({ min: 0, max: 5, noNaN: true }), rate, (h, inc, loc, nb, e, n) => {
        fc.pre(n + loc < 1 && n + nb < 1);
        const st = num(call("TAXMIGRATION.STAYERS", [h, loc, nb, e, n]), "STAYERS");
        const rev = num(call("TAXMIGRATION.REVENUE", [h, inc, loc, nb, e, n]), "REVENUE");
        if (!near(rev, loc * inc * st, 1e-9, 1e-300)) throw new Error(`${rev} ≠ ${loc}·${inc}·${st}`);
        expect(call("TAXMIGRATION.STAYERS", [h, loc, loc, e, n])).toBe(h);
      }),
      { numRuns: RUNS },
    );
  });

  test("MAXRATE maximises REVENUE (no nearby local rate yields more)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: 0, max: 0.8, noNaN: true }), fc.double({ min: 0.001, max: 0.05, noNaN: true }), (e, n, step) => {
        const m = num(call("TAXMIGRATION.MAXRATE", [e, n]), "MAXRATE");
        const at = (loc: number) => num(call("TAXMIGRATION.REVENUE", [1000, 50000, loc, 0, e, n]), "REVENUE");
        const best = at(m);
        for (const loc of [m - step, m + step]) if (loc >= 0 && loc + n < 1) expect(at(loc)).toBeLessThanOrEqual(best * (1 + 1e-12));
      }),
      { numRuns: 500 },
    );
  });
});

describe("agglomeration and variety", () => {
  const codeArb = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 5 });
  test("VARIETY: total entropy = unrelated + related; HHI in (0, 1]", () => {
    fc.assert(
      fc.property(
        // realistic head counts (0 or ≥ 1e-6); sub-normal employment is pinned separately below
        fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 5000 })), codeArb), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (rows, digits) => {
          fc.pre(rows.some(([e]) => e > 0));
          const t = call("VARIETY", [col(...rows.map(([e]) => e)), col(...rows.map(([, c]) => c)), digits]);
          if (!isTableResult(t)) throw new Error(show(t));
          const v = t.rows.slice(1).map((r) => num(r[1], "value"));
          const [hhi = NaN, total = NaN, unrel = NaN, rel = NaN] = v;
          if (!near(total, unrel + rel, 1e-9, 1e-12)) throw new Error(`total ${total} ≠ ${unrel} + ${rel}`);
          expect(hhi).toBeGreaterThan(0);
          expect(hhi).toBeLessThanOrEqual(1 + 1e-12);
          expect(unrel).toBeGreaterThanOrEqual(-1e-12);
          expect(rel).toBeGreaterThanOrEqual(-1e-12);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("VARIETY with a vanishing sector share (p·log2(1/p) → 0) still gives finite values", () => {
    // employment 1e-310 is valid (≥ 0); its share p ≈ 1e-310 has 1/p = Infinity in floating point,
    // but p·log2(1/p) → 0, so HHI ≈ 1, every entropy ≈ 0.
    const t = call("VARIETY", [col(1e-310, 1), col("01", "02"), 1]);
    if (!isTableResult(t)) throw new Error(show(t));
    const v = t.rows.slice(1).map((r) => r[1]);
    expect(v).toEqual([1, 0, 0, 0].map((x) => expect.closeTo(x, 12)));
  });

  test("PRODUCTIVITY: 0 for equal wages; the premium net of sorting never exceeds the raw premium", () => {
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 1e6, noNaN: true }), fc.double({ min: 1000, max: 1e6, noNaN: true }), unit, (wc, we, s) => {
        expect(call("AGGLOMERATION.PRODUCTIVITY", [wc, wc, s])).toBe(0);
        const raw = wc / we - 1;
        const net = num(call("AGGLOMERATION.PRODUCTIVITY", [wc, we, s]), "net");
        expect(Math.abs(net)).toBeLessThanOrEqual(Math.abs(raw) * (1 + 1e-12) + 1e-15);
        expect(Math.sign(net) === Math.sign(raw) || net === 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("participation and stimulus", () => {
  test("HEADROOM = population · increase · YEARS below the ceiling", () => {
    fc.assert(
      fc.property(money, unit, unit, fc.double({ min: 1e-4, max: 0.1, noNaN: true }), (pop, cur, ceil, inc) => {
        fc.pre(cur < ceil);
        const h = num(call("PARTICIPATION.HEADROOM", [pop, cur, ceil]), "HEADROOM");
        const y = num(call("PARTICIPATION.YEARS", [cur, ceil, inc]), "YEARS");
        if (!near(h, pop * inc * y, 1e-9, 1e-9)) throw new Error(`${h} ≠ ${pop}·${inc}·${y}`);
      }),
      { numRuns: RUNS },
    );
  });

  test("PROJECT: rate in [0, 1] and = employed/population; Groups at ceiling never falls when rates rise", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), unit, unit, fc.double({ min: 0, max: 0.05, noNaN: true })), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 30 }),
        (groups, years) => {
          const args: InArg[] = [0, 1, 2, 3, 4].map((k) => col(...groups.map((g) => g[k] as number)));
          args.push(years);
          const t = call("PARTICIPATION.PROJECT", args);
          if (!isTableResult(t)) throw new Error(show(t));
          const body = t.rows.slice(1);
          expect(body.length).toBe(years + 1);
          let prev = -1;
          for (const row of body) {
            const rate = num(row[3], "rate");
            check(rate >= 0 && rate <= 1 + 1e-12, () => `rate ${rate}`);
            const at = num(row[4], "at ceiling");
            check(at >= prev, () => `groups at ceiling fell from ${prev} to ${at}`);
            prev = at;
            if (!near(rate, num(row[2], "employed") / num(row[1], "population"))) throw new Error("rate ≠ employed/population");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test("STIMULUS: multiplier in [0, 1/(1 − mpc(1−t))] and LEAKAGE = 1 − multiplier·(1 − mpc(1−t))", () => {
    fc.assert(
      fc.property(unit, unit, unit, (mpc, m, t) => {
        fc.pre(mpc * (1 - t) * (1 - m) < 0.999);
        const k = num(call("STIMULUS.MULTIPLIER", [mpc, m, t]), "MULTIPLIER");
        const l = num(call("STIMULUS.LEAKAGE", [mpc, m, t]), "LEAKAGE");
        expect(k).toBeGreaterThanOrEqual(0);
        if (!near(l, 1 - k * (1 - mpc * (1 - t)), 1e-9, 1e-12)) throw new Error(`leakage ${l}`);
        expect(l).toBeGreaterThanOrEqual(-1e-9);
        expect(l).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });
});
