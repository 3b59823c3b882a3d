// Files in and out of the workbench: .xlsx through ExcelJS (the browser bundle
// in the page, the Node package in tests: the module is passed in), .csv
// through the same parsing as the command line. Values and formulas go into
// the engine; number formats, hidden rows and column widths into the
// document's SheetMeta (./model.ts); the add-in's fills and workbook names
// into the document too. Saving writes formulas with their computed results, so Excel and
// LibreOffice show values before they recalculate.

import { DetailedCellError, type RawCellContent } from "hyperformula";
import type * as ExcelJSTypes from "exceljs";
import { BLWorkbook, localErrorCode } from "../engine";
import { ERROR_CODES } from "../engine/plugin";
import { decodeText, detectSeparator, parseCsv } from "../src/budget/csv";
import { parseAmount } from "../src/budget/numbers";
import { detectHeader, isAmountHeader } from "../src/budget/table";
import type { Lang, Text } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { inspectXlsx, type PackageLimits, xlsxProblemText } from "../io/xlsx/inspect";
import { cellAddress, parseArea, rectAddress, quoteSheet, sheetOfAddress, type Rect } from "../taskpane/host/a1";
import { SETTINGS_SHEET, charsToPixels, emptyMeta, pixelsToChars, textContent, type FillRule, type ModelOptions, type SheetMeta, type WorkbookModel } from "./model";

/** Workbook names of the add-in (results markers); the model keeps these, the file keeps the user's own. */
const OWN_NAME = /^Begrotingslab_/i;
import { fromFileFormula, toFileFormula } from "./formula";

export type ExcelJSModule = typeof ExcelJSTypes;
type Workbook = ExcelJSTypes.Workbook;
type Worksheet = ExcelJSTypes.Worksheet;

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
  /** The add-in's "begins with" fills, read back from the conditional formats a save wrote. */
  readonly fills?: readonly Omit<FillRule, "id">[];
  /** The add-in's workbook names. */
  readonly names?: ReadonlyMap<string, { sheet: string; area: Rect }>;
}

interface SheetInput {
  readonly name: string;
  readonly content: RawCellContent[][];
  readonly meta: SheetMeta;
}

/** Builds the engine from sheets in order (an object would put sheets named like numbers first). */
export function buildWorkbook(sheets: readonly SheetInput[], lang: Lang): { wb: BLWorkbook; meta: Map<string, SheetMeta> } {
  // HyperFormula stops at 40,000 rows by default; a budget (or an Excel sheet) may be longer.
  const size = { maxRows: EXCEL_MAX_ROWS, maxColumns: EXCEL_MAX_COLUMNS };
  const meta = new Map<string, SheetMeta>();
  // Built in one step when the sheets' order survives an object (no name like a number, which an
  // object puts first) and their rows are mostly there (a sparse sheet's missing rows would have to
  // be made): two to three times faster than adding the sheets one by one, which keeps a record of
  // every change for undo. The workbench's start is mostly this.
  const names = new Set(sheets.map((s) => s.name.toLowerCase()));
  const dense = (content: readonly (RawCellContent[] | null | undefined)[]): boolean => {
    let rows = 0;
    content.forEach((r) => (rows += r ? 1 : 0));
    return rows * 2 >= content.length;
  };
  if (sheets.length > 0 && names.size === sheets.length && sheets.every((s) => !/^\d+$/.test(s.name) && dense(s.content))) {
    // Array.from visits a sparse array's holes too: every row is there for the engine.
    const wb = new BLWorkbook(Object.fromEntries(sheets.map((s) => [s.name, Array.from(s.content, (r) => r ?? [])])), { lang, ...size });
    for (const s of sheets) meta.set(s.name, s.meta);
    return { wb, meta };
  }
  const wb = new BLWorkbook({}, { lang, ...size });
  // One batch: HyperFormula evaluates once, after every sheet exists (formulas refer across sheets).
  wb.hf.batch(() => {
    for (const s of sheets) {
      const name = wb.hf.addSheet(s.name);
      const id = wb.hf.getSheetId(name);
      if (id !== undefined && s.content.length > 0) setSparse(wb, id, s.content);
      meta.set(name, s.meta);
    }
  });
  wb.settle();
  if (sheets.length === 0) {
    wb.hf.addSheet(msg(lang, "wb.blankSheet"));
  }
  return { wb, meta };
}

