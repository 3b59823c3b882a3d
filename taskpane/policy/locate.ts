// Where the budget is, wherever the cursor stands (issue 8): on a line, on a
// result cell the add-in wrote, on an empty row between programmes, on the
// title. In order: the user's own selection when it holds a header; the
// table around the active cell; the budget table of the active sheet; else
// nothing, and the pane asks the user to select the table. Pure: it works on
// the values of the sheet's used range, as read by the policy.

import { tableTitle } from "../../src/budget/reader";
import { detectHeader } from "../../src/budget/table";
import { containsCell, intersect, type Rect } from "../host/a1";

export interface SheetValues {
  /** The used range's values; row i, column j is sheet cell (top + i, left + j). */
  readonly values: readonly (readonly unknown[])[];
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Located {
  /** The table: header (when it has one) and every line below it. */
  readonly area: Rect;
  readonly source: "selection" | "region" | "sheet";
  /** Sheet rows to check when only part of the table was asked for (a selection without the header). */
  readonly rows?: { readonly first: number; readonly last: number };
  /** The title printed above the table's header, if any. */
  readonly title?: string;
}

function isBlankValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Cell accessor that treats the add-in's own result blocks as empty. */
function cellsOf(sv: SheetValues, own: readonly Rect[]): (row: number, col: number) => boolean {
  return (row, col) => {
    if (row < sv.top || col < sv.left || row >= sv.top + sv.rows || col >= sv.left + sv.cols) return false;
    for (const o of own) if (containsCell(o, row, col)) return false;
    return !isBlankValue(sv.values[row - sv.top]?.[col - sv.left]);
  };
}

/** Excel's current region: the rectangle around a cell bounded by empty rows and columns (corners count). */
export function currentRegion(filled: (row: number, col: number) => boolean, row: number, col: number, bounds: Rect): Rect {
  let top = row;
  let bottom = row;
  let left = col;
  let right = col;
  const lastRow = bounds.top + bounds.rows - 1;
  const lastCol = bounds.left + bounds.cols - 1;
  const rowHas = (r: number): boolean => {
    if (r < bounds.top || r > lastRow) return false;
    for (let c = Math.max(bounds.left, left - 1); c <= Math.min(lastCol, right + 1); c++) if (filled(r, c)) return true;
    return false;
  };
  const colHas = (c: number): boolean => {
    if (c < bounds.left || c > lastCol) return false;
    for (let r = Math.max(bounds.top, top - 1); r <= Math.min(lastRow, bottom + 1); r++) if (filled(r, c)) return true;
    return false;
  };
  for (let grew = true; grew; ) {
    grew = false;
    while (rowHas(top - 1)) (top--, (grew = true));
    while (rowHas(bottom + 1)) (bottom++, (grew = true));
    while (colHas(left - 1)) (left--, (grew = true));
    while (colHas(right + 1)) (right++, (grew = true));
  }
  // A lone empty cell is a region of itself only.
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** The values of `area` (inside the used range), rows as views where possible. */
export function valuesIn(sv: SheetValues, area: Rect): unknown[][] {
  const out: unknown[][] = [];
  const full = area.left === sv.left && area.cols === sv.cols;
  for (let r = area.top; r < area.top + area.rows; r++) {
    const row = sv.values[r - sv.top] ?? [];
    out.push(full ? (row as unknown[]) : row.slice(area.left - sv.left, area.left - sv.left + area.cols));
  }
  return out;
}

/** The last row at or below `from` that holds anything in the columns of `area`: budgets put blank rows between programmes. */
function lastFilledRow(filled: (row: number, col: number) => boolean, sv: SheetValues, area: Rect, from: number): number {
  for (let r = sv.top + sv.rows - 1; r > from; r--) {
    for (let c = area.left; c < area.left + area.cols; c++) if (filled(r, c)) return r;
  }
  return from;
}

/** The table under a header found in `area`: the header's row, its columns, down to the last filled row. */
function tableFrom(sv: SheetValues, filled: (row: number, col: number) => boolean, area: Rect): Rect | null {
  const header = detectHeader(valuesIn(sv, area));
  if (!header) return null;
  const headerRow = area.top + Math.max(0, header.headerRow - 1);
  // A header of two rows starts one row higher: the years over "Lasten | Baten" belong to the table.
  const top = header.headerLines === 2 ? headerRow - 1 : headerRow;
  // The header's own extent decides the table's columns (a title above may be wider or narrower);
  // a header of two rows spans both ("Programma" above, "Lasten | Baten" below).
  const inHeader = (col: number): boolean => filled(headerRow, col) || (top < headerRow && filled(top, col));
  let left = area.left;
  let right = area.left + area.cols - 1;
  while (left < right && !inHeader(left)) left++;
  while (right > left && !inHeader(right)) right--;
  const cols = { top: headerRow, left, rows: 1, cols: right - left + 1 };
  const bottom = lastFilledRow(filled, sv, cols, Math.max(headerRow, area.top + area.rows - 1));
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export interface Where {
  readonly row: number;
  readonly col: number;
  /** The selection's first area. */
  readonly selection?: Rect;
}

/**
 * Finds the budget table on a sheet. `own` are the add-in's result blocks on
 * this sheet: a cursor on them belongs to the table beside them.
 */
export function locateBudget(sv: SheetValues, where: Where, own: readonly Rect[] = []): Located | null {
  const found = locate(sv, where, own);
  if (!found) return null;
  // The area starts at the header; the rows above it may hold the table's title.
  const title = tableTitle(valuesIn(sv, { top: sv.top, left: sv.left, rows: found.area.top - sv.top, cols: sv.cols }), found.area.top - sv.top);
  return title === null ? found : { ...found, title };
}

function locate(sv: SheetValues, where: Where, own: readonly Rect[]): Located | null {
  if (sv.rows === 0 || sv.cols === 0) return null;
  const filled = cellsOf(sv, own);
  let used: Rect = { top: sv.top, left: sv.left, rows: sv.rows, cols: sv.cols };
  // The add-in's result columns at the right edge are not part of any table.
  for (const o of own) {
    if (o.left > used.left && o.left + o.cols >= used.left + used.cols) used = { ...used, cols: o.left - used.left };
  }

  // 1. A selection of more than one cell that holds a header: the user said where the budget is.
  const sel = where.selection && where.selection.rows * where.selection.cols > 1 ? intersect(where.selection, used) : null;
  if (sel && sel.rows > 1) {
    const header = detectHeader(valuesIn(sv, sel));
    if (header) return { area: sel, source: "selection" };
  }

  // The sheet's budget table, needed by 2 (to see past a programme block) and 3.
  const sheetTable = tableFrom(sv, filled, used);

  // 2. The table around the active cell.
  if (filled(where.row, where.col) || own.some((o) => containsCell(o, where.row, where.col))) {
    const start = own.some((o) => containsCell(o, where.row, where.col)) ? nearestTableCell(filled, where, own) : where;
    if (start) {
      const region = currentRegion(filled, start.row, start.col, used);
      const around = region.rows * region.cols > 1 ? tableFrom(sv, filled, region) : null;
      // A programme block under the sheet's header is part of the sheet's table.
      const table = sheetTable && containsCell(sheetTable, start.row, start.col) ? sheetTable : around;
      if (table) return withSelection({ area: table, source: "region" }, sel);
    }
  }

  // 3. The budget table on the active sheet.
  if (sheetTable) return withSelection({ area: sheetTable, source: "sheet" }, sel);
  return null;
}

/** The filled cell left of a result cell on the same row (the result block sits right of its table). */
function nearestTableCell(filled: (row: number, col: number) => boolean, where: Where, own: readonly Rect[]): { row: number; col: number } | null {
  const block = own.find((o) => containsCell(o, where.row, where.col));
  if (!block) return null;
  for (let c = block.left - 1; c >= 1; c--) if (filled(where.row, c)) return { row: where.row, col: c };
  // A result header or an empty line: the table's column just left of the block.
  return { row: block.top, col: block.left - 1 };
}

/** A selection without a header inside the table: check only its rows, and say so. */
function withSelection(found: Located, sel: Rect | null): Located {
  if (!sel || sel.rows < 2) return found;
  const part = intersect(sel, found.area);
  if (!part || (part.top === found.area.top && part.rows === found.area.rows)) return found;
  return { ...found, rows: { first: part.top, last: part.top + part.rows - 1 } };
}
