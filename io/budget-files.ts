// Reading budget and rules tables from .xlsx and .csv files (command line and tests).
//
// Everything that can go wrong with a file is returned as a BudgetError value
// with a stable code and a message in Dutch and English; nothing here throws
// for a bad file, so the command line can print the message and exit cleanly.

import { promises as fsp } from "node:fs";
import * as nodePath from "node:path";
import ExcelJS from "exceljs";
import type { Text } from "../src/core/types";
import { text } from "../src/i18n/catalogue";
import { budgetCaption, type BudgetCaption } from "../src/budget/caption";
import { packageKind, readCause, readProblem, writeProblem } from "./file-problems";
import { decodeText, detectSeparator, parseCsv } from "../src/budget/csv";
import { type Cell, cellText, isBlank, isErrorValue, normalizeCell } from "../src/budget/cells";
import { HEADER_SEARCH_ROWS, type ReadBudgetResult, detectHeader, readBudgetRows } from "../src/budget/table";

export type BudgetErrorCode =
  | "fileNotFound"
  | "isFolder"
  | "noPermission"
  | "locked"
  | "unreadable"
  | "wordDocument"
  | "presentation"
  | "notWorkbook"
  | "noSheets"
  | "unsupportedExtension"
  | "sheetNotFound"
  | "emptySheet"
  | "emptyFile"
  | "noHeader"
  | "rulesSheetNotFound"
  | "noRulesHeader"
  | "writeFailed"
  | "outExists"
  | "outIsInput"
  | "outIsFolder"
  | "outFolderMissing"
  | "macroCopy"
  | "outputNotXlsx"
  | "unsupportedOutput";

export interface BudgetError {
  readonly kind: "budgetError";
  readonly code: BudgetErrorCode;
  readonly message: Text;
  readonly path: string;
  /** The workbook's sheets, for errors where the user has to pick another one. */
  readonly sheetNames?: readonly string[];
  /** The underlying system message, for a bug report; not for the user. */
  readonly detail?: string;
}

export function isBudgetError(x: unknown): x is BudgetError {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "budgetError";
}

export interface BudgetFile {
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
  readonly result: ReadBudgetResult;
  /** Whose budget and in what unit, as the lines above the table say. */
  readonly caption: BudgetCaption;
}

/** Names of the sheets this tool writes or reads as rules: never a budget. */
export const CHECK_SHEET = "Niveaucheck";
const RULES_SHEETS = ["regels", "rules"];

export function budgetError(
  code: BudgetErrorCode,
  path: string,
  extra: { sheetNames?: readonly string[]; detail?: string; sheet?: string; cause?: unknown } = {},
): BudgetError {
  const file = nodePath.basename(path);
  const list = extra.sheetNames && extra.sheetNames.length > 0 ? extra.sheetNames.map((s) => `"${s}"`).join(", ") : "";
  const sheet = extra.sheet ?? "";
  const message = (): Text => {
    switch (code) {
      case "fileNotFound":
        return text("files.notFound", path);
      case "isFolder":
        return text("files.isFolder", path);
      case "noPermission":
        return text("files.noPermission", path);
      case "locked":
        return text("files.locked", path);
      case "unreadable":
        return text("files.unreadable", file);
      case "wordDocument":
        return text("files.wordDocument", file);
      case "presentation":
        return text("files.presentation", file);
      case "notWorkbook":
        return text("files.notWorkbook", file);
      case "noSheets":
        return text("files.noSheets", file);
      case "unsupportedExtension":
        return text("files.unsupportedExtension", file);
      case "sheetNotFound":
        return text("files.sheetNotFound", sheet, file, list);
      case "emptySheet":
        return sheet ? text("files.emptySheet", sheet, file) : text("files.emptyFile", file);
      case "emptyFile":
        return text("files.emptyFile", file);
      case "noHeader":
        return text("files.noHeader", file, sheet, HEADER_SEARCH_ROWS, sheet ? "" : list);
      case "rulesSheetNotFound":
        return text("files.rulesSheetNotFound", file, list);
      case "noRulesHeader":
        return text("files.noRulesHeader", file);
      case "unsupportedOutput":
        return text("files.unsupportedOutput", file);
      case "writeFailed":
        return writeProblem(path, extra.cause ?? extra.detail);
      case "outExists":
        return text("files.write.exists", path);
      case "outIsInput":
        return text("files.write.isInput", path);
      case "outIsFolder":
        return text("files.write.isFolder", file);
      case "outFolderMissing":
        return text("files.write.noFolder", file, nodePath.dirname(path));
      case "macroCopy":
        return text("files.write.macroCopy", file);
      case "outputNotXlsx":
        return text("cli.outMustBeXlsx", path);
    }
  };
  return {
    kind: "budgetError",
    code,
    message: message(),
    path,
    ...(extra.sheetNames ? { sheetNames: extra.sheetNames } : {}),
    ...(extra.detail !== undefined ? { detail: extra.detail } : {}),
  };
}

