// Reading budget and rules tables from .xlsx and .csv files (command line and tests).
//
// Everything that can go wrong with a file is returned as a BudgetError value
// with a stable code and a message in Dutch and English; nothing here throws
// for a bad file, so the command line can print the message and exit cleanly.

import { fileKindOfName, type FileKind } from "../src/budget/file-kind";
import { promises as fsp } from "node:fs";
import * as nodePath from "node:path";
import type { Text } from "../src/core/types";
import { msg, text } from "../src/i18n/catalogue";
import { formatNumber } from "../src/i18n/format";
import { sheetTitle, TITLE_ROWS, type BudgetCaption } from "../src/budget/caption";
import { workbookTitle } from "../src/check/budget";
import { readCause, readProblem, writeProblem } from "./file-problems";
import { decodeCsv, detectSeparator, parseCsv } from "../src/budget/csv";
import { type Cell, cellText, isBlank, isErrorValue, normalizeCell } from "../src/budget/cells";
import { HEADER_SEARCH_ROWS, type ReadBudgetResult, type ReadError, type RowProblem } from "../src/budget/table";
import { BudgetReader, readBudgetRows } from "../src/budget/reader";
import { readRulesTable, type RuleRow } from "../src/budget/rules";
import { type XlsxProblem, XlsxFile } from "./xlsx/file";
import type { WorkbookSheet } from "./package-patch";
import { type CellContext, rowValues } from "./xlsx/values";

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
  | "amountColumnNotFound"
  | "rulesSheetNotFound"
  | "noRulesHeader"
  | "writeFailed"
  | "outExists"
  | "outIsInput"
  | "outIsFolder"
  | "outFolderMissing"
  | "macroCopy"
  | "outputNotXlsx"
  | "unsupportedOutput"
  | "encrypted"
  | "limitRow"
  | "limitColumn"
  | "limitCells"
  | "limitSize"
  | "limitParts";

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
  /** With `workbookRules`: the rules sheet of the budget's own workbook, null when it has none. */
  readonly workbookRules?: WorkbookRules | null;
  /** Sheets read by their content alone, left out because other sheets have a named header (`--sheet` checks one). */
  readonly passedOver?: readonly string[];
  /**
   * The government the workbook's titles name, over all its visible sheets (a cover sheet's too), for
   * a budget sheet whose own rows above the table name nobody; null where none or two kinds do.
   */
  readonly bookTitle?: string | null;
}

/** Names of the sheets this tool writes or reads as rules: never a budget. */
export const CHECK_SHEET = "Niveaucheck";
const RULES_SHEETS = ["regels", "rules"];