/**
 * Sets a cell in sheet content kept sparse: a row is created only when it has
 * a cell, so a value in row 1,000,000 costs one row, not a million padded ones.
 */
function setAt(content: RawCellContent[][], row: number, col: number, v: RawCellContent): void {
  let r = content[row - 1];
  if (!r) {
    r = [];
    content[row - 1] = r;
  }
  while (r.length < col - 1) r.push(null);
  r[col - 1] = v;
}

/** Puts sparse content into a sheet: one block per run of rows that exist, blank rows skipped. */
function setSparse(wb: BLWorkbook, sheet: number, content: readonly (RawCellContent[] | null | undefined)[]): void {
  let start = -1;
  let block: RawCellContent[][] = [];
  const flush = (): void => {
    if (block.length > 0) wb.hf.setCellContents({ sheet, row: start, col: 0 }, block);
    block = [];
  };
  // forEach skips the holes of a sparse array; a plain document (JSON) has null rows instead.
  content.forEach((row, i) => {
    if (!row) return;
    if (start + block.length !== i) {
      flush();
      start = i;
    }
    block.push(row);
  });
  flush();
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
        const r = parseArea(v.ref);
        if (r) spilled.push({ top: r.top, left: r.left, bottom: r.top + r.rows - 1, right: r.left + r.cols - 1, row: Number(cell.row), col: Number(cell.col) });
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
    if (typeof column.width === "number" && column.width > 0) meta.colWidths.set(i + 1, charsToPixels(column.width));
  });
  return { name: ws.name, content, meta };
}

/** Number formats, hidden rows, widths and visibility as plain JSON. */
export interface PlainMeta {
  readonly numFmt: readonly (readonly [string, string])[];
  readonly hiddenRows: readonly number[];
  readonly colWidths: readonly (readonly [number, number])[];
  readonly hidden: boolean;
  /** Kept for a snapshot of the document (undo, recovery); a file read gives none. */
  readonly bold?: readonly string[];
  readonly hiddenCols?: readonly number[];
  readonly frozenRows?: number;
}

/**
 * A workbook read from a file as plain JSON: what the engine is built from,
 * formulas with the file's (English) function names. The workbench ships its
 * example in this form (made at build time, one file for both languages), so
 * the page shows it without loading ExcelJS.
 */
export interface PlainDocument {
  readonly sheets: readonly { readonly name: string; readonly content: RawCellContent[][]; readonly meta: PlainMeta }[];
  readonly active?: string;
  readonly activeCell?: { readonly row: number; readonly col: number };
  readonly fills: readonly Omit<FillRule, "id">[];
  readonly names: readonly (readonly [string, { readonly sheet: string; readonly area: Rect }])[];
}

export function plainMeta(m: SheetMeta): PlainMeta {
  return { numFmt: [...m.numFmt], hiddenRows: [...m.hiddenRows], colWidths: [...m.colWidths], hidden: m.hidden, bold: [...m.bold], hiddenCols: [...m.hiddenCols], frozenRows: m.frozenRows };
}

function metaOf(p: PlainMeta): SheetMeta {
  const m = emptyMeta();
  for (const [k, v] of p.numFmt) m.numFmt.set(k, v);
  for (const r of p.hiddenRows) m.hiddenRows.add(r);
  for (const [c, w] of p.colWidths) m.colWidths.set(c, w);
  for (const b of p.bold ?? []) m.bold.add(b);
  for (const c of p.hiddenCols ?? []) m.hiddenCols.add(c);
  m.frozenRows = p.frozenRows ?? 0;
  m.hidden = p.hidden;
  return m;
}

