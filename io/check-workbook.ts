// Writing the level check next to the user's budget.
//
// The result is a copy of the user's workbook with one more sheet,
// "Niveaucheck", a row per checked line linking back to the line. The copy is
// made by adding that sheet's part to the user's package (./package-patch):
// the user's sheets, charts, drawings, comments, dynamic-array metadata, page
// setup and every other part keep every byte. A csv budget becomes a new
// workbook holding the csv as a sheet and the check beside it.

import { promises as fsp } from "node:fs";
import * as nodePath from "node:path";
import { Readable } from "node:stream";
import JSZip from "jszip";
import { parseAmount } from "../src/budget/numbers";
import { detectHeader, isAmountHeader } from "../src/budget/table";
import { type BudgetError, CHECK_SHEET, budgetError, csvSheetName, fileKind, isBudgetError, readCsvRows } from "./budget-files";
import { readCause, readProblem } from "./file-problems";
import { newPackage } from "./new-package";
import { addDefinedName, addWorksheet, freeSheetName, readPackageInfo } from "./package-patch";
import { checkOutput, WriteError, writeStreamAtomic } from "./safe-write";
import { printTitlesName, type SheetCellValue, sheetXml } from "./sheet-xml";

export interface CheckResultRow {
  /** 1-based row in the budget sheet this result is about. */
  readonly row: number;
  /** The budget sheet of that row, where a workbook holds several; else the writer's sheet. */
  readonly sheet?: string;
  /** The column the link goes to ("C" for a table beside the first); default A. */
  readonly column?: string;
  readonly cells: readonly (string | number | null)[];
}

/** What reading the budget said of a row (a figure not read, a table beside it not checked), listed under the results. */
export interface CheckNote {
  readonly row: number;
  readonly sheet?: string;
  readonly text: string;
}

export interface WriteCheckOptions {
  /** Header of the link column; default "Rij". */
  readonly linkHeader?: string;
  /** Notes of the reading, under a title of their own below the results: a copy for the council says what was not read. */
  readonly notes?: { readonly title: string; readonly list: readonly CheckNote[] };
  /** Replace an existing output file (never the input itself). */
  readonly force?: boolean;
}

export interface WrittenCheck {
  readonly outPath: string;
  /** "Niveaucheck", or "Niveaucheck (2)" when the workbook already has one: an earlier sheet is never overwritten. */
  readonly sheetName: string;
  readonly rows: number;
}

/** A sheet reference as Excel writes it in a formula or link: quoted, with quotes doubled. */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** The in-workbook link target of a row, e.g. "#'Begroting 2025'!A12". */
export function rowLink(sheetName: string, row: number, column = "A"): string {
  return `#${sheetRef(sheetName)}!${column}${row}`;
}

/**
 * The csv as sheet rows: cells stay text, except amounts in the columns whose
 * header names an amount, which become numbers. Converting every
 * number-looking cell would turn taakveld "0.10" into 0.1 and "6.71" into a
 * decimal, which is exactly the confusion the level check has to avoid.
 */
function* csvRows(rows: readonly string[][]): Generator<SheetCellValue[]> {
  const header = detectHeader(rows as string[][]);
  const amountCols = new Set<number>();
  if (header) {
    (rows[header.headerRow - 1] ?? []).forEach((t, col) => {
      if (isAmountHeader(t)) amountCols.add(col);
    });
  }
  const firstDataIndex = header ? header.headerRow : Infinity;
  for (let i = 0; i < rows.length; i++) {
    const rec = rows[i] ?? [];
    yield rec.map((t, col) => {
      if (t === "") return null;
      if (i >= firstDataIndex && amountCols.has(col)) {
        const n = parseAmount(t);
        if (typeof n === "number") return n;
      }
      return t;
    });
  }
}

/**
 * A link to a row of the budget. A HYPERLINK formula rather than a cell hyperlink, which would
 * need a relationship part per sheet; it works in Excel, Excel online and LibreOffice.
 */
/** What a link to a row shows: "Begroting 2025!A12". */
function linkLabel(sheet: string, row: number, column = "A"): string {
  return `${sheet}!${column}${row}`;
}