export type FileKind = "xlsx" | "csv";

export function fileKind(path: string): FileKind | null {
  const ext = nodePath.extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || ext === ".txt") return "csv";
  return null;
}

/** Checks that the path is an existing file with an extension we read. */
async function checkFile(path: string): Promise<FileKind | BudgetError> {
  const problem = await readProblem(path);
  if (problem) return budgetError(problem, path);
  return fileKind(path) ?? budgetError("unsupportedExtension", path);
}

// ---------------------------------------------------------------- xlsx

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook | BudgetError> {
  const wb = new ExcelJS.Workbook();
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(path);
  } catch (e) {
    return budgetError(readCause(path, e), path, { detail: e instanceof Error ? e.message : String(e) });
  }
  // What the package is, before ExcelJS reads a Word document as a workbook without sheets.
  const kind = await packageKind(bytes);
  if (kind !== "workbook" && kind !== "notZip") return budgetError(kind, path);
  try {
    // ExcelJS types its Buffer narrower than Node 20's; the bytes are the same.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return budgetError("unreadable", path, { detail: e instanceof Error ? e.message : String(e) });
  }
  if (wb.worksheets.length === 0) return budgetError("noSheets", path);
  return wb;
}

export interface SheetRows {
  /** rows[i] is sheet row i + 1; rows[i][j] is column j + 1. */
  readonly rows: Cell[][];
  readonly hiddenRows: ReadonlySet<number>;
}

/**
 * A worksheet as a dense 2D array of normalised values. The cells of a merged
 * range other than its top-left one are null, so a merged value is read once.
 * `maxRows` limits reading to the top of the sheet (header detection).
 */
export function worksheetRows(ws: ExcelJS.Worksheet, maxRows = Infinity): SheetRows {
  const rows: Cell[][] = [];
  const hiddenRows = new Set<number>();
  const take = (row: ExcelJS.Row, rowNumber: number): void => {
    if (row.hidden) hiddenRows.add(rowNumber);
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged range's other cells report the master's value; keep it only at the master.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = normalizeCell(cell.value);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  };
  if (maxRows === Infinity) {
    ws.eachRow({ includeEmpty: false }, take);
  } else {
    const last = Math.min(maxRows, ws.rowCount);
    for (let r = 1; r <= last; r++) {
      const row = ws.findRow(r);
      if (row) take(row, r);
    }
  }
  return { rows, hiddenRows };
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.worksheets.find((w) => w.name === name);
  if (exact) return exact;
  const want = name.trim().toLowerCase();
  // Excel sheet names are case-insensitive, so "begroting" means "Begroting".
  return wb.worksheets.find((w) => w.name.trim().toLowerCase() === want);
}

function isToolSheet(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === CHECK_SHEET.toLowerCase() || RULES_SHEETS.includes(n);
}

async function readXlsxBudget(path: string, sheet: string | undefined): Promise<BudgetFile | BudgetError> {
  const wb = await loadWorkbook(path);
  if (isBudgetError(wb)) return wb;
  const sheetNames = wb.worksheets.map((w) => w.name);

  const readSheet = (ws: ExcelJS.Worksheet): BudgetFile | BudgetError => {
    const { rows, hiddenRows } = worksheetRows(ws);
    const result = readBudgetRows(rows, { hiddenRows });
    if (result.error) return budgetError(result.error.code, path, { sheetNames, sheet: ws.name });
    return { sheetName: ws.name, sheetNames, result, caption: captionOf(rows, result) };
  };

  if (sheet !== undefined) {
    const ws = findSheet(wb, sheet);
    if (!ws) return budgetError("sheetNotFound", path, { sheetNames, sheet });
    return readSheet(ws);
  }
  // Visible sheets first: a hidden sheet is usually a lookup list, not the budget.
  const candidates = wb.worksheets.filter((w) => !isToolSheet(w.name));
  const ordered = [...candidates.filter((w) => w.state === "visible"), ...candidates.filter((w) => w.state !== "visible")];
  let anyData = false;
  for (const ws of ordered) {
    const top = worksheetRows(ws, HEADER_SEARCH_ROWS).rows;
    if (top.some((r) => r.some((c) => !isBlank(c)))) anyData = true;
    if (detectHeader(top)) return readSheet(ws);
  }
  return budgetError(anyData ? "noHeader" : "emptySheet", path, { sheetNames });
}

/**
 * Every sheet of a workbook that holds a budget (visible sheets; hidden ones only
 * when no visible sheet does), or the one named by `sheet`, or a csv's one table.
 * A workbook with a budget per programme is checked whole, not only its first sheet.
 */
