// Writing the level check next to the user's budget.
//
// The user's workbook is copied and gets one extra sheet, "Niveaucheck", with a
// row per checked line that links back to the line. The user's own sheets go
// through ExcelJS unchanged; only the Niveaucheck sheet is (re)built.

import { promises as fsp } from "node:fs";
import * as nodePath from "node:path";
import ExcelJS from "exceljs";
import { parseAmount } from "../src/budget/numbers";
import {
  type BudgetError,
  CHECK_SHEET,
  budgetError,
  csvSheetName,
  fileKind,
  isBudgetError,
  loadWorkbook,
  readCsvRows,
} from "./budget-files";
import { readProblem } from "./file-problems";
import { detectHeader, isAmountHeader } from "../src/budget/table";

export interface CheckResultRow {
  /** 1-based row in the budget sheet this result is about. */
  readonly row: number;
  readonly cells: readonly (string | number | null)[];
}

export interface WriteCheckOptions {
  /** Header of the link column; default "Rij". */
  readonly linkHeader?: string;
}

export interface WrittenCheck {
  readonly outPath: string;
  readonly sheetName: typeof CHECK_SHEET;
  readonly rows: number;
  /** True when the workbook already had a Niveaucheck sheet that was replaced. */
  readonly replaced: boolean;
}

/** A sheet reference as Excel writes it in a formula or link: quoted, with quotes doubled. */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** The in-workbook link target of a row, e.g. "#'Begroting 2025'!A12". */
export function rowLink(sheetName: string, row: number): string {
  return `#${sheetRef(sheetName)}!A${row}`;
}

/**
 * A csv file as a worksheet: cells stay text, except that amounts in the
 * columns whose header names an amount become numbers. Converting every
 * number-looking cell would turn taakveld "0.10" into 0.1 and "6.71" into a
 * decimal, which is exactly the confusion the level check has to avoid.
 */
function csvToSheet(wb: ExcelJS.Workbook, name: string, rows: string[][]): void {
  const ws = wb.addWorksheet(name);
  const header = detectHeader(rows);
  const amountCols = new Set<number>();
  if (header) {
    (rows[header.headerRow - 1] ?? []).forEach((t, col) => {
      if (isAmountHeader(t)) amountCols.add(col);
    });
  }
  const firstDataIndex = header ? header.headerRow : Infinity;
  rows.forEach((rec, i) => {
    const values: (string | number | null)[] = rec.map((t, col) => {
      if (t === "") return null;
      if (i >= firstDataIndex && amountCols.has(col)) {
        const n = parseAmount(t);
        if (typeof n === "number") return n;
      }
      return t;
    });
    ws.getRow(i + 1).values = values;
  });
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const want = name.trim().toLowerCase();
  return wb.worksheets.find((w) => w.name === name) ?? wb.worksheets.find((w) => w.name.trim().toLowerCase() === want);
}

function addCheckSheet(
  wb: ExcelJS.Workbook,
  target: string,
  results: readonly CheckResultRow[],
  headers: readonly string[],
  linkHeader: string,
): void {
  const ws = wb.addWorksheet(CHECK_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  // A loop, not Math.max(...spread): a check of 100k lines would overflow the argument list.
  const width = results.reduce((w, r) => Math.max(w, r.cells.length), headers.length);
  const headerRow = ws.getRow(1);
  headerRow.values = [linkHeader, ...headers];
  headerRow.font = { bold: true };
  const widths: number[] = [Math.max(linkHeader.length, 12), ...headers.map((h) => h.length)];
  results.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    const label = `${target}!A${r.row}`;
    // A HYPERLINK formula rather than a cell hyperlink: ExcelJS 4.4 writes an
    // in-workbook cell hyperlink as an external relationship plus a location
    // attribute that keeps the "#", reported to open as "#Sheet!A1##Sheet!A1"
    // (exceljs issue 3027). The formula works in Excel, Excel online and LibreOffice.
    const link = rowLink(target, r.row).replace(/"/g, '""');
    row.getCell(1).value = { formula: `HYPERLINK("${link}","${label.replace(/"/g, '""')}")`, result: label };
    row.getCell(1).font = { color: { argb: "FF0563C1" }, underline: true };
    r.cells.forEach((v, k) => {
      row.getCell(k + 2).value = v;
      const len = v === null ? 0 : String(v).length;
      if (len > (widths[k + 1] ?? 0)) widths[k + 1] = len;
    });
  });
  for (let k = 0; k <= width; k++) {
    ws.getColumn(k + 1).width = Math.min(60, Math.max(8, (widths[k] ?? 8) + 2));
  }
  if (results.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: results.length + 1, column: width + 1 } };
}

/**
 * Copies the workbook at inputPath to outPath with a fresh "Niveaucheck" sheet.
 * An existing Niveaucheck sheet is replaced; every other sheet is left as
 * ExcelJS read it. A csv input becomes a workbook with the csv as a sheet
 * named after the file (see csvSheetName). outPath may equal inputPath: the
 * input is read completely first and the output is written to a temporary
 * file that replaces outPath only when complete.
 */
export async function writeCheckWorkbook(
  inputPath: string,
  outPath: string,
  sheetName: string,
  results: readonly CheckResultRow[],
  headers: readonly string[],
  opts: WriteCheckOptions = {},
): Promise<WrittenCheck | BudgetError> {
  if (nodePath.extname(outPath).toLowerCase() !== ".xlsx") return budgetError("unsupportedOutput", outPath);
  const problem = await readProblem(inputPath);
  if (problem) return budgetError(problem, inputPath);
  const kind = fileKind(inputPath);
  if (kind === null) return budgetError("unsupportedExtension", inputPath);
  if (nodePath.extname(inputPath).toLowerCase() === ".xlsm") return budgetError("unsupportedOutput", inputPath);

  let wb: ExcelJS.Workbook;
  let target: string;
  let replaced = false;
  if (kind === "xlsx") {
    const loaded = await loadWorkbook(inputPath);
    if (isBudgetError(loaded)) return loaded;
    wb = loaded;
    const existing = wb.worksheets.find((w) => w.name.trim().toLowerCase() === CHECK_SHEET.toLowerCase());
    const ws = findSheet(wb, sheetName);
    if (!ws || ws === existing) {
      return budgetError("sheetNotFound", inputPath, {
        sheetNames: wb.worksheets.map((w) => w.name),
        sheet: sheetName,
      });
    }
    target = ws.name;
    if (existing) {
      wb.removeWorksheet(existing.id);
      replaced = true;
    }
  } else {
    const rows = await readCsvRows(inputPath);
    if (isBudgetError(rows)) return rows;
    target = csvSheetName(inputPath);
    if (sheetName.trim().toLowerCase() !== target.toLowerCase()) {
      return budgetError("sheetNotFound", inputPath, { sheetNames: [target], sheet: sheetName });
    }
    wb = new ExcelJS.Workbook();
    csvToSheet(wb, target, rows);
  }

  addCheckSheet(wb, target, results, headers, opts.linkHeader ?? "Rij");

  const tmp = nodePath.join(
    nodePath.dirname(outPath),
    `.${nodePath.basename(outPath)}.${process.pid}.${Date.now()}.tmp`,
  );
  try {
    await wb.xlsx.writeFile(tmp);
    await fsp.rename(tmp, outPath);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    return budgetError("writeFailed", outPath, { detail: e instanceof Error ? e.message : String(e), cause: e });
  }
  return { outPath, sheetName: CHECK_SHEET, rows: results.length, replaced };
}
