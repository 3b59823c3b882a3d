// The embedded engine against the core: every catalogue example, in English and
// in Dutch, gives what callFunction gives for the same literal arguments; and a
// workbook whose REVOLVING.TABLE takes its years from a cell resizes its spill.

import { evaluateFormulas, type JsonCell, type JsonResult } from "../../engine/evaluate";
import { BLWorkbook } from "../../engine/index";
import { CATALOGUE } from "../../src/catalogue";
import { fullName, type AnySpec } from "../../src/core/spec";
import type { Lang, Result } from "../../src/core/types";
import { callFunction } from "../../src/core/validate";
import { localizeTable } from "../../src/i18n/localize";
import { explain } from "../../src/i18n/messages";
import { closeEnough, isBLError, isTableResult, show } from "./helpers";

// One parser of literal arguments serves the tests and the benchmark.
export { literalArgs as parseExample } from "../helpers/literal";
import { literalArgs as parseExample } from "../helpers/literal";

function sameCell(engine: JsonCell | undefined, core: unknown, s: AnySpec, lang: Lang): string | undefined {
  if (typeof core === "number") return typeof engine === "number" && closeEnough(engine, core, 1e-12) ? undefined : `${show(engine)} ≠ ${core}`;
  if (typeof core === "object" && core !== null && (core as { kind?: string }).kind === "text") {
    const want = (core as { text: Record<Lang, string> }).text[lang];
    return engine === want ? undefined : `${show(engine)} ≠ ${want}`;
  }
  if (isBLError(core)) {
    const want = { error: core.code, message: explain(core, lang, s) };
    return show(engine) === show(want) ? undefined : `${show(engine)} ≠ ${show(want)}`;
  }
  return show(engine) === show(core) ? undefined : `${show(engine)} ≠ ${show(core)}`;
}

function compare(engine: JsonResult | undefined, core: Result, s: AnySpec, lang: Lang): string[] {
  if (isTableResult(core)) {
    const rows = localizeTable(core, lang);
    if (!Array.isArray(engine)) return [`engine gave ${show(engine)}, core a table`];
    const out: string[] = [];
    if (engine.length !== rows.length) out.push(`rows ${engine.length} ≠ ${rows.length}`);
    rows.forEach((row, r) =>
      row.forEach((c, k) => {
        // a row may end early where its last cells are empty: that is checked separately below
        const erow = engine[r] ?? [];
        const p = sameCell(k >= erow.length && c === null ? null : erow[k], c, s, lang);
        if (p) out.push(`[${r}][${k}]: ${p}`);
      }),
    );
    return out;
  }
  if (Array.isArray(engine)) return [`engine gave an array, core ${show(core)}`];
  const p = sameCell(engine, core, s, lang);
  return p ? [p] : [];
}

describe("engine vs core on every catalogue example", () => {
  test("the parser reads arrays, strings and empty arguments", () => {
    expect(parseExample('=BL.VARIETY({1;2}, {"a";"b"}, , 3)')).toEqual({ name: "BL.VARIETY", args: [[[1], [2]], [["a"], ["b"]], undefined, 3] });
  });

  test.each(CATALOGUE.map((s) => [s.id, s] as const))("%s: example in en and nl", (_id, s) => {
    const { name, args } = parseExample(s.example);
    expect(name).toBe(fullName(s, "en"));
    const core = callFunction(s, args);
    // the example itself must compute (no error) — it is shown in the README
    expect(isBLError(core)).toBe(false);
    const en = s.example;
    const nl = s.example.replace(fullName(s, "en") + "(", fullName(s, "nl") + "(");
    expect(nl).toContain(fullName(s, "nl"));
    const [re] = evaluateFormulas([en], "en");
    const [rn] = evaluateFormulas([nl], "nl");
    expect(compare(re, core, s, "en")).toEqual([]);
    expect(compare(rn, core, s, "nl")).toEqual([]);
  });

  test("errors reach the engine with the core's code and message (en and nl)", () => {
    const s = CATALOGUE.find((x) => x.id === "PARTICIPATION.YEARS") as AnySpec;
    const core = callFunction(s, [0.6, 0.72, 0]);
    expect(isBLError(core) && core.code).toBe("#N/A");
    const [en] = evaluateFormulas(["=BL.PARTICIPATION.YEARS(0.6, 0.72, 0)"], "en");
    const [nl] = evaluateFormulas(["=BL.PARTICIPATIE.JAREN(0.6, 0.72, 0)"], "nl");
    expect(compare(en, core, s, "en")).toEqual([]);
    expect(compare(nl, core, s, "nl")).toEqual([]);
  });

  test("an empty argument in a formula takes the default, like an omitted one", () => {
    const out = evaluateFormulas(["=BL.REVOLVING.CAPITAL(1000, 5, 0.1, , 0.04)", "=BL.REVOLVING.CAPITAL(1000, 5, 0.1, 0, 0.04)"], "en");
    expect(out[0]).toBe(out[1]);
    expect(typeof out[0]).toBe("number");
  });

  test("evaluateFormulas returns a rectangular array: CLASSSIZE.COST rows keep an empty 'Who should pay' cell as null", () => {
    const [r] = evaluateFormulas(["=BL.CLASSSIZE.COST({57;64;49;81}, 30, 24, 85000, 60, 2847, 1, 40, 0.02)"], "en");
    if (!Array.isArray(r)) throw new Error(show(r));
    expect(r.map((row) => row.length)).toEqual(r.map(() => 3));
    expect(r[1]).toEqual(["Groups now", 10, null]);
  });

  test("a missing required range argument in a formula → #VALUE! (=BL.CLASSSIZE.GROUPS(, 28))", () => {
    const [r] = evaluateFormulas(["=BL.CLASSSIZE.GROUPS(, 28)"], "en");
    expect(r).toEqual({ error: "#VALUE!", message: expect.stringContaining("pupils") });
  });
});

