import { specById } from "../../src/catalogue";
import { callFunction } from "../../src/core/validate";
import { TemplateModel } from "../../engine/scenarios";
import { around, clamp, goalSeek, oneWay, tornado, twoWay } from "../../src/scenarios/sensitivity";
import { defaults, findTemplate, inputRange } from "../../src/scenarios/templates";
import type { ModelTemplate } from "../../src/scenarios/types";
import { expectClose, expectedOutputs } from "./helpers";

const t = (id: string): ModelTemplate => findTemplate(id)!;
const models: TemplateModel[] = [];
function engine(tpl: ModelTemplate): TemplateModel {
  const m = TemplateModel.fromTemplate(tpl, "en");
  models.push(m);
  return m;
}
afterAll(() => models.forEach((m) => m.destroy()));

// MODELS.md §6, written out here: M = (1 − m)/(1 − mpc·(1−t)·(1−m)).
const M = (mpc: number, m: number, tax: number) => (1 - m) / (1 - mpc * (1 - tax) * (1 - m));

describe("tornado", () => {
  test("stimulus multiplier at mpc 0.8, import share 0.6, tax 0.3: order by elasticity, derived by hand", () => {
    // With a = mpc(1−t)(1−m) = 0.224, the elasticities of M are
    //   import share: −m/(1−m) − m·mpc(1−t)/(1−a) = −1.5 − 0.433 = −1.93
    //   mpc:          a/(1−a)                     = 0.289
    //   tax rate:     −t·mpc(1−m)/(1−a)           = −0.124
    //   amount:       0 (it does not enter the multiplier)
    // so a ±10% step ranks import share, mpc, tax rate, amount.
    const s = t("stimulus");
    const tor = tornado(s, engine(s), defaults(s), "multiplier", 0.1);
    // amount and indexation leave the multiplier alone (swing 0, template order); calendar years are not varied
    expect(tor.bars.map((b) => b.input)).toEqual(["import_share", "mpc", "tax_rate", "amount", "indexation"]);
    const bar = (k: string) => tor.bars.find((b) => b.input === k)!;
    expectClose(bar("import_share").swing, Math.abs(M(0.8, 0.66, 0.3) - M(0.8, 0.54, 0.3)), "import swing");
    expectClose(bar("mpc").swing, Math.abs(M(0.88, 0.6, 0.3) - M(0.72, 0.6, 0.3)), "mpc swing");
    expectClose(bar("tax_rate").swing, Math.abs(M(0.8, 0.6, 0.33) - M(0.8, 0.6, 0.27)), "tax swing");
    expect(bar("amount").swing).toBe(0);
    expectClose(tor.baseValue, M(0.8, 0.6, 0.3), "base");
  });

  test("local income = amount · M: the amount (elasticity 1) ranks between import share and mpc", () => {
    const s = t("stimulus");
    const tor = tornado(s, engine(s), defaults(s), "local_income", 0.1);
    expect(tor.bars.map((b) => b.input)).toEqual(["import_share", "amount", "mpc", "tax_rate", "indexation"]);
    expectClose(tor.bars[1]!.swing, 0.2 * 1_000_000 * M(0.8, 0.6, 0.3), "amount swing");
  });

  test("steps stay inside the allowed range: a share at 0.95 moves to 1 at most, whole numbers round", () => {
    expect(clamp(1.045, { min: 0, max: 1 })).toBe(1);
    expect(clamp(-1, { min: 0, minOpen: true })).toBeGreaterThan(0);
    expect(clamp(26.4, { min: 1, integer: true })).toBe(26);
    const c = t("classsize");
    const tor = tornado(c, engine(c), defaults(c), "total_cost_year", 0.1);
    const target = tor.bars.find((b) => b.input === "target_max")!;
    expect([target.low, target.high]).toEqual([21, 25]);
  });
});

describe("one-way and two-way tables", () => {
  test("one-way: import share against multiplier and leakage, equal to the core", () => {
    const s = t("stimulus");
    const xs = around(0.6, inputRange(s, "import_share"), 0.5, 5);
    expect(xs).toEqual([0.3, 0.44999999999999996, 0.6, 0.75, 0.8999999999999999]);
    const tab = oneWay(s, engine(s), defaults(s), "import_share", ["multiplier", "leakage"], xs);
    tab.rows.forEach((r) => {
      const want = expectedOutputs(s, { ...defaults(s), import_share: r.x });
      expectClose(r.y[0], want.multiplier as number, `M at ${r.x}`);
      expectClose(r.y[1], want.leakage as number, `leakage at ${r.x}`);
    });
  });

  test("two-way: default rate × interest rate against the hidden subsidy, equal to the core", () => {
    const r = t("revolving");
    const rows = [0.01, 0.03, 0.05];
    const cols = [0.02, 0.04];
    const tab = twoWay(r, engine(r), defaults(r), "default_rate", rows, "interest_rate", cols, "cost");
    rows.forEach((d, i) =>
      cols.forEach((ir, j) => expectClose(tab.cells[i]?.[j], expectedOutputs(r, { ...defaults(r), default_rate: d, interest_rate: ir }).cost as number, `cost ${d} ${ir}`)),
    );
  });
});

