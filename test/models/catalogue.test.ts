// The catalogue against MODELS.md §1–7: names (en and nl), argument order,
// defaults, result kind. Ranges are probed by behaviour in bad-inputs.test.ts.

import { CATALOGUE } from "../../src/catalogue";
import { isOptional } from "../../src/core/spec";
import { callFunction } from "../../src/core/validate";
import { CONTRACT } from "./contract";
import { isTableResult, spec } from "./helpers";

describe("catalogue matches MODELS.md", () => {
  test("exactly the functions of §1–7 and the README's comparisons, plus the level check of §8 (and the risk functions of test/risk/contract.ts)", () => {
    expect(CATALOGUE.map((s) => s.id).sort()).toEqual([...CONTRACT.map((c) => c.id), "LEVEL", "LEVELCHECK"].sort());
  });

  test.each(CONTRACT.map((c) => [c.id, c] as const))("%s: names, argument order, defaults", (_id, c) => {
    const s = spec(c.id);
    expect(s.name).toEqual({ en: c.en, nl: c.nl });
    expect(s.params.map((p) => p.id)).toEqual(c.params.map((p) => p.id));
    const defaults = s.params.map((p) => (isOptional(p) && (p.type === "number" || p.type === "text") ? p.default : undefined));
    expect(defaults).toEqual(c.params.map((p) => p.dflt));
    expect(s.result).toBe(c.table ? "table" : "scalar");
    // every parameter has a Dutch name and help in both languages
    for (const p of s.params) {
      expect(p.nl).toMatch(/\S/);
      expect(p.help.en).toMatch(/\S/);
      expect(p.help.nl).toMatch(/\S/);
    }
    expect(s.description.en).toMatch(/\S/);
    expect(s.description.nl).toMatch(/\S/);
  });

  test.each(CONTRACT.map((c) => [c.id, c] as const))("%s: the test's base arguments are valid", (_id, c) => {
    const r = callFunction(spec(c.id), c.base);
    if (c.table) expect(isTableResult(r)).toBe(true);
    else expect(typeof r).toBe(c.text ? "string" : "number");
  });
});

// Issue 14: help texts a council member reads in Excel's function wizard.
describe("help texts that do not mislead", () => {
  const help = (id: string, param: string) => spec(id).params.find((p) => p.id === param)!.help;
  test("VVE: €8,100 is 640 hours a year; the 960 hours take 1.5 years", () => {
    // 12.66 · 640 = 8102.4 ≈ 8,100; 12.66 · 960 = 12,153.6 ≈ 12,150
    for (const id of ["VVE.UNIVERSAL", "VVE.TARGETED", "VVE.COMPARE", "VVE.OPTIONS"]) {
      expect(help(id, "cost_per_child").en).toMatch(/× 640 hours a year .*≈ €8,100 per programme year; the 960-hour programme takes 1\.5 years, about €12,150/);
      expect(help(id, "cost_per_child").nl).toMatch(/× 640 uur per jaar .*≈ € 8\.100 per programmajaar; het programma van 960 uur duurt 1,5 jaar, samen ongeveer € 12\.150/);
      expect(help(id, "cost_per_child").en).not.toMatch(/× 960 hours/);
    }
  });

  test("class size: the school-building price is per m² gross floor area, with its year", () => {
    expect(help("CLASSSIZE.COST", "cost_per_m2").en).toMatch(/per m² gross floor area \(BVO\).*€2,847 per m² BVO in 2023.*\+12\.72%.*€3,209 at 2024 prices/);
    expect(help("CLASSSIZE.COST", "classroom_m2").nl).toMatch(/Bruto vloeroppervlak \(bvo\)/);
  });

  test("tax migration: elasticity as a low/central/high range, not a semi-elasticity, with the neighbouring-municipality note", () => {
    const e = help("TAXMIGRATION.STAYERS", "elasticity");
    expect(e.en).toMatch(/low 1\.5, central 1\.8, high 2\.7/);
    expect(e.en).toMatch(/not a semi-elasticity/);
    expect(e.en).toMatch(/neighbouring municipality is far easier than emigrating/);
    expect(e.nl).toMatch(/laag 1,5, midden 1,8, hoog 2,7/);
  });

  test("participation: the ceiling and today's rate name their CBS definition, so a ceiling below today's rate is explained", () => {
    for (const id of ["PARTICIPATION.HEADROOM", "PARTICIPATION.YEARS"]) {
      expect(help(id, "ceiling").en).toMatch(/same CBS definition as the current rate.*old definition \(work from 12 hours a week\)/);
      expect(help(id, "ceiling").nl).toMatch(/dezelfde CBS-definitie als de huidige graad.*oude definitie \(werk vanaf 12 uur per week\)/);
      expect(help(id, "current_rate").en).toMatch(/current, wider CBS definition/);
      expect(help(id, "current_rate").nl).toMatch(/huidige, ruimere CBS-definitie/);
    }
  });
});
