// The scenario templates: one sheet per model with labelled inputs, outputs as
// BL formulas on those inputs, and a chart specification. The layout is plain
// cell data; writers for ExcelJS (node) and Office.js (the pane) only copy it.

import { msg } from "../i18n/catalogue";
import { columnLetters } from "../core/columns";
import { TEMPLATE_MARKER } from "../core/markers";
import { CATALOGUE, specById } from "../catalogue";
import { fullName } from "../core/spec";
import { isError, isTable } from "../core/errors";
import type { InArg, Lang, NumRange, Text } from "../core/types";
import { callFunction } from "../core/validate";
import { explain } from "../i18n/messages";
import { intersect, rangeFed } from "./define";
import { CLASSSIZE_TEMPLATE } from "./templates/classsize";
import { PARTICIPATION_TEMPLATE } from "./templates/participation";
import { REVOLVING_TEMPLATE } from "./templates/revolving";
import { STIMULUS_TEMPLATE } from "./templates/stimulus";
import { TAXMIGRATION_TEMPLATE } from "./templates/taxmigration";
import { VVE_TEMPLATE } from "./templates/vve";
import { NUMBER_FORMATS, type ModelTemplate, type OutputValue, type Values } from "./types";

export const TEMPLATES: readonly ModelTemplate[] = [
  REVOLVING_TEMPLATE,
  VVE_TEMPLATE,
  CLASSSIZE_TEMPLATE,
  PARTICIPATION_TEMPLATE,
  TAXMIGRATION_TEMPLATE,
  STIMULUS_TEMPLATE,
];

/** A template by id or alias, case-insensitive. */
export function findTemplate(name: string): ModelTemplate | undefined {
  const n = name.trim().toLowerCase();
  return TEMPLATES.find((t) => t.id === n || t.aliases.includes(n));
}

export function templateById(id: string): ModelTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export function defaults(t: ModelTemplate): Record<string, number> {
  return Object.fromEntries(t.inputs.map((i) => [i.key, i.value]));
}

// ---- cell addresses -------------------------------------------------------

export interface CellPos {
  /** 0-based */
  readonly row: number;
  /** 0-based */
  readonly col: number;
}

export function a1(p: CellPos, absolute = false): string {
  return absolute ? `$${columnLetters(p.col)}$${p.row + 1}` : `${columnLetters(p.col)}${p.row + 1}`;
}

/** A sheet name as a formula or chart reference writes it: quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** At most 31 characters, none of []:*?/\\ (Excel's rules for sheet names). */
export function safeSheetName(s: string): string {
  return s.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim();
}

export function comparisonSheetName(t: ModelTemplate, lang: Lang): string {
  return safeSheetName(msg(lang, "sheet.compare", t.sheetName[lang]));
}

/**
 * A template formula (invariant syntax, English BL names, no "=") as a user
 * of `lang` types it, for Excel's range.formulasLocal: Dutch BL names, ";"
 * between arguments and "," as decimal sign in Dutch. Under a Dutch Excel an
 * English custom-function name written through range.formulas has been
 * reported to give #NAME?. The template formulas use only BL functions,
 * INDEX (the same name in Dutch), cell references, numbers and * and -.
 */
export function localFormula(formula: string, lang: Lang): string {
  if (lang === "en") return formula;
  const dutch = new Map(CATALOGUE.map((spec) => [fullName(spec, "en").toUpperCase(), fullName(spec, "nl")]));
  let out = "";
  let quoted = false;
  for (let i = 0; i < formula.length; ) {
    const ch = formula[i] as string;
    if (ch === '"') {
      quoted = !quoted;
      out += ch;
      i++;
      continue;
    }
    if (quoted) {
      out += ch;
      i++;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(formula.slice(i));
    if (name) {
      out += dutch.get(name[0].toUpperCase()) ?? name[0];
      i += name[0].length;
      continue;
    }
    const num = /^\d+\.\d+/.exec(formula.slice(i));
    if (num && !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? "")) {
      out += num[0].replace(".", ",");
      i += num[0].length;
      continue;
    }
    out += ch === "," ? ";" : ch;
    i++;
  }
  return out;
}

// ---- layout ---------------------------------------------------------------

