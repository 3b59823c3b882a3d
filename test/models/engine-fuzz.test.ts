// Fuzzing the embedded engine with fast-check: formulas built from random literal
// arguments (numbers, quoted text, TRUE/FALSE, inline arrays, empty arguments) for
// every function name in en and nl. evaluateFormulas must never throw and must
// give a value, a 2D array, or {error, message} with a non-empty message.

import fc from "fast-check";
import { evaluateFormulas, type JsonCell, type JsonResult } from "../../engine/evaluate";
import { CATALOGUE } from "../../src/catalogue";
import { fullName } from "../../src/core/spec";
import type { Lang } from "../../src/core/types";
import { show } from "./helpers";

// ------------------------------------------------------------ engine

const numLit = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
  fc.constantFrom("0", "0.3", "30", "1e308", "1E-300", "-0", ".5", "1e400", "5%", "-1"),
);
const strLit = fc.oneof(fc.string({ unit: fc.constantFrom(..."abcXYZ0129 .,%-"), maxLength: 6 }), fc.constantFrom("", "2511", "0.5", 'a""b')).map((s) => `"${s}"`);
const boolLit = fc.constantFrom("TRUE", "FALSE", "TRUE()", "FALSE()", "WAAR()", "ONWAAR()");
const scalarLit = fc.oneof(numLit, strLit, boolLit);
const arrayLit = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) => fc.array(fc.array(fc.oneof({ weight: 4, arbitrary: numLit }, { weight: 1, arbitrary: strLit }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }))
  .map((m) => `{${m.map((r) => r.join(",")).join(";")}}`);
const argLit = fc.oneof({ weight: 5, arbitrary: scalarLit }, { weight: 2, arbitrary: arrayLit }, { weight: 1, arbitrary: fc.constant("") });

const formulaArb = (lang: Lang) =>
  fc.tuple(fc.constantFrom(...CATALOGUE), fc.array(argLit, { maxLength: 12 }), fc.boolean()).map(([s, args, own]) => {
    const name = fullName(s, own ? lang : lang === "en" ? "nl" : "en");
    return `=${name}(${args.join(", ")})`;
  });

function engineCellProblem(c: JsonCell): string | undefined {
  if (c === null || typeof c === "string" || typeof c === "boolean") return undefined;
  if (typeof c === "number") return Number.isFinite(c) ? undefined : `non-finite ${c}`;
  if (typeof c === "object" && typeof c.error === "string" && c.error.startsWith("#")) {
    return typeof c.message === "string" && c.message.trim() !== "" ? undefined : `error ${c.error} without a message`;
  }
  return `unexpected cell ${show(c)}`;
}

function engineProblem(r: JsonResult): string | undefined {
  if (Array.isArray(r)) {
    if (r.length === 0) return "empty array result";
    for (const row of r) {
      if (!Array.isArray(row)) return `row is not an array: ${show(row)}`;
      for (const c of row) {
        const p = engineCellProblem(c);
        if (p) return p;
      }
    }
    return undefined;
  }
  return engineCellProblem(r);
}

describe("fuzz: engine with random literal formulas", () => {
  test.each(["en", "nl"] as const)("%s: evaluateFormulas never throws; values, arrays or {error, message}", (lang) => {
    fc.assert(
      fc.property(fc.array(formulaArb(lang), { minLength: 1, maxLength: 8 }), (formulas) => {
        const out = evaluateFormulas(formulas, lang);
        if (out.length !== formulas.length) throw new Error(`${out.length} results for ${formulas.length} formulas`);
        out.forEach((r, i) => {
          const p = engineProblem(r);
          if (p) throw new Error(`${formulas[i]}: ${p}`);
        });
      }),
      // Each evaluateFormulas call builds a HyperFormula instance (~40 ms) whatever the number of
      // formulas, so a run evaluates up to 8: 2 × 75 runs ≈ 675 formulas in ~6 s.
      { numRuns: 75 },
    );
  });

  test("a BL error from the engine carries the core's message in the workbook's language", () => {
    const [en] = evaluateFormulas(["=BL.REVOLVING.CAPITAL(1000, 5, 30)"], "en");
    const [nl] = evaluateFormulas(["=BL.REVOLVEREND.KAPITAAL(1000, 5, 30)"], "nl");
    expect(en).toEqual({ error: "#VALUE!", message: expect.stringContaining("default_rate") });
    expect(en).toEqual({ error: "#VALUE!", message: expect.stringMatching(/did you mean 30%\?/i) });
    expect(nl).toEqual({ error: "#VALUE!", message: expect.stringContaining("wanbetalingsvoet") });
    expect(nl).toEqual({ error: "#VALUE!", message: expect.stringContaining("Bedoelde u 30%?") });
  });
});
