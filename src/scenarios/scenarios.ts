// Named scenarios, stored in the workbook so they travel with the file.
//
// Storage format: a sheet "_scenarios" (hidden) in long form, one row per
// (template, scenario, input):
//
//     A: template   B: scenario   C: key          D: value
//     revolving     Basis         capital         10000000
//     revolving     Basis         default_rate    0.05
//
// Plain text and numbers only, so it survives ExcelJS, Excel and LibreOffice
// round trips unchanged and stays readable (and repairable) by a person. Long
// form rather than a column per key because one workbook may hold several
// templates with different keys, and a key added to a template later does not
// shift any column. Scenario order is the order of first appearance.
// Row 1 is a header with these invariant names; anything after column D is ignored.

import { msg, text } from "../i18n/catalogue";
import type { Lang, Text } from "../core/types";
import { a1, coreOutputs, defaults, type CellPos, type LayoutCell, type SheetLayout } from "./templates";
import { NUMBER_FORMATS, type Evaluator, type ModelTemplate, type OutputValue, type Values } from "./types";

export const SCENARIO_SHEET = "_scenarios";
export const SCENARIO_HEADER = ["template", "scenario", "key", "value"] as const;
/** The scenario every comparison is measured against. Language-independent: it is stored data. */
export const BASE_SCENARIO = "Basis";
const MAX_NAME = 80;

export interface Scenario {
  readonly template: string;
  readonly name: string;
  readonly values: Readonly<Record<string, number>>;
}

export interface ScenarioStore {
  readonly scenarios: readonly Scenario[];
}

export type ScenarioErrorCode = "emptyName" | "nameTooLong" | "notFound" | "exists" | "baseProtected" | "badValue";

export interface ScenarioError {
  readonly kind: "scenarioError";
  readonly code: ScenarioErrorCode;
  readonly message: Text;
}

export function isScenarioError(x: unknown): x is ScenarioError {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "scenarioError";
}

/** `input`: the label of the input concerned, for badValue. */
function fail(code: ScenarioErrorCode, name: string, input?: Text): ScenarioError {
  const extra = input;
  const message = (): Text => {
    switch (code) {
      case "emptyName":
        return text("scenario.emptyName");
      case "nameTooLong":
        return text("scenario.nameTooLong", MAX_NAME);
      case "notFound":
        return text("scenario.notFound", name);
      case "exists":
        return text("scenario.exists", name);
      case "baseProtected":
        return text("scenario.baseProtected", BASE_SCENARIO);
      case "badValue":
        return { nl: msg("nl", "scenario.badValue", extra?.nl ?? "", name), en: msg("en", "scenario.badValue", extra?.en ?? "", name) };
    }
  };
  return { kind: "scenarioError", code, message: message() };
}

export const EMPTY_STORE: ScenarioStore = { scenarios: [] };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function scenariosOf(store: ScenarioStore, template: string): Scenario[] {
  return store.scenarios.filter((s) => s.template === template);
}

export function findScenario(store: ScenarioStore, template: string, name: string): Scenario | undefined {
  return store.scenarios.find((s) => s.template === template && same(s.name, name));
}

function checkName(name: string): ScenarioError | undefined {
  if (name.trim() === "") return fail("emptyName", name);
  if (name.trim().length > MAX_NAME) return fail("nameTooLong", name);
  return undefined;
}

/** Saves (or overwrites, keeping its place) a scenario with the given input values. */
export function saveScenario(store: ScenarioStore, template: ModelTemplate, name: string, values: Values): ScenarioStore | ScenarioError {
  const bad = checkName(name);
  if (bad) return bad;
  const clean: Record<string, number> = {};
  for (const i of template.inputs) {
    const v = values[i.key] ?? i.value;
    if (typeof v !== "number" || !Number.isFinite(v)) return fail("badValue", name, i.label);
    clean[i.key] = v;
  }
  const s: Scenario = { template: template.id, name: name.trim(), values: clean };
  const existing = findScenario(store, template.id, name);
  return { scenarios: existing ? store.scenarios.map((x) => (x === existing ? { ...s, name: existing.name } : x)) : [...store.scenarios, s] };
}

