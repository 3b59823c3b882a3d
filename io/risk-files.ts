// Reading a risk register from an .xlsx or .csv file (command line and tests):
// the register sheet, and, in a workbook, its sheet of probability classes and
// its sheet of available capacity. File problems are the budget reader's, with
// the same messages; a workbook without a register says so in its own words.

import * as nodePath from "node:path";
import type { WorkbookSheet } from "./package-patch";
import { text } from "../src/i18n/catalogue";
import { HEADER_SEARCH_ROWS } from "../src/budget/table";
import { isBlank, normalizeCell } from "../src/budget/cells";
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
import { budgetError, cellContext, csvSheetName, fileKind, findPackageSheet, isBudgetError, isProblem, openXlsx, readCsvRows, sheetRows, xlsxError, type BudgetError } from "./budget-files";
import { readProblem } from "./file-problems";

export interface RegisterFile {
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
  readonly read: RegisterRead;
  /** The available capacity the workbook lists, and the sheet it comes from. */
  readonly available: (AvailableCapacity & { readonly sheet: string }) | null;
}

const named = (names: readonly string[]) => (ws: WorkbookSheet) => names.includes(ws.name.trim().toLowerCase());

function noRegister(path: string, sheetNames: readonly string[]): BudgetError {
  const list = sheetNames.map((s) => `"${s}"`).join(", ");
  return { kind: "budgetError", code: "noHeader", message: text("risk.file.noRegister", nodePath.basename(path), HEADER_SEARCH_ROWS, list), path, sheetNames };
}

/** Streamed like a budget: the package's limits first, each sheet scanned once, only what is needed kept. */
async function readXlsx(path: string, sheet: string | undefined): Promise<RegisterFile | BudgetError> {
  const x = await openXlsx(path);
  if (isBudgetError(x)) return x;
  try {
    const ctx = await cellContext(x);
    const sheetNames = x.sheets.map((w) => w.name);
    // Every row present (blank ones empty), as the register's readers expect.
    const rowsOf = async (ws: WorkbookSheet, maxRows = Infinity): Promise<unknown[][] | BudgetError> => {
      const rows = await sheetRows(x, ws, ctx, maxRows);
      return isProblem(rows) ? xlsxError(rows, path) : Array.from(rows, (r) => r ?? []);
    };
    const classSheet = x.sheets.find(named(CLASS_SHEETS));
    const classRows = classSheet ? await rowsOf(classSheet) : null;
    if (isBudgetError(classRows)) return classRows;
    const classes: ClassTable = (classSheet && classRows && readClassTable(classRows, classSheet.name)) || DEFAULT_CLASSES;
    const capacitySheet = x.sheets.find(named(CAPACITY_SHEETS));
    const capacityRows = capacitySheet ? await rowsOf(capacitySheet) : null;
    if (isBudgetError(capacityRows)) return capacityRows;
    const capacity = capacityRows ? readAvailableCapacity(capacityRows) : null;
    const available = capacity && capacitySheet ? { ...capacity, sheet: capacitySheet.name } : null;

    let ws: WorkbookSheet | undefined;
    if (sheet !== undefined) {
      ws = findPackageSheet(x.sheets, sheet);
      if (!ws) return budgetError("sheetNotFound", path, { sheetNames, sheet });
    } else {
      // Visible sheets first: a hidden sheet is usually a lookup list.
      const candidates = x.sheets.filter((w) => w !== classSheet && w !== capacitySheet);
      const ordered = [...candidates.filter((w) => w.state === "visible"), ...candidates.filter((w) => w.state !== "visible")];
      let anyData = false;
      for (const w of ordered) {
        const head = await rowsOf(w, HEADER_SEARCH_ROWS);
        if (isBudgetError(head)) return head;
        if (head.some((r) => r.some((c) => !isBlank(normalizeCell(c))))) anyData = true;
        if (detectRegisterHeader(head) !== null) {
          ws = w;
          break;
        }
      }
      if (!ws) return anyData ? noRegister(path, sheetNames) : budgetError("emptySheet", path, { sheetNames });
    }
    const rows = await rowsOf(ws);
    if (isBudgetError(rows)) return rows;
    const read = readRegisterRows(rows, { classes });
    if (read.error === "emptySheet") return budgetError("emptySheet", path, { sheetNames, sheet: ws.name });
    if (read.error === "noHeader") return noRegister(path, [ws.name]);
    return { sheetName: ws.name, sheetNames, read, available };
  } finally {
    await x.close();
  }
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
