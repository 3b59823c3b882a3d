// The workbench's document: the grid's data model. Cell contents and values
// live in the embedded engine (a BLWorkbook, so spilled BL tables are
// re-entered when they resize); what the engine does not keep lives here:
// number formats, bold cells, hidden rows, column widths, the active sheet
// and selection, the "begins with" fills (Excel's conditional formats), the
// workbook names and the add-in's settings. The grid reads and edits it; the
// embedded host (./host.ts) translates the pane's primitive operations to it.
//
// Settings are kept as [key, value] rows in the sheet "_begrotingslab",
// hidden by convention (no tab; the xlsx export marks it hidden), so they
// travel with a saved file. The sheet exists only while there is something
// to store.

import { DetailedCellError, type CellValue, type HyperFormula, type RawCellContent, type SimpleCellAddress } from "hyperformula";
import { BLWorkbook, localErrorCode } from "../engine";
import { ERROR_CODES } from "../engine/plugin";
import { parseAmount } from "../src/budget/numbers";
import type { Lang } from "../src/core/types";
import { cellAddress, containsCell, parseArea, type Rect } from "../taskpane/host/a1";
import type { CellRef } from "../taskpane/host/types";
import { fromUserFormula, toUserFormula } from "../src/core/syntax";

export const SETTINGS_SHEET = "_begrotingslab";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Selection extends CellRange {
  /** The active cell, inside the range. */
  readonly row: number;
  readonly col: number;
}

/** Formatting the engine does not keep. */
export interface SheetMeta {
  /** Number format per cell, key `${row},${col}` (1-based); absent means General. */
  readonly numFmt: Map<string, string>;
  /** Bold cells, key `${row},${col}`. */
  readonly bold: Set<string>;
  readonly hiddenRows: Set<number>;
  /** Columns hidden in the file (the workbench still shows them). */
  readonly hiddenCols: Set<number>;
  /** Column width in pixels by 1-based column; absent means the default width. */
  readonly colWidths: Map<number, number>;
  /** Rows frozen at the top in the file. */
  frozenRows: number;
  /** A sheet hidden in the file (Excel's hidden or very hidden). */
  hidden: boolean;
}

/** A fill for cells whose text begins with `text`, over an area: Excel's "text begins with" conditional format. */
export interface FillRule {
  readonly id: number;
  readonly sheet: string;
  readonly area: Rect;
  readonly text: string;
  /** CSS colour. */
  readonly fill: string;
}

export type ModelEvent =
  | { readonly type: "cells" }
  | { readonly type: "sheets" }
  | { readonly type: "selection"; readonly reveal: boolean }
  /** A user's own edit in the grid (typing, Delete): one step of the undo history. */
  | { readonly type: "edited"; readonly sheet: string; readonly range: Omit<CellRange, "sheet"> }
  /** A column the user made wider or narrower in the grid: one step of the undo history too. */
  | { readonly type: "resized"; readonly sheet: string; readonly col: number };

/** A formula the engine cannot read: the grid keeps the cell as it was and says so. */
export class FormulaError extends Error {}

/** Excel's default column width (8.43 characters) in pixels. */
export const DEFAULT_COL_WIDTH = 64;
/** A column's width where neither the file nor the user gave one, as the grid shows it: wider than Excel's, for the browser's fonts. */
export const SHOWN_DEFAULT_WIDTH = Math.max(88, DEFAULT_COL_WIDTH);
/** Excel's column width in characters as pixels (a character of the default font is 7 px, plus 5 px padding), and back. */
export const charsToPixels = (chars: number): number => Math.round(chars * 7 + 5);
export const pixelsToChars = (px: number): number => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);

export function emptyMeta(): SheetMeta {
  return { numFmt: new Map(), bold: new Set(), hiddenRows: new Set(), hiddenCols: new Set(), colWidths: new Map(), frozenRows: 0, hidden: false };
}

/** Text is stored with a leading apostrophe so "0.10" stays text and "=x" never becomes a formula. */
export function textContent(s: string): string {
  return `'${s}`;
}