describe("BLWorkbook: REVOLVING.TABLE with years from a cell", () => {
  const A1 = { sheet: 0, row: 0, col: 0 };
  const B1 = { sheet: 0, row: 0, col: 1 };
  const HEADER = ["Year", "Capital at start", "Interest", "Defaults", "Recoveries", "Management costs", "Capital at end", "Present value of end capital at the discount rate"];

  /** The spill starting in C1: 8 columns, header + one row per year; K·0.9^t with d = 0.1 and nothing else. */
  function expectSpill(wb: BLWorkbook, capital: number, years: number): void {
    const v = wb.hf.getSheetValues(0);
    expect(v.length).toBe(years + 1);
    for (const row of v) expect(row.length).toBe(10);
    expect(v[0]?.slice(2)).toEqual(HEADER);
    let k = capital;
    for (let t = 1; t <= years; t++) {
      const row = v[t] ?? [];
      expect(row[2]).toBe(t);
      expect(closeEnough(row[3] as number, k)).toBe(true);
      expect(closeEnough(row[5] as number, k * 0.1)).toBe(true);
      expect(closeEnough(row[8] as number, k * 0.9)).toBe(true);
      k *= 0.9;
    }
    // nothing below the spill
    expect(wb.hf.getCellValue({ sheet: 0, row: years + 1, col: 2 })).toBeNull();
    expect(wb.hf.getCellValue({ sheet: 0, row: years + 1, col: 9 })).toBeNull();
  }

  test("right size after build, grows to 6 years, shrinks to 2, recalculates on a new capital", () => {
    const wb = new BLWorkbook({ Sheet1: [[1000, 3, "=BL.REVOLVING.TABLE(A1, B1, 0.1)"]] }, { lang: "en" });
    try {
      expectSpill(wb, 1000, 3);
      wb.setCell(B1, 6);
      expectSpill(wb, 1000, 6);
      wb.setCell(B1, 2);
      expectSpill(wb, 1000, 2);
      wb.setCell(A1, 2500);
      expectSpill(wb, 2500, 2);
      expect(wb.hf.getCellValue({ sheet: 0, row: 2, col: 8 })).toBeCloseTo(2500 * 0.81, 9);
    } finally {
      wb.destroy();
    }
  });

  test("in Dutch: same sizes, Dutch header, and an invalid year count shows #VALUE! in one cell", () => {
    const wb = new BLWorkbook({ Sheet1: [[1000, 3, "=BL.REVOLVEREND.TABEL(A1, B1, 0.1)"]] }, { lang: "nl" });
    try {
      let v = wb.hf.getSheetValues(0);
      expect(v.length).toBe(4);
      expect(v[0]?.[2]).toBe("Jaar");
      wb.setCell(B1, 5);
      v = wb.hf.getSheetValues(0);
      expect(v.length).toBe(6);
      wb.setCell(B1, 0); // TABLE needs 1..1000 years
      v = wb.hf.getSheetValues(0);
      expect(v.length).toBe(1);
      const c1 = wb.hf.getCellValue({ sheet: 0, row: 0, col: 2 });
      expect(c1).toMatchObject({ value: expect.stringMatching(/^#/), message: expect.stringContaining("jaren") });
      wb.setCell(B1, 2);
      v = wb.hf.getSheetValues(0);
      expect(v.length).toBe(3);
      expect(v[2]?.[2]).toBe(2);
    } finally {
      wb.destroy();
    }
  });
});