export function budgetError(
  code: BudgetErrorCode,
  path: string,
  extra: { sheetNames?: readonly string[]; detail?: string; sheet?: string; cause?: unknown; value?: string; limit?: number } = {},
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
      case "amountColumnNotFound":
        return text("files.amountColumnNotFound", extra.value ?? "", sheet, file, extra.detail ?? "");
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
      case "encrypted":
        return text("files.encrypted", file);
      case "limitRow":
        return { nl: msg("nl", "files.limit.row", file, sheet, formatNumber(Number(extra.value), "nl")), en: msg("en", "files.limit.row", file, sheet, formatNumber(Number(extra.value), "en")) };
      case "limitColumn":
        return text("files.limit.column", file, sheet, extra.value ?? "");
      case "limitCells":
        return { nl: msg("nl", "files.limit.cells", file, sheet, formatNumber(extra.limit ?? 0, "nl")), en: msg("en", "files.limit.cells", file, sheet, formatNumber(extra.limit ?? 0, "en")) };
      case "limitSize":
        return { nl: msg("nl", "files.limit.size", file, formatNumber(extra.limit ?? 0, "nl")), en: msg("en", "files.limit.size", file, formatNumber(extra.limit ?? 0, "en")) };
      case "limitParts":
        return { nl: msg("nl", "files.limit.parts", file, formatNumber(extra.limit ?? 0, "nl")), en: msg("en", "files.limit.parts", file, formatNumber(extra.limit ?? 0, "en")) };
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

export type { FileKind };

export function fileKind(path: string): FileKind | null {
  return fileKindOfName(nodePath.basename(path));
}

/** Checks that the path is an existing file with an extension we read. */
async function checkFile(path: string): Promise<FileKind | BudgetError> {
  const problem = await readProblem(path);
  if (problem) return budgetError(problem, path);
  return fileKind(path) ?? budgetError("unsupportedExtension", path);
}

// ---------------------------------------------------------------- xlsx

/** Sheets this tool writes ("Niveaucheck", "Niveaucheck (2)") or reads as rules: never a budget. */
export function isToolSheet(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === CHECK_SHEET.toLowerCase() || /^niveaucheck \(\d+\)$/.test(n) || RULES_SHEETS.includes(n);
}

export function findPackageSheet(sheets: readonly WorkbookSheet[], name: string): WorkbookSheet | undefined {
  const want = name.trim().toLowerCase();
  return sheets.find((w) => w.name === name) ?? sheets.find((w) => w.name.trim().toLowerCase() === want);
}

/** The problems of an xlsx file as budget errors, with their own messages. */
export function xlsxError(p: XlsxProblem, path: string): BudgetError {
  switch (p.kind) {
    case "notZip":
    case "damaged":
      return budgetError("unreadable", path);
    case "encrypted":
      return budgetError("encrypted", path);
    case "notWorkbook":
    case "wordDocument":
    case "presentation":
    case "noSheets":
      return budgetError(p.kind, path);
    case "tooLarge":
      return budgetError("limitSize", path, { limit: Math.round(p.limit / (1024 * 1024)) });
    case "tooManyParts":
      return budgetError("limitParts", path, { limit: p.limit });
    case "row":
      return budgetError("limitRow", path, { sheet: p.sheet, value: String(p.value) });
    case "column":
      return budgetError("limitColumn", path, { sheet: p.sheet, value: p.value });
    case "cells":
      return budgetError("limitCells", path, { sheet: p.sheet, limit: p.limit });
  }
}

/** Opens an xlsx file for streaming reads: its directory is checked against the limits first. */
export async function openXlsx(path: string): Promise<XlsxFile | BudgetError> {
  let x: XlsxFile | XlsxProblem;
  try {
    x = await XlsxFile.open(path);
  } catch (e) {
    return budgetError(readCause(path, e), path, { detail: e instanceof Error ? e.message : String(e) });
  }
  return x instanceof XlsxFile ? x : xlsxError(x, path);
}

export async function cellContext(x: XlsxFile): Promise<CellContext> {
  return { sharedStrings: await x.sharedStrings(), dateStyles: await x.dateStyles(), date1904: x.date1904 };
}

/**
 * The rows of a sheet (all, or the first `maxRows`), as a sparse array:
 * rows[r - 1] for sheet row r, blank rows are holes.
 */
export async function sheetRows(x: XlsxFile, sheet: WorkbookSheet, ctx: CellContext, maxRows = Infinity): Promise<unknown[][] | XlsxProblem> {
  const rows: unknown[][] = [];
  const problem = await x.scanSheet(sheet, (r) => {
    if (r.row > maxRows) return false;
    rows[r.row - 1] = rowValues(r.cells, ctx);
    return true;
  });
  return problem ?? rows;
}

export interface SheetRows {
  /** rows[r - 1] is sheet row r (blank rows are holes); rows[r - 1][c - 1] is column c. */
  readonly rows: unknown[][];
  readonly hiddenRows: ReadonlySet<number>;
}

/** The values of one sheet of an xlsx file, streamed (as the task pane would get them from Excel). */
export async function readSheetRows(path: string, sheet: string): Promise<SheetRows | BudgetError> {
  const x = await openXlsx(path);
  if (isBudgetError(x)) return x;
  try {
    const ws = findPackageSheet(x.sheets, sheet);
    if (!ws) return budgetError("sheetNotFound", path, { sheetNames: x.sheets.map((w) => w.name), sheet });
    const ctx = await cellContext(x);
    const rows: unknown[][] = [];
    const hiddenRows = new Set<number>();
    const problem = await x.scanSheet(ws, (r) => {
      rows[r.row - 1] = rowValues(r.cells, ctx);
      if (r.hidden) hiddenRows.add(r.row);
    });
    return problem ? xlsxError(problem, path) : { rows, hiddenRows };
  } finally {
    await x.close();
  }
}

/** A rules sheet found in the budget's own workbook: it is the workbook author's, so the user is told about it. */
export interface WorkbookRules {
  readonly sheetName: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly rules: readonly RuleRow[];
}

interface SheetBudget {
  readonly result: ReadBudgetResult;
  /** The government the sheet's first rows open with (a cover sheet's title), else null. */
  readonly title: string | null;
}

/** Streams one sheet through the budget reader; stops early when no header shows up in the first 30 rows. */
async function scanBudget(x: XlsxFile, sheet: WorkbookSheet, ctx: CellContext, amountColumn: string | undefined): Promise<SheetBudget | XlsxProblem> {
  const reader = new BudgetReader(amountColumn === undefined ? {} : { amountColumn });
  const head: unknown[][] = [];
  const problem = await x.scanSheet(sheet, (r) => {
    const values = rowValues(r.cells, ctx);
    if (r.row <= TITLE_ROWS) head[r.row - 1] = values;
    reader.push(r.row, values, r.hidden);
  });
  if (problem) return problem;
  return { result: reader.finish(), title: sheetTitle(Array.from(head, (row) => row ?? [])) };
}

export function isProblem(x: SheetBudget | XlsxProblem | unknown[][]): x is XlsxProblem {
  return !Array.isArray(x) && "kind" in x;
}

/**
 * The budget sheets of a workbook, in one streaming pass: the one named by
 * `sheet`; else, with `all`, every visible sheet that holds budget lines (hidden
 * ones only when no visible sheet does), and without it the first sheet with a
 * recognisable header.
 */
async function readXlsxBudgets(path: string, opts: ReadFileOptions, all: boolean): Promise<BudgetFile[] | BudgetError> {
  const { sheet, amountColumn } = opts;
  const withRules = opts.workbookRules === true;
  const x = await openXlsx(path);
  if (isBudgetError(x)) return x;
  try {
    const sheetNames = x.sheets.map((w) => w.name);
    const ctx = await cellContext(x);
    let rules: WorkbookRules | null | undefined;
    const rulesOf = async (): Promise<WorkbookRules | null | XlsxProblem> => {
      if (rules !== undefined) return rules;
      rules = null;
      // The rules sheet is read in the same pass over the file: one directory read, each part unpacked once.
      const rs = x.sheets.find((w) => RULES_SHEETS.includes(w.name.trim().toLowerCase()));
      if (rs) {
        const rows = await sheetRows(x, rs, ctx);
        if (isProblem(rows)) return rows;
        const table = readRulesTable(rows);
        if (table) rules = { sheetName: rs.name, state: rs.state, rules: table };
      }
      return rules;
    };
    const done = async (ws: WorkbookSheet, read: SheetBudget): Promise<BudgetFile | BudgetError> => {
      if (read.result.error) return readError(read.result.error, path, { sheetNames, sheet: ws.name });
      const own = withRules ? await rulesOf() : null;
      if (own !== null && "kind" in own) return xlsxError(own, path);
      return { sheetName: ws.name, sheetNames, result: read.result, caption: captionOf(read.result), ...(withRules ? { workbookRules: own } : {}) };
    };
    // One sheet as the list this function returns (or the error that stopped it).
    const only = async (ws: WorkbookSheet, read: SheetBudget): Promise<BudgetFile[] | BudgetError> => {
      const one = await done(ws, read);
      return isBudgetError(one) ? one : [one];
    };

    if (sheet !== undefined) {
      const ws = findPackageSheet(x.sheets, sheet);
      if (!ws) return budgetError("sheetNotFound", path, { sheetNames, sheet });
      const read = await scanBudget(x, ws, ctx, amountColumn);
      if (isProblem(read)) return xlsxError(read, path);
      return await only(ws, read);
    }
    // Visible sheets first: a hidden sheet is usually a lookup list, not the budget.
    const candidates = x.sheets.filter((w) => !isToolSheet(w.name));
    const groups = [candidates.filter((w) => w.state === "visible"), candidates.filter((w) => w.state !== "visible")];
    let anyData = false;
    let firstTable: { ws: WorkbookSheet; read: SheetBudget } | null = null;
    for (const group of groups) {
      const found: BudgetFile[] = [];
      // Each sheet's title in sheet order, a cover sheet's too: whose budget the workbook is.
      const titles: (string | null)[] = [];
      for (const ws of group) {
        const read = await scanBudget(x, ws, ctx, amountColumn);
        if (isProblem(read)) return xlsxError(read, path);
        titles.push(read.result.caption?.organisation ?? read.title);
        // A budget sheet without the amount column the user named is said, not passed over.
        if (read.result.error?.code === "amountColumnNotFound") return readError(read.result.error, path, { sheetNames, sheet: ws.name });
        if (read.result.error !== null) {
          if (read.result.error.code === "noHeader") anyData = true;
          continue;
        }
        if (!all) return await only(ws, read);
        firstTable ??= { ws, read };
        if (read.result.lines.length === 0) continue;
        const one = await done(ws, read);
        if (isBudgetError(one)) return one;
        found.push(one);
      }
      // Sheets whose header names the columns are the budget; a sheet read by its content alone
      // (a model or comparison sheet beside it) is checked only when no sheet has such a header.
      const bookTitle = workbookTitle(titles);
      const named = found.filter((f) => f.result.header?.source !== "content").map((f) => ({ ...f, bookTitle }));
      const others = found.filter((f) => f.result.header?.source === "content").map((f) => f.sheetName);
      // The first budget says which sheets were passed over, so the user can ask for them.
      if (named.length > 0) return others.length > 0 ? [{ ...(named[0] as BudgetFile), passedOver: others }, ...named.slice(1)] : named;
      if (found.length > 0) return found.map((f) => ({ ...f, bookTitle }));
    }
    // A header with nothing under it: the caller says so for that sheet.
    if (firstTable !== null) return await only(firstTable.ws, firstTable.read);
    return budgetError(anyData ? "noHeader" : "emptySheet", path, { sheetNames });
  } finally {
    await x.close();
  }
}

/** What a budget file is read with: one sheet, the workbook's own rules sheet, the user's amount column. */
export interface ReadFileOptions {
  readonly sheet?: string;
  readonly workbookRules?: boolean;
  /** The amount column by its header or its letters (`--amount`); default: the reader's choice. */
  readonly amountColumn?: string;
}

/** The reader's error as the file's: the column asked for and the ones there are travel with an amount column not found. */
function readError(e: ReadError, path: string, extra: { sheetNames: readonly string[]; sheet?: string }): BudgetError {
  return budgetError(e.code, path, { ...extra, ...(e.choice !== undefined ? { value: e.choice } : {}), ...(e.available !== undefined ? { detail: e.available } : {}) });
}

/**
 * Every sheet of a workbook that holds a budget (visible sheets; hidden ones only
 * when no visible sheet does), or the one named by `sheet`, or a csv's one table.
 * A workbook with a budget per programme is checked whole, not only its first sheet.
 */
export async function readBudgetSheets(path: string, opts: ReadFileOptions = {}): Promise<BudgetFile[] | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  if (kind === "xlsx") return readXlsxBudgets(path, opts, true);
  const one = await readBudgetFile(path, opts);
  return isBudgetError(one) ? one : [one];
}

