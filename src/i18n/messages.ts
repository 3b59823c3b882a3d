// Error messages: errors are data (src/core/errors); this is the only place
// that turns them into words, looked up in the message catalogue
// (src/i18n/en/errors.ts, src/i18n/nl/errors.ts).

import type { AnySpec } from "../core/spec";
import type { BLError, ErrorInfo, Lang, NumRange } from "../core/types";
import { CATALOGUES, isKey, msg } from "./catalogue";
import type { ErrorCtx } from "./error-context";
import { formatNumber } from "./format";

export { formatNumber };

function formatValue(v: ErrorInfo["value"], lang: Lang): string {
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return msg(lang, v ? "value.true" : "value.false");
  return v ?? "";
}

export function describeRange(r: NumRange | undefined, lang: Lang): string {
  const what = msg(lang, r?.integer ? "range.whole" : "range.number");
  if (!r || (r.min === undefined && r.max === undefined)) return what;
  const f = (x: number) => formatNumber(x, lang);
  if (r.min !== undefined && r.max !== undefined && !r.minOpen && !r.maxOpen) return msg(lang, "range.between", what, f(r.min), f(r.max));
  const lower = r.min === undefined ? undefined : r.minOpen ? msg(lang, "range.above", f(r.min)) : msg(lang, "range.atLeast", f(r.min));
  const upper = r.max === undefined ? undefined : r.maxOpen ? msg(lang, "range.below", f(r.max)) : msg(lang, "range.atMost", f(r.max));
  const bounds = lower !== undefined && upper !== undefined ? msg(lang, "range.and", lower, upper) : (lower ?? upper ?? "");
  // "a number of at least 0", "een getal van ten minste 0"; "greater than" needs no preposition.
  const closedLow = r.min !== undefined ? !r.minOpen : r.max !== undefined && !r.maxOpen;
  return msg(lang, closedLow ? "range.boundedOf" : "range.bounded", what, bounds);
}

/** The argument's name in the user's language, as the function's help shows it. */
function paramName(spec: Pick<AnySpec, "params"> | undefined, id: string | undefined, lang: Lang): string {
  if (!id) return "";
  const p = spec?.params.find((q) => q.id === id);
  return p ? (lang === "nl" ? p.nl : p.id) : id;
}

/** Names for a function's arguments where a caller knows better ones: a template's input labels for its output formulas. */
export type ArgNames = (id: string) => string | undefined;

type Render = (e: ErrorInfo, c: ErrorCtx) => string;

/**
 * The message for an error, naming the argument, its allowed range and the
 * value given. `spec` gives the arguments' Dutch names and ranges: a catalogue
 * function, or any list of parameters (the fields of a risk register).
 */
export function explain(e: BLError, lang: Lang, spec?: Pick<AnySpec, "params">, names?: ArgNames): string {
  const i = e.info;
  const name = (id: string) => names?.(id) ?? paramName(spec, id, lang);
  let arg = name(i.arg ?? "");
  if (i.index !== undefined) arg = msg(lang, "range.position", arg, String(i.index));
  const param = spec?.params.find((p) => p.id === i.arg);
  const range = i.range ?? (param && (param.type === "number" || param.type === "numbers" || param.type === "rows") ? param.range : undefined);
  const other = (i.other ?? "")
    .split(",")
    .filter(Boolean)
    .map(name)
    .reduce((a, b) => (a === "" ? b : msg(lang, "range.and", a, b)), "");
  const what =
    param?.type === "text" ? msg(lang, "range.text") : param?.type === "codes" || param?.type === "code" ? msg(lang, "range.code") : describeRange(range, lang);
  const ctx: ErrorCtx = { lang, arg, other, value: formatValue(i.value, lang), range: what, name };
  const key = `error.${e.reason}`;
  const render = (isKey(key) ? CATALOGUES[lang][key] : CATALOGUES[lang]["error.internal"]) as Render;
  return render(i, ctx);
}

/** Every error reason that has words. */
export const REASONS: readonly string[] = Object.keys(CATALOGUES.en)
  .filter((k) => k.startsWith("error."))
  .map((k) => k.slice("error.".length));
