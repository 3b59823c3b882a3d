// The risk functions of the catalogue: reference values (the NAR grade scale of
// docs/SOURCES.md, the triangular inverse CDF, exact enumeration), the shapes of
// their arguments, and the same answer in the core, the Excel adapter, the
// embedded engine and the command line for the same seed.

import { evaluateFormulas } from "../../engine/evaluate";
import { excelFunction, type ExcelRuntime } from "../../functions/adapter";
import { isError, isTable } from "../../src/core/errors";
import type { InArg, Lang } from "../../src/core/types";
import { localizeTable } from "../../src/i18n/localize";
import { explain } from "../../src/i18n/messages";
import { simulate } from "../../src/risk/simulate";
import { runCli } from "../helpers/cli";
import { call, col, spec } from "../models/helpers";
import { exactDistribution, exactQuantile } from "./exact";
import { REGISTER_20 } from "./simulate.test";

function num(x: unknown): number {
  if (typeof x !== "number") throw new Error(`expected a number, got ${JSON.stringify(x)}`);
  return x;
}

function messageOf(id: string, args: InArg[], lang: Lang): string {
  const r = call(id, args);
  if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  expect(r.code).toBe("#VALUE!");
  return explain(r, lang, spec(id));
}

const probs = col(...REGISTER_20.map((r) => r[0]));
const amounts = col(...REGISTER_20.map((r) => r[1]));

describe("BL.RISK.GRADE: the NAR scale (docs/SOURCES.md, Risk management)", () => {
  // A > 2.0; B 1.4–2.0; C 1.0–1.4; D 0.8–1.0; E 0.6–0.8; F < 0.6 — each grade from its lower bound, A above 2.0
  const cases: [number, string][] = [
    [5, "A"],
    [2.0000001, "A"],
    [2, "B"],
    [1.4, "B"],
    [1.3999999, "C"],
    [1, "C"],
    [0.9999999, "D"],
    [0.8, "D"],
    [0.7999999, "E"],
    [0.6, "E"],
    [0.5999999, "F"],
    [0, "F"],
  ];
  test.each(cases)("ratio %p → %s", (ratio, grade) => {
    expect(call("RISK.GRADE", [ratio])).toBe(grade);
  });

  test("a negative ratio is not a ratio of two capacities", () => {
    expect(messageOf("RISK.GRADE", [-1], "en")).toContain("at least 0");
    expect(messageOf("RISK.GRADE", [-1], "nl")).toContain("ten minste 0");
  });
});

describe("BL.RISK.TRIANGULAR: the inverse CDF", () => {
  // Q(u) = a + √(u(b−a)(m−a)) for u ≤ (m−a)/(b−a), else b − √((1−u)(b−a)(b−m))
  const Q = (a: number, m: number, b: number, u: number) => (u <= (m - a) / (b - a) ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m)));
  test.each([0, 0.1, 0.25, 0.5, 0.9, 0.99, 1])("certainty %p", (u) => {
    expect(num(call("RISK.TRIANGULAR", [100000, 250000, 600000, u]))).toBeCloseTo(Q(100000, 250000, 600000, u), 6);
    expect(num(call("RISK.TRIANGULAR", [-10, 0, 30, u]))).toBeCloseTo(Q(-10, 0, 30, u), 9);
  });

  test("default certainty 0.9; a range without width is its value", () => {
    expect(call("RISK.TRIANGULAR", [1, 2, 4])).toBe(call("RISK.TRIANGULAR", [1, 2, 4, 0.9]));
    expect(call("RISK.TRIANGULAR", [7, 7, 7, 0.3])).toBe(7);
  });

  test("out of order: a message naming both points", () => {
    expect(messageOf("RISK.TRIANGULAR", [10, 5, 20], "en")).toBe("most_likely must not be smaller than minimum; got 5 while minimum is 10.");
    expect(messageOf("RISK.TRIANGULAR", [10, 50, 20], "nl")).toBe("maximum mag niet kleiner zijn dan meest_waarschijnlijk; gegeven is 20 terwijl meest_waarschijnlijk 50 is.");
  });
});

