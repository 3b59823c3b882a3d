// The BL functions as a HyperFormula function plugin, generated from the
// catalogue. Arguments are evaluated here rather than through runFunction so
// that text, booleans, error values and ranges reach the core's validation and
// get the same messages as in Excel.

import { msg } from "../src/i18n/catalogue";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { isError, isLocalText, isTable } from "../src/core/errors";
import { fullName, type AnySpec } from "../src/core/spec";
import { callFunction } from "../src/core/validate";
import type { BLError, InArg, InCell, Lang, Result } from "../src/core/types";
import { explain } from "../src/i18n/messages";
import { localizeTable } from "../src/i18n/localize";
import { CATALOGUE } from "../src/catalogue";

/** HyperFormula language codes for the product's two languages. */
export const HF_LANG: Readonly<Record<Lang, string>> = { en: "enGB", nl: "nlNL" };

export const ERROR_CODES: Readonly<Record<string, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

const TO_HF_ERROR: Readonly<Record<BLError["code"], ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

function toInCell(v: unknown): InCell {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof CellError) return { kind: "errorValue", code: ERROR_CODES[v.type] ?? "#VALUE!" };
  // Dates, currencies and percentages arrive as rich numbers carrying `val`.
  if (typeof v === "object" && "val" in v && typeof (v as { val: unknown }).val === "number") return (v as { val: number }).val;
  return String(v);
}

function toInArg(v: unknown): InArg {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toInCell));
  return toInCell(v);
}

function toHfError(e: BLError, lang: Lang, spec: AnySpec): CellError {
  return new CellError(TO_HF_ERROR[e.code], explain(e, lang, spec));
}

function toHf(r: Result, lang: Lang, spec: AnySpec): unknown {
  if (isError(r)) return toHfError(r, lang, spec);
  if (isLocalText(r)) return r.text[lang];
  if (isTable(r)) {
    const rows = localizeTable(r, lang).map((row) =>
      row.map((c) => (c === null ? EmptyValue : isError(c) ? toHfError(c, lang, spec) : c)),
    );
    return SimpleRangeValue.onlyValues(rows as never);
  }
  return r;
}

interface Ast {
  type: string;
  args: Ast[];
  procedureName?: string;
}
interface State {
  formulaAddress: { sheet: number; row: number; col: number };
  formulaVertex?: { formula?: Ast; width?: number; height?: number };
}

/** Per engine (keyed by its dependency graph): array formulas whose result no longer fits their spill. */
const resizeNeeded = new WeakMap<object, Map<string, { sheet: number; row: number; col: number }>>();

export function takeResizes(dependencyGraph: object): { sheet: number; row: number; col: number }[] {
  const pending = resizeNeeded.get(dependencyGraph);
  if (!pending) return [];
  resizeNeeded.delete(dependencyGraph);
  return [...pending.values()];
}

function sizeOf(r: Result): { width: number; height: number } {
  if (!isTable(r)) return { width: 1, height: 1 };
  return { width: Math.max(1, ...r.rows.map((row) => row.length)), height: Math.max(1, r.rows.length) };
}

interface PluginThis {
  config: { language: string };
  dependencyGraph: object;
  evaluateAst(ast: Ast, state: State): unknown;
}

function langOf(self: PluginThis): Lang {
  return self.config.language === HF_LANG.nl ? "nl" : "en";
}

function evaluate(self: PluginThis, spec: AnySpec, ast: Ast, state: State): Result {
  // A syntactically empty argument (BL.X(1,,3)) is omitted: it takes its default.
  const raw = ast.args.map((a) => (a.type === "EMPTY" ? undefined : toInArg(self.evaluateAst(a, state))));
  return callFunction(spec, raw);
}

function callMethod(this: PluginThis, spec: AnySpec, ast: Ast, state: State): unknown {
  const result = evaluate(this, spec, ast, state);
  const lang = langOf(this);
  const vertex = state.formulaVertex;
  const isRoot = vertex?.formula?.type === "FUNCTION_CALL" && vertex.formula.procedureName === ast.procedureName;
  if (isRoot && vertex.width !== undefined && vertex.height !== undefined) {
    // HyperFormula fixed the spill size when the formula was parsed; if the
    // inputs changed since, the engine wrapper re-enters the formula.
    const want = sizeOf(result);
    if (want.width !== vertex.width || want.height !== vertex.height) {
      let pending = resizeNeeded.get(this.dependencyGraph);
      if (!pending) resizeNeeded.set(this.dependencyGraph, (pending = new Map()));
      const a = state.formulaAddress;
      pending.set(`${a.sheet}:${a.row}:${a.col}`, { ...a });
      if (want.width > vertex.width || want.height > vertex.height) {
        return new CellError(
          ErrorType.SPILL,
          msg(lang, "engine.resizing"),
        );
      }
    }
  }
  return toHf(result, lang, spec);
}

function sizeMethod(this: PluginThis, spec: AnySpec, ast: Ast, state: State): ArraySize {
  if (spec.result === "scalar") return ArraySize.scalar();
  // Size from the arguments' current values; a reference not yet computed
  // sizes as one cell until the wrapper re-enters the formula.
  try {
    const { width, height } = sizeOf(evaluate(this, spec, ast, state));
    return new ArraySize(width, height);
  } catch {
    return ArraySize.scalar();
  }
}

export class BLPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

const translations: Record<string, Record<string, string>> = { [HF_LANG.en]: {}, [HF_LANG.nl]: {}, enUS: {} };

CATALOGUE.forEach((spec, i) => {
  const id = fullName(spec, "en");
  const method = `bl${i}`;
  const size = `blSize${i}`;
  const proto = BLPlugin.prototype as unknown as Record<string, unknown>;
  proto[method] = function (this: PluginThis, ast: Ast, state: State) {
    return callMethod.call(this, spec, ast, state);
  };
  proto[size] = function (this: PluginThis, ast: Ast, state: State) {
    return sizeMethod.call(this, spec, ast, state);
  };
  BLPlugin.implementedFunctions[id] = {
    method,
    sizeOfResultArrayMethod: size,
    parameters: spec.params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
  };
  (translations[HF_LANG.en] as Record<string, string>)[id] = id;
  (translations.enUS as Record<string, string>)[id] = id;
  (translations[HF_LANG.nl] as Record<string, string>)[id] = fullName(spec, "nl");
});

export const BL_TRANSLATIONS = translations;
