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
