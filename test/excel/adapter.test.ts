// The Excel adapter and the embedded engine give the core's answers for the
// same inputs; the adapter turns coded errors into CustomFunctions.Error with
// messages where Excel shows them.

import { CATALOGUE } from "../../src/catalogue";
import { isError, isTable } from "../../src/core/errors";
import { fullName } from "../../src/core/spec";
import type { Lang } from "../../src/core/types";
import { callFunction } from "../../src/core/validate";
import { explain } from "../../src/i18n/messages";
import { localizeTable } from "../../src/i18n/localize";
import { excelFunction, type ExcelRuntime } from "../../functions/adapter";
import { evaluateFormulas } from "../../engine/evaluate";
import { literalArgs } from "../helpers/literal";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const runtime = (lang: Lang): ExcelRuntime => ({ lang: () => lang, error: (code, message) => new FakeError(code, message) });

/** Excel passes ranges as 2D arrays even for one cell, and omitted arguments as null. */
function excelArgs(args: unknown[]): unknown[] {
  return args.map((a) => (a === undefined ? null : a));
}

/** A single value comes back as a table of one cell (the metadata declares every result a matrix). */
function one(v: unknown): unknown {
  expect(Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1).toBe(true);
  return (v as unknown[][])[0]![0];
}

function expectClose(actual: unknown, expected: unknown): void {
  if (typeof expected === "number" && typeof actual === "number") {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else expect(actual).toEqual(expected);
}

describe.each(["en", "nl"] as const)("in %s", (lang) => {
  test.each(CATALOGUE.map((s) => [s.id, s] as const))("%s: Excel adapter, engine and core agree on the example", (_, spec) => {
    const { args } = literalArgs(spec.example);
    const core = callFunction(spec, args);
    expect(isError(core)).toBe(false);
    const excel = excelFunction(spec, runtime(lang))(...excelArgs(args));
    const formula = spec.example.replace(fullName(spec, "en"), fullName(spec, lang));
    const [engine] = evaluateFormulas([formula], lang);
    if (isTable(core)) {
      const want = localizeTable(core, lang).map((r) => r.map((c) => (c === null ? "" : c)));
      expect(Array.isArray(excel)).toBe(true);
      (excel as unknown[][]).forEach((row, i) => row.forEach((c, j) => expectClose(c, want[i]?.[j])));
      expect((excel as unknown[][]).length).toBe(want.length);
      (engine as unknown[][]).forEach((row, i) => row.forEach((c, j) => expectClose(c ?? "", want[i]?.[j])));
      expect((engine as unknown[][]).length).toBe(want.length);
    } else {
      const want = typeof core === "object" && core.kind === "text" ? core.text[lang] : core;
      expectClose(one(excel), want);
      expectClose(engine, want);
    }
  });
});

describe("Excel adapter conversions", () => {
  const capital = CATALOGUE.find((s) => s.id === "REVOLVING.CAPITAL")!;
  const call = excelFunction(capital, runtime("nl"));
  const fn = (...args: unknown[]) => one(call(...args));

  test("an omitted optional argument (null) takes its default", () => {
    expect(fn(1000, 2, 0.1, null, null, null)).toBeCloseTo(810, 9);
    expect(fn(1000, 2, 0.1)).toBeCloseTo(810, 9);
  });

  test("an invalid argument gives #VALUE! with the Dutch message naming the argument", () => {
    const e = fn(1000, 2, 30) as FakeError;
    expect(e).toBeInstanceOf(FakeError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("wanbetalingsvoet");
    expect(e.message).toContain("Bedoelde u 30%?");
  });

  test("an error value passed in (allowErrorForDataTypeAny) is reported, not thrown", () => {
    const e = fn(new FakeError("#REF!"), 2, 0.1) as FakeError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("#REF!");
    expect(e.message).toContain("kapitaal");
  });

  test("#N/A carries its message; #DIV/0! carries none (Excel would not show it)", () => {
    const breakeven = excelFunction(CATALOGUE.find((s) => s.id === "REVOLVING.BREAKEVEN")!, runtime("en"));
    const be = (...args: unknown[]) => one(breakeven(...args));
    const na = be(0, 0, 0.02) as FakeError;
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/No default rate is low enough/);
    // contract version 2: full recovery without interest is 1, no longer #DIV/0!
    expect(be(1, 0, 0, 0)).toBe(1);
    const compare = excelFunction(CATALOGUE.find((s) => s.id === "VVE.COMPARE")!, runtime("en"));
    const t = compare(100, 0, 1000) as unknown[][];
    const div = t[4]![2] as FakeError;
    expect(div.code).toBe("#DIV/0!");
    expect(div.message).toBeUndefined();
  });

  test("a spill has text labels, \"\" for empty cells and error objects inside", () => {
    const cost = excelFunction(CATALOGUE.find((s) => s.id === "CLASSSIZE.COST")!, runtime("nl"));
    const t = cost([[0]], 30, 24, 85000) as unknown[][];
    // contract version 2: the essay's view of who should pay, not money that will arrive
    expect(t[0]).toEqual(["Post", "Waarde", "Wie betaalt, volgens Allers (2017)"]);
    expect(t[1]).toEqual(["Groepen nu", 0, ""]);
    expect(t[5]).toEqual(["Personeelskosten per jaar", 0, "volgens Allers (2017): Rijk"]);
    const perPupil = t[10]![1] as FakeError;
    expect(perPupil.code).toBe("#DIV/0!");
  });

  test("a trailing invocation object is not taken for an argument", () => {
    expect(fn(1000, 2, 0.1, null, null, null, { address: "Sheet1!A1" })).toBeCloseTo(810, 9);
    const e = fn(1000, 2, 0.1, null, null, null, 5) as FakeError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(explain({ kind: "error", code: "#VALUE!", reason: "tooManyArgs", info: { limit: 6, value: 7 } }, "nl"));
  });
});