/** What the workbench opens, at most: a budget of 500,000 lines of four columns fits, a browser tab survives. */
export const WORKBENCH_LIMITS: PackageLimits = { unpacked: 512 * 1024 * 1024, parts: 20_000, cells: 3_000_000 };

/** A file the workbench refuses, with the reason in both languages. */
export class DocumentError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/**
 * Reads an .xlsx file as a plain document, keeping the ExcelJS workbook for
 * saving. The package's limits are checked on its bytes first, before ExcelJS
 * pads rows up to the last row number (a DocumentError says what is wrong);
 * throws on a file ExcelJS cannot read.
 */
export async function readXlsx(ExcelJS: ExcelJSModule, data: ArrayBuffer, fileName = "workbook.xlsx"): Promise<{ plain: PlainDocument; source: Workbook }> {
  const problem = await inspectXlsx(new Uint8Array(data), WORKBENCH_LIMITS);
  if (problem) throw new DocumentError(xlsxProblemText(problem, fileName.replace(/^.*[\\/]/, "")));
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(data);
  const sheets = source.worksheets.map((ws) => sheetFromExcel(ws, "en"));
  // The add-in's fills and names move into the document; a save writes them back.
  const fills = takeOwnFills(source);
  const names = takeOwnNames(source);
  const viewTab = source.views?.[0]?.activeTab;
  const activeWs = viewTab !== undefined ? source.worksheets[viewTab] : undefined;
  const cellName = (activeWs?.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
  const pos = cellName ? parseArea(cellName) : null;
  const plain: PlainDocument = {
    sheets: sheets.map((s) => ({ name: s.name, content: s.content, meta: plainMeta(s.meta) })),
    fills,
    names: [...names],
    ...(activeWs && viewTab !== 0 ? { active: activeWs.name } : {}),
    ...(pos && activeWs && viewTab !== 0 ? { activeCell: { row: pos.top, col: pos.left } } : {}),
  };
  return { plain, source };
}

/** Formulas of a plain document in the engine's language (the file's English names become Dutch ones in Dutch). */
function inLanguage(content: RawCellContent[][], lang: Lang): RawCellContent[][] {
  if (lang === "en") return content;
  // Content is sparse: a blank row is a hole, or null once it went through JSON.
  return content.map((row) => (row ? row.map((v) => (typeof v === "string" && v.startsWith("=") ? fromFileFormula(v, lang) : v)) : row));
}

/** Builds the engine from a plain document. */
export function fromPlain(plain: PlainDocument, lang: Lang): LoadedDocument {
  const { wb, meta } = buildWorkbook(
    plain.sheets.map((s) => ({ name: s.name, content: inLanguage(s.content, lang), meta: metaOf(s.meta) })),
    lang,
  );
  return {
    wb,
    meta,
    fills: plain.fills,
    names: new Map(plain.names),
    ...(plain.active !== undefined ? { active: plain.active } : {}),
    ...(plain.activeCell ? { activeCell: plain.activeCell } : {}),
  };
}

/** Reads an .xlsx file into the engine. Throws a DocumentError past the limits, anything else on a file ExcelJS cannot read. */
export async function loadXlsx(ExcelJS: ExcelJSModule, data: ArrayBuffer, lang: Lang, fileName = "workbook.xlsx"): Promise<LoadedDocument> {
  const { plain, source } = await readXlsx(ExcelJS, data, fileName);
  return { ...fromPlain(plain, lang), source };
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

/** The conditional formats a save added to a workbook, so saving it again does not add them twice. */
const addedFormats = new WeakMap<Workbook, Set<unknown>>();

function argb(css: string): string {
  const hex = css.replace("#", "");
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return `FF${full.toUpperCase()}`;
}

const BEGINS_WITH = /^LEFT\((\$?[A-Z]{1,3}\$?\d+),LEN\("((?:[^"]|"")*)"\)\)="((?:[^"]|"")*)"$/;

/** The "begins with" rules a save wrote (see toExcel), taken out of the file's conditional formats into fills. */
function takeOwnFills(source: Workbook): Omit<FillRule, "id">[] {
  const out: Omit<FillRule, "id">[] = [];
  for (const ws of source.worksheets) {
    const list = (ws as unknown as { conditionalFormattings?: { ref: string; rules: { type?: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings;
    if (!Array.isArray(list)) continue;
    for (let i = list.length - 1; i >= 0; i--) {
      const cf = list[i];
      const area = cf ? parseArea(cf.ref) : null;
      if (!cf || !area) continue;
      const ours = cf.rules.map((r) => {
        const m = r.type === "expression" ? BEGINS_WITH.exec(r.formulae?.[0] ?? "") : null;
        const argb = r.style?.fill?.bgColor?.argb;
        return m && m[2] === m[3] && parseArea(m[1] ?? "")?.top === area.top && typeof argb === "string" ? { text: (m[2] ?? "").replace(/""/g, '"'), fill: `#${argb.slice(-6).toLowerCase()}` } : null;
      });
      if (ours.length === 0 || ours.some((r) => r === null)) continue;
      for (const r of ours) if (r) out.push({ sheet: ws.name, area, text: r.text, fill: r.fill });
      list.splice(i, 1);
    }
  }
  return out;
}

function takeOwnNames(source: Workbook): Map<string, { sheet: string; area: Rect }> {
  const out = new Map<string, { sheet: string; area: Rect }>();
  for (const d of source.definedNames.model) {
    if (!OWN_NAME.test(d.name) || d.ranges.length !== 1) continue;
    const ref = d.ranges[0] ?? "";
    const sheet = sheetOfAddress(ref);
    const area = parseArea(ref.slice(ref.lastIndexOf("!") + 1));
    if (sheet !== null && area) out.set(d.name, { sheet, area });
  }
  for (const name of out.keys()) source.definedNames.model = source.definedNames.model.filter((d) => d.name !== name);
  return out;
}

/**
 * The workbook as an ExcelJS workbook: formulas (English names) with their
 * results, values, number formats, hidden rows, the settings sheet hidden, and
 * the verdict fills as "cell equals" conditional formats Excel understands.
 * With `source` (the workbook the file was opened from), its styles, merges
 * and column widths stay; its cell contents are replaced by the engine's.
 */
export function toExcel(ExcelJS: ExcelJSModule, model: WorkbookModel, source?: Workbook): Workbook {
  const xl = source ?? new ExcelJS.Workbook();
  const hf = model.hf;
  const lang = model.lang;
  const names = hf.getSheetNames();
  for (const ws of [...xl.worksheets]) if (!names.includes(ws.name)) xl.removeWorksheet(ws.id);

  for (const name of names) {
    const id = hf.getSheetId(name);
    if (id === undefined) continue;
    const meta = model.sheetMeta(name);
    let ws = xl.getWorksheet(name);
    if (ws) {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (!(cell.isMerged && cell.master !== cell)) cell.value = null;
        }),
      );
    } else {
      ws = xl.addWorksheet(name);
      for (const [col, px] of meta.colWidths) ws.getColumn(col).width = pixelsToChars(px);
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
          const array = hf.isCellPartOfArray(addr) ? arraySize(model, addr) : null;
          const res = result === null ? undefined : result;
          cell.value =
            array && (array.width > 1 || array.height > 1)
              ? ({ formula: text, result: res, shareType: "array", ref: rectAddress({ top: r + 1, left: c + 1, rows: array.height, cols: array.width }) } as unknown as ExcelJSTypes.CellValue)
              : ({ formula: text, result: res } as ExcelJSTypes.CellFormulaValue);
        } else {
          cell.value = result;
        }
        const fmt = meta.numFmt.get(`${r + 1},${c + 1}`);
        if (fmt !== undefined) cell.numFmt = fmt;
      }
    }
  }

  // A workbook saved twice gets its fills once: the ones an earlier save added go first.
  const earlier = addedFormats.get(xl);
  if (earlier) {
    for (const ws of xl.worksheets) {
      const list = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
      if (Array.isArray(list)) (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = list.filter((cf) => !earlier.has(cf));
    }
  }
  const added = new Set<unknown>();
  addedFormats.set(xl, added);
  // One conditional format per fill, longest text first within an area, as the grid colours.
  const fills = [...model.fills()].sort((a, b) => b.text.length - a.text.length);
  fills.forEach((f, i) => {
    const ws = xl.getWorksheet(f.sheet);
    if (!ws) return;
    // "Begins with the verdict text": an expression relative to the area's top-left cell.
    const topLeft = cellAddress(f.area.top, f.area.left);
    const quoted = `"${f.text.replace(/"/g, '""')}"`;
    ws.addConditionalFormatting({
      ref: rectAddress(f.area),
      rules: [{ type: "expression", priority: i + 1, formulae: [`LEFT(${topLeft},LEN(${quoted}))=${quoted}`], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } } } }],
    });
    const list = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
    if (Array.isArray(list)) added.add(list[list.length - 1]);
  });

  // The add-in's names: the file holds exactly those the document has.
  xl.definedNames.model = [
    ...xl.definedNames.model.filter((d) => !OWN_NAME.test(d.name)),
    ...[...model.names].filter(([, n]) => names.includes(n.sheet)).map(([name, n]) => ({ name, ranges: [`${quoteSheet(n.sheet)}!${absolute(n.area)}`] })),
  ];

  // Bold cells, hidden columns and frozen rows the add-in set.
  for (const name of names) {
    const ws = xl.getWorksheet(name);
    const meta = model.allMeta().get(name);
    if (!ws || !meta) continue;
    for (const key of meta.bold) {
      const [r, c] = key.split(",").map(Number);
      if (r && c) ws.getCell(r, c).font = { ...(ws.getCell(r, c).font ?? {}), bold: true };
    }
    for (const c of meta.hiddenCols) ws.getColumn(c).hidden = true;
    if (meta.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: meta.frozenRows }];
  }

  const active = names.indexOf(model.activeSheet());
  if (active >= 0) {
    const view = { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: active, visibility: "visible" as const };
    xl.views = [view];
  }
  return xl;
}

