// Files in and out of the workbench: .xlsx through ExcelJS (the browser bundle
// in the page, the Node package in tests: the module is passed in), .csv
// through the same parsing as the command line. Values and formulas go into
// the engine; number formats, hidden rows and column widths into the host's
// SheetMeta. Saving writes formulas with their computed results, so Excel and
// LibreOffice show values before they recalculate.

import { DetailedCellError, type RawCellContent } from "hyperformula";
import type * as ExcelJSTypes from "exceljs";
import { BLWorkbook, localErrorCode } from "../engine";
import { ERROR_CODES } from "../engine/plugin";
import { decodeText, detectSeparator, parseCsv } from "../src/budget/csv";
import { parseAmount } from "../src/budget/numbers";
import { detectHeader, isAmountHeader } from "../src/budget/table";
import type { Lang } from "../src/core/types";
import { EmbeddedHost, SETTINGS_SHEET, emptyMeta, parseRangeA1, rangeA1, textContent, type SheetMeta } from "./host";
import { fromFileFormula, toFileFormula } from "./formula";

export type ExcelJSModule = typeof ExcelJSTypes;
type Workbook = ExcelJSTypes.Workbook;
type Worksheet = ExcelJSTypes.Worksheet;

/** Excel's default column width (8.43 characters) in pixels, and the conversion it uses. */
export const DEFAULT_COL_WIDTH = 64;
const charsToPx = (w: number): number => Math.round(w * 7 + 5);
const pxToChars = (px: number): number => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);

/** Excel's sheet size. */
const EXCEL_MAX_ROWS = 1048576;
const EXCEL_MAX_COLUMNS = 16384;

/** Days between Excel's day zero (1899-12-30 in the 1900 system) and the Unix epoch. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export interface LoadedDocument {
  readonly wb: BLWorkbook;
  readonly meta: Map<string, SheetMeta>;
  readonly active?: string;
  readonly activeCell?: { row: number; col: number };
  /** The ExcelJS workbook it came from, kept so saving preserves styles, merges and widths. */
  readonly source?: Workbook;
}

interface SheetInput {
  readonly name: string;
  readonly content: RawCellContent[][];
  readonly meta: SheetMeta;
}

/** Builds the engine from sheets in order (an object would put sheets named like numbers first). */
export function buildWorkbook(sheets: readonly SheetInput[], lang: Lang): { wb: BLWorkbook; meta: Map<string, SheetMeta> } {
  const wb = new BLWorkbook({}, { lang });
  // HyperFormula stops at 40,000 rows by default; a budget (or an Excel sheet) may be longer.
  wb.hf.updateConfig({ maxRows: EXCEL_MAX_ROWS, maxColumns: EXCEL_MAX_COLUMNS });
  const meta = new Map<string, SheetMeta>();
  // One batch: HyperFormula evaluates once, after every sheet exists (formulas refer across sheets).
  wb.hf.batch(() => {
    for (const s of sheets) {
      const name = wb.hf.addSheet(s.name);
      const id = wb.hf.getSheetId(name);
      if (id !== undefined && s.content.length > 0) wb.hf.setSheetContent(id, s.content);
      meta.set(name, s.meta);
    }
  });
  wb.settle();
  if (sheets.length === 0) {
    wb.hf.addSheet(lang === "nl" ? "Blad1" : "Sheet1");
  }
  return { wb, meta };
}

function setAt(content: RawCellContent[][], row: number, col: number, v: RawCellContent): void {
  let r = content[row - 1];
  if (!r) {
    while (content.length < row) content.push([]);
    r = content[row - 1] as RawCellContent[];
  }
  while (r.length < col - 1) r.push(null);
  r[col - 1] = v;
}

function errorContent(code: string, lang: Lang): string {
  return localErrorCode(code, lang);
}

