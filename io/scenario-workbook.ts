// ExcelJS side (node only): template workbooks out, any workbook into the
// engine. The task pane does the same through Office.js with the same layouts.

import ExcelJS from "exceljs";
import { writeBytesAtomic } from "./safe-write";
import { engineErrorCode } from "../engine/evaluate";
import type { Lang } from "../src/core/types";
import { computeSheets, layoutsToRaw, type RawSheets } from "../engine/scenarios";
import { BASE_SCENARIO, comparisonLayout, EMPTY_STORE, saveScenario, SCENARIO_SHEET, storeFromRows, storeToRows, type ScenarioStore } from "../src/scenarios/scenarios";
import { comparisonSheetName, defaults, templateLayout, type LayoutCell, type SheetLayout } from "../src/scenarios/templates";

// Moved to ./templates (host-neutral, for the task pane); re-exported for the command line.
export { comparisonSheetName, safeSheetName } from "../src/scenarios/templates";
import type { ModelTemplate } from "../src/scenarios/types";

// ---- reading ------------------------------------------------------------------------

/**
 * Prefixes Excel writes before function names in the file: _xlfn. for newer
 * built-ins, _xludf. for unknown names, and _xldudf_ for JavaScript custom
 * functions of an add-in. The engine knows the functions by their plain names.
 */
export function plainFormula(f: string): string {
  return f.replace(/\b_xlfn\.|\b_xlws\.|\b_xludf\.|\b_xldudf_/gi, "");
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function cellContent(cell: ExcelJS.Cell): string | number | boolean | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const f = cell.formula;
    return f ? `=${plainFormula(f)}` : null;
  }
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v.startsWith("=") ? `'${v}` : v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

/** Every sheet's cells and formulas, ready for a BLWorkbook. */
export function excelToRaw(wb: ExcelJS.Workbook): RawSheets {
  const sheets: RawSheets = {};
  for (const ws of wb.worksheets) {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        out[c - 1] = cellContent(cell);
      });
      rows[r - 1] = Array.from({ length: out.length }, (_, j) => out[j] ?? null);
    });
    sheets[ws.name] = Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
  }
  return sheets;
}

/** The scenarios stored in a workbook's "_scenarios" sheet (empty when there is none). */
export function readStore(raw: RawSheets): { store: ScenarioStore; skipped: number[] } {
  const rows = Object.entries(raw).find(([n]) => n.toLowerCase() === SCENARIO_SHEET)?.[1];
  return rows ? storeFromRows(rows) : { store: EMPTY_STORE, skipped: [] };
}

// ---- writing ------------------------------------------------------------------------

const FILL = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

function styleCell(cell: ExcelJS.Cell, c: LayoutCell): void {
  if (c.numFmt) cell.numFmt = c.numFmt;
  switch (c.style) {
    case "title":
      cell.font = { bold: true, size: 14 };
      break;
    case "intro":
      cell.font = { italic: true };
      break;
    case "header":
      cell.font = { bold: true };
      cell.fill = FILL("FFD9E1F2");
      break;
    case "input":
      cell.fill = FILL("FFFFF2CC");
      break;
    case "output":
      cell.font = { bold: true };
      break;
    case "assumption":
      cell.font = { italic: true, color: { argb: "FF9C5700" } };
      break;
    case "note":
      cell.font = { color: { argb: "FF595959" } };
      break;
    default:
      break;
  }
}

/** An engine value as an ExcelJS formula result. */
export function cachedResult(v: unknown): ExcelJS.CellFormulaValue["result"] {
  const error = engineErrorCode(v);
  if (error !== null) return { error: error as ExcelJS.CellErrorValue["error"] };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return undefined;
}

/** Writes layouts as sheets: formulas with the engine's results cached, so readers without recalculation see numbers. */
export function addLayouts(wb: ExcelJS.Workbook, layouts: readonly SheetLayout[], computed: Record<string, unknown[][]>): void {
  for (const l of layouts) {
    const ws = wb.addWorksheet(l.name);
    l.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    l.hiddenColumns.forEach((c) => (ws.getColumn(c + 1).hidden = true));
    for (const c of l.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (c.formula !== undefined) {
        const result = cachedResult(computed[l.name]?.[c.row]?.[c.col]);
        cell.value = result === undefined ? { formula: c.formula } : { formula: c.formula, result };
      } else if (c.value !== undefined) cell.value = c.value;
      styleCell(cell, c);
    }
  }
}

export function addStoreSheet(wb: ExcelJS.Workbook, store: ScenarioStore): void {
  const ws = wb.addWorksheet(SCENARIO_SHEET, { state: "hidden" });
  storeToRows(store).forEach((r, i) => (ws.getRow(i + 1).values = r));
  ws.getRow(1).font = { bold: true };
}


export interface TemplateWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly layouts: readonly SheetLayout[];
  readonly computed: Record<string, unknown[][]>;
  readonly store: ScenarioStore;
}

/** A template workbook in memory: the model sheet, its live comparison sheet and the stored "Basis" scenario. */
export function buildTemplateWorkbook(t: ModelTemplate, lang: Lang): TemplateWorkbook {
  const saved = saveScenario(EMPTY_STORE, t, BASE_SCENARIO, defaults(t));
  if ("kind" in saved) throw new Error(saved.message.en);
  const layouts = [templateLayout(t, lang), comparisonLayout(t, saved, lang, comparisonSheetName(t, lang))];
  const computed = computeSheets(layoutsToRaw(layouts), lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Begrotingslab";
  addLayouts(wb, layouts, computed);
  addStoreSheet(wb, saved);
  return { workbook: wb, layouts, computed, store: saved };
}

export async function writeTemplateWorkbook(t: ModelTemplate, lang: Lang, outPath: string): Promise<TemplateWorkbook> {
  const built = buildTemplateWorkbook(t, lang);
  const bytes = await built.workbook.xlsx.writeBuffer();
  // Atomic, private while written, never over a file without --force (checked by the command).
  await writeBytesAtomic(outPath, new Uint8Array(bytes as ArrayBuffer));
  return built;
}