export type CellStyle = "title" | "intro" | "header" | "input" | "output" | "assumption" | "note" | "key";

export interface LayoutCell extends CellPos {
  readonly value?: string | number;
  /** Without the leading "=", invariant syntax, English names. */
  readonly formula?: string;
  readonly style?: CellStyle;
  readonly numFmt?: string;
}

export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly LayoutCell[];
  readonly inputCells: Readonly<Record<string, CellPos>>;
  readonly outputCells: Readonly<Record<string, CellPos>>;
  /** Character widths of columns A, B, … */
  readonly columnWidths: readonly number[];
  /** 0-based columns to hide (the key column). */
  readonly hiddenColumns: readonly number[];
}

/** Column F of a template sheet holds the keys; F1 names the template. Hidden, read by the add-in and the CLI. */
export const KEY_COL = 5;
export const MARKER_PREFIX = TEMPLATE_MARKER;
const FIRST_INPUT_ROW = 4;

const HEAD = {
  input: (lang: Lang) => (["sheet.input", "sheet.value", "sheet.unit", "sheet.source", "sheet.help", "sheet.key"] as const).map((k) => msg(lang, k)),
  output: (lang: Lang) => [msg(lang, "sheet.output"), msg(lang, "sheet.value"), msg(lang, "sheet.unit"), msg(lang, "sheet.formula"), "", msg(lang, "sheet.key")],
};

/** The sheet of a template in a language, with the given input values (defaults when omitted). */
export function templateLayout(t: ModelTemplate, lang: Lang, values: Values = defaults(t)): SheetLayout {
  const cells: LayoutCell[] = [];
  const inputCells: Record<string, CellPos> = {};
  const outputCells: Record<string, CellPos> = {};
  cells.push({ row: 0, col: 0, value: t.title[lang], style: "title" });
  cells.push({ row: 0, col: KEY_COL, value: `${MARKER_PREFIX}${t.id}`, style: "key" });
  cells.push({ row: 1, col: 0, value: t.intro[lang], style: "intro" });
  HEAD.input(lang).forEach((h, col) => cells.push({ row: 3, col, value: h, style: "header" }));
  let row = FIRST_INPUT_ROW;
  for (const i of t.inputs) {
    inputCells[i.key] = { row, col: 1 };
    cells.push({ row, col: 0, value: i.label[lang] });
    cells.push({ row, col: 1, value: values[i.key] ?? i.value, style: "input", numFmt: NUMBER_FORMATS[i.format] });
    cells.push({ row, col: 2, value: i.unit[lang] });
    cells.push({ row, col: 3, value: i.source[lang], style: i.assumption ? "assumption" : "note" });
    cells.push({ row, col: 4, value: i.help[lang], style: "note" });
    cells.push({ row, col: KEY_COL, value: i.key, style: "key" });
    row++;
  }
  row++;
  HEAD.output(lang).forEach((h, col) => h && cells.push({ row, col, value: h, style: "header" }));
  row++;
  for (const o of t.outputs) outputCells[o.key] = { row: row + t.outputs.indexOf(o), col: 1 };
  const ref = (key: string): string => {
    const p = inputCells[key] ?? outputCells[key];
    if (!p) throw new Error(`template ${t.id}: unknown key ${key}`);
    return a1(p);
  };
  for (const o of t.outputs) {
    const p = outputCells[o.key] as CellPos;
    cells.push({ row: p.row, col: 0, value: o.label[lang] });
    cells.push({ row: p.row, col: 1, formula: o.formula("en", ref), style: "output", numFmt: NUMBER_FORMATS[o.format] });
    cells.push({ row: p.row, col: 2, value: o.unit[lang] });
    // The formula as text, in the user's language, so a reader without the add-in sees what is computed.
    cells.push({ row: p.row, col: 3, value: `=${o.formula(lang, ref)}`, style: "note" });
    cells.push({ row: p.row, col: KEY_COL, value: o.key, style: "key" });
  }
  return { name: t.sheetName[lang], cells, inputCells, outputCells, columnWidths: [40, 16, 26, 60, 60, 22], hiddenColumns: [KEY_COL] };
}

