// A scenario workbook read for the council export: only the sheets its
// formulas need go to the engine, whole; of every other sheet only the top
// rows are read (enough for the budget's title and header), unless the level
// check's summary needs its results. A budget sheet of 200,000 rows beside the
// scenarios costs thirty rows, and the engine never sees it.

import type { RawSheets } from "../../engine/scenarios";
import { checkSheetBudget } from "../../src/scenarios/council";
import { SCENARIO_SHEET } from "../../src/scenarios/scenarios";
import { locateTemplate } from "../../src/scenarios/templates";
import { detectHeader, HEADER_SEARCH_ROWS } from "../../src/budget/table";
import { detectRegisterHeader } from "../../src/risk/register";
import { CAPACITY_SHEETS, CLASS_SHEETS } from "../../src/risk/register-words";
import type { WorkbookSheet } from "../package-patch";
import type { XlsxFile } from "./file";
import { parseAddress, referencedSheets, slideFormula } from "./formulas";
import type { XlsxProblem } from "./inspect";
import type { RawCell } from "./sheet-scan";
import { type CellContext, cellValue } from "./values";

type RawCellContent = RawSheets[string][number][number];
export type { RawSheets };

export interface WorkbookSheets {
  /** Every sheet: whole where it was read whole, else its top rows. */
  readonly raw: RawSheets;
  /** The sheets the engine needs: templates, stored scenarios, and what their formulas refer to. */
  readonly engine: readonly string[];
}

/**
 * Prefixes Excel writes before function names in the file: _xlfn. for newer
 * built-ins, _xludf. for unknown names, and _xldudf_ for JavaScript custom
 * functions of an add-in. The engine knows the functions by their plain names.
 */
