// One formula through every way a user reaches the BL functions: Excel's
// custom-function adapter, the embedded engine (workbench) and the command
// line (`begrotingslab eval --json`). Each answer is brought to the command
// line's JSON shape, so a test states its hand-derived value once.

import type { JsonCell, JsonResult } from "../../engine/evaluate";
import { evaluateFormulas } from "../../engine/evaluate";
import { literalArgs } from "./literal";
import { excelFunction, type ExcelRuntime } from "../../functions/adapter";
import { CATALOGUE } from "../../src/catalogue";
import { fullName } from "../../src/core/spec";
import type { Lang } from "../../src/core/types";
import { closeEnough, show } from "../models/helpers";
import { runCli } from "./cli";

class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function fromExcel(v: unknown): JsonCell {
  if (v instanceof ExcelError) return { error: v.code, message: v.message ?? "" };
  // Excel custom functions have no blank cell inside a spill: the adapter writes "".
  if (v === "") return null;
  return v as JsonCell;
}

/** A formula in invariant syntax with English names, e.g. "=BL.MULTIYEAR(1000, 2026)". */
export function excelAnswer(formula: string, lang: Lang): JsonResult {
  const { name, args } = literalArgs(formula);
  const spec = CATALOGUE.find((s) => fullName(s, "en") === name);
  if (!spec) throw new Error(`no BL function ${name}`);
  const rt: ExcelRuntime = { lang: () => lang, error: (code, message) => new ExcelError(code, message) };
  // Excel passes an omitted argument as null and a range as rows of cells.
  const r = excelFunction(spec, rt)(...args.map((a) => (a === undefined ? null : a)));
  // A single value comes back as a table of one cell (every function's result is declared a matrix, for its argument addresses).
  if (spec.result !== "table") return fromExcel((r as unknown[][])[0]?.[0]);
  // A table function's error is one error, not a table.
  return Array.isArray(r) ? (r as unknown[][]).map((row) => row.map(fromExcel)) : fromExcel(r);
}

export function engineAnswer(formula: string, lang: Lang): JsonResult {
  const { name } = literalArgs(formula);
  const spec = CATALOGUE.find((s) => fullName(s, "en") === name);
  if (!spec) throw new Error(`no BL function ${name}`);
  const local = formula.replace(fullName(spec, "en") + "(", fullName(spec, lang) + "(");
  return evaluateFormulas([local], lang)[0] as JsonResult;
}

export async function cliAnswer(formula: string, lang: Lang): Promise<JsonResult> {
  const { name } = literalArgs(formula);
  const spec = CATALOGUE.find((s) => fullName(s, "en") === name);
  if (!spec) throw new Error(`no BL function ${name}`);
  const local = formula.replace(fullName(spec, "en") + "(", fullName(spec, lang) + "(");
  const r = await runCli("eval", "--json", "--lang", lang, local);
  // Exit 1 says a formula gave an error value, which is an answer here too; 2 is a usage error.
  if (r.code !== 0 && r.code !== 1) throw new Error(`begrotingslab eval failed: ${r.err}`);
  return (JSON.parse(r.out) as JsonResult[])[0] as JsonResult;
}

/** The three answers, labelled, for one formula. */
export async function allHosts(formula: string, lang: Lang): Promise<Record<"excel" | "engine" | "cli", JsonResult>> {
  return { excel: excelAnswer(formula, lang), engine: engineAnswer(formula, lang), cli: await cliAnswer(formula, lang) };
}

/** A number (1e-9 relative), a text, null, or an error code with words its message must contain. */
export type Want = number | string | null | { error: string; says?: string };

export function matches(got: JsonResult | undefined, want: Want | readonly (readonly Want[])[]): string | undefined {
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return `expected a table, got ${show(got)}`;
    if (got.length !== want.length) return `expected ${want.length} rows, got ${got.length}: ${show(got)}`;
    for (let r = 0; r < want.length; r++) {
      const wr = want[r] as readonly Want[];
      for (let c = 0; c < wr.length; c++) {
        const p = matches(got[r]?.[c] as JsonResult, wr[c] as Want);
        if (p) return `row ${r} col ${c}: ${p}`;
      }
    }
    return undefined;
  }
  const w = want as Want;
  if (typeof w === "number") return typeof got === "number" && closeEnough(got, w) ? undefined : `expected ${w}, got ${show(got)}`;
  if (w !== null && typeof w === "object") {
    const e = got as { error?: string; message?: string } | null;
    if (!e || typeof e !== "object" || e.error !== w.error) return `expected ${w.error}, got ${show(got)}`;
    return w.says === undefined || (e.message ?? "").includes(w.says) ? undefined : `message without "${w.says}": ${e.message}`;
  }
  return got === w ? undefined : `expected ${show(w)}, got ${show(got)}`;
}
