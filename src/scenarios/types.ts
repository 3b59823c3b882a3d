// Scenario templates as plain data. Everything here is serialisable or a pure
// function, so the task pane can use the same definitions through Office.js
// and the command line through the embedded engine.

import type { Lang, NumRange, Text } from "../core/types";

/** How a value is shown in a sheet; the number formats are invariant (Excel's en-US codes). */
export type ValueFormat = "money" | "share" | "count" | "years" | "number" | "factor" | "year";

export const NUMBER_FORMATS: Readonly<Record<ValueFormat, string>> = {
  money: "#,##0",
  share: "0.0%",
  count: "#,##0",
  years: "0.0",
  number: "#,##0.00",
  factor: "0.000",
  // A calendar year: 2026, never 2,026.
  year: "0",
};

export interface TemplateInput {
  /** Stable key: stored with scenarios, so never renamed. */
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  readonly help: Text;
  /** The default value. */
  readonly value: number;
  /** Where the default comes from; for an assumption the "enter your own" text. */
  readonly source: Text;
  /** True when no stored source gives this figure: the sheet says so. */
  readonly assumption: boolean;
  /** For an assumption: why no figure is given (the nearest figure found, and why it does not fit), without the officer's instruction. */
  readonly assumptionNote?: Text;
  readonly format: ValueFormat;
  /** Allowed range for inputs that feed no catalogue argument directly (goal seek, tornado). */
  readonly range?: NumRange;
  /**
   * For a euro amount: the year whose prices the default is in (prijspeil).
   * `priced` (define.ts) gives such an input an editable price-level row and
   * indexes it to the budget year.
   */
  readonly priceYear?: number;
}

/** An argument of an output formula: an input key, an earlier output key, or a literal number. */
export type ArgRef = string | number;

export interface TemplateOutput {
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  readonly format: ValueFormat;
  /** Catalogue id of the BL function, e.g. "VVE.UNIVERSAL". */
  readonly fn: string;
  readonly args: readonly ArgRef[];
  /** For a table function: the cell to take, 1-based, header row included (INDEX semantics). */
  readonly pick?: { readonly row: number; readonly col: number };
  /** Multiply the function's value by this input (e.g. stimulus amount × multiplier). */
  readonly times?: string;
  /**
   * The cell formula in invariant syntax ("," between arguments), with the BL
   * names of `lang`; `ref` gives the cell address of an input or output key.
   * Files always get lang "en": xlsx stores function names in English.
   */
  formula(lang: Lang, ref: (key: string) => string): string;
}

/** A clustered bar chart: one category per scenario, one series per output. */
export interface ChartSpec {
  readonly title: Text;
  readonly outputs: readonly string[];
  readonly format: ValueFormat;
}

/**
 * A goal seek with a closed-form answer: seeking `output` = `target` (or its
 * maximum) by changing `input` is answered by the value of output `answer`,
 * which does not depend on `input` itself.
 */
export interface ClosedForm {
  readonly input: string;
  readonly output: string;
  readonly target: number | "max";
  readonly answer: string;
}

/**
 * A plausibility guard: allowed values that are rarely right (a discount rate
 * of 0, a ceiling below today's rate). It warns beside the numbers and never
 * blocks a calculation.
 */
export interface TemplateCheck {
  readonly id: string;
  /** The inputs it reads; the warning is about them. */
  readonly inputs: readonly string[];
  /** True when the values deserve a second look. */
  when(values: Values): boolean;
  readonly message: Text | ((values: Values) => Text);
}

export interface ModelTemplate {
  readonly id: string;
  /** Other names accepted on the command line (Dutch ids). */
  readonly aliases: readonly string[];
  readonly title: Text;
  /** Sheet name, at most 31 characters, none of []:*?/\ */
  readonly sheetName: Text;
  readonly intro: Text;
  readonly inputs: readonly TemplateInput[];
  readonly outputs: readonly TemplateOutput[];
  readonly chart?: ChartSpec;
  readonly closedForms?: readonly ClosedForm[];
  readonly checks?: readonly TemplateCheck[];
}

/** The value of an output: a number, or an error code with the engine's message. */
export type OutputValue = number | { readonly error: string; readonly message: string };

export type Values = Readonly<Record<string, number>>;

/** Anything that turns input values into output values: the engine here, Office.js in the pane. */
export interface Evaluator {
  evaluate(values: Values): Record<string, OutputValue>;
}

export function isNumber(v: OutputValue | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