describe("BL.RISK.CAPACITY, SIMULATE and CONTRIBUTIONS", () => {
  test("the 20-risk register: the capacity equals the exact 90% quantile within the standard error SIMULATE reports", () => {
    const exact = exactQuantile(exactDistribution(REGISTER_20.map((r) => r[0]), REGISTER_20.map((r) => r[1])), 0.9);
    const capacity = num(call("RISK.CAPACITY", [probs, amounts]));
    const t = call("RISK.SIMULATE", [probs, amounts]);
    if (!isTable(t)) throw new Error("expected a table");
    const rows = localizeTable(t, "en");
    const se = num(rows.find((r) => r[0] === "Standard error of the capacity")?.[1]);
    expect(Math.abs(capacity - exact)).toBeLessThanOrEqual(se);
    expect(rows.find((r) => r[0] === "Simple sum (every risk at its maximum)")?.[1]).toBe(REGISTER_20.reduce((s, r) => s + r[1], 0));
  });

  test("SIMULATE: the table in both languages, its figures those of the core for the same seed", () => {
    const core = simulate(
      REGISTER_20.map(([p, a]) => ({ probability: p, amount: { kind: "fixed", value: a } })),
      { certainty: 0.95, runs: 30_000, seed: 42 },
    );
    if (isError(core)) throw new Error("core failed");
    const t = call("RISK.SIMULATE", [probs, amounts, 0.95, 30_000, 42]);
    if (!isTable(t)) throw new Error("expected a table");
    expect(localizeTable(t, "en").map((r) => r[0])).toEqual([
      "Item",
      "Required capacity at the certainty",
      "Certainty",
      "Standard error of the capacity",
      "Simple sum (every risk at its maximum)",
      "Expected value",
      "P50",
      "P90",
      "P95",
      "Runs",
      "Seed",
    ]);
    expect(localizeTable(t, "nl")[1]?.[0]).toBe("Benodigde weerstandscapaciteit bij de zekerheid");
    expect(localizeTable(t, "en").map((r) => r[1])).toEqual(["Value", core.capacity, 0.95, core.standardError, core.sum, core.expected, core.p50, core.p90, core.p95, 30_000, 42]);
  });

  test("three columns are a triangular range (minimum, most likely, maximum)", () => {
    const rows = [
      [100, 200, 400],
      [50, 50, 50],
      [0, 300, 900],
    ];
    const core = simulate(
      rows.map(([min, mode, max], i) => ({ probability: [0.5, 0.9, 0.2][i] as number, amount: { kind: "triangular", min: min as number, mode: mode as number, max: max as number } })),
      { runs: 5000, seed: 3 },
    );
    if (isError(core)) throw new Error("core failed");
    expect(call("RISK.CAPACITY", [col(0.5, 0.9, 0.2), rows, 0.9, 5000, 3])).toBe(core.capacity);
  });

  test("correlation groups: risks of one group happen together; empty cells are independent risks", () => {
    const grouped = num(call("RISK.CAPACITY", [col(0.3, 0.3, 0.3), col(100, 100, 100), 0.9, 10_000, 1, col("a", "a", "a")]));
    const apart = num(call("RISK.CAPACITY", [col(0.3, 0.3, 0.3), col(100, 100, 100), 0.9, 10_000, 1, col("", null, "")]));
    // together: 300 with probability 0.3 > 0.1; apart: P(total ≤ 100) = 0.784, P(total ≤ 200) = 0.973
    expect(grouped).toBe(300);
    expect(apart).toBe(200);
    expect(call("RISK.CAPACITY", [col(0.3, 0.3, 0.3), col(100, 100, 100), 0.9, 10_000, 1])).toBe(apart);
    // a group may be a number: it is its name
    expect(call("RISK.CAPACITY", [col(0.3, 0.3, 0.3), col(100, 100, 100), 0.9, 10_000, 1, col(1, 1, 1)])).toBe(grouped);
  });

  test("CONTRIBUTIONS: one row per risk, adding up to the capacity, shares adding up to 1", () => {
    const t = call("RISK.CONTRIBUTIONS", [probs, amounts, 0.9, 20_000]);
    if (!isTable(t)) throw new Error("expected a table");
    const rows = localizeTable(t, "nl");
    expect(rows[0]).toEqual(["Risico nr.", "Bijdrage aan de capaciteit", "Aandeel in de capaciteit"]);
    expect(rows).toHaveLength(21);
    const capacity = num(call("RISK.CAPACITY", [probs, amounts, 0.9, 20_000]));
    expect(rows.slice(1).reduce((s, r) => s + num(r[1]), 0)).toBeCloseTo(capacity, 4);
    expect(rows.slice(1).reduce((s, r) => s + num(r[2]), 0)).toBeCloseTo(1, 9);
    expect(rows.map((r) => r[0]).slice(1)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  test("argument shapes: a row must have 1 or 3 columns; 3 columns must run low to high; ranges of equal length", () => {
    expect(messageOf("RISK.CAPACITY", [col(0.1, 0.2), [[1, 2], [3, 4]]], "en")).toBe("amounts must have 1 or 3 columns per row; a row has 2.");
    expect(messageOf("RISK.CAPACITY", [col(0.1, 0.2), [[1, 2], [3, 4]]], "nl")).toBe("bedragen moet 1 of 3 kolommen per rij hebben; een rij heeft er 2.");
    expect(messageOf("RISK.CAPACITY", [col(0.1), [[5, 3, 9]]], "en")).toBe("amounts (value 1) must run from low to high: minimum ≤ most likely ≤ maximum; got 5, 3, 9.");
    expect(messageOf("RISK.CAPACITY", [col(0.1), [[5, 3, 9]]], "nl")).toBe("bedragen (waarde 1) moet oplopen: minimum ≤ meest waarschijnlijk ≤ maximum; gegeven is 5; 3; 9.");
    expect(messageOf("RISK.CAPACITY", [col(0.1, 0.2), col(1)], "en")).toContain("same number of cells");
    expect(messageOf("RISK.CAPACITY", [col(0.1, null), col(1, 2)], "en")).toContain("probabilities (value 2) is empty");
    expect(messageOf("RISK.CAPACITY", [col(0.1, 0.2), [[1, 1, 1], [2, null, 3]]], "en")).toContain("amounts (value 2) is empty");
  });

  test("rows empty in every range are skipped, also between risks", () => {
    const a = call("RISK.CAPACITY", [col(0.5, null, 0.5), col(10, null, 20), 0.9, 5000, 1, col("", "", "")]);
    const b = call("RISK.CAPACITY", [col(0.5, 0.5), col(10, 20), 0.9, 5000, 1]);
    expect(a).toBe(b);
  });

  test("a register without risks needs no capacity", () => {
    expect(call("RISK.CAPACITY", [[[null]], [[null]]])).toBe(0);
  });
});

describe("the same answer everywhere for the same seed", () => {
  const formula = "=BL.RISK.CAPACITY({0.5;0.3;0.3;0.1}, {1200000;600000,700000,900000;1500000;350000}, 0.9, 25000, 99)";
  const fixedFormula = "=BL.RISK.CAPACITY({0.5;0.3;0.3;0.1}, {1200000;600000;1500000;350000}, 0.95, 25000, 99)";

  test("core, embedded engine (en and nl), Excel adapter and the command line", async () => {
    const args: InArg[] = [col(0.5, 0.3, 0.3, 0.1), col(1200000, 600000, 1500000, 350000), 0.95, 25000, 99];
    const core = num(call("RISK.CAPACITY", args));
    const [en] = evaluateFormulas([fixedFormula], "en");
    const [nl] = evaluateFormulas([fixedFormula.replace("BL.RISK.CAPACITY", "BL.RISICO.CAPACITEIT")], "nl");
    const rt: ExcelRuntime = { lang: () => "en", error: (code, message) => ({ code, message }) };
    // Excel passes every declared parameter, an omitted one as null.
    // A single value comes back as a table of one cell (see src/catalogue/excel-metadata.ts).
    const excel = (excelFunction(spec("RISK.CAPACITY"), rt)(...args, null) as unknown[][])[0]?.[0];
    const cli = await runCli("eval", "--json", fixedFormula);
    expect([en, nl, excel, JSON.parse(cli.out)[0]]).toEqual([core, core, core, core]);
  });

  test("a ragged inline array (1 and 3 columns mixed) is refused, not misread: the engine pads it with #REF!", () => {
    const [r] = evaluateFormulas([formula], "en");
    expect(r).toEqual({ error: "#VALUE!", message: "amounts (value 1) refers to an error value (#REF!); it must be a number of at least 0. Fix that cell first." });
  });
});
