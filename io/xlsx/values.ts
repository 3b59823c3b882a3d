// A cell as the file stores it (type, style, raw text) turned into the value a
// reader works with: text from the shared strings, numbers, booleans, dates
// where the cell's format shows one, error values, and formulas. Browser-safe.

import type { RawCell } from "./sheet-scan";
import { serialDate } from "./styles";

/** The workbook-wide facts a cell's value depends on. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** A formula the file stores without its last result (written by a program that does not calculate). */
export interface UncachedFormula {
  readonly formula: string;
}

/**
 * The cell's value: string, number, boolean, Date, an error value as
 * `{ error: "#REF!" }`, or `{ formula }` for a formula without a stored result.
 * A formula with a stored result gives the result.
 */
export function cellValue(c: RawCell, ctx: CellContext): unknown {
  if (c.formula !== null && c.value === null && c.inline === null) return { formula: c.formula } satisfies UncachedFormula;
  const v = c.value;
  switch (c.type) {
    case "s": {
      const i = v === null ? NaN : Number(v);
      return Number.isInteger(i) ? (ctx.sharedStrings[i] ?? null) : null;
    }
    case "str":
      return v ?? "";
    case "inlineStr":
      return c.inline ?? v ?? "";
    case "b":
      return v === "1" || v === "true";
    case "e":
      return { error: v ?? "#VALUE!" };
    case "d": {
      const d = v === null ? null : new Date(v);
      return d && !Number.isNaN(d.getTime()) ? d : v;
    }
    default: {
      if (v === null || v === "") return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return c.style >= 0 && ctx.dateStyles.has(c.style) ? serialDate(n, ctx.date1904) : n;
    }
  }
}

/** A row's cells as an array from column A, null where a cell is empty. */
export function rowValues(cells: readonly RawCell[], ctx: CellContext): unknown[] {
  let width = 0;
  for (const c of cells) if (c.col + 1 > width) width = c.col + 1;
  const out: unknown[] = new Array<unknown>(width).fill(null);
  for (const c of cells) out[c.col] = cellValue(c, ctx);
  return out;
}