/** The caption the reader took from the rows down to the header; none without a header. */
function captionOf(result: ReadBudgetResult): BudgetCaption {
  return result.caption ?? { organisation: null, factor: null };
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

/** A csv file's records, and the lines that had to be read as Windows-1252 in a file otherwise UTF-8. */
export async function readCsvFile(path: string): Promise<{ rows: string[][]; windows1252Lines: readonly number[] } | BudgetError> {
  let buf: Buffer;
  try {
    buf = await fsp.readFile(path);
  } catch (e) {
    return budgetError(readCause(path, e), path, { detail: String(e) });
  }
  const { text, windows1252Lines } = decodeCsv(buf);
  if (text.includes("\u0000")) return budgetError("unreadable", path, { detail: "binary content" });
  return { rows: parseCsv(text, detectSeparator(text)), windows1252Lines };
}

export async function readCsvRows(path: string): Promise<string[][] | BudgetError> {
  const csv = await readCsvFile(path);
  return isBudgetError(csv) ? csv : csv.rows;
}

/** Reads a budget table from an .xlsx or .csv file; without `sheet`, the first sheet with a recognisable header. */
export async function readBudgetFile(path: string, opts: ReadFileOptions = {}): Promise<BudgetFile | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  if (kind === "xlsx") {
    const sheets = await readXlsxBudgets(path, opts, false);
    return isBudgetError(sheets) ? sheets : (sheets[0] as BudgetFile);
  }

  const csv = await readCsvFile(path);
  if (isBudgetError(csv)) return csv;
  const rows = csv.rows;
  const sheetName = csvSheetName(path);
  const sheetNames = [sheetName];
  // A csv holds one table; a sheet name that is not the file's own is an error, not ignored.
  if (opts.sheet !== undefined && opts.sheet.trim().toLowerCase() !== sheetName.toLowerCase()) {
    return budgetError("sheetNotFound", path, { sheetNames, sheet: opts.sheet });
  }
  const read = readBudgetRows(rows, opts.amountColumn === undefined ? {} : { amountColumn: opts.amountColumn });
  // Lines decoded apart from the rest of the file are named with the problems, in row order.
  const encoding: RowProblem[] = csv.windows1252Lines.map((row) => ({ row, code: "encoding", message: text("budget.mixedEncoding", row) }));
  const result = encoding.length === 0 ? read : { ...read, problems: read.problems.concat(encoding).sort((a, b) => a.row - b.row) };
  if (result.error) return readError(result.error, path, { sheetNames });
  return { sheetName, sheetNames, result, caption: captionOf(result) };
}

