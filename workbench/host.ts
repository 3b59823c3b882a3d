// The Host over the embedded engine (a BLWorkbook), used by the workbench in
// the browser and by the tests. Besides the Host interface it offers the small
// API the grid needs: sheets, the active sheet, the selection, what to show in
// a cell, number formats, hidden rows and the verdict fills.
//
// Where things live:
// - Cell contents and values: only in the engine, and every change goes
//   through BLWorkbook so spilled BL tables are re-entered when they resize.
// - Formats (number formats, hidden rows, column widths): in `SheetMeta`,
//   the host's own model, because HyperFormula has none. The grid reads them.
// - Settings (PaneSettings) and the verdict fills: as JSON text in column A of
//   the sheet "_begrotingslab", hidden by convention (the workbench shows no
//   tab for it, the xlsx export marks it hidden). So they travel with a saved
//   file, and Excel users who open the file see an ordinary hidden sheet. The
//   sheet exists only while there is something to store.

import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent, type SimpleCellAddress } from "hyperformula";
import { BLWorkbook, localErrorCode } from "../engine";
import { ERROR_CODES, HF_LANG } from "../engine/plugin";
import { parseAmount } from "../src/budget/numbers";
import type { Lang } from "../src/core/types";
import { KEY_COL, MARKER_PREFIX } from "../src/scenarios/templates";
import {
  HostError,
  notTemplate,
  RESULT_SHEET,
  userCell,
  RULES_SHEET,
  type BudgetRegion,
  type CellRef,
  type Host,
  type InputWrite,
  type PaneSettings,
  type ResultPlan,
  type SheetCell,
  type SheetOptions,
  type WrittenArea,
} from "../taskpane/host/types";
import { columnLetters } from "../taskpane/host/a1";

export { columnLetters };
export const SETTINGS_SHEET = "_begrotingslab";
/** Excel keeps at most 32,767 characters in a cell; the JSON is split over cells of this size. */
const SETTINGS_CHUNK = 30000;
const SETTINGS_FORMAT = "begrotingslab-settings";
/** Name under which the verdict fills are listed in WrittenArea.created (as Excel names its rule). */
export const FILL_RULE_NAME = "Begrotingslab-oordeelkleuren";

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
  readonly hiddenRows: Set<number>;
  /** Column width in pixels by 1-based column; absent means the default width. */
  readonly colWidths: Map<number, number>;
  /** A sheet hidden in the file (Excel's hidden or very hidden). */
  hidden: boolean;
}

/**
 * A fill per verdict text over a range, like an Excel conditional format: a
 * cell whose text is the verdict text or begins with it ("Verkeerd niveau:
 * Rijk" for "Verkeerd niveau") gets the colour.
 */
export interface ConditionalFill {
  readonly sheet: string;
  /** A1 range, e.g. "H5:K375". */
  readonly range: string;
  /** Cell text → CSS colour. */
  readonly fills: Readonly<Record<string, string>>;
}

export type HostEvent = { readonly type: "cells" } | { readonly type: "sheets" } | { readonly type: "selection"; readonly reveal: boolean };

interface StoredSettings {
  format: typeof SETTINGS_FORMAT;
  version: 1;
  settings: PaneSettings;
  fills: ConditionalFill[];
  /** Sheets the add-in created with writeSheet (it may rewrite only these). */
  sheets?: string[];
}

export function emptyMeta(): SheetMeta {
  return { numFmt: new Map(), hiddenRows: new Set(), colWidths: new Map(), hidden: false };
}


export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}

/** Parses "B5" or "H4:K312" (with or without $) into 1-based bounds. */
export function parseRangeA1(s: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(s.trim());
  if (!m) return null;
  const col = (letters: string): number => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1] ?? "A");
  const r2 = m[4] !== undefined ? Number(m[4]) : r1;
  const c2 = m[3] !== undefined ? col(m[3]) : c1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Keys in a stable order, so the stored JSON is the same text for the same settings. */
function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (x && typeof x === "object") {
    return Object.fromEntries(
      Object.keys(x as Record<string, unknown>)
        .sort()
        .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((x as Record<string, unknown>)[k])]),
    );
  }
  return x;
}