export function renameScenario(store: ScenarioStore, template: string, from: string, to: string): ScenarioStore | ScenarioError {
  const s = findScenario(store, template, from);
  if (!s) return fail("notFound", from);
  if (same(s.name, BASE_SCENARIO)) return fail("baseProtected", from);
  const bad = checkName(to);
  if (bad) return bad;
  const other = findScenario(store, template, to);
  if (other && other !== s) return fail("exists", to);
  return { scenarios: store.scenarios.map((x) => (x === s ? { ...x, name: to.trim() } : x)) };
}

export function deleteScenario(store: ScenarioStore, template: string, name: string): ScenarioStore | ScenarioError {
  const s = findScenario(store, template, name);
  if (!s) return fail("notFound", name);
  if (same(s.name, BASE_SCENARIO)) return fail("baseProtected", name);
  return { scenarios: store.scenarios.filter((x) => x !== s) };
}

/** A cell to write: the pane and the CLI apply these to the template sheet. */
export interface CellWrite extends CellPos {
  readonly value: number;
}

/** Switching to a scenario: the input cells to write back, in template order. */
export function switchScenario(store: ScenarioStore, template: ModelTemplate, name: string, inputCells: Readonly<Record<string, CellPos>>): CellWrite[] | ScenarioError {
  const s = findScenario(store, template.id, name);
  if (!s) return fail("notFound", name);
  const writes: CellWrite[] = [];
  for (const i of template.inputs) {
    const p = inputCells[i.key];
    if (p) writes.push({ ...p, value: s.values[i.key] ?? i.value });
  }
  return writes;
}

// ---- the stored rows ---------------------------------------------------------

export function storeToRows(store: ScenarioStore): (string | number)[][] {
  const rows: (string | number)[][] = [[...SCENARIO_HEADER]];
  for (const s of store.scenarios) for (const [k, v] of Object.entries(s.values)) rows.push([s.template, s.name, k, v]);
  return rows;
}

/** Reads the stored rows; rows that cannot be read are reported, not guessed. */
export function storeFromRows(rows: readonly (readonly unknown[])[]): { store: ScenarioStore; skipped: number[] } {
  const order: string[] = [];
  const byId = new Map<string, { template: string; name: string; values: Record<string, number> }>();
  const skipped: number[] = [];
  rows.forEach((r, i) => {
    if (i === 0) return;
    const [template, name, key, raw] = r;
    if (template == null && name == null && key == null && raw == null) return;
    const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
    if (typeof template !== "string" || typeof key !== "string" || (typeof name !== "string" && typeof name !== "number") || typeof value !== "number" || !Number.isFinite(value)) {
      skipped.push(i + 1);
      return;
    }
    const id = `${template}\u0000${String(name).trim().toLowerCase()}`;
    let s = byId.get(id);
    if (!s) {
      s = { template, name: String(name).trim(), values: {} };
      byId.set(id, s);
      order.push(id);
    }
    s.values[key] = value;
  });
  return { store: { scenarios: order.map((id) => byId.get(id) as Scenario) }, skipped };
}

// ---- comparison ----------------------------------------------------------------

export interface CompareRow {
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  readonly format: keyof typeof NUMBER_FORMATS;
  /** One per scenario, in `Comparison.scenarios` order. */
  readonly values: readonly OutputValue[];
  /** value − base value; null for the base itself or when either is not a number. */
  readonly diffs: readonly (number | null)[];
}

export interface Comparison {
  readonly template: string;
  readonly base: string;
  readonly scenarios: readonly string[];
  readonly inputs: readonly CompareRow[];
  readonly outputs: readonly CompareRow[];
}

/** The base first, then the others in stored order; the first stored scenario stands in when there is no Basis. */
function ordered(list: readonly Scenario[]): Scenario[] {
  const base = list.find((s) => same(s.name, BASE_SCENARIO)) ?? list[0];
  return base ? [base, ...list.filter((s) => s !== base)] : [];
}

function diffs(values: readonly OutputValue[]): (number | null)[] {
  const b = values[0];
  return values.map((v, i) => (i === 0 || typeof v !== "number" || typeof b !== "number" ? null : v - b));
}

/**
 * Inputs and outputs of every scenario of a template side by side, outputs
 * computed by the evaluator (the engine: the template's own BL formulas).
 */
