// Defaults fit for 2026 and the plausibility guards of the templates (issue 14,
// items 2 and 3): every euro default carries its price level and is indexed by
// a rate the user enters; values that are allowed but rarely right get a
// warning, worked out here by hand.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { specById } from "../../src/catalogue";
import { callFunction } from "../../src/core/validate";
import { BUDGET_YEAR, coreOutputs, defaults, findTemplate, inputRange, plausibility, TEMPLATES, tornado, type ModelTemplate } from "../../src/scenarios";
import { TemplateModel } from "../../engine/scenarios";
import { expectClose } from "./helpers";

const t = (id: string) => findTemplate(id) as ModelTemplate;
const fired = (id: string, values: Record<string, number> = {}) => plausibility(t(id), { ...defaults(t(id)), ...values }).map((c) => c.id);

describe("price levels", () => {
  test("every euro default carries its price level and the templates are set up for 2026", () => {
    expect(BUDGET_YEAR).toBe(2026);
    for (const tpl of TEMPLATES) {
      for (const i of tpl.inputs.filter((x) => x.format === "money" && x.value !== 0)) {
        const year = tpl.inputs.find((x) => x.key === `${i.key}_price_year`);
        expect([tpl.id, i.key, year?.format]).toEqual([tpl.id, i.key, "year"]);
        expect(year?.value).toBe(i.priceYear);
      }
      if (tpl.inputs.some((i) => i.priceYear !== undefined)) {
        expect(tpl.inputs.find((i) => i.key === "budget_year")?.value).toBe(2026);
        expect(tpl.inputs.find((i) => i.key === "indexation")).toMatchObject({ value: 0, assumption: true });
      }
    }
    expect(t("vve").inputs.find((i) => i.key === "cost_per_child")?.priceYear).toBe(2024);
    expect(t("classsize").inputs.find((i) => i.key === "cost_per_m2")?.priceYear).toBe(2024);
    expect(t("revolving").inputs.find((i) => i.key === "capital")?.priceYear).toBe(2023);
  });

  test("an indexation rate brings an amount to the budget year's prices, in the core and the engine", () => {
    // €8,100 at 2024 prices, 2% a year: 8100 · 1.02² = 8427.24 in 2026;
    // universal cost = 1000 children · 0.77 take-up · 8427.24 · 1.5 years = 9,733,462.2
    const vve = t("vve");
    const values = { ...defaults(vve), indexation: 0.02 };
    const core = coreOutputs(vve, values);
    expectClose(core.cost_per_child_indexed, 8427.24, "indexed");
    expectClose(core.universal_cost, 1000 * 0.77 * 8427.24 * 1.5, "universal");
    const model = TemplateModel.fromTemplate(vve, "nl");
    try {
      const got = model.evaluate(values);
      expectClose(got.universal_cost, 1000 * 0.77 * 8427.24 * 1.5, "universal (engine)");
    } finally {
      model.destroy();
    }
    // the user's own amount at 2026 prices is not indexed: set its price level to 2026
    expectClose(coreOutputs(vve, { ...values, cost_per_child: 9000, cost_per_child_price_year: 2026 }).cost_per_child_indexed, 9000, "own amount");
    // €3,209 per m² BVO at 2024 prices at 3%: 3209 · 1.03² = 3404.4281
    const cls = t("classsize");
    expectClose(coreOutputs(cls, { ...defaults(cls), indexation: 0.03 }).cost_per_m2_indexed, 3209 * 1.0609, "m² price");
  });

  test("a euro amount keeps the range of the model argument it stands for; calendar years stay out of the tornado", () => {
    expect(inputRange(t("vve"), "cost_per_child")).toEqual({ min: 0 });
    expect(inputRange(t("vve"), "cost_per_child_price_year")).toEqual({ min: 1900, max: 2200, integer: true });
    const s = t("stimulus");
    const bars = tornado(s, { evaluate: (v) => coreOutputs(s, v) }, defaults(s), "local_income").bars.map((b) => b.input);
    expect(bars).not.toContain("budget_year");
    expect(bars).not.toContain("amount_price_year");
  });
});