/** A value the engine computed, as the pane and Excel's range.values give it ("" for empty, errors as "#REF!"). */
export function hostValue(v: CellValue): string | number | boolean {
  if (v instanceof DetailedCellError) return ERROR_CODES[v.type] ?? v.value;
  return v === null ? "" : v;
}

export interface ModelOptions {
  readonly lang?: Lang;
  readonly meta?: Map<string, SheetMeta>;
  readonly active?: string;
  readonly activeCell?: { row: number; col: number };
  readonly fills?: readonly Omit<FillRule, "id">[];
  readonly names?: ReadonlyMap<string, { sheet: string; area: Rect }>;
}

export class WorkbookModel {
  private wb: BLWorkbook;
  private language: Lang;
  private meta = new Map<string, SheetMeta>();
  private active = "";
  private sel: Selection = { sheet: "", top: 1, left: 1, bottom: 1, right: 1, row: 1, col: 1 };
  private readonly listeners = new Set<(e: ModelEvent) => void>();
  private rules: FillRule[] = [];
  private nextRule = 1;
  readonly names = new Map<string, { sheet: string; area: Rect }>();

  constructor(wb: BLWorkbook, options: ModelOptions = {}) {
    this.wb = wb;
    this.language = options.lang ?? wb.lang;
    this.adopt(wb, options);
  }

  /** The language of the engine's function names, the grid's numbers and what the user types. */
  get lang(): Lang {
    return this.language;
  }

  /** Takes a workbook built in another language (the pane's choice changed): see ./snapshot.ts, relanguage. */
  relanguage(lang: Lang, wb: BLWorkbook, options: Omit<ModelOptions, "lang"> = {}): void {
    this.language = lang;
    this.load(wb, options);
  }

  // ------------------------------------------------------------ the document

  get workbook(): BLWorkbook {
    return this.wb;
  }

  get hf(): HyperFormula {
    return this.wb.hf;
  }

  /** Replaces the workbook (a file was opened); the old engine is destroyed. */
  load(wb: BLWorkbook, options: Omit<ModelOptions, "lang"> = {}): void {
    const old = this.wb;
    this.adopt(wb, options);
    if (old !== wb) old.destroy();
    this.emit({ type: "sheets" });
    this.emit({ type: "selection", reveal: true });
  }

  private adopt(wb: BLWorkbook, options: Omit<ModelOptions, "lang">): void {
    this.wb = wb;
    this.meta = options.meta ?? new Map();
    this.rules = [];
    for (const f of options.fills ?? []) this.addFill(f.sheet, f.area, f.text, f.fill);
    this.names.clear();
    for (const [k, v] of options.names ?? []) this.names.set(k, v);
    const visible = this.visibleSheets();
    this.active = options.active !== undefined && visible.includes(options.active) ? options.active : (visible[0] ?? this.hf.getSheetNames()[0] ?? "");
    const row = options.activeCell?.row ?? 1;
    const col = options.activeCell?.col ?? 1;
    this.sel = { sheet: this.active, top: row, left: col, bottom: row, right: col, row, col };
  }

