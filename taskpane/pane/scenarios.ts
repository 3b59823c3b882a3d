// What the pane's "Scenario's" part does, without any DOM: insert a template
// sheet, keep the named scenarios in the workbook, switch between them,
// compare them, and gather the data for the council workbook. Everything goes
// through the Host; the numbers shown in the pane come from the core
// (coreEvaluator), which the tests hold equal to the sheet's BL formulas.

import type { Lang, Text } from "../../src/core/types";
import {
  BASE_SCENARIO,
  compareScenarios,
  comparisonLayout,
  comparisonSheetName,
  coreEvaluator,
  defaults,
  deleteScenario,
  EMPTY_STORE,
  isScenarioError,
  KEY_COL,
  locateTemplate,
  MARKER_PREFIX,
  renameScenario,
  saveScenario,
  SCENARIO_HEADER,
  SCENARIO_SHEET,
  scenariosOf,
  storeFromRows,
  storeToRows,
  switchScenario,
  templateById,
  templateLayout,
  type Comparison,
  type ModelTemplate,
  type ScenarioError,
  type ScenarioStore,
  type SheetLayout,
  type TemplateLocation,
} from "../../src/scenarios";
import { checkSheetBudget, findBudget, summarizeLevelResults, templateExport, type CouncilData } from "../../src/scenarios/council";
import { text } from "../../src/i18n/catalogue";
import { VERSION } from "../../src/version";
import { RESULT_SHEET, type Host, type SheetCell } from "../host/types";
import { PaneError } from "./run";
import { councilRisk } from "../../src/risk/workbook";
import { readSheets } from "./workbook-sheets";

/** A template sheet in the workbook, with where its inputs are and what they hold now. */
export interface TemplateSheet {
  readonly sheet: string;
  readonly template: ModelTemplate;
  readonly location: TemplateLocation;
  /** The inputs as the sheet holds them; a non-number falls back to the default. */
  readonly values: Readonly<Record<string, number>>;
}

export interface ScenarioWorkbook {
  readonly sheets: readonly TemplateSheet[];
  readonly active: string;
  readonly store: ScenarioStore;
  /** Rows of the stored scenarios that could not be read (1-based), reported rather than guessed. */
  readonly skipped: readonly number[];
}

/** A layout (0-based) as host cells (1-based), with its number formats and bold headings. */
export function layoutCells(layout: SheetLayout): SheetCell[] {
  return layout.cells.map((c) => ({
    row: c.row + 1,
    col: c.col + 1,
    ...(c.formula !== undefined ? { formula: c.formula } : c.value !== undefined ? { value: c.value } : {}),
    ...(c.numFmt !== undefined ? { format: c.numFmt } : {}),
    ...(c.style === "title" || c.style === "header" || c.style === "output" ? { bold: true } : {}),
  }));
}

/** The template sheets (found by their marker in F1), their inputs, and the stored scenarios. */
export async function readScenarioWorkbook(host: Host): Promise<ScenarioWorkbook> {
  const { names, active } = await host.listSheets();
  // One read for every sheet's marker cell; only template sheets are read whole.
  const candidates = names.filter((n) => n.toLowerCase() !== SCENARIO_SHEET && n !== RESULT_SHEET);
  const markers = await host.readCells(candidates.map((sheet) => ({ sheet, row: 1, col: KEY_COL + 1 })));
  const sheets: TemplateSheet[] = [];
  for (const [i, sheet] of candidates.entries()) {
    const m = markers[i];
    if (typeof m !== "string" || !m.startsWith(MARKER_PREFIX)) continue;
    const ts = await readTemplateSheet(host, sheet);
    if (ts) sheets.push(ts);
  }
  const { store, skipped } = await readStore(host);
  return { sheets, active, store, skipped };
}

export async function readTemplateSheet(host: Host, sheet: string): Promise<TemplateSheet | undefined> {
  const rows = await host.readSheet(sheet);
  const location = rows ? locateTemplate(rows) : undefined;
  if (!rows || !location) return undefined;
  const values: Record<string, number> = { ...defaults(location.template) };
  for (const [k, p] of Object.entries(location.inputCells)) {
    const v = rows[p.row]?.[p.col];
    if (typeof v === "number" && Number.isFinite(v)) values[k] = v;
  }
  return { sheet, template: location.template, location, values };
}

export async function readStore(host: Host): Promise<{ store: ScenarioStore; skipped: number[] }> {
  const rows = await host.readSheet(SCENARIO_SHEET);
  return rows ? storeFromRows(rows) : { store: EMPTY_STORE, skipped: [] };
}

async function writeStore(host: Host, store: ScenarioStore): Promise<void> {
  const cells: SheetCell[] = [];
  storeToRows(store).forEach((r, i) => r.forEach((v, j) => cells.push({ row: i + 1, col: j + 1, value: v, ...(i === 0 ? { bold: true } : {}) })));
  // The command line's "_scenarios" (same header) is taken over; a user's own sheet of that name never.
  await host.writeSheet(SCENARIO_SHEET, cells, { hidden: true, replace: true, replaceIfHeader: SCENARIO_HEADER });
}