/** Where a template sheet's inputs and outputs are, found by the keys in column F (rows may have moved). */
export interface TemplateLocation {
  readonly template: ModelTemplate;
  readonly inputCells: Readonly<Record<string, CellPos>>;
  readonly outputCells: Readonly<Record<string, CellPos>>;
  /** Input keys with no row in the sheet. */
  readonly missing: readonly string[];
}

/** rows[r][c] as read from any host; undefined when the sheet is not a template sheet. */
export function locateTemplate(rows: readonly (readonly unknown[])[]): TemplateLocation | undefined {
  const marker = rows[0]?.[KEY_COL];
  if (typeof marker !== "string" || !marker.startsWith(MARKER_PREFIX)) return undefined;
  const template = templateById(marker.slice(MARKER_PREFIX.length).trim());
  if (!template) return undefined;
  const inputKeys = new Set(template.inputs.map((i) => i.key));
  const outputKeys = new Set(template.outputs.map((o) => o.key));
  const inputCells: Record<string, CellPos> = {};
  const outputCells: Record<string, CellPos> = {};
  rows.forEach((r, row) => {
    const k = r[KEY_COL];
    if (typeof k !== "string") return;
    if (inputKeys.has(k) && !inputCells[k]) inputCells[k] = { row, col: 1 };
    else if (outputKeys.has(k) && !outputCells[k]) outputCells[k] = { row, col: 1 };
  });
  const missing = template.inputs.map((i) => i.key).filter((k) => !inputCells[k]);
  return { template, inputCells, outputCells, missing };
}

// ---- ranges ---------------------------------------------------------------

/**
 * The allowed range of an input: the intersection of the catalogue ranges of
 * every argument it feeds, and of its own range where the template gives one
 * (a euro amount that only feeds BL.MULTIYEAR keeps the range of the model
 * argument it stands for).
 */
export function inputRange(t: ModelTemplate, key: string): NumRange {
  const fed = rangeFed(t.outputs, key);
  const own = t.inputs.find((i) => i.key === key)?.range;
  if (fed && own) return intersect(fed, own);
  return fed ?? own ?? {};
}

// ---- the core, without an engine --------------------------------------------

/**
 * The outputs computed directly by the core (callFunction), as the cells
 * would compute them. The pane can show these without a recalculation; the
 * tests hold the engine to them.
 */
export function coreOutputs(t: ModelTemplate, values: Values, lang: Lang = "en"): Record<string, OutputValue> {
  const out: Record<string, OutputValue> = {};
  const resolve = (a: string | number): InArg => {
    if (typeof a === "number") return a;
    if (a in values) return values[a];
    const o = out[a];
    if (o === undefined) return t.inputs.find((i) => i.key === a)?.value;
    return typeof o === "number" ? o : { kind: "errorValue", code: o.error };
  };
  for (const o of t.outputs) {
    const spec = specById(o.fn);
    if (!spec) throw new Error(`no function ${o.fn}`);
    const r = callFunction(spec, o.args.map(resolve));
    // A message names the inputs as the sheet labels them, not by the function's argument ids.
    const names = (id: string): string | undefined => {
      const arg = o.args[spec.params.findIndex((p) => p.id === id)];
      return typeof arg === "string" ? label(t, arg)[lang] : undefined;
    };
    let v: OutputValue;
    if (isError(r)) v = { error: r.code, message: explain(r, lang, spec, names) };
    else if (isTable(r) && o.pick) {
      const c = r.rows[o.pick.row - 1]?.[o.pick.col - 1];
      v = typeof c === "number" ? c : isError(c) ? { error: c.code, message: explain(c, lang, spec, names) } : { error: "#REF!", message: msg(lang, "engine.noCell") };
    } else if (typeof r === "number") v = r;
    else v = { error: "#VALUE!", message: msg(lang, "engine.notANumber", label(t, o.key)[lang]) };
    if (o.times !== undefined && typeof v === "number") {
      const f = resolve(o.times);
      v = typeof f === "number" ? f * v : { error: "#VALUE!", message: msg(lang, "engine.notANumber", label(t, o.times)[lang]) };
    }
    out[o.key] = v;
  }
  return out;
}

export function label(t: ModelTemplate, key: string): Text {
  return t.inputs.find((i) => i.key === key)?.label ?? t.outputs.find((o) => o.key === key)?.label ?? { nl: key, en: key };
}
