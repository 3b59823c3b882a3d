// Templates on the embedded engine: a private BLWorkbook copy per model, whose
// input cells are set and whose output cells are read. The user's workbook is
// never changed by an evaluation.

import { msg } from "../src/i18n/catalogue";
import type { RawCellContent } from "hyperformula";
import { BLWorkbook } from "./index";
import { toJsonCell } from "./evaluate";
import type { Lang } from "../src/core/types";
import { defaults, locateTemplate, templateLayout, type CellPos, type SheetLayout, type TemplateLocation } from "../src/scenarios/templates";
import type { Evaluator, ModelTemplate, OutputValue, Values } from "../src/scenarios/types";

export type RawSheets = Record<string, RawCellContent[][]>;

/** Layouts as engine content: formulas get their "=", everything else is a value. */
export function layoutsToRaw(layouts: readonly SheetLayout[]): RawSheets {
  const sheets: RawSheets = {};
  for (const l of layouts) {
    const rows: RawCellContent[][] = [];
    for (const c of l.cells) {
      const r = (rows[c.row] ??= []);
      r[c.col] = c.formula !== undefined ? `=${c.formula}` : typeof c.value === "string" ? textContent(c.value) : (c.value ?? null);
    }
    sheets[l.name] = densify(rows);
  }
  return sheets;
}

/** Text that would parse as a formula (the formula shown as text) is kept as text by a leading apostrophe. */
export function textContent(s: string): string {
  return s.startsWith("=") ? `'${s}` : s;
}

function densify(rows: RawCellContent[][]): RawCellContent[][] {
  const out: RawCellContent[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] ?? [];
    out.push(Array.from({ length: r.length }, (_, j) => r[j] ?? null));
  }
  return out;
}

export function toOutputValue(v: unknown, lang: Lang): OutputValue {
  const j = toJsonCell(v as never, lang);
  if (typeof j === "number") return j;
  if (j !== null && typeof j === "object" && "error" in j) return j;
  return { error: "#VALUE!", message: msg(lang, "engine.notANumber", String(j)) };
}

/** One template sheet in a private engine copy of a workbook. */
export class TemplateModel implements Evaluator {
  readonly template: ModelTemplate;
  readonly location: TemplateLocation;
  readonly lang: Lang;
  private readonly wb: BLWorkbook;
  private readonly sheet: number;
  private readonly base: Record<string, number>;
  /** Input keys whose cell held something other than a number; their default was used instead. */
  readonly invalidInputs: readonly string[];

  /** sheets: the whole workbook, so formulas referring to other sheets keep working. */
  constructor(sheets: RawSheets, sheetName: string, lang: Lang) {
    const rows = sheets[sheetName];
    const location = rows ? locateTemplate(rows) : undefined;
    if (!location) throw new Error(`sheet ${sheetName} is not a template sheet`);
    this.template = location.template;
    this.location = location;
    this.lang = lang;
    this.wb = new BLWorkbook(sheets, { lang });
    const id = this.wb.hf.getSheetId(sheetName);
    if (id === undefined) throw new Error(`no sheet ${sheetName}`);
    this.sheet = id;
    const read = this.readInputs();
    this.base = { ...defaults(this.template), ...read };
    this.invalidInputs = this.template.inputs.map((i) => i.key).filter((k) => !(k in read));
  }

  static fromTemplate(t: ModelTemplate, lang: Lang, values?: Values): TemplateModel {
    const layout = templateLayout(t, lang, values ?? defaults(t));
    return new TemplateModel(layoutsToRaw([layout]), layout.name, lang);
  }

  /** The input values the sheet held when it was loaded. */
  get values(): Readonly<Record<string, number>> {
    return this.base;
  }

  private readInputs(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, p] of Object.entries(this.location.inputCells)) {
      const v = this.wb.hf.getCellValue({ sheet: this.sheet, ...p });
      if (typeof v === "number") out[k] = v;
    }
    return out;
  }

  private cell(p: CellPos): OutputValue {
    return toOutputValue(this.wb.hf.getCellValue({ sheet: this.sheet, row: p.row, col: p.col }), this.lang);
  }

  /** Outputs for the loaded values overridden by `values`. */
  evaluate(values: Values): Record<string, OutputValue> {
    const all = { ...this.base, ...values };
    for (const [k, p] of Object.entries(this.location.inputCells)) {
      const v = all[k];
      // Through BLWorkbook, so spilled tables on the sheet are re-sized when an input changes their size.
      if (v !== undefined && this.wb.hf.getCellValue({ sheet: this.sheet, ...p }) !== v) this.wb.setCell({ sheet: this.sheet, ...p }, v);
    }
    const out: Record<string, OutputValue> = {};
    for (const o of this.template.outputs) {
      const p = this.location.outputCells[o.key];
      out[o.key] = p ? this.cell(p) : { error: "#REF!", message: msg(this.lang, "engine.outputMissing", o.label[this.lang]) };
    }
    return out;
  }

  destroy(): void {
    this.wb.destroy();
  }
}

/** Every cell's computed value, per sheet, for the cached results written with formulas. */
export function computeSheets(sheets: RawSheets, lang: Lang): Record<string, unknown[][]> {
  const wb = new BLWorkbook(sheets, { lang });
  try {
    const out: Record<string, unknown[][]> = {};
    for (const name of Object.keys(sheets)) {
      const id = wb.hf.getSheetId(name);
      if (id !== undefined) out[name] = wb.hf.getSheetValues(id);
    }
    return out;
  } finally {
    wb.destroy();
  }
}