/** Text is stored with a leading apostrophe so "0.10" stays text and "=x" never becomes a formula. */
export function textContent(s: string): string {
  return `'${s}`;
}

/** A value the engine computed, as the task pane and Excel's range.values give it. */
export function hostValue(v: CellValue): string | number | boolean | null {
  if (v instanceof DetailedCellError) return ERROR_CODES[v.type] ?? v.value;
  return v;
}

/** The colour for a cell text; the longest matching verdict text wins, so no label shadows a longer one. */
export function fillFor(f: ConditionalFill, text: string): string | undefined {
  let best: string | undefined;
  let bestLen = -1;
  for (const [label, colour] of Object.entries(f.fills)) {
    if (label.length > bestLen && (text === label || text.startsWith(label))) {
      best = colour;
      bestLen = label.length;
    }
  }
  return best;
}

function isEmptySettings(s: PaneSettings): boolean {
  return Object.values(s).every((v) => v === undefined);
}

export class EmbeddedHost implements Host {
  readonly kind = "embedded" as const;
  private wb: BLWorkbook;
  private readonly lang: Lang;
  private meta = new Map<string, SheetMeta>();
  private active: string;
  private sel: Selection;
  private readonly listeners = new Set<(e: HostEvent) => void>();
  /** The fills as stored in the settings sheet, parsed once per change. */
  private fillCache: ConditionalFill[] | null = null;

  /** How a built workbook reaches the user (the workbench downloads it); none in tests unless given. */
  private readonly deliver: ((bytes: Uint8Array, fileName: string) => void) | undefined;

  constructor(
    wb: BLWorkbook,
    options: { lang?: Lang; meta?: Map<string, SheetMeta>; active?: string; activeCell?: { row: number; col: number }; deliver?: (bytes: Uint8Array, fileName: string) => void } = {},
  ) {
    this.wb = wb;
    this.deliver = options.deliver;
    this.lang = options.lang ?? wb.lang;
    this.active = "";
    this.sel = { sheet: "", top: 1, left: 1, bottom: 1, right: 1, row: 1, col: 1 };
    this.adopt(wb, options.meta, options.active, options.activeCell);
  }

  // ------------------------------------------------------------ the document

  get workbook(): BLWorkbook {
    return this.wb;
  }

  get hf(): HyperFormula {
    return this.wb.hf;
  }

  /** Replaces the workbook (a file was opened); the old engine is destroyed. */
  load(wb: BLWorkbook, meta?: Map<string, SheetMeta>, active?: string, activeCell?: { row: number; col: number }): void {
    const old = this.wb;
    this.adopt(wb, meta, active, activeCell);
    if (old !== wb) old.destroy();
    this.emit({ type: "sheets" });
    this.emit({ type: "selection", reveal: true });
  }

  private adopt(wb: BLWorkbook, meta: Map<string, SheetMeta> | undefined, active: string | undefined, activeCell: { row: number; col: number } | undefined): void {
    this.wb = wb;
    this.meta = meta ?? new Map();
    this.fillCache = null;
    const visible = this.visibleSheets();
    this.active = active !== undefined && visible.includes(active) ? active : (visible[0] ?? this.hf.getSheetNames()[0] ?? "");
    const row = activeCell?.row ?? 1;
    const col = activeCell?.col ?? 1;
    this.sel = { sheet: this.active, top: row, left: col, bottom: row, right: col, row, col };
  }

  subscribe(listener: (e: HostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: HostEvent): void {
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

  private sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`Sheet "${sheet}" does not exist.`);
    return id;
  }

  private findSheet(name: string): string | null {
    const names = this.sheetNames();
    const want = name.trim().toLowerCase();
    return names.find((n) => n === name) ?? names.find((n) => n.toLowerCase() === want) ?? null;
  }

  /** Rows and columns in use (at least 1 × 1 for an empty sheet). */
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

