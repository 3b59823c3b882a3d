// Error messages in both languages. Errors are data (src/core/errors); this is
// the only place that turns them into words.

import type { AnySpec } from "../core/spec";
import type { BLError, ErrorInfo, Lang, NumRange } from "../core/types";

export function formatNumber(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return String(x);
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-US", { maximumSignificantDigits: 10 }).format(x);
}

function formatValue(v: ErrorInfo["value"], lang: Lang): string {
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return lang === "nl" ? (v ? "WAAR" : "ONWAAR") : v ? "TRUE" : "FALSE";
  return v ?? "";
}

export function describeRange(r: NumRange | undefined, lang: Lang): string {
  const nl = lang === "nl";
  const what = r?.integer ? (nl ? "een geheel getal" : "a whole number") : nl ? "een getal" : "a number";
  if (!r || (r.min === undefined && r.max === undefined)) return what;
  const f = (x: number) => formatNumber(x, lang);
  if (r.min !== undefined && r.max !== undefined && !r.minOpen && !r.maxOpen) {
    return nl ? `${what} van ${f(r.min)} tot en met ${f(r.max)}` : `${what} from ${f(r.min)} to ${f(r.max)}`;
  }
  const parts: string[] = [];
  if (r.min !== undefined) {
    parts.push(r.minOpen ? (nl ? `groter dan ${f(r.min)}` : `greater than ${f(r.min)}`) : nl ? `ten minste ${f(r.min)}` : `at least ${f(r.min)}`);
  }
  if (r.max !== undefined) {
    parts.push(r.maxOpen ? (nl ? `kleiner dan ${f(r.max)}` : `less than ${f(r.max)}`) : nl ? `ten hoogste ${f(r.max)}` : `at most ${f(r.max)}`);
  }
  const joined = parts.join(nl ? " en " : " and ");
  // "a number of at least 0", "een getal van ten minste 0"; "greater than" needs no preposition.
  const of = /^(at |ten )/.test(joined) ? (nl ? "van " : "of ") : "";
  return `${what} ${of}${joined}`;
}

/** The argument's name in the user's language, as the function's help shows it. */
function paramName(spec: AnySpec | undefined, id: string | undefined, lang: Lang): string {
  if (!id) return "";
  const p = spec?.params.find((q) => q.id === id);
  return p ? (lang === "nl" ? p.nl : p.id) : id;
}

type Render = (e: ErrorInfo, ctx: Ctx) => string;
interface Ctx {
  readonly lang: Lang;
  /** argument name, with the position in its range when there is one */
  readonly arg: string;
  readonly other: string;
  readonly value: string;
  readonly range: string;
  readonly name: (id: string) => string;
}