/** One ExcelJS cell value as engine content; formulas in the engine's language. */
function cellContent(cell: ExcelJSTypes.Cell, lang: Lang): RawCellContent {
  const formula = cell.formula;
  if (typeof formula === "string" && formula !== "") return fromFileFormula(formula, lang);
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : textContent(v);
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 864e5;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o["error"] === "string") return errorContent(o["error"], lang);
    if (Array.isArray(o["richText"])) return textContent((o["richText"] as { text?: unknown }[]).map((r) => String(r.text ?? "")).join(""));
    if ("text" in o) {
      const t = o["text"];
      if (typeof t === "string") return textContent(t);
      if (t && typeof t === "object" && Array.isArray((t as { richText?: unknown }).richText)) {
        return textContent(((t as { richText: { text?: unknown }[] }).richText).map((r) => String(r.text ?? "")).join(""));
      }
    }
    // A formula whose text ExcelJS could not give (a shared formula without its master): keep the cached value.
    if ("result" in o) {
      const r = o["result"];
      if (typeof r === "number" || typeof r === "boolean") return r;
      if (typeof r === "string") return textContent(r);
      if (r && typeof r === "object" && typeof (r as { error?: unknown }).error === "string") return errorContent((r as { error: string }).error, lang);
      return null;
    }
  }
  return null;
}

function sheetFromExcel(ws: Worksheet, lang: Lang): SheetInput {
  const meta = emptyMeta();
  meta.hidden = ws.state === "hidden" || ws.state === "veryHidden";
  const content: RawCellContent[][] = [];
  // Cells inside a spilled array (t="array" ref=…) hold cached values; the engine spills them itself.
  const spilled: { top: number; left: number; bottom: number; right: number; row: number; col: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { shareType?: unknown; ref?: unknown } | null;
      if (v && typeof v === "object" && v.shareType === "array" && typeof v.ref === "string") {
        const r = parseRangeA1(v.ref);
        if (r) spilled.push({ ...r, row: Number(cell.row), col: Number(cell.col) });
      }
    });
  });
  const inSpill = (r: number, c: number): boolean => spilled.some((s) => r >= s.top && r <= s.bottom && c >= s.left && c <= s.right && !(r === s.row && c === s.col));
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) meta.hiddenRows.add(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged range's other cells repeat the master's value; the engine keeps it once.
      if (cell.isMerged && cell.master !== cell) return;
      if (spilled.length > 0 && inSpill(rowNumber, col)) return;
      const content1 = cellContent(cell, lang);
      if (content1 === null) return;
      setAt(content, rowNumber, col, content1);
      const fmt = cell.numFmt;
      if (typeof fmt === "string" && fmt !== "" && fmt !== "General") meta.numFmt.set(`${rowNumber},${col}`, fmt);
      else if (cell.value instanceof Date) meta.numFmt.set(`${rowNumber},${col}`, "yyyy-mm-dd");
    });
  });
  ws.columns?.forEach((column, i) => {
    if (typeof column.width === "number" && column.width > 0) meta.colWidths.set(i + 1, charsToPx(column.width));
  });
  return { name: ws.name, content, meta };
}

/** Reads an .xlsx file into the engine. Throws on a file ExcelJS cannot read. */
export async function loadXlsx(ExcelJS: ExcelJSModule, data: ArrayBuffer, lang: Lang): Promise<LoadedDocument> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(data);
  const sheets = source.worksheets.map((ws) => sheetFromExcel(ws, lang));
  const { wb, meta } = buildWorkbook(sheets, lang);
  // The verdict fills live in the settings sheet; the copies saved as conditional formats are rebuilt on save.
  dropOwnConditionalFormats(source, wb);
  const viewTab = source.views?.[0]?.activeTab;
  const activeWs = viewTab !== undefined ? source.worksheets[viewTab] : undefined;
  const cellName = (activeWs?.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
  const pos = cellName ? parseRangeA1(cellName) : null;
  return {
    wb,
    meta,
    source,
    ...(activeWs && viewTab !== 0 ? { active: activeWs.name } : {}),
    ...(pos && activeWs && viewTab !== 0 ? { activeCell: { row: pos.top, col: pos.left } } : {}),
  };
}

