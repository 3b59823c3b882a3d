// Reading a risk register from an .xlsx or .csv file (command line and tests):
// the register sheet, and, in a workbook, its sheet of probability classes and
// its sheet of available capacity. File problems are the budget reader's, with
// the same messages; a workbook without a register says so in its own words.

import * as nodePath from "node:path";
import type ExcelJS from "exceljs";
import { text } from "../src/i18n/catalogue";
import { HEADER_SEARCH_ROWS } from "../src/budget/table";
import { isBlank } from "../src/budget/cells";
import {
  DEFAULT_CLASSES,
  detectRegisterHeader,
  readAvailableCapacity,
  readClassTable,
  readRegisterRows,
  type AvailableCapacity,
  type ClassTable,
  type RegisterRead,
} from "../src/risk/register";
import { CAPACITY_SHEETS, CLASS_SHEETS } from "../src/risk/register-words";
import { budgetError, csvSheetName, fileKind, isBudgetError, loadWorkbook, readCsvRows, worksheetRows, type BudgetError } from "./budget-files";
import { readProblem } from "./file-problems";

export interface RegisterFile {
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
  readonly read: RegisterRead;
  /** The available capacity the workbook lists, and the sheet it comes from. */
  readonly available: (AvailableCapacity & { readonly sheet: string }) | null;
}

const named = (names: readonly string[]) => (ws: ExcelJS.Worksheet) => names.includes(ws.name.trim().toLowerCase());

function noRegister(path: string, sheetNames: readonly string[]): BudgetError {
  const list = sheetNames.map((s) => `"${s}"`).join(", ");
  return { kind: "budgetError", code: "noHeader", message: text("risk.file.noRegister", nodePath.basename(path), HEADER_SEARCH_ROWS, list), path, sheetNames };
}

async function readXlsx(path: string, sheet: string | undefined): Promise<RegisterFile | BudgetError> {
  const wb = await loadWorkbook(path);
  if (isBudgetError(wb)) return wb;
  const sheetNames = wb.worksheets.map((w) => w.name);
  const classSheet = wb.worksheets.find(named(CLASS_SHEETS));
  const classes: ClassTable = (classSheet && readClassTable(worksheetRows(classSheet).rows, classSheet.name)) || DEFAULT_CLASSES;
  const capacitySheet = wb.worksheets.find(named(CAPACITY_SHEETS));
  const capacity = capacitySheet ? readAvailableCapacity(worksheetRows(capacitySheet).rows) : null;
  const available = capacity && capacitySheet ? { ...capacity, sheet: capacitySheet.name } : null;

  let ws: ExcelJS.Worksheet | undefined;
  if (sheet !== undefined) {
    const want = sheet.trim().toLowerCase();
    ws = wb.worksheets.find((w) => w.name === sheet) ?? wb.worksheets.find((w) => w.name.trim().toLowerCase() === want);
    if (!ws) return budgetError("sheetNotFound", path, { sheetNames, sheet });
  } else {
    // Visible sheets first: a hidden sheet is usually a lookup list.
    const candidates = wb.worksheets.filter((w) => w !== classSheet && w !== capacitySheet);
    const ordered = [...candidates.filter((w) => w.state === "visible"), ...candidates.filter((w) => w.state !== "visible")];
    ws = ordered.find((w) => detectRegisterHeader(worksheetRows(w, HEADER_SEARCH_ROWS).rows) !== null);
    if (!ws) {
      const anyData = wb.worksheets.some((w) => worksheetRows(w, HEADER_SEARCH_ROWS).rows.some((r) => r.some((c) => !isBlank(c))));
      return anyData ? noRegister(path, sheetNames) : budgetError("emptySheet", path, { sheetNames });
    }
  }
  const read = readRegisterRows(worksheetRows(ws).rows, { classes });
  if (read.error === "emptySheet") return budgetError("emptySheet", path, { sheetNames, sheet: ws.name });
  if (read.error === "noHeader") return noRegister(path, [ws.name]);
  return { sheetName: ws.name, sheetNames, read, available };
}

/** Reads a risk register from an .xlsx or .csv file; without `sheet`, the first sheet with a register header. */
export async function readRegisterFile(path: string, opts: { sheet?: string } = {}): Promise<RegisterFile | BudgetError> {
  const problem = await readProblem(path);
  if (problem) return budgetError(problem, path);
  const kind = fileKind(path);
  if (!kind) return budgetError("unsupportedExtension", path);
  if (kind === "xlsx") return readXlsx(path, opts.sheet);
  const rows = await readCsvRows(path);
  if (isBudgetError(rows)) return rows;
  const sheetName = csvSheetName(path);
  if (opts.sheet !== undefined && opts.sheet.trim().toLowerCase() !== sheetName.toLowerCase()) {
    return budgetError("sheetNotFound", path, { sheetNames: [sheetName], sheet: opts.sheet });
  }
  const read = readRegisterRows(rows);
  if (read.error === "emptySheet") return budgetError("emptyFile", path);
  if (read.error === "noHeader") return noRegister(path, []);
  return { sheetName, sheetNames: [sheetName], read, available: null };
}