const EN: Readonly<Record<string, Render>> = {
  missing: (_, c) => `Argument ${c.arg} is required but missing.`,
  text: (_, c) => `${c.arg} must be ${c.range}; got the text "${c.value}".`,
  boolean: (_, c) => `${c.arg} must be ${c.range}; got the logical value ${c.value}.`,
  errorValue: (_, c) => `${c.arg} refers to an error value (${c.value}); it must be ${c.range}. Fix that cell first.`,
  notFinite: (_, c) => `${c.arg} must be ${c.range} (a finite number); got ${c.value}.`,
  range: (e, c) =>
    `${c.arg} must be ${c.range}; got ${c.value}.` +
    (e.points
      ? (e.hint === undefined ? "" : ` Did you mean ${c.value} percentage point? Then enter ${formatNumber(e.hint, "en")}.`) +
        " A change in percentage points is a fraction too: 0.5 percentage point is 0.005."
      : e.hint === undefined
        ? ""
        : ` Did you mean ${c.value}%? Then enter ${formatNumber(e.hint, "en")} or ${c.value}%.`),
  notScalar: (_, c) => `${c.arg} takes a single value, not a range of cells.`,
  codeType: (_, c) => `${c.arg} must be a code written as text; got ${c.value}.`,
  codeAsNumber: (_, c) =>
    `${c.arg} must hold the codes as text ("01.11"), not as numbers; got the number ${c.value}, which has lost its leading zeros and dots. Format the cells as text or type an apostrophe first ('01.11).`,
  textBoolean: (_, c) => `${c.arg} must be text; got the logical value ${c.value}.`,
  tooManyArgs: (e, c) => `Too many arguments: this function takes at most ${e.limit ?? 0}, got ${c.value}.`,
  unequalLengths: (e, c) =>
    `The ranges ${c.other} must have the same number of cells; they have ${(e.lengths ?? []).join(", ")}.`,
  emptyCell: (_, c) => `${c.arg} is empty while the matching cells of the other ranges are filled.`,
  targetNotBelow: (e, c) => `${c.arg} (${c.value}) must be smaller than ${c.other} (${formatNumber(e.limit ?? 0, "en")}).`,
  rateSum: (_, c) => `${c.other} + ${c.arg} must be below 1 (100%); together they are ${c.value}.`,
  mpcBound: (_, c) =>
    `${c.name("mpc")} × (1 − ${c.name("tax_rate")}) × (1 − ${c.name("import_share")}) must be below 1; it is ${c.value}, so the spending would never leak away.`,
  noBreakEven: (_, c) =>
    `No default rate is low enough: ${c.name("interest_rate")} − ${c.name("cost_rate")} − ${c.name("discount_rate")} is ${c.value}, below 0, so the fund loses real value even if every loan is repaid.`,
  never: (_, c) => `The ceiling is never reached: ${c.arg} is ${c.value}, not above 0.`,
  positiveTotal: (_, c) => `${c.arg} must have a total above 0; the total is ${c.value}.`,
  basePositive: (_, c) => `${c.arg} must be greater than 0 when ${c.other} is greater than 0; got ${c.value}.`,
  noDigits: (_, c) => `${c.arg} "${c.value}" holds no digits; sector codes are grouped by their digits.`,
  owner: (_, c) => `${c.arg} must be gemeente, provincie or rijk; got "${c.value}".`,
  divZero: () => "Division by zero.",
  notFiniteResult: () => "The result is too large to represent as a number.",
  internal: () => "Internal error in Begrotingslab; please report it.",
};

