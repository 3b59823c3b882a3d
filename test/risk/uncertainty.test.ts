// Ranges on a template's inputs, run through the simulation: percentiles of a
// linear output against the triangular inverse CDF, outputs that do not
// depend on a ranged input do not move, and the drivers rank the inputs as
// the tornado does.

import { coreEvaluator, defaults, findTemplate, tornado, type ModelTemplate } from "../../src/scenarios";
import { regression, simulateTemplate } from "../../src/risk/uncertainty";

const VVE = findTemplate("vve") as ModelTemplate;
const REV = findTemplate("revolving") as ModelTemplate;

// Q(u) of a triangular (a, m, b), written out
const Q = (a: number, m: number, b: number, u: number) => (u <= (m - a) / (b - a) ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m)));

describe("simulateTemplate", () => {
  const base = defaults(VVE);
  const ev = coreEvaluator(VVE);

  test("an output linear in the ranged input: P10/P50/P90 are the triangular quantiles, within one stratum of the batches", () => {
    const r = simulateTemplate(VVE, ev, base, [{ key: "cost_per_child", low: 6000, high: 12000 }], { runs: 2000, seed: 3 });
    const out = r.outputs.find((o) => o.key === "universal_cost");
    // universal cost = children · take-up · cost per child · years
    const k = (base.children as number) * (base.takeup as number) * (base.years as number);
    // 2,000 runs are 20 batches of 100: each batch has one value in every stratum of width 1/100
    for (const [p, v] of [
      [0.1, out?.p10],
      [0.5, out?.p50],
      [0.9, out?.p90],
    ] as const) {
      expect(v).toBeGreaterThanOrEqual(k * Q(6000, 8100, 12000, p - 0.01) - 1e-6);
      expect(v).toBeLessThanOrEqual(k * Q(6000, 8100, 12000, p + 0.01) + 1e-6);
    }
    expect(Math.abs((out?.mean as number) / (k * (6000 + 8100 + 12000) / 3) - 1)).toBeLessThan(1e-3);
    expect(out?.failed).toBe(0);
    expect(out?.histogram.counts.reduce((s, c) => s + c, 0)).toBe(2000);
  });

  test("an output that does not depend on the ranged input does not move", () => {
    const r = simulateTemplate(VVE, ev, base, [{ key: "screening_cost", low: 0, high: 100 }], { runs: 500 });
    const u = r.outputs.find((o) => o.key === "universal_cost");
    expect(u?.p10).toBe(u?.p90);
    expect(r.drivers.universal_cost?.[0]?.swing).toBe(0);
    const g = r.outputs.find((o) => o.key === "targeted_cost");
    expect((g?.p90 as number) - (g?.p10 as number)).toBeGreaterThan(0);
  });

  test("ranges stay inside an input's allowed range (a share above 100% is cut at 1)", () => {
    const r = simulateTemplate(VVE, ev, base, [{ key: "takeup", low: 0.5, high: 1.5 }], { runs: 500 });
    expect(r.outputs.every((o) => o.failed === 0)).toBe(true);
  });

  test("the drivers rank the inputs as the tornado does, for ranges of ±10% on every input", () => {
    const b = defaults(REV);
    const evr = coreEvaluator(REV);
    const ranges = REV.inputs.filter((i) => (b[i.key] as number) !== 0).map((i) => ({ key: i.key, low: (b[i.key] as number) * 0.9, high: (b[i.key] as number) * 1.1 }));
    const output = REV.outputs[0]?.key as string;
    const r = simulateTemplate(REV, evr, b, ranges, { runs: 4000, seed: 1 });
    const tor = tornado(REV, evr, b, output, 0.1, ranges.map((x) => x.key));
    const moving = tor.bars.filter((x) => (x.swing ?? 0) > 1e-9 * Math.abs(tor.baseValue as number));
    const drivers = (r.drivers[output] ?? []).map((d) => d.input);
    // the inputs that move the output come first, in the tornado's order
    expect(drivers.slice(0, moving.length)).toEqual(moving.map((x) => x.input));
  });

  test("the same seed gives the same result", () => {
    const ranges = [{ key: "target_share", low: 0.1, high: 0.25 }];
    expect(simulateTemplate(VVE, ev, base, ranges, { runs: 300, seed: 9 })).toEqual(simulateTemplate(VVE, ev, base, ranges, { runs: 300, seed: 9 }));
  });
});

describe("regression", () => {
  test("recovers an exact linear relation; a column without spread gets 0", () => {
    const x1 = [1, 2, 3, 4, 5, 6, 7];
    const x2 = [2, 1, 4, 3, 6, 5, 9];
    const x3 = [7, 7, 7, 7, 7, 7, 7];
    const y = x1.map((v, i) => 3 * v - 2 * (x2[i] as number) + 5);
    const b = regression([x1, x2, x3], y);
    expect(b[0]).toBeCloseTo(3, 10);
    expect(b[1]).toBeCloseTo(-2, 10);
    expect(b[2]).toBe(0);
  });
});