describe("goal seek", () => {
  const rev = t("revolving");
  const breakEven = (rec: number, r: number, c: number, disc: number) => callFunction(specById("REVOLVING.BREAKEVEN")!, [rec, r, c, disc]) as number;

  test("the default rate at which the fund keeps its real value is BL.REVOLVING.BREAKEVEN's, closed form and by bisection", () => {
    // the template's financing rate is 0 until the user enters the omslagrente
    const want = breakEven(0.2, 0.04, 0.01, 0);
    const ev = engine(rev);
    const closed = goalSeek(rev, ev, defaults(rev), "default_rate", "lossrate", 0);
    expect(closed).toMatchObject({ ok: true, method: "closed-form", via: "breakeven" });
    if (!closed.ok) throw new Error();
    expectClose(closed.value, want, "closed form");
    expect(Math.abs(closed.achieved as number)).toBeLessThan(1e-12);
    const bis = goalSeek(rev, ev, defaults(rev), "default_rate", "lossrate", 0, { forceBisection: true });
    if (!bis.ok) throw new Error(bis.message.en);
    expect(bis.method).toBe("bisection");
    expectClose(bis.value, want, "bisection");
    // Zero hidden subsidy is the same default rate.
    const cost = goalSeek(rev, ev, defaults(rev), "default_rate", "cost", 0, { forceBisection: true });
    if (!cost.ok) throw new Error(cost.message.en);
    expectClose(cost.value, want, "cost = 0", 1e-7);
    // With other inputs the closed form follows them.
    const other = goalSeek(rev, ev, { ...defaults(rev), recovery_rate: 0.5, interest_rate: 0.06 }, "default_rate", "lossrate", 0);
    if (!other.ok) throw new Error();
    expectClose(other.value, breakEven(0.5, 0.06, 0.01, 0), "other inputs");
  });

  test("the revenue-maximising local rate is BL.TAXMIGRATION.MAXRATE's", () => {
    const tax = t("taxmigration");
    const ev = engine(tax);
    const g = goalSeek(tax, ev, defaults(tax), "local_rate", "revenue", "max");
    if (!g.ok) throw new Error(g.message.en);
    expectClose(g.value, callFunction(specById("TAXMIGRATION.MAXRATE")!, [1.8, 0.495]) as number, "maxrate");
    const rev = (x: number) => ev.evaluate({ ...defaults(tax), local_rate: x }).revenue as number;
    expect(rev(g.value)).toBeGreaterThan(rev(g.value - 0.01));
    expect(rev(g.value)).toBeGreaterThan(rev(g.value + 0.01));
  });

  test("bisection over an unbounded input and over a whole-number input", () => {
    const p = t("participation");
    const g = goalSeek(p, engine(p), defaults(p), "increase_women", "years_women", 10);
    if (!g.ok) throw new Error(g.message.en);
    expectClose(g.value, (0.72 - 0.64) / 10, "increase for 10 years", 1e-9);
    const ev = engine(rev);
    const y = goalSeek(rev, ev, defaults(rev), "years", "capital_end", 8_000_000);
    if (!y.ok) throw new Error(y.message.en);
    expect(Number.isInteger(y.value)).toBe(true);
    // g = 0.95·1.04 + 0.05·0.2 − 0.01 = 0.988; capital 1e7·0.988^y crosses 8e6 between 18 and 19 years.
    expect(y.value === 18 || y.value === 19).toBe(true);
  });

  test("no solution in the allowed range, and a break-even that does not exist: #N/A with a reason", () => {
    const s = t("stimulus");
    const none = goalSeek(s, engine(s), defaults(s), "mpc", "multiplier", 5);
    expect(none).toMatchObject({ ok: false, code: "#N/A", reason: "noSolution" });
    if (none.ok) throw new Error();
    // Labels and values as the sheet shows them, never the keys ("mpc", "multiplier") or raw numbers.
    const mpc = s.inputs.find((i) => i.key === "mpc")!.label;
    const mult = s.outputs.find((o) => o.key === "multiplier")!.label;
    expect(none.message.en).toBe(`No solution: for every allowed ${mpc.en} (0.0% to 100.0%), ${mult.en} stays between 0.400 and 0.556, never 5.000.`);
    expect(none.message.nl).toBe(`Geen oplossing: bij elke toegestane ${mpc.nl} (0,0% tot en met 100,0%) blijft ${mult.nl} tussen 0,400 en 0,556, nooit 5,000.`);
    const noBreakEven = goalSeek(rev, engine(rev), { ...defaults(rev), interest_rate: 0 }, "default_rate", "lossrate", 0);
    expect(noBreakEven).toMatchObject({ ok: false, code: "#N/A", reason: "closedFormNoAnswer" });
    const noMax = goalSeek(s, engine(s), defaults(s), "mpc", "multiplier", "max");
    expect(noMax).toMatchObject({ ok: false, reason: "noClosedFormForMax" });
    if (noMax.ok) throw new Error();
    for (const m of [noMax.message.nl, noMax.message.en, noBreakEven.ok ? "" : noBreakEven.message.nl]) expect(m).not.toMatch(/\b[a-z]+_[a-z_]+\b|\bmpc\b/);
    expect(noMax.message.nl).toBe(`Voor de hoogste ${mult.nl} die ${mpc.nl} kan geven is geen formule; teken de tornado of probeer waarden van ${mpc.nl} met de hand.`);
  });
});