/** "$A$1:$B$2" for a name's reference. */
function absolute(a: Rect): string {
  const cell = (r: number, c: number): string => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return a.rows === 1 && a.cols === 1 ? cell(a.top, a.left) : `${cell(a.top, a.left)}:${cell(a.top + a.rows - 1, a.left + a.cols - 1)}`;
}

/** The size of the spilled table anchored at a formula cell (engine internals: the array vertex knows it). */
function arraySize(model: WorkbookModel, addr: { sheet: number; row: number; col: number }): { width: number; height: number } | null {
  const graph = model.hf.dependencyGraph as unknown as { getCell(a: typeof addr): { width?: unknown; height?: unknown } | undefined };
  const vertex = graph.getCell(addr);
  if (vertex && typeof vertex.width === "number" && typeof vertex.height === "number") return { width: vertex.width, height: vertex.height };
  return null;
}

/** The workbook as .xlsx bytes. */
export async function saveXlsx(ExcelJS: ExcelJSModule, model: WorkbookModel, source?: Workbook): Promise<ArrayBuffer> {
  const xl = toExcel(ExcelJS, model, source);
  const buf = await xl.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}

/** What the document model needs from a loaded file. */
export function loadedOptions(doc: LoadedDocument): Omit<ModelOptions, "lang"> {
  return {
    meta: doc.meta,
    ...(doc.active !== undefined ? { active: doc.active } : {}),
    ...(doc.activeCell ? { activeCell: doc.activeCell } : {}),
    ...(doc.fills ? { fills: doc.fills } : {}),
    ...(doc.names ? { names: doc.names } : {}),
  };
}
