// Limits on what one formula may ask of the engine. HyperFormula sizes a
// spilled array from the formula and then fills every cell of it:
// =SEQUENCE(40000,18000) asks for 720 million cells and takes gigabytes, in
// the command line, in an export or in the workbench opening a workbook that
// holds it. Here a spill larger than MAX_SPILL_CELLS becomes #VALUE! with a
// message, decided before anything is computed; and a formula nested deeper or
// written longer than Excel allows is refused before it reaches the parser,
// whose recursion would otherwise overflow the stack.

import { ArraySize, CellError, ErrorType, HyperFormula, type FunctionPlugin } from "hyperformula";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { formatNumber } from "../src/i18n/format";
import { HF_LANG } from "./plugin";

/** Cells one formula may spill into: a thousand-row table of 250 columns, far beyond any model's. */
export const MAX_SPILL_CELLS = 250_000;
/** Excel's own limits on a formula: 64 levels of nesting, 8,192 characters. */
export const MAX_NESTING = 64;
export const MAX_FORMULA_LENGTH = 8192;

function langOf(hfLanguage: unknown): Lang {
  return hfLanguage === HF_LANG.nl ? "nl" : "en";
}

function tooLarge(cells: number, lang: Lang): CellError {
  return new CellError(ErrorType.VALUE, msg(lang, "engine.spillTooLarge", formatNumber(cells, lang), formatNumber(MAX_SPILL_CELLS, lang)));
}

/** The deepest nesting of brackets outside string literals. */
export function nestingDepth(formula: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula.charCodeAt(i);
    if (c === 34) inString = !inString;
    else if (!inString && (c === 40 || c === 123)) max = Math.max(max, ++depth);
    else if (!inString && (c === 41 || c === 125)) depth--;
  }
  return max;
}

/** Why a formula is refused before it reaches the engine, or null. */
export function formulaProblem(formula: string, lang: Lang): string | null {
  if (formula.length > MAX_FORMULA_LENGTH) return msg(lang, "engine.tooLong", formatNumber(formula.length, lang), formatNumber(MAX_FORMULA_LENGTH, lang));
  const depth = nestingDepth(formula);
  if (depth > MAX_NESTING) return msg(lang, "engine.tooDeep", String(depth), String(MAX_NESTING));
  return null;
}

interface Ast {
  readonly type: string;
}
interface Predictor {
  checkArraySize(ast: Ast, address: unknown): ArraySize;
}
interface Interpreter {
  readonly config: { readonly language: string };
  readonly arraySizePredictor: Predictor;
  evaluateAst(ast: Ast, state: unknown): unknown;
}

let installed = false;

/**
 * Installs the spill limit in HyperFormula, once per process. Its size
 * predictor is internal, so it is reached through an instance: a formula
 * predicted to spill past the limit gets a one-cell size (no spill area is
 * reserved) and evaluates to the limit's #VALUE! without computing anything.
 * SEQUENCE also checks the sizes it is given at run time.
 */
export function installLimits(): void {
  if (installed) return;
  installed = true;
  const probe = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const interpreter = (probe as unknown as { _evaluator?: { interpreter?: Interpreter } })._evaluator?.interpreter;
  probe.destroy();
  if (!interpreter?.arraySizePredictor) throw new Error("HyperFormula's size predictor was not found: the spill limit cannot be installed");
  const tooBig = new WeakMap<Ast, number>();
  const predictor = Object.getPrototypeOf(interpreter.arraySizePredictor) as Predictor;
  const predict = predictor.checkArraySize;
  predictor.checkArraySize = function (ast: Ast, address: unknown): ArraySize {
    const size = predict.call(this, ast, address);
    const cells = size.width * size.height;
    if (!size.isRef && cells > MAX_SPILL_CELLS) {
      tooBig.set(ast, cells);
      return ArraySize.error();
    }
    return size;
  };
  const proto = Object.getPrototypeOf(interpreter) as Interpreter;
  const evaluate = proto.evaluateAst;
  proto.evaluateAst = function (this: Interpreter, ast: Ast, state: unknown): unknown {
    const cells = tooBig.get(ast);
    return cells === undefined ? evaluate.call(this, ast, state) : tooLarge(cells, langOf(this.config.language));
  };

  // SEQUENCE sized by a cell (=SEQUENCE(A1,B1)) is only known when it runs.
  const Sequence = HyperFormula.getFunctionPlugin("SEQUENCE") as unknown as (typeof FunctionPlugin & { prototype: Record<string, unknown> }) | undefined;
  if (!Sequence) return;
  const run = Sequence.prototype["sequence"] as (this: { config: { language: string } }, ast: { args: unknown[] }, state: unknown) => unknown;
  Sequence.prototype["sequence"] = function (this: { config: { language: string }; runFunction: (...a: unknown[]) => unknown; metadata: (id: string) => unknown }, ast: { args: unknown[] }, state: unknown): unknown {
    return this.runFunction(ast.args, state, this.metadata("SEQUENCE"), (rows: number, cols: number) => {
      const cells = Math.trunc(rows) * Math.trunc(cols);
      if (Number.isFinite(cells) && cells > MAX_SPILL_CELLS) return tooLarge(cells, langOf(this.config.language));
      return run.call(this, ast, state);
    });
  };
}
