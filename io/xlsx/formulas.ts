// Formulas as an xlsx file stores them, made whole again: the cells that share
// a formula with the first cell of their group ("fill down" in Excel) store
// only a reference to it, and their own formula is that one moved by the
// distance between the cells. Browser-safe.

import { columnLetters } from "../../src/core/columns";
import { columnIndex } from "./sheet-scan";

// A cell reference (with optional sheet and $ marks), or a name or function that
// merely looks like one; strings in quotes are skipped.
const REF = /"(?:[^"]|"")*"|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;

/** A formula moved by rows and columns, as Excel moves it when it copies a cell: $-marked parts stay. */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(REF, (m: string, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (m.startsWith('"')) return m;
    // Inside a longer name (e.g. "LOG10") the match starts mid-word.
    const c = columnIndex(col);
    if (c < 0 || c >= 16384) return m;
    const r = Number(row);
    const nc = colAbs ? c : c + cols;
    const nr = rowAbs ? r : r + rows;
    if (nc < 0 || nr < 1) return "#REF!";
    return `${sheet ?? ""}${colAbs}${columnLetters(nc)}${rowAbs}${nr}`;
  });
}

/** "B12" → { row: 12, col: 1 } (0-based column); null when it is not a cell address. */
export function parseAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { col: columnIndex(m[1] as string), row: Number(m[2]) };
}

/** The sheets a formula refers to by name ('Begroting 2025'!A1, Kengetallen!B2), as written. */
export function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)!/g;
  for (const m of formula.matchAll(re)) {
    if (m[0].startsWith('"')) continue;
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (name !== undefined) out.push(name);
  }
  return out;
}