export function compareScenarios(template: ModelTemplate, store: ScenarioStore, evaluator: Evaluator): Comparison {
  const list = ordered(scenariosOf(store, template.id));
  const results = list.map((s) => evaluator.evaluate({ ...defaults(template), ...s.values }));
  const inputs = template.inputs.map((i): CompareRow => {
    const values = list.map((s) => s.values[i.key] ?? i.value);
    return { key: i.key, label: i.label, unit: i.unit, format: i.format, values, diffs: diffs(values) };
  });
  const outputs = template.outputs.map((o): CompareRow => {
    const values = results.map((r) => r[o.key] ?? { error: "#N/A", message: o.key });
    return { key: o.key, label: o.label, unit: o.unit, format: o.format, values, diffs: diffs(values) };
  });
  return { template: template.id, base: list[0]?.name ?? BASE_SCENARIO, scenarios: list.map((s) => s.name), inputs, outputs };
}

/** The same comparison computed by the core without an engine (for the pane's quick view and for tests). */
export function coreEvaluator(template: ModelTemplate, lang: Lang = "en"): Evaluator {
  return { evaluate: (values) => coreOutputs(template, values, lang) };
}

/**
 * A live comparison sheet for the workbook: per scenario a column with its
 * inputs as values and its outputs as the template's BL formulas on that
 * column, and per other scenario a difference column (plain subtraction).
 * Excel recalculates it like any sheet; regenerate it after saving a scenario.
 */
export function comparisonLayout(template: ModelTemplate, store: ScenarioStore, lang: Lang, sheetName: string): SheetLayout {
  const list = ordered(scenariosOf(store, template.id));
  const cells: LayoutCell[] = [];
  const n = list.length;
  const firstRow = 3;
  const rowOf: Record<string, number> = {};
  [...template.inputs, ...template.outputs].forEach((x, i) => (rowOf[x.key] = firstRow + 1 + i + (i >= template.inputs.length ? 1 : 0)));
  cells.push({ row: 0, col: 0, value: msg(lang, "sheet.compareTitle", template.title[lang]), style: "title" });
  cells.push({ row: 1, col: 0, value: msg(lang, "sheet.compareAgainst", list[0]?.name ?? BASE_SCENARIO), style: "intro" });
  cells.push({ row: firstRow, col: 0, value: msg(lang, "sheet.input"), style: "header" });
  cells.push({ row: firstRow, col: 1, value: msg(lang, "sheet.unit"), style: "header" });
  list.forEach((s, j) => {
    cells.push({ row: firstRow, col: 2 + j, value: s.name, style: "header" });
    if (j > 0) cells.push({ row: firstRow, col: 1 + n + j, value: msg(lang, "sheet.diff", s.name), style: "header" });
  });
  const outHeader = firstRow + 1 + template.inputs.length;
  cells.push({ row: outHeader, col: 0, value: msg(lang, "sheet.output"), style: "header" });
  for (const i of template.inputs) {
    const row = rowOf[i.key] as number;
    cells.push({ row, col: 0, value: i.label[lang] }, { row, col: 1, value: i.unit[lang] });
    list.forEach((s, j) => cells.push({ row, col: 2 + j, value: s.values[i.key] ?? i.value, style: "input", numFmt: NUMBER_FORMATS[i.format] }));
  }
  for (const o of template.outputs) {
    const row = rowOf[o.key] as number;
    cells.push({ row, col: 0, value: o.label[lang] }, { row, col: 1, value: o.unit[lang] });
    list.forEach((_, j) => {
      const ref = (key: string) => a1({ row: rowOf[key] as number, col: 2 + j });
      cells.push({ row, col: 2 + j, formula: o.formula("en", ref), style: "output", numFmt: NUMBER_FORMATS[o.format] });
    });
  }
  for (const x of [...template.inputs, ...template.outputs]) {
    const row = rowOf[x.key] as number;
    for (let j = 1; j < n; j++) {
      cells.push({ row, col: 1 + n + j, formula: `${a1({ row, col: 2 + j })}-${a1({ row, col: 2 })}`, numFmt: NUMBER_FORMATS[x.format] });
    }
  }
  return { name: sheetName, cells, inputCells: {}, outputCells: {}, columnWidths: [40, 22, ...Array.from({ length: 2 * n }, () => 16)], hiddenColumns: [] };
}