describe("plausibility guards", () => {
  test("revolving: a financing rate of 0 warns, and so do no defaults and no management costs", () => {
    // (the example capital is at 2023 prices, so the indexation left at 0 warns too)
    expect(fired("revolving")).toEqual(["indexation-zero", "discount_rate-zero"]);
    expect(fired("revolving", { discount_rate: 0.025, indexation: 0.02 })).toEqual([]);
    expect(fired("revolving", { discount_rate: 0.025, indexation: 0.02, default_rate: 0, cost_rate: 0 })).toEqual(["default_rate-zero", "cost_rate-zero"]);
    const w = plausibility(t("revolving"), defaults(t("revolving"))).find((c) => c.id === "discount_rate-zero");
    // the figure: €10m that keeps its nominal value for ten years at 3%
    expect(w?.message.nl).toContain("€ 2,56 mln");
    expect(Math.round((10_000_000 * (1 - 1.03 ** -10)) / 10_000)).toBe(256);
    expect(w?.message.en).toMatch(/illusion/);
  });

  test("indexation left at 0 while amounts are at an older price level", () => {
    expect(fired("revolving", { discount_rate: 0.025, capital_price_year: 2026 })).toEqual([]);
    // the defaults: indexation 0 while the VVE rate is at 2024 prices
    expect(fired("vve")).toContain("indexation-zero");
    const m = plausibility(t("vve"), defaults(t("vve"))).find((c) => c.id === "indexation-zero")!;
    expect(m.message.nl).toMatch(/prijspeil 2024.*in 2026/);
    expect(fired("vve", { indexation: 0.02 })).not.toContain("indexation-zero");
    // every amount at the budget year's prices: nothing to index
    expect(fired("vve", { cost_per_child_price_year: 2026 })).not.toContain("indexation-zero");
  });

  test("participation: a ceiling below today's rate asks about the CBS definition; 5 points a year is a slip", () => {
    expect(fired("participation")).toEqual([]);
    expect(fired("participation", { ceiling_women: 0.6 })).toEqual(["ceiling_women-below-rate"]);
    const m = plausibility(t("participation"), { ...defaults(t("participation")), ceiling_men: 0.7 })[0]!;
    expect(m.message.nl).toMatch(/dezelfde CBS-definitie/);
    expect(m.message.nl).toMatch(/12 uur per week/);
    expect(fired("participation", { increase_women: 0.05 })).toEqual(["increase_women-points"]);
    expect(fired("participation", { increase_women: 0.02 })).toEqual([]);
    expect(plausibility(t("participation"), { ...defaults(t("participation")), increase_men: -0.05 })[0]?.message.en).toContain("0.5 percentage point is 0.005");
  });

  test("tax migration: a semi-elasticity typed as an elasticity, elasticities out of order, no national tax", () => {
    expect(fired("taxmigration")).toEqual([]);
    expect(fired("taxmigration", { elasticity_low: 0.08 })).toEqual(["elasticity_low-semi"]);
    expect(fired("taxmigration", { elasticity_high: 1.6 })).toEqual(["elasticity-order"]);
    expect(fired("taxmigration", { national_rate: 0 })).toEqual(["national_rate-zero"]);
  });

  test("stimulus: no tax wedge; class size: no interest; VVE: no GOAB grant", () => {
    expect(fired("stimulus", { tax_rate: 0 })).toContain("tax_rate-zero");
    expect(fired("classsize", { interest_rate: 0 })).toContain("interest_rate-zero");
    expect(fired("vve")).toContain("grant-zero");
    expect(fired("vve", { grant: 100_000 })).not.toContain("grant-zero");
  });

  test("every guard has Dutch and English words and names inputs of its template", () => {
    for (const tpl of TEMPLATES) {
      for (const c of tpl.checks ?? []) {
        for (const k of c.inputs) expect([tpl.id, c.id, tpl.inputs.some((i) => i.key === k)]).toEqual([tpl.id, c.id, true]);
      }
    }
  });
});

describe("the 2026 defaults against their sources", () => {
  test("tax migration: national rate 0.495 and the elasticity range 1.5 / 1.8 / 2.7", () => {
    const tax = t("taxmigration");
    const v = defaults(tax);
    expect([v.national_rate, v.elasticity_low, v.elasticity, v.elasticity_high]).toEqual([0.495, 1.5, 1.8, 2.7]);
    const out = coreOutputs(tax, v);
    // stayers = 5000 · ((1 − 0.495 − 0.05)/(1 − 0.495 − 0.02))^e = 5000 · (0.455/0.485)^e
    for (const [key, e] of [["stayers_low", 1.5], ["stayers", 1.8], ["stayers_high", 2.7]] as const) expectClose(out[key], 5000 * (0.455 / 0.485) ** e, key);
    expect(out.stayers_high as number).toBeLessThan(out.stayers as number);
    // the top of the revenue curve at the central elasticity: 0.505/2.8
    expectClose(out.maxrate, callFunction(specById("TAXMIGRATION.MAXRATE")!, [1.8]) as number, "maxrate");
    expectClose(out.maxrate, 0.505 / 2.8, "maxrate by hand");
  });

  test("class size: the classroom's gross floor area follows the VNG space norm, 5.03 m² BVO per pupil for 23 pupils", () => {
    const cls = t("classsize");
    expect(Math.round(5.03 * 23)).toBe(116);
    expect(cls.inputs.find((i) => i.key === "classroom_m2")).toMatchObject({ value: 116, assumption: true });
  });

  test("revolving: the template asks for the omslagrente; the budget shows less than the economic cost once it is entered", () => {
    const rev = t("revolving");
    expect(rev.inputs.find((i) => i.key === "discount_rate")).toMatchObject({ value: 0, assumption: true });
    const out = coreOutputs(rev, { ...defaults(rev), discount_rate: 0.03 });
    expect(out.economic_cost as number).toBeGreaterThan(out.budget_cost as number);
  });
});

describe("docs/SOURCES.md", () => {
  // The sources page is the project's own account of every default; it must name the ones the templates use.
  test("names every sourced default with its year or price level", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "SOURCES.md"), "utf8");
    for (const needle of ["€8,100", "640 hours", "€12,150", "€3,209 per", "m² BVO at 2024 prices", "+12.72%", "€10 mln", "2023", "49.50%", "low 1.5", "central 1.8", "high 2.7", "semi-elasticity", "0.048", "omslagrente", "12 hours a week", "Begrotingsjaar", "Indexering per jaar", "not checked"]) {
      expect([needle, doc.includes(needle)]).toEqual([needle, true]);
    }
  });
});