const NL: Readonly<Record<string, Render>> = {
  missing: (_, c) => `Argument ${c.arg} ontbreekt; het is verplicht.`,
  text: (_, c) => `${c.arg} moet ${c.range} zijn; gegeven is de tekst "${c.value}".`,
  boolean: (_, c) => `${c.arg} moet ${c.range} zijn; gegeven is de logische waarde ${c.value}.`,
  errorValue: (_, c) => `${c.arg} verwijst naar een foutwaarde (${c.value}); het moet ${c.range} zijn. Herstel eerst die cel.`,
  notFinite: (_, c) => `${c.arg} moet ${c.range} zijn (een eindig getal); gegeven is ${c.value}.`,
  range: (e, c) =>
    `${c.arg} moet ${c.range} zijn; gegeven is ${c.value}.` +
    (e.points
      ? (e.hint === undefined ? "" : ` Bedoelde u ${c.value} procentpunt? Typ dan ${formatNumber(e.hint, "nl")}.`) +
        " Ook een verandering in procentpunten is een fractie: 0,5 procentpunt is 0,005."
      : e.hint === undefined
        ? ""
        : ` Bedoelde u ${c.value}%? Typ dan ${formatNumber(e.hint, "nl")} of ${c.value}%.`),
  notScalar: (_, c) => `${c.arg} verwacht één waarde, geen bereik van cellen.`,
  codeType: (_, c) => `${c.arg} moet een code als tekst zijn; gegeven is ${c.value}.`,
  codeAsNumber: (_, c) =>
    `${c.arg} moet de codes als tekst bevatten ("01.11"), niet als getallen; gegeven is het getal ${c.value}, dat zijn voorloopnullen en punten kwijt is. Maak de cellen tekst of typ eerst een apostrof ('01.11).`,
  textBoolean: (_, c) => `${c.arg} moet tekst zijn; gegeven is de logische waarde ${c.value}.`,
  tooManyArgs: (e, c) => `Te veel argumenten: deze functie neemt er ten hoogste ${e.limit ?? 0}, gegeven zijn er ${c.value}.`,
  unequalLengths: (e, c) =>
    `De bereiken ${c.other} moeten evenveel cellen hebben; ze hebben er ${(e.lengths ?? []).join(", ")}.`,
  emptyCell: (_, c) => `${c.arg} is leeg terwijl de bijbehorende cellen van de andere bereiken gevuld zijn.`,
  targetNotBelow: (e, c) => `${c.arg} (${c.value}) moet kleiner zijn dan ${c.other} (${formatNumber(e.limit ?? 0, "nl")}).`,
  rateSum: (_, c) => `${c.other} + ${c.arg} moet onder 1 (100%) blijven; samen is het ${c.value}.`,
  mpcBound: (_, c) =>
    `${c.name("mpc")} × (1 − ${c.name("tax_rate")}) × (1 − ${c.name("import_share")}) moet kleiner zijn dan 1; het is ${c.value}, dan zou de besteding nooit weglekken.`,
  noBreakEven: (_, c) =>
    `Geen wanbetalingsvoet is laag genoeg: ${c.name("interest_rate")} − ${c.name("cost_rate")} − ${c.name("discount_rate")} is ${c.value}, onder 0, dus het fonds verliest reële waarde ook als elke lening wordt terugbetaald.`,
  never: (_, c) => `Het plafond wordt nooit bereikt: ${c.arg} is ${c.value}, niet boven 0.`,
  positiveTotal: (_, c) => `${c.arg} moet een totaal boven 0 hebben; het totaal is ${c.value}.`,
  basePositive: (_, c) => `${c.arg} moet groter zijn dan 0 als ${c.other} groter is dan 0; gegeven is ${c.value}.`,
  noDigits: (_, c) => `${c.arg} "${c.value}" bevat geen cijfers; sectorcodes worden op hun cijfers gegroepeerd.`,
  owner: (_, c) => `${c.arg} moet gemeente, provincie of rijk zijn; gegeven is "${c.value}".`,
  divZero: () => "Deling door nul.",
  notFiniteResult: () => "De uitkomst is te groot om als getal weer te geven.",
  internal: () => "Interne fout in Begrotingslab; meld dit alstublieft.",
};

/** The message for an error, naming the argument, its allowed range and the value given. */
export function explain(e: BLError, lang: Lang, spec?: AnySpec): string {
  const i = e.info;
  const name = (id: string) => paramName(spec, id, lang);
  let arg = name(i.arg ?? "");
  if (i.index !== undefined) arg = lang === "nl" ? `${arg} (waarde ${i.index})` : `${arg} (value ${i.index})`;
  const param = spec?.params.find((p) => p.id === i.arg);
  const range = i.range ?? (param && (param.type === "number" || param.type === "numbers") ? param.range : undefined);
  const other = (i.other ?? "").split(",").filter(Boolean).map(name).join(lang === "nl" ? " en " : " and ");
  const what =
    param?.type === "text"
      ? lang === "nl"
        ? "tekst"
        : "text"
      : param?.type === "codes" || param?.type === "code"
        ? lang === "nl"
          ? "een code"
          : "a code"
        : describeRange(range, lang);
  const ctx: Ctx = { lang, arg, other, value: formatValue(i.value, lang), range: what, name };
  const render = (lang === "nl" ? NL : EN)[e.reason] ?? (lang === "nl" ? NL : EN).internal;
  return (render as Render)(i, ctx);
}

export const REASONS: readonly string[] = Object.keys(EN);