function rowLinkCell(sheet: string, row: number, column = "A"): SheetCellValue {
  const label = linkLabel(sheet, row, column);
  const link = rowLink(sheet, row, column).replace(/"/g, '""');
  return { formula: `HYPERLINK("${link}","${label.replace(/"/g, '""')}")`, result: label };
}

/** The Niveaucheck sheet: a header, then a link and the result cells per line; the notes of the reading below them. */
function* checkRows(target: string, results: readonly CheckResultRow[], headers: readonly string[], linkHeader: string, notes?: WriteCheckOptions["notes"]): Generator<SheetCellValue[]> {
  // Plain text: a bold header would need a style added to the user's styles part, which stays untouched.
  yield [linkHeader, ...headers];
  for (const r of results) yield [rowLinkCell(r.sheet ?? target, r.row, r.column), ...r.cells];
  if (notes === undefined || notes.list.length === 0) return;
  yield [];
  yield [notes.title];
  for (const n of notes.list) yield [rowLinkCell(n.sheet ?? target, n.row), n.text];
}

function columnWidths(results: readonly CheckResultRow[], headers: readonly string[], linkHeader: string, target: string): number[] {
  const widths: number[] = [Math.max(linkHeader.length, 12), ...headers.map((h) => h.length)];
  // Loops, not Math.max(...spread): a check of 300,000 lines would overflow the argument list.
  for (const r of results) {
    // The link shows where the line is ("Begroting 2025!A12"): cut off, it would not say which row.
    const link = linkLabel(r.sheet ?? target, r.row, r.column).length;
    if (link > (widths[0] as number)) widths[0] = link;
    for (let k = 0; k < r.cells.length; k++) {
      const v = r.cells[k];
      const len = v === null || v === undefined ? 0 : String(v).length;
      if (len > (widths[k + 1] ?? 0)) widths[k + 1] = len;
    }
  }
  return widths.map((w) => Math.min(60, Math.max(8, w + 2)));
}

function stream(chunks: Iterable<string>): Readable {
  return Readable.from(
    (function* () {
      for (const c of chunks) yield Buffer.from(c, "utf8");
    })(),
  );
}

/**
 * Copies the workbook at inputPath to outPath with one more sheet holding the
 * results. outPath may not be the input, and may not exist unless `force`.
 */
export async function writeCheckWorkbook(
  inputPath: string,
  outPath: string,
  sheetName: string,
  results: readonly CheckResultRow[],
  headers: readonly string[],
  opts: WriteCheckOptions = {},
): Promise<WrittenCheck | BudgetError> {
  const kind = fileKind(inputPath);
  const inExt = nodePath.extname(inputPath).toLowerCase();
  // A macro workbook stays one: its copy is .xlsm, anything else becomes .xlsx.
  const wantExt = inExt === ".xlsm" ? ".xlsm" : ".xlsx";
  if (nodePath.extname(outPath).toLowerCase() !== wantExt) return budgetError(inExt === ".xlsm" ? "macroCopy" : "outputNotXlsx", outPath);
  const problem = await readProblem(inputPath);
  if (problem) return budgetError(problem, inputPath);
  if (kind === null) return budgetError("unsupportedExtension", inputPath);
  const mode = (await fsp.stat(inputPath)).mode & 0o777;
  const refusal = await checkOutput(outPath, { inputs: [inputPath], force: opts.force === true });
  if (refusal) return { kind: "budgetError", code: refusal.code === "outNoPermission" ? "writeFailed" : refusal.code, message: refusal.message, path: outPath };

  const linkHeader = opts.linkHeader ?? "Rij";
  const widths = columnWidths(results, headers, linkHeader, sheetName);
  let zip: JSZip;
  let written: string;
  if (kind === "xlsx") {
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(inputPath);
    } catch (e) {
      return budgetError(readCause(inputPath, e), inputPath);
    }
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (e) {
      return budgetError("unreadable", inputPath, { detail: e instanceof Error ? e.message : String(e) });
    }
    const info = await readPackageInfo(zip);
    if (!info) return budgetError("unreadable", inputPath, { detail: "no workbook part" });
    const names = info.sheets.map((s) => s.name);
    const want = sheetName.trim().toLowerCase();
    const target = info.sheets.find((s) => s.name === sheetName) ?? info.sheets.find((s) => s.name.trim().toLowerCase() === want);
    if (!target) return budgetError("sheetNotFound", inputPath, { sheetNames: names, sheet: sheetName });
    written = freeSheetName(names, CHECK_SHEET);
    const rows = checkRows(target.name, results, headers, linkHeader, opts.notes);
    await addWorksheet(zip, info, written, stream(sheetXml({ ...(info.mainNamespace ? { namespace: info.mainNamespace } : {}), widths, freezeHeader: true, autoFilter: results.length > 0, printAsList: true, rows })) as never);
    // Printed, every page shows the column names; the sheet is the last of the workbook's.
    await addDefinedName(zip, info, printTitlesName(sheetRef(written), info.sheets.length));
  } else {
    const csv = await readCsvRows(inputPath);
    if (isBudgetError(csv)) return csv;
    const target = csvSheetName(inputPath);
    if (sheetName.trim().toLowerCase() !== target.toLowerCase()) {
      return budgetError("sheetNotFound", inputPath, { sheetNames: [target], sheet: sheetName });
    }
    written = CHECK_SHEET;
    zip = newPackage([
      { name: target, content: stream(sheetXml({ rows: csvRows(csv) })) as never },
      { name: written, content: stream(sheetXml({ widths, freezeHeader: true, autoFilter: results.length > 0, printAsList: true, rows: checkRows(target, results, headers, linkHeader, opts.notes) })) as never },
    ], [printTitlesName(sheetRef(written), 1)]);
  }

  try {
    const zipped = zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE", compressionOptions: { level: 6 } });
    // JSZip's stream is an old-style one; wrapped, it can be read chunk by chunk.
    const out = new Readable({ highWaterMark: 1 << 20 }).wrap(zipped as unknown as NodeJS.ReadableStream);
    // A copy of a private budget is as private as the budget: it takes the input's mode.
    await writeStreamAtomic(outPath, out, { mode });
  } catch (e) {
    return budgetError("writeFailed", outPath, { cause: e instanceof WriteError ? e.reason : e });
  }
  return { outPath, sheetName: written, rows: results.length };
}
