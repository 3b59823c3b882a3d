// Sensitivity of a template's outputs to its inputs: one- and two-way tables,
// a tornado and goal seek. Every number comes from an Evaluator (the engine on
// the CLI), so the tables show exactly what the sheet's formulas compute.

import type { Lang, NumRange, Text } from "../core/types";
import { msg } from "../i18n/catalogue";
import { formatValue } from "./format";
import { coreOutputs, defaults, inputRange, label } from "./templates";
import { isNumber, type Evaluator, type ModelTemplate, type OutputValue, type Values } from "./types";

export interface OneWayTable {
  readonly input: string;
  readonly outputs: readonly string[];
  readonly rows: readonly { readonly x: number; readonly y: readonly OutputValue[] }[];
}

function known(t: ModelTemplate, input: string, output?: string): void {
  if (!t.inputs.some((i) => i.key === input)) throw new Error(`template ${t.id} has no input ${input}`);
  if (output !== undefined && !t.outputs.some((o) => o.key === output)) throw new Error(`template ${t.id} has no output ${output}`);
}

export function oneWay(t: ModelTemplate, ev: Evaluator, base: Values, input: string, outputs: readonly string[], xs: readonly number[]): OneWayTable {
  known(t, input);
  outputs.forEach((o) => known(t, input, o));
  const all = { ...defaults(t), ...base };
  const rows = xs.map((x) => {
    const r = ev.evaluate({ ...all, [input]: x });
    return { x, y: outputs.map((o) => r[o] as OutputValue) };
  });
  return { input, outputs, rows };
}

export interface TwoWayTable {
  readonly rowInput: string;
  readonly colInput: string;
  readonly output: string;
  readonly rowValues: readonly number[];
  readonly colValues: readonly number[];
  /** cells[i][j]: output at rowValues[i], colValues[j] */
  readonly cells: readonly (readonly OutputValue[])[];
}

export function twoWay(t: ModelTemplate, ev: Evaluator, base: Values, rowInput: string, rowValues: readonly number[], colInput: string, colValues: readonly number[], output: string): TwoWayTable {
  known(t, rowInput, output);
  known(t, colInput);
  const all = { ...defaults(t), ...base };
  const cells = rowValues.map((r) => colValues.map((c) => ev.evaluate({ ...all, [rowInput]: r, [colInput]: c })[output] as OutputValue));
  return { rowInput, colInput, output, rowValues, colValues, cells };
}