// ---------------------------------------------------------------- rules

export { readRulesTable, type RuleRow };

/** Reads user rules from the "Regels"/"Rules" sheet of an .xlsx file (or `sheet`), or from a csv file. */
export async function readRulesFile(path: string, opts: { sheet?: string } = {}): Promise<RuleRow[] | BudgetError> {
  const kind = await checkFile(path);
  if (isBudgetError(kind)) return kind;
  let rows: unknown[][];
  if (kind === "xlsx") {
    const x = await openXlsx(path);
    if (isBudgetError(x)) return x;
    try {
      const sheetNames = x.sheets.map((w) => w.name);
      const ws = opts.sheet !== undefined ? findPackageSheet(x.sheets, opts.sheet) : x.sheets.find((w) => RULES_SHEETS.includes(w.name.trim().toLowerCase()));
      if (!ws) return opts.sheet !== undefined ? budgetError("sheetNotFound", path, { sheetNames, sheet: opts.sheet }) : budgetError("rulesSheetNotFound", path, { sheetNames });
      const read = await sheetRows(x, ws, await cellContext(x));
      if (isProblem(read)) return xlsxError(read, path);
      rows = read;
    } finally {
      await x.close();
    }
  } else {
    const csv = await readCsvRows(path);
    if (isBudgetError(csv)) return csv;
    rows = csv;
  }
  return readRulesTable(rows) ?? budgetError("noRulesHeader", path);
}