function ok<T>(x: T | ScenarioError): Exclude<T, ScenarioError> {
  if (isScenarioError(x)) throw new PaneError(x.message);
  return x as Exclude<T, ScenarioError>;
}

/**
 * Inserts a template sheet with its defaults (a free name when the name is
 * taken) and stores the scenario "Basis" for the template when it has none.
 */
export async function insertTemplate(host: Host, template: ModelTemplate, lang: Lang): Promise<string> {
  const layout = templateLayout(template, lang);
  const name = await host.writeSheet(layout.name, layoutCells(layout), {
    activate: true,
    widths: layout.columnWidths,
    hiddenColumns: layout.hiddenColumns.map((c) => c + 1),
  });
  const { store } = await readStore(host);
  if (scenariosOf(store, template.id).length === 0) await writeStore(host, ok(saveScenario(store, template, BASE_SCENARIO, defaults(template))));
  return name;
}

/** Saves the sheet's current inputs under `name` (overwriting a scenario of that name). */
export async function saveAs(host: Host, sheet: string, name: string): Promise<ScenarioStore> {
  const ts = await readTemplateSheet(host, sheet);
  if (!ts) throw new PaneError(notATemplate(sheet));
  const { store } = await readStore(host);
  const next = ok(saveScenario(store, ts.template, name, ts.values));
  await writeStore(host, next);
  return next;
}

/** Writes a scenario's inputs into the template sheet's input cells. */
export async function switchTo(host: Host, sheet: string, name: string): Promise<void> {
  const ts = await readTemplateSheet(host, sheet);
  if (!ts) throw new PaneError(notATemplate(sheet));
  const { store } = await readStore(host);
  const writes = ok(switchScenario(store, ts.template, name, ts.location.inputCells));
  await host.writeInputs(
    sheet,
    writes.map((w) => ({ row: w.row + 1, col: w.col + 1, value: w.value })),
  );
}

export async function rename(host: Host, template: string, from: string, to: string): Promise<ScenarioStore> {
  const { store } = await readStore(host);
  const next = ok(renameScenario(store, template, from, to));
  await writeStore(host, next);
  return next;
}

export async function remove(host: Host, template: string, name: string): Promise<ScenarioStore> {
  const { store } = await readStore(host);
  const next = ok(deleteScenario(store, template, name));
  await writeStore(host, next);
  return next;
}

/**
 * The comparison of every stored scenario of the sheet's template, computed
 * by the core, and the live comparison sheet (BL formulas) written or
 * refreshed beside it.
 */
export async function compare(host: Host, sheet: string, lang: Lang): Promise<{ comparison: Comparison; sheet: string }> {
  const ts = await readTemplateSheet(host, sheet);
  if (!ts) throw new PaneError(notATemplate(sheet));
  const { store } = await readStore(host);
  if (scenariosOf(store, ts.template.id).length === 0) {
    throw new PaneError(text("pane.sc.saveFirst"));
  }
  const comparison = compareScenarios(ts.template, store, coreEvaluator(ts.template, lang));
  const layout = comparisonLayout(ts.template, store, lang, comparisonSheetName(ts.template, lang));
  const written = await host.writeSheet(layout.name, layoutCells(layout), { replace: true, widths: layout.columnWidths });
  return { comparison, sheet: written };
}

/**
 * Everything the council workbook shows, from the workbook as it is now;
 * evaluated by the core. The level check is summarised however its results
 * were written: columns beside the budget or a "Niveaucheck" sheet.
 */
export async function councilData(host: Host, lang: Lang, date: Date, documentName: string | null): Promise<CouncilData> {
  const wb = await readScenarioWorkbook(host);
  // A risk register gives the paragraph weerstandsvermogen, simulated as on the command line.
  const all = await readSheets(host);
  const risk = councilRisk(all.sheets, all.order);
  if (wb.sheets.length === 0 && !risk) throw new PaneError(text("pane.sc.insertFirst"));
  const templates = wb.sheets.map((ts) => templateExport(ts.template, ts.sheet, ts.values, wb.store, coreEvaluator(ts.template, lang), lang));
  const raw: Record<string, unknown[][]> = {};
  const read = async (name: string | null | undefined): Promise<void> => {
    if (!name || raw[name]) return;
    const rows = await host.readSheet(name);
    if (rows) raw[name] = rows;
  };
  const settings = await host.getSettings();
  await read(settings.written?.sheet);
  await read(RESULT_SHEET);
  // A results sheet links to its budget rows: the budget gives the amounts and their unit.
  if (raw[RESULT_SHEET]) await read(checkSheetBudget(raw[RESULT_SHEET]));
  const levelCheck = summarizeLevelResults(raw, lang);
  const budget = findBudget(raw);
  const budgetSheet = levelCheck?.sheet || budget?.sheet;
  return {
    lang,
    source: { workbook: documentName, budget: budgetSheet ? { file: documentName, sheet: budgetSheet } : null },
    municipality: levelCheck?.organisation ?? budget?.organisation ?? null,
    templates,
    levelCheck,
    version: VERSION,
    date,
    warnings: [],
    risk,
  };
}

function notATemplate(sheet: string): Text {
  return text("pane.sc.notTemplate", sheet);
}

export { templateById };