/**
 * Reads a csv file: cells stay text, except amounts in columns whose header
 * names an amount, as the command line reads it (taakveld "0.10" must not
 * become the number 0.1).
 */
export function loadCsv(bytes: Uint8Array, fileName: string, lang: Lang): LoadedDocument {
  const text = decodeText(bytes);
  const rows = parseCsv(text, detectSeparator(text));
  const header = detectHeader(rows);
  const amountCols = new Set<number>();
  if (header) {
    (rows[header.headerRow - 1] ?? []).forEach((t, col) => {
      if (isAmountHeader(t)) amountCols.add(col);
    });
  }
  const firstData = header ? header.headerRow : Infinity;
  const content: RawCellContent[][] = rows.map((rec) => rec.map((t): RawCellContent => (t === "" ? null : textContent(t))));
  rows.forEach((rec, i) => {
    if (i < firstData) return;
    rec.forEach((t, col) => {
      if (!amountCols.has(col) || t === "") return;
      const n = parseAmount(t);
      if (typeof n === "number") (content[i] as RawCellContent[])[col] = n;
    });
  });
  const { wb, meta } = buildWorkbook([{ name: csvSheetName(fileName), content, meta: emptyMeta() }], lang);
  return { wb, meta };
}

/** The sheet name of a csv file: its base name within Excel's rules (≤ 31 characters, no []:*?/\). */
export function csvSheetName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  return base === "" ? "Begroting" : base;
}

function fileValue(v: unknown): ExcelJSTypes.CellValue {
  if (v instanceof DetailedCellError) return { error: (ERROR_CODES[v.type] ?? "#VALUE!") as ExcelJSTypes.CellErrorValue["error"] };
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return null;
}

function argb(css: string): string {
  const hex = css.replace("#", "");
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return `FF${full.toUpperCase()}`;
}

/** Refs of the conditional formats this module added to a workbook, so saving twice does not add them twice. */
const addedFormats = new WeakMap<Workbook, Set<string>>();