  /** Selects a range with an active cell inside it (the grid calls this on clicks and keys). */
  select(range: Omit<CellRange, "sheet"> & { row?: number; col?: number }, reveal = false): void {
    const top = Math.max(1, Math.min(range.top, range.bottom));
    const bottom = Math.max(1, range.top, range.bottom);
    const left = Math.max(1, Math.min(range.left, range.right));
    const right = Math.max(1, range.left, range.right);
    const row = Math.min(bottom, Math.max(top, range.row ?? top));
    const col = Math.min(right, Math.max(left, range.col ?? left));
    this.sel = { sheet: this.active, top, left, bottom, right, row, col };
    this.emit({ type: "selection", reveal });
  }

  private address(sheet: string, row: number, col: number): SimpleCellAddress {
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

  /** What the editor and the formula bar show: the formula, or the value as the user would type it. */
  cellInput(sheet: string, row: number, col: number): string {
    const f = this.cellFormula(sheet, row, col);
    if (f !== undefined) return f;
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
    if (text.startsWith("=") && text.length > 1) return text;
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
    const m = this.sheetMeta(sheet);
    const key = `${row},${col}`;
    // Typing "25%" gives a percent format, as in Excel, but keeps one the cell already has ("0.0%" of a template input).
    if (typeof content === "number" && /%\s*$/.test(text) && !m.numFmt.get(key)?.includes("%")) m.numFmt.set(key, "0%");
    else if (content === null) m.numFmt.delete(key);
    this.wb.setCell(this.address(sheet, row, col), content);
    this.touched(sheet);
    this.emit({ type: "cells" });
  }

  /** Clears the contents of a range (Delete). */
  clearRange(range: CellRange): void {
    const d = this.dimensions(range.sheet);
    const bottom = Math.min(range.bottom, Math.max(d.rows, range.top));
    const right = Math.min(range.right, Math.max(d.cols, range.left));
    const empty = Array.from({ length: bottom - range.top + 1 }, () => Array.from({ length: right - range.left + 1 }, () => null));
    this.hf.setCellContents(this.address(range.sheet, range.top, range.left), empty);
    this.wb.settle();
    this.touched(range.sheet);
    this.emit({ type: "cells" });
  }

  private touched(sheet: string): void {
    if (sheet === SETTINGS_SHEET) this.fillCache = null;
  }

  /** The fill of a cell from the verdict colouring, if any. */
  fillAt(sheet: string, row: number, col: number): string | undefined {
    for (const f of this.fills()) {
      if (f.sheet !== sheet) continue;
      const r = parseRangeA1(f.range);
      if (!r || row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
      const v = this.cellValue(sheet, row, col);
      if (typeof v !== "string") continue;
      const colour = fillFor(f, v);
      if (colour !== undefined) return colour;
    }
    return undefined;
  }

  /** The in-workbook target of a HYPERLINK("#'Sheet'!A12", …) cell, for the grid to follow. */
  linkTarget(sheet: string, row: number, col: number): CellRef | null {
    const f = this.cellFormula(sheet, row, col);
    if (f === undefined) return null;
    const m = /^=\s*[A-Z.]+\(\s*"#((?:'(?:[^']|'')+')|[^"!]+)!\$?([A-Z]{1,3})\$?(\d+)"/i.exec(f);
    if (!m || !m[1] || !m[2] || !m[3]) return null;
    const name = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    const target = this.findSheet(name);
    const pos = parseRangeA1(`${m[2]}${m[3]}`);
    if (target === null || !pos) return null;
    return { sheet: target, row: pos.top, col: pos.left };
  }

  // ------------------------------------------------------------ Host

  language(): Lang {
    return this.lang;
  }

  private rangeValues(sheet: string, top: number, left: number, bottom: number, right: number): unknown[][] {
    const id = this.sheetId(sheet);
    if (bottom < top || right < left) return [];
    return this.hf
      .getRangeValues({ start: { sheet: id, row: top - 1, col: left - 1 }, end: { sheet: id, row: bottom - 1, col: right - 1 } })
      .map((row) => row.map(hostValue));
  }

  /**
   * Excel's current region: the smallest rectangle around the cell bounded by
   * empty rows and columns (diagonal neighbours count, as in Excel).
   */
  currentRegion(sheet: string, row: number, col: number): Omit<CellRange, "sheet"> {
    const d = this.dimensions(sheet);
    let top = row;
    let bottom = row;
    let left = col;
    let right = col;
    const filled = (r: number, c: number): boolean => r >= 1 && c >= 1 && r <= d.rows && c <= d.cols && !this.isCellEmpty(sheet, r, c);
    const rowHas = (r: number, from: number, to: number): boolean => {
      for (let c = Math.max(1, from); c <= Math.min(d.cols, to); c++) if (filled(r, c)) return true;
      return false;
    };
    const colHas = (c: number, from: number, to: number): boolean => {
      for (let r = Math.max(1, from); r <= Math.min(d.rows, to); r++) if (filled(r, c)) return true;
      return false;
    };
    for (let grew = true; grew; ) {
      grew = false;
      while (top > 1 && rowHas(top - 1, left - 1, right + 1)) (top--, (grew = true));
      while (bottom < d.rows && rowHas(bottom + 1, left - 1, right + 1)) (bottom++, (grew = true));
      while (left > 1 && colHas(left - 1, top - 1, bottom + 1)) (left--, (grew = true));
      while (right < d.cols && colHas(right + 1, top - 1, bottom + 1)) (right++, (grew = true));
    }
    return { top, left, bottom, right };
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

  async readBudget(): Promise<BudgetRegion> {
    const sheet = this.active;
    const s = this.sel;
    let found: { range: Omit<CellRange, "sheet">; source: BudgetRegion["source"] } | null = null;
    if (s.sheet === sheet && (s.bottom > s.top || s.right > s.left)) {
      // A whole-row selection (selectRow) reaches past the data; read what is there.
      const d = this.dimensions(sheet);
      found = { range: { top: s.top, left: s.left, bottom: Math.min(s.bottom, Math.max(d.rows, s.top)), right: Math.min(s.right, Math.max(d.cols, s.left)) }, source: "selection" };
    } else {
      const r = this.currentRegion(sheet, s.row, s.col);
      if (r.bottom > r.top || r.right > r.left) found = { range: r, source: "region" };
    }
    if (!found) {
      const used = this.usedRange(sheet);
      found = { range: used ?? { top: 1, left: 1, bottom: 1, right: 1 }, source: "used" };
    }
    const { top, left, bottom, right } = found.range;
    const hidden = [...(this.meta.get(sheet)?.hiddenRows ?? [])].filter((r) => r >= top && r <= bottom).sort((a, b) => a - b);
    return { sheet, top, left, values: this.rangeValues(sheet, top, left, bottom, right), hiddenRows: hidden, source: found.source };
  }

  async readSheet(name: string): Promise<unknown[][] | null> {
    const sheet = this.findSheet(name);
    if (sheet === null) return null;
    const d = this.dimensions(sheet);
    return this.rangeValues(sheet, 1, 1, d.rows, d.cols);
  }

  async writeResults(plan: ResultPlan): Promise<WrittenArea> {
    await this.removeResults();
    const sheet = this.findSheet(plan.sheet);
    if (sheet === null) throw new Error(`Sheet "${plan.sheet}" does not exist.`);
    const width = plan.header.length;
    const left = plan.lastColumn + 1;
    const right = plan.lastColumn + width;
    const top = plan.headerRow;
    let bottom = top;
    for (const r of plan.rows) if (r.row > bottom) bottom = r.row;

    let allEmpty = width > 0;
    for (let r = top; r <= bottom && allEmpty; r++) {
      for (let c = left; c <= right; c++) {
        if (!this.isCellEmpty(sheet, r, c)) {
          allEmpty = false;
          break;
        }
      }
    }
    const fills: Record<string, string> = {};
    for (const [verdict, text] of Object.entries(plan.verdictText)) {
      const colour = plan.colors[verdict as keyof typeof plan.colors];
      if (colour !== undefined) fills[text] = colour;
    }
    const cell = (v: string | number | null): RawCellContent => (typeof v === "string" ? (v === "" ? null : textContent(v)) : v);

    let written: WrittenArea;
    let fill: ConditionalFill;
    if (allEmpty) {
      // Every target cell is empty: one block write, empty rows stay empty.
      const block: RawCellContent[][] = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: width }, () => null));
      block[0] = plan.header.map((h) => cell(h));
      for (const r of plan.rows) block[r.row - top] = Array.from({ length: width }, (_, k) => cell(r.cells[k] ?? null));
      this.hf.setCellContents(this.address(sheet, top, left), block);
      this.wb.settle();
      const range = rangeA1(top, left, bottom, right);
      written = { kind: "columns", sheet, range, created: [FILL_RULE_NAME] };
      fill = { sheet, range, fills };
    } else {
      // A user's cell is in the way: a sheet of our own, one row per line with a link back.
      const name = this.freeSheetName(RESULT_SHEET);
      this.hf.addSheet(name);
      const link = engineFunctionNameOf("HYPERLINK", this.lang);
      const rowWord = this.lang === "nl" ? "Rij" : "Row";
      const quoted = `'${sheet.replace(/'/g, "''")}'`;
      const esc = (s: string): string => s.replace(/"/g, '""');
      const content: RawCellContent[][] = [[textContent(rowWord), ...plan.header.map((h) => cell(h))]];
      for (const r of plan.rows) {
        content.push([`=${link}("${esc(`#${quoted}!A${r.row}`)}","${esc(`${rowWord} ${r.row}`)}")`, ...Array.from({ length: width }, (_, k) => cell(r.cells[k] ?? null))]);
      }
      this.wb.setSheet(this.sheetId(name), content);
      const m = this.sheetMeta(name);
      m.colWidths.set(1, 80);
      plan.header.forEach((h, k) => {
        let len = h.length;
        for (const r of plan.rows) len = Math.max(len, String(r.cells[k] ?? "").length);
        m.colWidths.set(k + 2, Math.min(420, Math.max(64, len * 7 + 16)));
      });
      const range = rangeA1(1, 1, plan.rows.length + 1, width + 1);
      written = { kind: "sheet", sheet: name, range, created: [name] };
      fill = { sheet: name, range, fills };
      this.emit({ type: "sheets" });
    }
    const stored = this.readStored();
    this.writeStored({ ...stored, settings: { ...stored.settings, written }, fills: [...stored.fills, fill] });
    this.emit({ type: "cells" });
    return written;
  }

  private freeSheetName(base: string): string {
    const taken = new Set(this.sheetNames().map((n) => n.toLowerCase()));
    if (!taken.has(base.toLowerCase())) return base;
    for (let i = 2; ; i++) {
      const name = `${base} (${i})`;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }

  async removeResults(): Promise<boolean> {
    const stored = this.readStored();
    const written = stored.settings.written;
    if (!written) return false;
    if (written.kind === "columns") {
      const r = parseRangeA1(written.range);
      if (r && this.findSheet(written.sheet) !== null) {
        const sheet = this.findSheet(written.sheet) as string;
        const empty = Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => null));
        this.hf.setCellContents(this.address(sheet, r.top, r.left), empty);
        this.wb.settle();
      }
    } else {
      for (const name of written.created) {
        const id = this.hf.getSheetId(name);
        if (id === undefined) continue;
        this.hf.removeSheet(id);
        this.meta.delete(name);
      }
      this.wb.settle();
      if (!this.sheetNames().includes(this.active)) {
        this.active = this.visibleSheets()[0] ?? this.sheetNames()[0] ?? "";
        this.sel = { sheet: this.active, top: 1, left: 1, bottom: 1, right: 1, row: 1, col: 1 };
      }
      this.emit({ type: "sheets" });
    }
    const { written: _dropped, ...rest } = stored.settings;
    void _dropped;
    const fills = stored.fills.filter((f) => !(f.sheet === written.sheet && f.range === written.range));
    this.writeStored({ ...stored, settings: rest, fills });
    this.emit({ type: "cells" });
    this.emit({ type: "selection", reveal: false });
    return true;
  }

  async selectRow(ref: CellRef): Promise<void> {
    const sheet = this.findSheet(ref.sheet);
    if (sheet === null) return;
    if (sheet !== this.active) {
      this.active = sheet;
      this.emit({ type: "sheets" });
    }
    const d = this.dimensions(sheet);
    this.sel = { sheet, top: ref.row, bottom: ref.row, left: 1, right: Math.max(1, d.cols), row: ref.row, col: Math.max(1, ref.col) };
    this.emit({ type: "selection", reveal: true });
  }

  async openRulesSheet(header: readonly string[]): Promise<void> {
    let sheet = this.findSheet(RULES_SHEET) ?? this.findSheet("Rules");
    if (sheet === null) {
      sheet = RULES_SHEET;
      this.hf.addSheet(sheet);
      this.wb.setSheet(this.sheetId(sheet), [header.map((h) => textContent(h))]);
      const m = this.sheetMeta(sheet);
      header.forEach((h, k) => m.colWidths.set(k + 1, Math.max(100, h.length * 8 + 16)));
    }
    this.active = sheet;
    this.sel = { sheet, top: 2, left: 1, bottom: 2, right: 1, row: 2, col: 1 };
    this.emit({ type: "sheets" });
    this.emit({ type: "selection", reveal: true });
  }

  async getSettings(): Promise<PaneSettings> {
    return this.readStored().settings;
  }

  async setSettings(settings: PaneSettings): Promise<void> {
    const stored = this.readStored();
    this.writeStored({ ...stored, settings });
  }

  // ------------------------------------------------------------ scenarios

  async listSheets(): Promise<{ names: string[]; active: string }> {
    return { names: this.sheetNames().filter((n) => n !== SETTINGS_SHEET), active: this.active };
  }

  async readCells(refs: readonly CellRef[]): Promise<unknown[]> {
    return refs.map((r) => {
      const sheet = this.findSheet(r.sheet);
      return sheet === null ? null : hostValue(this.cellValue(sheet, r.row, r.col));
    });
  }

  private firstRowStarts(sheet: string, header: readonly string[]): boolean {
    return header.length > 0 && header.every((h, k) => this.cellValue(sheet, 1, k + 1) === h);
  }

  async writeSheet(name: string, cells: readonly SheetCell[], opts: SheetOptions = {}): Promise<string> {
    const stored = this.readStored();
    const owned = stored.sheets ?? [];
    const existing = this.findSheet(name);
    const ours =
      existing !== null &&
      ((opts.replace === true && owned.some((n) => n.toLowerCase() === existing.toLowerCase())) || (opts.replaceIfHeader !== undefined && this.firstRowStarts(existing, opts.replaceIfHeader)));
    const target = ours ? existing : this.freeSheetName(name);
    if (!ours) this.hf.addSheet(target);
    const rows: RawCellContent[][] = [];
    const meta = emptyMeta();
    for (const c of cells) {
      const r = (rows[c.row - 1] ??= []);
      r[c.col - 1] = c.formula !== undefined ? `=${c.formula}` : typeof c.value === "string" ? textContent(c.value) : (c.value ?? null);
      if (c.format !== undefined) meta.numFmt.set(`${c.row},${c.col}`, c.format);
    }
    const content = Array.from({ length: rows.length }, (_, i) => {
      const r = rows[i] ?? [];
      return Array.from({ length: r.length }, (_, j) => r[j] ?? null);
    });
    this.wb.setSheet(this.sheetId(target), content);
    // Characters to pixels, as the grid draws them (about 7 px a character plus padding).
    (opts.widths ?? []).forEach((w, k) => meta.colWidths.set(k + 1, Math.round(w * 7 + 10)));
    meta.hidden = opts.hidden === true;
    this.meta.set(target, meta);
    const sheets = owned.some((n) => n.toLowerCase() === target.toLowerCase()) ? owned : [...owned, target];
    this.writeStored({ ...this.readStored(), sheets });
    if (opts.activate) {
      this.active = target;
      this.sel = { sheet: target, top: 1, left: 1, bottom: 1, right: 1, row: 1, col: 1 };
    }
    this.emit({ type: "sheets" });
    this.emit({ type: "cells" });
    if (opts.activate) this.emit({ type: "selection", reveal: true });
    return target;
  }

  async writeInputs(sheetName: string, cells: readonly InputWrite[]): Promise<void> {
    const sheet = this.findSheet(sheetName);
    if (sheet === null) throw new HostError({ nl: `Blad "${sheetName}" bestaat niet.`, en: `Sheet "${sheetName}" does not exist.` });
    const marker = this.cellValue(sheet, 1, KEY_COL + 1);
    if (typeof marker !== "string" || !marker.startsWith(MARKER_PREFIX)) throw new HostError(notTemplate(sheet));
    for (const c of cells) {
      const a = this.address(sheet, c.row, c.col);
      const v = this.hf.getCellValue(a);
      if (this.hf.getCellFormula(a) !== undefined || this.hf.isCellPartOfArray(a) || !(v === null || v === "" || typeof v === "number")) {
        throw new HostError(userCell(sheet, a1(c.row, c.col)));
      }
    }
    for (const c of cells) this.wb.setCell(this.address(sheet, c.row, c.col), c.value);
    this.emit({ type: "cells" });
  }

  async openWorkbook(bytes: Uint8Array, fileName: string): Promise<"downloaded" | "opened"> {
    if (!this.deliver) throw new Error("This workbench cannot hand out files.");
    this.deliver(bytes, fileName);
    return "downloaded";
  }

  /** The verdict fills currently stored. */
  fills(): readonly ConditionalFill[] {
    if (this.fillCache === null) this.fillCache = this.readStored().fills;
    return this.fillCache;
  }

  // ------------------------------------------------------------ the settings sheet

  private readStored(): StoredSettings {
    const empty: StoredSettings = { format: SETTINGS_FORMAT, version: 1, settings: {}, fills: [] };
    const id = this.hf.getSheetId(SETTINGS_SHEET);
    if (id === undefined) return empty;
    const text = this.hf
      .getSheetValues(id)
      .map((row) => row[0])
      .filter((v): v is string => typeof v === "string")
      .join("");
    try {
      const parsed = JSON.parse(text) as Partial<StoredSettings>;
      if (parsed.format !== SETTINGS_FORMAT || typeof parsed.settings !== "object" || parsed.settings === null) return empty;
      const fills = Array.isArray(parsed.fills) ? parsed.fills.filter((f) => typeof f?.sheet === "string" && typeof f.range === "string" && typeof f.fills === "object") : [];
      const sheets = Array.isArray(parsed.sheets) ? parsed.sheets.filter((n): n is string => typeof n === "string") : [];
      return { ...empty, settings: parsed.settings, fills, ...(sheets.length > 0 ? { sheets } : {}) };
    } catch {
      // A damaged settings sheet must not stop the workbook from opening; the pane starts afresh.
      return empty;
    }
  }

  private writeStored(stored: StoredSettings): void {
    this.fillCache = null;
    const id = this.hf.getSheetId(SETTINGS_SHEET);
    if (isEmptySettings(stored.settings) && stored.fills.length === 0 && (stored.sheets ?? []).length === 0) {
      // Nothing to keep: the workbook goes back to having no settings sheet at all.
      if (id !== undefined) {
        this.hf.removeSheet(id);
        this.meta.delete(SETTINGS_SHEET);
        this.wb.settle();
      }
      return;
    }
    const json = JSON.stringify(canonical(stored));
    const chunks: RawCellContent[][] = [];
    for (let i = 0; i < json.length; i += SETTINGS_CHUNK) chunks.push([textContent(json.slice(i, i + SETTINGS_CHUNK))]);
    if (id === undefined) this.hf.addSheet(SETTINGS_SHEET);
    this.wb.setSheet(this.sheetId(SETTINGS_SHEET), chunks);
    this.sheetMeta(SETTINGS_SHEET).hidden = true;
  }
}



function engineFunctionNameOf(id: string, lang: Lang): string {
  return HyperFormula.getLanguage(HF_LANG[lang]).getMaybeFunctionTranslation(id) ?? id;
}