export async function readBudgetSheets(path: string, opts: { sheet?: string } = {}): Promise<BudgetFile[] | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  if (kind !== "xlsx" || opts.sheet !== undefined) {
    const one = await readBudgetFile(path, opts);
    return isBudgetError(one) ? one : [one];
  }
  const wb = await loadWorkbook(path);
  if (isBudgetError(wb)) return wb;
  const sheetNames = wb.worksheets.map((w) => w.name);
  const candidates = wb.worksheets.filter((w) => !isToolSheet(w.name));
  const read = (list: readonly ExcelJS.Worksheet[]): BudgetFile[] => {
    const out: BudgetFile[] = [];
    for (const ws of list) {
      const { rows, hiddenRows } = worksheetRows(ws);
      const result = readBudgetRows(rows, { hiddenRows });
      if (!result.error && result.lines.length > 0) out.push({ sheetName: ws.name, sheetNames, result, caption: captionOf(rows, result) });
    }
    return out;
  };
  const visible = read(candidates.filter((w) => w.state === "visible"));
  if (visible.length > 0) return visible;
  const hidden = read(candidates.filter((w) => w.state !== "visible"));
  if (hidden.length > 0) return hidden;
  // Nothing readable: the one-sheet reader says why (empty, or no table found).
  const one = await readBudgetFile(path, opts);
  return isBudgetError(one) ? one : [one];
}

function captionOf(rows: readonly (readonly unknown[])[], result: ReadBudgetResult): BudgetCaption {
  const h = result.header;
  return h ? budgetCaption(rows, h.headerRow, h.amountHeader) : { organisation: null, factor: null };
}

// ---------------------------------------------------------------- csv

// The pure csv parsing lives in csv.ts so the browser workbench can use it without node:fs.
export { decodeText, detectSeparator, parseCsv } from "../src/budget/csv";

/** The sheet name a csv file gets in a workbook: its base name within Excel's rules (≤ 31 characters, no []:*?/\). */
export function csvSheetName(path: string): string {
  const base = nodePath
    .basename(path, nodePath.extname(path))
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  return base === "" ? "Begroting" : base;
}

export async function readCsvRows(path: string): Promise<string[][] | BudgetError> {
  let buf: Buffer;
  try {
    buf = await fsp.readFile(path);
  } catch (e) {
    return budgetError(readCause(path, e), path, { detail: String(e) });
  }
  const text = decodeText(buf);
  if (text.includes("\u0000")) return budgetError("unreadable", path, { detail: "binary content" });
  return parseCsv(text, detectSeparator(text));
}

/** Reads a budget table from an .xlsx or .csv file; without `sheet`, the first sheet with a recognisable header. */
export async function readBudgetFile(path: string, opts: { sheet?: string } = {}): Promise<BudgetFile | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  if (kind === "xlsx") return readXlsxBudget(path, opts.sheet);

  const rows = await readCsvRows(path);
  if (isBudgetError(rows)) return rows;
  const sheetName = csvSheetName(path);
  const sheetNames = [sheetName];
  // A csv holds one table; a sheet name that is not the file's own is an error, not ignored.
  if (opts.sheet !== undefined && opts.sheet.trim().toLowerCase() !== sheetName.toLowerCase()) {
    return budgetError("sheetNotFound", path, { sheetNames, sheet: opts.sheet });
  }
  const result = readBudgetRows(rows);
  if (result.error) return budgetError(result.error.code, path, { sheetNames });
  return { sheetName, sheetNames, result, caption: captionOf(rows, result) };
}

// ---------------------------------------------------------------- rules

import { readRulesTable, type RuleRow } from "../src/budget/rules";

export { readRulesTable, type RuleRow };

/** Reads user rules from the "Regels"/"Rules" sheet of an .xlsx file (or `sheet`), or from a csv file. */
export async function readRulesFile(path: string, opts: { sheet?: string } = {}): Promise<RuleRow[] | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  let rows: unknown[][];
  if (kind === "xlsx") {
    const wb = await loadWorkbook(path);
    if (isBudgetError(wb)) return wb;
    const sheetNames = wb.worksheets.map((w) => w.name);
    let ws: ExcelJS.Worksheet | undefined;
    if (opts.sheet !== undefined) {
      ws = findSheet(wb, opts.sheet);
      if (!ws) return budgetError("sheetNotFound", path, { sheetNames, sheet: opts.sheet });
    } else {
      ws = wb.worksheets.find((w) => RULES_SHEETS.includes(w.name.trim().toLowerCase()));
      if (!ws) return budgetError("rulesSheetNotFound", path, { sheetNames });
    }
    rows = worksheetRows(ws).rows;
  } else {
    const csv = await readCsvRows(path);
    if (isBudgetError(csv)) return csv;
    rows = csv;
  }
  return readRulesTable(rows) ?? budgetError("noRulesHeader", path);
}
