// The shape of a catalogue entry. The catalogue (src/catalogue) holds the data;
// Excel metadata, the engine plugin, validation and the README are derived from it.

import type { NumRange, Result, Text } from "./types";

interface ParamCommon<Id extends string> {
  /** English parameter name, as in MODELS.md (snake_case). */
  readonly id: Id;
  /** Dutch parameter name. */
  readonly nl: string;
  readonly help: Text;
}

export interface NumberParam<Id extends string = string> extends ParamCommon<Id> {
  readonly type: "number";
  readonly range?: NumRange;
  /** A fraction: 30 typed where 0.3 was meant gets a "did you mean 30%?" hint. */
  readonly share?: boolean;
  /** A change in percentage points as a fraction: 0.5 typed where 0.005 was meant gets a hint. */
  readonly points?: boolean;
  /** Present means optional. */
  readonly default?: number;
}

/** A number or a range of numbers, read row by row. */
export interface NumbersParam<Id extends string = string> extends ParamCommon<Id> {
  readonly type: "numbers";
  readonly range?: NumRange;
  readonly share?: boolean;
  readonly points?: boolean;
  /** Aligned ranges must have equal length; a position empty in all of them is skipped. */
  readonly aligned?: boolean;
  /** Present and true: the range may be omitted (an empty list). */
  readonly optional?: boolean;
}

/**
 * A range of codes, read row by row. Codes must be text: a number has already
 * lost its leading zeros and dots (01.11 becomes 1.11), so it is refused.
 */
export interface CodesParam<Id extends string = string> extends ParamCommon<Id> {
  readonly type: "codes";
  readonly aligned?: boolean;
  readonly optional?: boolean;
  /** An empty cell is a code "" (no code) instead of a gap, also in an aligned range. */
  readonly blanks?: boolean;
  /** Names rather than codes (a correlation group "1"): a number is read as its text. */
  readonly names?: boolean;
}

/**
 * A range read as rows of numbers, one row per item, each row as wide as one
 * of `widths` (a risk's amount: one column, or minimum, most likely and
 * maximum). A row of empty cells is a gap, like an empty cell of a range.
 */
export interface RowsParam<Id extends string = string> extends ParamCommon<Id> {
  readonly type: "rows";
  readonly range?: NumRange;
  readonly widths: readonly number[];
  readonly aligned?: boolean;
}

export interface TextParam<Id extends string = string> extends ParamCommon<Id> {
  readonly type: "text";
  readonly default?: string;
}

/** A code that may arrive as text or as a number (an Iv3 taakveld: "6.71a", 6.3). Numbers stay numbers. */
export interface CodeParam<Id extends string = string> extends ParamCommon<Id> {
  readonly type: "code";
  readonly default?: string;
}

export type ParamSpec<Id extends string = string> =
  | NumberParam<Id>
  | NumbersParam<Id>
  | CodesParam<Id>
  | RowsParam<Id>
  | TextParam<Id>
  | CodeParam<Id>;

/** Parameters that take a range of cells. */
export type RangeParam = NumbersParam | CodesParam | RowsParam;

export function isRangeParam(p: ParamSpec): p is RangeParam {
  return p.type === "numbers" || p.type === "codes" || p.type === "rows";
}

type ValueOf<P> = P extends { readonly type: "number" }
  ? number
  : P extends { readonly type: "numbers" }
    ? readonly number[]
    : P extends { readonly type: "codes" }
      ? readonly string[]
      : P extends { readonly type: "rows" }
        ? readonly (readonly number[])[]
      : P extends { readonly type: "text" }
        ? string
        : P extends { readonly type: "code" }
          ? string | number
          : never;

export type ArgsOf<P extends readonly ParamSpec[]> = {
  readonly [K in P[number] as K["id"]]: ValueOf<K>;
};

export interface FunctionSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  /** Stable id, also the Excel custom-function id: "REVOLVING.CAPITAL". */
  readonly id: string;
  /** Names without the BL. namespace. */
  readonly name: Text;
  readonly description: Text;
  /** The essay's section the model quantifies; absent for a function with another basis. */
  readonly essay?: Text;
  /** What a function not taken from the essay follows (a budgeting practice, a published scale). */
  readonly basis?: Text;
  readonly params: P;
  readonly result: "scalar" | "table";
  /** A scalar result that is text (a level, a verdict) rather than a number. */
  readonly text?: boolean;
  /** A formula in invariant English syntax; shown in the README and evaluated by the tests. */
  readonly example: string;
  /**
   * How the result is computed, in the style of the model specification
   * (English, Markdown lines), for the README's reference. Functions the
   * specification already documents may leave it out.
   */
  readonly formulas?: readonly string[];
  // Method syntax on purpose: it lets a spec with precise argument types stand
  // in a list of specs with the general type.
  compute(args: ArgsOf<P>): Result;
}

export type AnySpec = FunctionSpec<readonly ParamSpec[]>;

export function defineFunction<const P extends readonly ParamSpec[]>(spec: FunctionSpec<P>): AnySpec {
  return spec as unknown as AnySpec;
}

export function isOptional(p: ParamSpec): boolean {
  if (p.type === "numbers" || p.type === "codes") return p.optional === true;
  if (p.type === "rows") return false;
  return p.default !== undefined;
}

export const NAMESPACE = "BL";

export function fullName(spec: Pick<AnySpec, "name">, lang: "nl" | "en"): string {
  return `${NAMESPACE}.${spec.name[lang]}`;
}