export function plainFormula(f: string): string {
  return f.replace(/\b_xlfn\.|\b_xlws\.|\b_xludf\.|\b_xldudf_/gi, "");
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const VERDICT_HEADERS = ["oordeel", "verdict"];
const isCheckSheet = (name: string): boolean => /^niveaucheck(?: \(\d+\))?$/i.test(name.trim());

/** Reads a sheet's cells as engine content: formulas with "=" (shared ones made whole), values as they are. */
async function readSheet(x: XlsxFile, sheet: WorkbookSheet, ctx: CellContext, maxRows: number): Promise<{ rows: RawCellContent[][]; formulas: string[] } | XlsxProblem> {
  const rows: RawCellContent[][] = [];
  const formulas: string[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  // Cells inside a spilled array hold cached values; the engine spills the formula itself.
  const spills: { top: number; left: number; bottom: number; right: number; row: number; col: number }[] = [];
  const inSpill = (r: number, c: number): boolean => spills.some((s) => r >= s.top && r <= s.bottom && c >= s.left && c <= s.right && !(r === s.row && c === s.col));
  const content = (c: RawCell, row: number): RawCellContent => {
    if (c.formula !== null) {
      let f = c.formula;
      if (c.shared) {
        if (c.shared.ref !== undefined || f !== "") shared.set(c.shared.si, { formula: f, row, col: c.col });
        else {
          const master = shared.get(c.shared.si);
          if (master) f = slideFormula(master.formula, row - master.row, c.col - master.col);
        }
      }
      if (c.arrayRef) {
        const [a, b] = c.arrayRef.split(":");
        const from = a ? parseAddress(a) : null;
        const to = b ? parseAddress(b) : from;
        if (from && to) spills.push({ top: from.row, left: from.col, bottom: to.row, right: to.col, row, col: c.col });
      }
      if (f !== "") {
        formulas.push(f);
        return `=${plainFormula(f)}`;
      }
    }
    const v = cellValue(c, ctx);
    if (v === null || v === undefined) return null;
    if (typeof v === "number" || typeof v === "boolean") return v;
    if (typeof v === "string") return v.startsWith("=") ? `'${v}` : v;
    if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
    if (typeof v === "object" && "error" in v) return String((v as { error: unknown }).error);
    return null;
  };
  const problem = await x.scanSheet(sheet, (r) => {
    if (r.row > maxRows) return false;
    const out: RawCellContent[] = [];
    for (const c of r.cells) {
      if (spills.length > 0 && inSpill(r.row, c.col)) continue;
      while (out.length < c.col) out.push(null);
      out[c.col] = content(c, r.row);
    }
    rows[r.row - 1] = out;
    return true;
  });
  if (problem) return problem;
  // The engine takes dense rows; the sheets it gets are the small ones (or ones a formula really reads).
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { rows, formulas };
}

export async function readWorkbookSheets(x: XlsxFile, ctx: CellContext): Promise<WorkbookSheets | XlsxProblem> {
  const heads = new Map<string, RawCellContent[][]>();
  const whole = new Map<string, RawCellContent[][]>();
  const byName = new Map(x.sheets.map((s) => [s.name.toLowerCase(), s]));
  for (const s of x.sheets) {
    const head = await readSheet(x, s, ctx, HEADER_SEARCH_ROWS);
    if ("kind" in head) return head;
    heads.set(s.name, head.rows);
  }
  const readWhole = async (s: WorkbookSheet): Promise<string[] | XlsxProblem> => {
    const read = await readSheet(x, s, ctx, Infinity);
    if ("kind" in read) return read;
    whole.set(s.name, read.rows);
    return read.formulas;
  };

  // The engine's sheets: templates and stored scenarios, a risk register with its class and
  // capacity sheets (the paragraph weerstandsvermogen), then whatever their formulas refer to.
  const engine = new Set<string>();
  const riskSheet = (s: WorkbookSheet) => {
    const n = s.name.trim().toLowerCase();
    return CLASS_SHEETS.includes(n) || CAPACITY_SHEETS.includes(n) || detectRegisterHeader(heads.get(s.name) ?? []) !== null;
  };
  const queue = x.sheets.filter((s) => s.name.toLowerCase() === SCENARIO_SHEET || locateTemplate(heads.get(s.name) ?? []) !== undefined || riskSheet(s));
  while (queue.length > 0) {
    const s = queue.shift() as WorkbookSheet;
    if (engine.has(s.name)) continue;
    engine.add(s.name);
    const formulas = await readWhole(s);
    if (!Array.isArray(formulas)) return formulas;
    for (const f of formulas) {
      for (const name of referencedSheets(f)) {
        const ref = byName.get(name.toLowerCase());
        if (ref && !engine.has(ref.name)) queue.push(ref);
      }
    }
  }

  // The level check's results: check sheets whole, and a budget whose rows they or the pane's result columns need.
  for (const s of x.sheets) {
    if (whole.has(s.name)) continue;
    const head = heads.get(s.name) ?? [];
    const h = detectHeader(head as unknown[][]);
    const resultColumns = h !== null && (head[h.headerRow - 1] ?? []).some((v) => typeof v === "string" && VERDICT_HEADERS.includes(v.trim().toLowerCase()));
    if (!isCheckSheet(s.name) && !resultColumns) continue;
    const read = await readWhole(s);
    if (!Array.isArray(read)) return read;
    if (isCheckSheet(s.name)) {
      // A check sheet without amounts (the pane's) reads them from the budget rows it links to.
      const rows = whole.get(s.name) ?? [];
      const hasAmounts = (rows[0] ?? []).some((v) => typeof v === "string" && ["bedrag", "amount"].includes(v.trim().toLowerCase()));
      const budget = hasAmounts ? undefined : byName.get((checkSheetBudget(rows) ?? "").toLowerCase());
      if (budget && !whole.has(budget.name)) {
        const b = await readWhole(budget);
        if (!Array.isArray(b)) return b;
      }
    }
  }
  const raw: RawSheets = {};
  for (const s of x.sheets) raw[s.name] = whole.get(s.name) ?? heads.get(s.name) ?? [];
  return { raw, engine: [...engine] };
}
