// Cell geometry and A1 addresses, shared by the pane's policy and both hosts:
// 1-based rectangles as a user reads a sheet, and the A1 text Excel writes.

import { columnIndex, columnLetters as lettersOfIndex, MAX_COLUMNS } from "../../src/core/columns";

/** A rectangle of cells, 1-based: rows top … top + rows - 1, columns left … left + cols - 1. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1_048_576;
export { MAX_COLUMNS };

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  return lettersOfIndex(col - 1);
}

/** The 1-based column number of column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  return columnIndex(letters) + 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "B3" for one cell, "B3:K20" for more. */
export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.top + r.rows - 1, r.left + r.cols - 1)}`;
}

export function rect(top: number, left: number, bottom: number, right: number): Rect {
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export const bottomOf = (r: Rect): number => r.top + r.rows - 1;
export const rightOf = (r: Rect): number => r.left + r.cols - 1;

/** A sheet name as a formula writes it in front of "!": quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'a,b'!A1:B2,Sheet1!C3" into its areas, without the sheet prefixes. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts
    .map((p) => {
      const bang = p.lastIndexOf("!");
      return (bang >= 0 ? p.slice(bang + 1) : p).trim();
    })
    .filter((p) => p !== "");
}

/** One area: "B3", "B3:K20", "A:C" (whole columns) or "4:9" (whole rows); "$" allowed. */
export function parseArea(area: string): Rect | null {
  const [a = "", b = a, extra] = area.replace(/\$/g, "").toUpperCase().split(":");
  if (extra !== undefined) return null;
  const cell = /^([A-Z]{1,3})?(\d+)?$/;
  const ma = cell.exec(a);
  const mb = cell.exec(b);
  if (!ma || !mb || (ma[1] === undefined && ma[2] === undefined) || (mb[1] === undefined && mb[2] === undefined)) return null;
  const c1 = ma[1] !== undefined ? columnNumber(ma[1]) : 1;
  const c2 = mb[1] !== undefined ? columnNumber(mb[1]) : MAX_COLUMNS;
  const r1 = ma[2] !== undefined ? Number(ma[2]) : 1;
  const r2 = mb[2] !== undefined ? Number(mb[2]) : MAX_ROWS;
  if (r1 < 1 || r2 < 1 || c1 < 1 || c2 < 1) return null;
  return rect(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
}

/** Every area of an address as Excel writes it ("'Blad 1'!A1:B2,'Blad 1'!D4"). */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  for (const a of splitAreas(address)) {
    const r = parseArea(a);
    if (r) out.push(r);
  }
  return out;
}

/** The sheet name in front of "!" in an address Excel wrote ("'Blad 1'!A1" → "Blad 1"), or null. */
export function sheetOfAddress(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const s = address.slice(0, bang).trim().replace(/^=/, "");
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.cols <= outer.left + outer.cols
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.rows === b.rows && a.cols === b.cols;
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row < r.top + r.rows && col >= r.left && col < r.left + r.cols;
}

/** Sheet rows of `area` not covered by any visible area: the hidden rows. */
export function hiddenRowsIn(area: Rect, visible: readonly Rect[]): number[] {
  const spans = visible
    .map((v) => [Math.max(v.top, area.top), Math.min(v.top + v.rows, area.top + area.rows)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const hidden: number[] = [];
  let next = area.top;
  for (const [a, b] of spans) {
    for (let r = next; r < a; r++) hidden.push(r);
    next = Math.max(next, b);
  }
  for (let r = next; r < area.top + area.rows; r++) hidden.push(r);
  return hidden;
}
