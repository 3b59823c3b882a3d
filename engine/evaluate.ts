// Evaluate stand-alone formulas, each on a sheet of its own so spills never collide.

import { DetailedCellError, type CellValue } from "hyperformula";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { BLWorkbook } from "./index";
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

export function evaluateFormulas(formulas: readonly string[], lang: Lang): JsonResult[] {
  if (formulas.length === 0) return [];
  const sheets = Object.fromEntries(formulas.map((f, i) => [`F${i + 1}`, [[asFormula(f)]]]));
  const wb = new BLWorkbook(sheets, { lang });
  try {
    return formulas.map((_, i) => {
      const values = wb.hf.getSheetValues(i);
      const first = values[0]?.[0] ?? null;
      if (values.length <= 1 && (values[0]?.length ?? 0) <= 1) return toJsonCell(first, lang);
      // getSheetValues drops trailing empty cells; a table stays rectangular.
      const width = Math.max(...values.map((row) => row.length));
      return values.map((row) => Array.from({ length: width }, (_, j) => toJsonCell(row[j] ?? null, lang)));
    });
  } finally {
    wb.destroy();
  }
}