function dropFormats(source: Workbook, owned: ReadonlySet<string>): void {
  if (owned.size === 0) return;
  for (const ws of source.worksheets) {
    const list = (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings;
    if (!Array.isArray(list)) continue;
    for (let i = list.length - 1; i >= 0; i--) {
      if (owned.has(`${ws.name}\u0000${list[i]?.ref ?? ""}`)) list.splice(i, 1);
    }
  }
}

/** Removes the conditional formats a previous save wrote for the fills the host now owns. */
function dropOwnConditionalFormats(source: Workbook, wb: BLWorkbook): void {
  const host = new EmbeddedHost(wb);
  dropFormats(source, new Set(host.fills().map((f) => `${f.sheet}\u0000${f.range}`)));
}

/**
 * The workbook as an ExcelJS workbook: formulas (English names) with their
 * results, values, number formats, hidden rows, the settings sheet hidden, and
 * the verdict fills as "cell equals" conditional formats Excel understands.
 * With `source` (the workbook the file was opened from), its styles, merges
 * and column widths stay; its cell contents are replaced by the engine's.
 */
export function toExcel(ExcelJS: ExcelJSModule, host: EmbeddedHost, source?: Workbook): Workbook {
  const xl = source ?? new ExcelJS.Workbook();
  const hf = host.hf;
  const lang = host.language();
  const names = hf.getSheetNames();
  for (const ws of [...xl.worksheets]) if (!names.includes(ws.name)) xl.removeWorksheet(ws.id);

  for (const name of names) {
    const id = hf.getSheetId(name);
    if (id === undefined) continue;
    const meta = host.sheetMeta(name);
    let ws = xl.getWorksheet(name);
    if (ws) {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (!(cell.isMerged && cell.master !== cell)) cell.value = null;
        }),
      );
    } else {
      ws = xl.addWorksheet(name);
      for (const [col, px] of meta.colWidths) ws.getColumn(col).width = pxToChars(px);
    }
    ws.state = name === SETTINGS_SHEET || meta.hidden ? "hidden" : "visible";

    const { height, width } = hf.getSheetDimensions(id);
    for (let r = 0; r < height; r++) {
      const row = ws.getRow(r + 1);
      const hidden = meta.hiddenRows.has(r + 1);
      if (row.hidden !== hidden) row.hidden = hidden;
      for (let c = 0; c < width; c++) {
        const addr = { sheet: id, row: r, col: c };
        const formula = hf.getCellFormula(addr);
        const value = hf.getCellValue(addr);
        if (formula === undefined && value === null) continue;
        const cell = row.getCell(c + 1);
        if (cell.isMerged && cell.master !== cell) {
          // The user typed into a merged cell: the merge gives way, as Excel's would on unmerge.
          ws.unMergeCells(cell.master.address);
        }
        const result = fileValue(value);
        if (formula !== undefined) {
          const text = toFileFormula(formula, lang);
          const array = hf.isCellPartOfArray(addr) ? arraySize(host, addr) : null;
          const res = result === null ? undefined : result;
          cell.value =
            array && (array.width > 1 || array.height > 1)
              ? ({ formula: text, result: res, shareType: "array", ref: rangeA1(r + 1, c + 1, r + array.height, c + array.width) } as unknown as ExcelJSTypes.CellValue)
              : ({ formula: text, result: res } as ExcelJSTypes.CellFormulaValue);
        } else {
          cell.value = result;
        }
        const fmt = meta.numFmt.get(`${r + 1},${c + 1}`);
        if (fmt !== undefined) cell.numFmt = fmt;
      }
    }
  }

  dropFormats(xl, addedFormats.get(xl) ?? new Set());
  const added = new Set<string>();
  addedFormats.set(xl, added);
  for (const f of host.fills()) {
    const ws = xl.getWorksheet(f.sheet);
    added.add(`${f.sheet}\u0000${f.range}`);
    if (!ws) continue;
    const range = parseRangeA1(f.range);
    if (!range) continue;
    // "Begins with the verdict text", as the host's fillFor matches: an expression relative to the range's top-left cell.
    const topLeft = rangeA1(range.top, range.left, range.top, range.left);
    const labels = Object.entries(f.fills).sort(([a], [b]) => b.length - a.length);
    ws.addConditionalFormatting({
      ref: f.range,
      rules: labels.map(([text, colour], i) => {
        const quoted = `"${text.replace(/"/g, '""')}"`;
        return {
          type: "expression",
          priority: i + 1,
          formulae: [`LEFT(${topLeft},LEN(${quoted}))=${quoted}`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(colour) } } },
        };
      }),
    });
  }

  const active = names.indexOf(host.activeSheet());
  if (active >= 0) {
    const view = { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: active, visibility: "visible" as const };
    xl.views = [view];
  }
  return xl;
}

/** The size of the spilled table anchored at a formula cell (engine internals: the array vertex knows it). */
function arraySize(host: EmbeddedHost, addr: { sheet: number; row: number; col: number }): { width: number; height: number } | null {
  const graph = host.hf.dependencyGraph as unknown as { getCell(a: typeof addr): { width?: unknown; height?: unknown } | undefined };
  const vertex = graph.getCell(addr);
  if (vertex && typeof vertex.width === "number" && typeof vertex.height === "number") return { width: vertex.width, height: vertex.height };
  return null;
}

/** The workbook as .xlsx bytes. */
export async function saveXlsx(ExcelJS: ExcelJSModule, host: EmbeddedHost, source?: Workbook): Promise<ArrayBuffer> {
  const xl = toExcel(ExcelJS, host, source);
  const buf = await xl.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}

export function loadedHostOptions(doc: LoadedDocument): { meta: Map<string, SheetMeta>; active?: string; activeCell?: { row: number; col: number } } {
  return { meta: doc.meta, ...(doc.active !== undefined ? { active: doc.active } : {}), ...(doc.activeCell ? { activeCell: doc.activeCell } : {}) };
}
