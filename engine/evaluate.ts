// Evaluate stand-alone formulas, each on a sheet of its own so spills never collide.

import { DetailedCellError, type CellValue, type RawCellContent } from "hyperformula";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { BLWorkbook } from "./index";
import { formulaProblem } from "./limits";
import { ERROR_CODES } from "./plugin";

export type JsonCell = number | string | boolean | null | { error: string; message: string };
export type JsonResult = JsonCell | JsonCell[][];

const ENGINE_MESSAGES: Readonly<Record<string, "engine.parseError" | "engine.unknownName">> = {
  ERROR: "engine.parseError",
  NAME: "engine.unknownName",
};

/** Error codes are invariant (#VALUE!) in JSON, whatever the language of the labels. */
export function toJsonCell(v: CellValue, lang: Lang): JsonCell {
  if (v instanceof DetailedCellError) {
    const known = ENGINE_MESSAGES[v.type];
    return { error: ERROR_CODES[v.type] ?? v.value, message: known ? msg(lang, known) : v.message };
  }
  return v;
}

/** Excel's error code ("#VALUE!") of an engine error value; null for any other value. */
export function engineErrorCode(v: unknown): string | null {
  return v instanceof DetailedCellError ? (ERROR_CODES[v.type] ?? "#VALUE!") : null;
}

export function asFormula(s: string): string {
  const t = s.trim();
  return t.startsWith("=") ? t : `=${t}`;
}

/** Formulas evaluated per engine: memory stays bounded however long the list is. */
const BATCH = 1000;

function sheetResult(wb: BLWorkbook, sheet: number, lang: Lang): JsonResult {
  const values = wb.hf.getSheetValues(sheet);
  const first = values[0]?.[0] ?? null;
  if (values.length <= 1 && (values[0]?.length ?? 0) <= 1) return toJsonCell(first, lang);
  // getSheetValues drops trailing empty cells; a table stays rectangular. A loop, not Math.max(...rows).
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  return values.map((row) => Array.from({ length: width }, (_, j) => toJsonCell(row[j] ?? null, lang)));
}

function evaluateBatch(formulas: readonly string[], lang: Lang): JsonResult[] {
  const sheets: Record<string, RawCellContent[][]> = {};
  formulas.forEach((f, i) => (sheets[`F${i + 1}`] = [[asFormula(f)]]));
  const wb = new BLWorkbook(sheets, { lang });
  try {
    return formulas.map((_, i) => sheetResult(wb, i, lang));
  } finally {
    wb.destroy();
  }
}

function failure(e: unknown, lang: Lang): JsonCell {
  return { error: "#VALUE!", message: msg(lang, "engine.failed", e instanceof Error ? e.message : String(e)) };
}

/**
 * Each formula on a sheet of its own, in batches. A formula the engine cannot
 * take (nested past Excel's 64 levels, longer than 8,192 characters, or one
 * that makes the engine fail) gets its own error entry; the others still run.
 */
export function evaluateFormulas(formulas: readonly string[], lang: Lang): JsonResult[] {
  const out: JsonResult[] = new Array<JsonResult>(formulas.length).fill(null);
  const ok: number[] = [];
  formulas.forEach((f, i) => {
    const problem = formulaProblem(f, lang);
    if (problem === null) ok.push(i);
    else out[i] = { error: "#VALUE!", message: problem };
  });
  for (let start = 0; start < ok.length; start += BATCH) {
    const idx = ok.slice(start, start + BATCH);
    const batch = idx.map((i) => formulas[i] as string);
    let results: JsonResult[];
    try {
      results = evaluateBatch(batch, lang);
    } catch {
      // One formula broke the batch: evaluated alone, each gets its own result or error.
      results = batch.map((f) => {
        try {
          return evaluateBatch([f], lang)[0] ?? null;
        } catch (e) {
          return failure(e, lang);
        }
      });
    }
    idx.forEach((i, k) => (out[i] = results[k] ?? null));
  }
  return out;
}