/** Evenly spaced values around a base value: base·(1 − spread) … base·(1 + spread), clamped to the range. */
export function around(base: number, range: NumRange, spread = 0.5, count = 11): number[] {
  const span = base === 0 ? spread : Math.abs(base) * spread;
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const x = clamp(base - span + (2 * span * k) / Math.max(1, count - 1), range);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

const EPS = 1e-9;

/** A value moved into the allowed range; open bounds are kept just inside. */
export function clamp(x: number, r: NumRange): number {
  let v = x;
  if (r.min !== undefined && (v < r.min || (r.minOpen && v <= r.min))) v = r.minOpen ? r.min + EPS * Math.max(1, Math.abs(r.min)) : r.min;
  if (r.max !== undefined && (v > r.max || (r.maxOpen && v >= r.max))) v = r.maxOpen ? r.max - EPS * Math.max(1, Math.abs(r.max)) : r.max;
  if (r.integer) {
    v = Math.round(v);
    if (r.min !== undefined && (v < r.min || (r.minOpen && v <= r.min))) v = Math.ceil(r.min + (r.minOpen ? EPS : 0));
    if (r.max !== undefined && (v > r.max || (r.maxOpen && v >= r.max))) v = Math.floor(r.max - (r.maxOpen ? EPS : 0));
  }
  return v;
}

export interface TornadoBar {
  readonly input: string;
  readonly low: number;
  readonly high: number;
  readonly lowValue: OutputValue;
  readonly highValue: OutputValue;
  /** |highValue − lowValue|; null when either end is an error. */
  readonly swing: number | null;
}

export interface Tornado {
  readonly output: string;
  readonly step: number;
  readonly baseValue: OutputValue;
  /** Largest swing first; bars with an error at either end last. */
  readonly bars: readonly TornadoBar[];
}

/**
 * Each input moved down and up by `step` of its value (0.1: ±10%), clamped to
 * its allowed range and rounded for whole-number inputs, the others held at
 * `base`. An input at 0 does not move under a relative step and gets swing 0.
 * Calendar years (the budget year, price levels) are left out by default:
 * 10% of 2026 is not a sensitivity anyone asks about.
 */
export function tornado(
  t: ModelTemplate,
  ev: Evaluator,
  base: Values,
  output: string,
  step = 0.1,
  inputs: readonly string[] = t.inputs.filter((i) => i.format !== "year").map((i) => i.key),
): Tornado {
  known(t, inputs[0] ?? t.inputs[0]?.key ?? "", output);
  const all = { ...defaults(t), ...base };
  const baseValue = ev.evaluate(all)[output] as OutputValue;
  const bars = inputs.map((key): TornadoBar => {
    known(t, key);
    const x = all[key] as number;
    const r = inputRange(t, key);
    const low = clamp(x * (1 - step), r);
    const high = clamp(x * (1 + step), r);
    const lowValue = ev.evaluate({ ...all, [key]: low })[output] as OutputValue;
    const highValue = ev.evaluate({ ...all, [key]: high })[output] as OutputValue;
    const swing = isNumber(lowValue) && isNumber(highValue) ? Math.abs(highValue - lowValue) : null;
    return { input: key, low, high, lowValue, highValue, swing };
  });
  // Stable: equal swings keep template order.
  const sorted = bars
    .map((b, i) => ({ b, i }))
    .sort((p, q) => (q.b.swing ?? -1) - (p.b.swing ?? -1) || p.i - q.i)
    .map((p) => p.b);
  return { output, step, baseValue, bars: sorted };
}

// ---- goal seek -------------------------------------------------------------------

export type GoalSeekReason = "noSolution" | "closedFormNoAnswer" | "noClosedFormForMax" | "outOfRange";

export type GoalSeekResult =
  | {
      readonly ok: true;
      readonly input: string;
      readonly value: number;
      /** The output at `value`. */
      readonly achieved: OutputValue;
      readonly method: "closed-form" | "bisection";
      /** For closed-form: the output that holds the answer (e.g. breakeven). */
      readonly via?: string;
      readonly iterations: number;
    }
  | {
      readonly ok: false;
      /** Like a cell: #N/A when valid inputs have no answer. */
      readonly code: "#N/A";
      readonly reason: GoalSeekReason;
      readonly message: Text;
    };

export interface GoalSeekOptions {
  /** Ignore closed forms (to check them against bisection). */
  readonly forceBisection?: boolean;
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/**
 * The words a goal-seek message needs, in both languages: the input and
 * output by their labels (never their keys), values as the sheet shows them,
 * and the input's allowed range.
 */
function wording(t: ModelTemplate, input: string, output: string) {
  const i = t.inputs.find((x) => x.key === input);
  const o = t.outputs.find((x) => x.key === output);
  const inValue = (v: number, lang: Lang) => formatValue(v, i?.format ?? "number", lang, i?.unit);
  const outValue = (v: number, lang: Lang) => formatValue(v, o?.format ?? "number", lang, o?.unit);
  const range = (r: NumRange, lang: Lang): string => {
    if (r.min !== undefined && r.max !== undefined) return msg(lang, "goal.span", inValue(r.min, lang), inValue(r.max, lang));
    if (r.min !== undefined) return msg(lang, r.minOpen ? "range.above" : "range.atLeast", inValue(r.min, lang));
    if (r.max !== undefined) return msg(lang, r.maxOpen ? "range.below" : "range.atMost", inValue(r.max, lang));
    return msg(lang, "goal.anyValue");
  };
  return { input: label(t, input), output: label(t, output), inValue, outValue, range };
}

/** The same message built in both languages. */
function both(f: (lang: Lang) => string): Text {
  return { nl: f("nl"), en: f("en") };
}

function na(reason: GoalSeekReason, message: Text): GoalSeekResult {
  return { ok: false, code: "#N/A", reason, message };
}

function inRange(x: number, r: NumRange): boolean {
  if (r.min !== undefined && (x < r.min || (r.minOpen && x <= r.min))) return false;
  if (r.max !== undefined && (x > r.max || (r.maxOpen && x >= r.max))) return false;
  return true;
}

/**
 * The value of `input` at which `output` equals `target` (or is highest, for
 * "max"), the other inputs held at `base`. A closed form from the template is
 * used where one exists (BL.REVOLVING.BREAKEVEN, BL.TAXMIGRATION.MAXRATE);
 * otherwise bisection within the input's allowed range from the catalogue,
 * which assumes the output is monotone between the bracketing points it finds.
 */
export function goalSeek(t: ModelTemplate, ev: Evaluator, base: Values, input: string, output: string, target: number | "max", opts: GoalSeekOptions = {}): GoalSeekResult {
  known(t, input, output);
  const all = { ...defaults(t), ...base };
  const range = inputRange(t, input);
  const at = (x: number) => ev.evaluate({ ...all, [input]: x });
  const closed = opts.forceBisection ? undefined : t.closedForms?.find((c) => c.input === input && c.output === output && c.target === target);
  if (closed) {
    const answer = ev.evaluate(all)[closed.answer];
    const w = wording(t, input, output);
    if (!isNumber(answer)) {
      // Why there is no answer, in each language: the core words its error (the evaluator speaks one language only).
      return na(
        "closedFormNoAnswer",
        both((lang) => {
          const why = coreOutputs(t, all, lang)[closed.answer];
          return msg(lang, "goal.noAnswer", why !== undefined && typeof why === "object" ? why.message : msg(lang, "goal.notANumber"));
        }),
      );
    }
    if (!inRange(answer, range)) {
      return na("outOfRange", both((lang) => msg(lang, "goal.outOfRange", w.inValue(answer, lang), w.input[lang], w.range(range, lang))));
    }
    return { ok: true, input, value: answer, achieved: at(answer)[output] as OutputValue, method: "closed-form", via: closed.answer, iterations: 0 };
  }
  if (target === "max") {
    const w = wording(t, input, output);
    return na("noClosedFormForMax", both((lang) => msg(lang, "goal.noMax", w.output[lang], w.input[lang])));
  }
  return bisect(range, (x) => {
    const v = at(x)[output];
    return isNumber(v) ? v - target : null;
  }, input, output, target, at, opts, all[input] ?? 0, wording(t, input, output));
}

/** Sample points across the range; an unbounded side is explored by doubling. */
function samplePoints(r: NumRange, start: number): number[] {
  const lo = r.min === undefined ? undefined : r.minOpen ? r.min + EPS * Math.max(1, Math.abs(r.min)) : r.min;
  const hi = r.max === undefined ? undefined : r.max - (r.maxOpen ? EPS * Math.max(1, Math.abs(r.max)) : 0);
  const pts = new Set<number>();
  if (lo !== undefined && hi !== undefined) {
    for (let k = 0; k <= 64; k++) pts.add(lo + ((hi - lo) * k) / 64);
  } else {
    const scale = Math.max(1, Math.abs(start));
    const from = lo ?? -scale * 2 ** 50;
    const to = hi ?? scale * 2 ** 50;
    for (let k = -20; k <= 50; k++) {
      const d = scale * 2 ** k;
      for (const x of [start + d, start - d]) if (x >= from && x <= to) pts.add(x);
    }
    pts.add(start);
    if (lo !== undefined) pts.add(lo);
    if (hi !== undefined) pts.add(hi);
  }
  const sorted = [...pts].sort((a, b) => a - b);
  return r.integer ? [...new Set(sorted.map((x) => clamp(x, r)))] : sorted;
}

function bisect(
  range: NumRange,
  f: (x: number) => number | null,
  input: string,
  output: string,
  target: number,
  at: (x: number) => Record<string, OutputValue>,
  opts: GoalSeekOptions,
  start: number,
  w: ReturnType<typeof wording>,
): GoalSeekResult {
  const tol = opts.tolerance ?? 1e-12;
  const maxIt = opts.maxIterations ?? 200;
  const pts = samplePoints(range, start).map((x) => ({ x, y: f(x) })).filter((p): p is { x: number; y: number } => p.y !== null);
  let bracket: [{ x: number; y: number }, { x: number; y: number }] | undefined;
  for (let k = 0; k < pts.length; k++) {
    const p = pts[k] as { x: number; y: number };
    if (p.y === 0) return { ok: true, input, value: p.x, achieved: at(p.x)[output] as OutputValue, method: "bisection", iterations: 0 };
    const q = pts[k + 1];
    if (q && Math.sign(p.y) !== Math.sign(q.y) && q.y !== 0) {
      bracket = [p, q];
      break;
    }
    if (q && q.y === 0) return { ok: true, input, value: q.x, achieved: at(q.x)[output] as OutputValue, method: "bisection", iterations: 0 };
  }
  if (!bracket) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of pts) {
      lo = Math.min(lo, p.y + target);
      hi = Math.max(hi, p.y + target);
    }
    return na(
      "noSolution",
      both((lang) =>
        pts.length > 0
          ? msg(lang, "goal.noSolutionSpan", w.input[lang], w.range(range, lang), w.output[lang], w.outValue(target, lang), w.outValue(lo, lang), w.outValue(hi, lang))
          : msg(lang, "goal.noSolution", w.input[lang], w.range(range, lang), w.output[lang], w.outValue(target, lang)),
      ),
    );
  }
  let [a, b] = bracket;
  let it = 0;
  if (range.integer) {
    // Whole numbers: the smallest x on b's side of the crossing.
    while (b.x - a.x > 1 && it < maxIt) {
      const m = Math.floor((a.x + b.x) / 2);
      const y = f(m);
      it++;
      if (y === null) break;
      if (y === 0) return { ok: true, input, value: m, achieved: at(m)[output] as OutputValue, method: "bisection", iterations: it };
      if (Math.sign(y) === Math.sign(a.y)) a = { x: m, y };
      else b = { x: m, y };
    }
    const best = Math.abs(a.y) < Math.abs(b.y) ? a : b;
    return { ok: true, input, value: best.x, achieved: at(best.x)[output] as OutputValue, method: "bisection", iterations: it };
  }
  while (it < maxIt && b.x - a.x > tol * Math.max(1, Math.abs(a.x))) {
    const m = (a.x + b.x) / 2;
    const y = f(m);
    it++;
    if (y === null) break;
    if (y === 0) {
      a = b = { x: m, y };
      break;
    }
    if (Math.sign(y) === Math.sign(a.y)) a = { x: m, y };
    else b = { x: m, y };
  }
  const x = Math.abs(a.y) <= Math.abs(b.y) ? a.x : b.x;
  return { ok: true, input, value: x, achieved: at(x)[output] as OutputValue, method: "bisection", iterations: it };
}