  subscribe(listener: (e: ModelEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(e: ModelEvent): void {
    for (const l of this.listeners) l(e);
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /** Sheets with a tab: not the settings sheet, not sheets hidden in the file. */
  visibleSheets(): string[] {
    return this.sheetNames().filter((n) => n !== SETTINGS_SHEET && !this.meta.get(n)?.hidden);
  }

  sheetMeta(sheet: string): SheetMeta {
    let m = this.meta.get(sheet);
    if (!m) this.meta.set(sheet, (m = emptyMeta()));
    return m;
  }

  allMeta(): ReadonlyMap<string, SheetMeta> {
    return this.meta;
  }

  sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`Sheet "${sheet}" does not exist.`);
    return id;
  }

  /** The sheet of that name, compared without case as Excel does; null when there is none. */
  findSheet(name: string): string | null {
    const names = this.sheetNames();
    const want = name.trim().toLowerCase();
    return names.find((n) => n === name) ?? names.find((n) => n.toLowerCase() === want) ?? null;
  }

  /** Rows and columns in use (0 × 0 for a missing sheet). */
  dimensions(sheet: string): { rows: number; cols: number } {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return { rows: 0, cols: 0 };
    const d = this.hf.getSheetDimensions(id);
    return { rows: d.height, cols: d.width };
  }

  activeSheet(): string {
    return this.active;
  }

  setActiveSheet(sheet: string): void {
    if (!this.sheetNames().includes(sheet) || sheet === this.active) return;
    this.active = sheet;
    this.sel = { sheet, top: 1, left: 1, bottom: 1, right: 1, row: 1, col: 1 };
    this.emit({ type: "sheets" });
    this.emit({ type: "selection", reveal: true });
  }

  selection(): Selection {
    return this.sel;
  }

  /**
   * Selects a range with an active cell inside it (the grid calls this on
   * clicks and keys). `quiet`: the caller tells the grid itself, once, after
   * a batch of changes (the embedded host does).
   */
  select(range: Omit<CellRange, "sheet"> & { row?: number; col?: number }, reveal = false, quiet = false): void {
    const top = Math.max(1, Math.min(range.top, range.bottom));
    const bottom = Math.max(1, range.top, range.bottom);
    const left = Math.max(1, Math.min(range.left, range.right));
    const right = Math.max(1, range.left, range.right);
    const row = Math.min(bottom, Math.max(top, range.row ?? top));
    const col = Math.min(right, Math.max(left, range.col ?? left));
    this.sel = { sheet: this.active, top, left, bottom, right, row, col };
    if (!quiet) this.emit({ type: "selection", reveal });
  }

  /** Activates a sheet and selects one cell on it, brought into view (a followed link). */
  goTo(ref: CellRef): void {
    const sheet = this.findSheet(ref.sheet);
    if (sheet === null) return;
    if (sheet !== this.active) {
      this.active = sheet;
      this.emit({ type: "sheets" });
    }
    this.sel = { sheet, top: ref.row, bottom: ref.row, left: ref.col, right: ref.col, row: ref.row, col: ref.col };
    this.emit({ type: "selection", reveal: true });
  }

  address(sheet: string, row: number, col: number): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row: row - 1, col: col - 1 };
  }

  cellValue(sheet: string, row: number, col: number): CellValue {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return null;
    return this.hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
  }

  cellFormula(sheet: string, row: number, col: number): string | undefined {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return undefined;
    return this.hf.getCellFormula({ sheet: id, row: row - 1, col: col - 1 });
  }

  /** True when a cell holds nothing at all: no value, no formula, not part of a spilled table. */
  isCellEmpty(sheet: string, row: number, col: number): boolean {
    const a = this.address(sheet, row, col);
    if (this.hf.isCellPartOfArray(a)) return false;
    if (this.hf.getCellFormula(a) !== undefined) return false;
    const v = this.hf.getCellValue(a);
    return v === null || v === "";
  }

  numFmt(sheet: string, row: number, col: number): string | undefined {
    return this.meta.get(sheet)?.numFmt.get(`${row},${col}`);
  }

  isBold(sheet: string, row: number, col: number): boolean {
    return this.meta.get(sheet)?.bold.has(`${row},${col}`) === true;
  }

  /** What the editor and the formula bar show: the formula, or the value as the user would type it. */
  cellInput(sheet: string, row: number, col: number): string {
    const f = this.cellFormula(sheet, row, col);
    // In Dutch the formula bar shows ";" between arguments and a decimal comma, as Dutch Excel does.
    if (f !== undefined) return toUserFormula(f, this.lang);
    const a = this.address(sheet, row, col);
    // A cell inside a spilled table shows its value but has no input of its own.
    const v = this.hf.getCellValue(a);
    if (v === null) return "";
    if (v instanceof DetailedCellError) return localErrorCode(ERROR_CODES[v.type] ?? v.value, this.lang);
    if (typeof v === "boolean") return this.booleanText(v);
    if (typeof v === "number") {
      const pct = this.numFmt(sheet, row, col)?.includes("%");
      const x = pct ? Math.round(v * 100 * 1e10) / 1e10 : v;
      const s = String(x);
      return `${this.lang === "nl" ? s.replace(".", ",") : s}${pct ? "%" : ""}`;
    }
    // Text that would be read back as a number, a formula or a logical value shows its apostrophe, as in Excel.
    const parsed = this.parseInput(v);
    return typeof parsed === "string" && parsed === textContent(v) ? v : `'${v}`;
  }

  booleanText(b: boolean): string {
    if (this.lang === "en") return b ? "TRUE" : "FALSE";
    return b ? "WAAR" : "ONWAAR";
  }

  /**
   * What the user typed, as engine content: a formula, a number (Dutch
   * notation "1.234,5" and "30%" in Dutch, "1234.5" in English), a logical
   * value, or text. A leading apostrophe forces text, as in Excel.
   */
  parseInput(text: string): RawCellContent {
    if (text === "") return null;
    if (text.startsWith("'")) return text;
    if (text.startsWith("=") && text.length > 1) return fromUserFormula(text, this.lang);
    const t = text.trim();
    const upper = t.toUpperCase();
    if (upper === "TRUE" || upper === "WAAR") return true;
    if (upper === "FALSE" || upper === "ONWAAR") return false;
    const pct = /^(.*\d)\s*%$/.exec(t);
    const body = pct ? (pct[1] ?? "") : t;
    const number = this.lang === "nl" ? /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/ : /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/;
    if (number.test(body)) {
      const n = this.lang === "nl" ? parseAmount(body) : Number(body.replace(/,/g, ""));
      if (typeof n === "number" && Number.isFinite(n)) return pct ? n / 100 : n;
    }
    return textContent(text);
  }

  /** A user's edit of one cell (the grid's editor and formula bar). */
  setCellInput(sheet: string, row: number, col: number, text: string): void {
    const content = this.parseInput(text);
    // Excel does not take a formula it cannot read; neither does the grid (no "#ERROR!" with a parser's English).
    if (typeof content === "string" && content.startsWith("=") && !this.hf.validateFormula(content)) throw new FormulaError(content);
    const m = this.sheetMeta(sheet);
    const key = `${row},${col}`;
    // Typing "25%" gives a percent format, as in Excel, but keeps one the cell already has ("0.0%" of a template input).
    if (typeof content === "number" && /%\s*$/.test(text) && !m.numFmt.get(key)?.includes("%")) m.numFmt.set(key, "0%");
    else if (content === null) m.numFmt.delete(key);
    this.wb.setCell(this.address(sheet, row, col), content);
    this.emit({ type: "cells" });
    this.emit({ type: "edited", sheet, range: { top: row, left: col, bottom: row, right: col } });
  }

  /** A user's new width of a column (pixels), dragged or fitted in the grid. */
  setColumnWidth(sheet: string, col: number, px: number): void {
    this.sheetMeta(sheet).colWidths.set(col, Math.round(px));
    this.emit({ type: "cells" });
    this.emit({ type: "resized", sheet, col });
  }

  /** Clears the contents of a range (Delete). */
  clearRange(range: CellRange): void {
    const d = this.dimensions(range.sheet);
    const bottom = Math.min(range.bottom, Math.max(d.rows, range.top));
    const right = Math.min(range.right, Math.max(d.cols, range.left));
    const empty = Array.from({ length: bottom - range.top + 1 }, () => Array.from({ length: right - range.left + 1 }, () => null));
    this.hf.setCellContents(this.address(range.sheet, range.top, range.left), empty);
    this.wb.settle();
    this.emit({ type: "cells" });
    this.emit({ type: "edited", sheet: range.sheet, range: { top: range.top, left: range.left, bottom: range.bottom, right: range.right } });
  }

  // ------------------------------------------------------------ fills and names

  addFill(sheet: string, area: Rect, text: string, fill: string): FillRule {
    const rule: FillRule = { id: this.nextRule++, sheet, area, text, fill };
    this.rules.push(rule);
    return rule;
  }

  deleteFill(id: number): void {
    this.rules = this.rules.filter((r) => r.id !== id);
  }

  fills(): readonly FillRule[] {
    return this.rules;
  }

  /** The fill of a cell from the verdict colouring: the longest matching text wins, so no label shadows a longer one. */
  fillAt(sheet: string, row: number, col: number): string | undefined {
    let best: string | undefined;
    let bestLen = -1;
    let text: string | null = null;
    for (const f of this.rules) {
      if (f.sheet !== sheet || !containsCell(f.area, row, col)) continue;
      if (text === null) {
        const v = this.cellValue(sheet, row, col);
        text = typeof v === "string" ? v : "";
      }
      if (f.text.length > bestLen && text.startsWith(f.text)) {
        best = f.fill;
        bestLen = f.text.length;
      }
    }
    return best;
  }

  /** The in-workbook target of a HYPERLINK("#'Sheet'!A12", …) cell, for the grid to follow. */
  linkTarget(sheet: string, row: number, col: number): CellRef | null {
    const f = this.cellFormula(sheet, row, col);
    if (f === undefined) return null;
    const m = /^=\s*[A-Z.]+\(\s*"#((?:'(?:[^']|'')+')|[^"!]+)!\$?([A-Z]{1,3})\$?(\d+)"/i.exec(f);
    if (!m || !m[1] || !m[2] || !m[3]) return null;
    const name = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    const target = this.findSheet(name);
    const pos = parseArea(`${m[2]}${m[3]}`);
    if (target === null || !pos) return null;
    return { sheet: target, row: pos.top, col: pos.left };
  }

  // ------------------------------------------------------------ values

  /** Values of a range as the pane reads them ("" for empty). */
  rangeValues(sheet: string, top: number, left: number, bottom: number, right: number): (string | number | boolean)[][] {
    if (bottom < top || right < left) return [];
    const id = this.sheetId(sheet);
    return this.hf.getRangeValues({ start: { sheet: id, row: top - 1, col: left - 1 }, end: { sheet: id, row: bottom - 1, col: right - 1 } }).map((row) => row.map(hostValue));
  }

  /** The used range: from the first to the last row and column holding anything. */
  usedRange(sheet: string): Omit<CellRange, "sheet"> | null {
    const d = this.dimensions(sheet);
    if (d.rows === 0 || d.cols === 0) return null;
    const values = this.hf.getSheetSerialized(this.sheetId(sheet));
    let top = Infinity;
    let left = Infinity;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        if (r < top) top = r;
        if (c < left) left = c;
      }),
    );
    if (top === Infinity) return null;
    return { top: top + 1, left: left + 1, bottom: d.rows, right: d.cols };
  }

  // ------------------------------------------------------------ settings

  /** The add-in's settings, as [key, value] rows of the settings sheet. */
  settings(): Map<string, string> {
    const out = new Map<string, string>();
    const id = this.hf.getSheetId(SETTINGS_SHEET);
    if (id === undefined) return out;
    for (const row of this.hf.getSheetValues(id)) {
      const [k, v] = row;
      if (typeof k === "string" && typeof v === "string") out.set(k, v);
    }
    return out;
  }

  /** Sets or (null) removes settings; the settings sheet goes when nothing is left. */
  writeSettings(entries: Readonly<Record<string, string | null>>): void {
    const all = this.settings();
    for (const [k, v] of Object.entries(entries)) {
      if (v === null) all.delete(k);
      else all.set(k, v);
    }
    const id = this.hf.getSheetId(SETTINGS_SHEET);
    if (all.size === 0) {
      if (id !== undefined) {
        this.hf.removeSheet(id);
        this.meta.delete(SETTINGS_SHEET);
        this.wb.settle();
        this.emit({ type: "cells" });
      }
      return;
    }
    const rows: RawCellContent[][] = [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [textContent(k), textContent(v)]);
    if (id === undefined) this.hf.addSheet(SETTINGS_SHEET);
    this.wb.setSheet(this.sheetId(SETTINGS_SHEET), rows);
    this.sheetMeta(SETTINGS_SHEET).hidden = true;
    // A change like any other for the undo history and the kept work, though no cell on view changed.
    this.emit({ type: "cells" });
  }

  /** Where the active cell is, as "B12". */
  activeAddress(): string {
    return cellAddress(this.sel.row, this.sel.col);
  }
}
