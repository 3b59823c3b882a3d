// Reading amounts as they appear in Dutch and English budget sheets and csv exports.
//
// Budget files mix conventions: a municipality's own sheet writes "1.234,5", an
// export from a financial system writes "1234.50", a council memo pasted into a
// sheet writes "€ 12.000,-" or "(1.234)". parseAmount accepts all of these and
// says so plainly when a text is not an amount, instead of guessing.
//
// The ambiguous case is a number with exactly one separator:
//   * a single "." or "," followed by exactly three digits, with one to three
//     digits before it that do not start with 0, is a THOUSANDS separator:
//     "1.234" → 1234, "12.000" → 12000, "1,234" → 1234.
//     Budgets are kept in whole euros or in thousands of euros; an amount with
//     three decimals does not occur, while "12.000" for twelve thousand is how
//     every Dutch budget writes it.
//   * otherwise the separator is the DECIMAL separator: "1.5", "1,5", "1234,56",
//     "0.125", "1234.567" (four digits before it cannot be a thousands group).
// With both "." and "," present, the last one is the decimal separator and the
// other must group digits by three. A separator that occurs more than once is a
// thousands separator. Spaces (also non-breaking and thin spaces) between digit
// groups are thousands separators; then a "." or "," is always the decimal one.

import { text } from "../i18n/catalogue";
import type { Text } from "../core/types";

export interface AmountError {
  /** Stable code for programs. */
  readonly error: "notANumber" | "notFinite" | "badGrouping" | "twoSigns" | "notAnAmount" | "tooLarge";
  /** What went wrong, for people. */
  readonly message: Text;
}

export type ParsedAmount = number | null | AmountError;

/** The mark a column writes its decimals with. */
export type DecimalMark = "," | ".";

/**
 * The largest amount a budget line can hold: 10^15 (the Dutch state spends
 * under 10^12 euros a year). Two lines of 1.5E+308 would otherwise add up to
 * Infinity, which no summary can show and no xlsx file can store.
 */
export const MAX_AMOUNT = 1e15;

/**
 * What one amount written as text says about its column's decimal mark: ","
 * or "." when it shows which one is decimal ("1,5", "1.234,56", "0,125",
 * "1.234.567"), "ambiguous" for one separator before exactly three digits
 * ("2,250", "1.234": thousands or decimals?), null when it says nothing.
 */
export function decimalEvidence(x: unknown): DecimalMark | "ambiguous" | null {
  if (typeof x !== "string") return null;
  const t = x.replace(SPACES, " ").trim();
  // "12.000,-" (or "12.000,=", as some registers print it): the cents written as a dash follow the decimal mark.
  const dash = /([.,])(?:[-\u2013\u2014]{1,2}|=)$/.exec(t);
  if (dash) return dash[1] as DecimalMark;
  if (/\d[eE][+-]?\d/.test(t)) return t.includes(".") ? "." : null;
  const body = t.replace(/[^\d.,]/g, "");
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  if (dots > 0 && commas > 0) return body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
  if (dots + commas === 0) return null;
  const sep: DecimalMark = dots > 0 ? "." : ",";
  // A mark that groups thousands (it occurs twice) leaves the other one for decimals.
  if (dots + commas > 1) return sep === "." ? "," : ".";
  const [head, tail] = body.split(sep) as [string, string];
  return /^[1-9]\d{0,2}$/.test(head) && /^\d{3}$/.test(tail) ? "ambiguous" : sep;
}

export function isAmountError(x: ParsedAmount): x is AmountError {
  return typeof x === "object" && x !== null;
}

// Whitespace a spreadsheet or a word processor puts between digit groups.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
// Hyphen-minus, en dash, em dash and the real minus sign all occur as minus.
const MINUS = /^[-\u2012\u2013\u2014\u2212]$/;
// A lone dash or "nihil" is how budgets write "nothing here".
const NIL = /^(?:[-\u2012\u2013\u2014\u2212]{1,2}|nihil|n\.v\.t\.?|nvt)$/i;

// A unit word after the figure, and what it multiplies by.
const UNIT = /\s*\b(mln|miljoen|mld|mrd|miljard|duizend|million|billion|bn)\.?$/i;
// English summaries write the unit right after the figure: "€45k", "€1.5m", "€2bn" (only so, without a space:
// "500 m" may be metres).
const SHORT_UNIT = /(?<=\d)(k|m|bn)$/i;
const SCALE: Readonly<Record<string, number>> = { mln: 1e6, miljoen: 1e6, million: 1e6, mld: 1e9, mrd: 1e9, miljard: 1e9, billion: 1e9, bn: 1e9, duizend: 1e3, k: 1e3, m: 1e6 };

/** "n.v.t.", "nihil", "PM": a cell that says its figure does not apply or is not known yet. */
export function saysNoFigure(text: string): boolean {
  // "€ -": a zero in Excel's accounting format.
  const t = text.replace(SPACES, " ").trim().replace(/^(?:€|eur)\s*(?=[-\u2012\u2013\u2014\u2212])/i, "");
  return t !== "" && (NIL.test(t) || /^\+? ?p\.? ?m\.?$/i.test(t));
}

function fail(code: AmountError["error"], raw: string): AmountError {
  const shown = raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  // The words for each code are in the message catalogue ("amount.<code>").
  return { error: code, message: text(`amount.${code}`, shown) };
}

/** Digits grouped by three after a first group of one to three digits. */
function validGroups(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

/**
 * The unsigned numeric body ("1.234,5", "1 234.50", "12000") as a number,
 * or null when it is not a well-formed number.
 */
function parseBody(body: string, decimal?: DecimalMark): number | "badGrouping" | null {
  if (body === "") return null;
  // Exponent notation occurs in csv exports of computed values ("1.5E+3").
  if (/^\d+(?:\.\d+)?[eE][+-]?\d+$/.test(body)) return Number(body);
  if (!/^[\d.,' ]+$/.test(body) || !/\d/.test(body)) return null;

  let intPart: string;
  let fracPart = "";

  if (body.includes(" ") || body.includes("'")) {
    // Space or apostrophe groups: the only other separator allowed is one decimal mark.
    const m = /^([\d ']+)(?:[.,](\d+))?$/.exec(body);
    if (!m || m[1] === undefined) return null;
    if (!validGroups(m[1].split(/[ ']/))) return "badGrouping";
    intPart = m[1].replace(/[ ']/g, "");
    fracPart = m[2] ?? "";
  } else {
    const dots = body.split(".").length - 1;
    const commas = body.split(",").length - 1;
    if (dots > 0 && commas > 0) {
      const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
      const thousands = decimal === "." ? "," : ".";
      const at = body.lastIndexOf(decimal);
      const head = body.slice(0, at);
      fracPart = body.slice(at + 1);
      if (head.includes(decimal) || !/^\d+$/.test(fracPart)) return "badGrouping";
      if (!validGroups(head.split(thousands))) return "badGrouping";
      intPart = head.split(thousands).join("");
    } else if (dots + commas === 0) {
      intPart = body;
    } else {
      const sep = dots > 0 ? "." : ",";
      const parts = body.split(sep);
      if (parts.length > 2) {
        if (!validGroups(parts)) return "badGrouping";
        intPart = parts.join("");
      } else {
        const head = parts[0] ?? "";
        const tail = parts[1] ?? "";
        if (tail === "") return null; // "5." or "5," with nothing after it
        // One separator before exactly three digits is a thousands separator,
        // unless the amount's column writes its decimals with that very mark.
        const thousands = /^[1-9]\d{0,2}$/.test(head) && /^\d{3}$/.test(tail) && decimal !== sep;
        if (thousands) {
          intPart = head + tail;
        } else {
          if (!/^\d*$/.test(head) || !/^\d+$/.test(tail)) return null;
          intPart = head === "" ? "0" : head;
          fracPart = tail;
        }
      }
    }
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  return Number(fracPart === "" ? intPart : `${intPart}.${fracPart}`);
}

/**
 * Reads one budget amount.
 *
 * - numbers pass through (NaN and ±Infinity are errors);
 * - null, undefined, "", a lone dash and "nihil" are null (no amount);
 * - text in Dutch or English notation is read, with "€"/"EUR", a ",-" ending,
 *   a leading or trailing minus, "-/-", parentheses and "N" (nadelig; "V" is
 *   voordelig) for negative amounts, a footnote "*" after the figure, and a
 *   unit word that scales it ("€ 28,8 mln", "1,2 miljard");
 * - anything else gives an AmountError with a message in Dutch and English.
 */
export function parseAmount(x: unknown, decimal?: DecimalMark): ParsedAmount {
  return amountOf(x, decimal);
}

/**
 * An amount and the unit its own text names: `unit` is 1 for a plain figure and
 * 1,000,000 for "2,1 mln", whose amount is then already in euros. A table that
 * states its unit ("x € 1.000") needs this to keep such a figure in its own unit.
 */
export function readAmount(x: unknown, decimal?: DecimalMark): { readonly amount: ParsedAmount; readonly unit: number } {
  const named = { unit: 1 };
  const amount = amountOf(x, decimal, named);
  return { amount, unit: typeof amount === "number" ? named.unit : 1 };
}

/**
 * A cell's amount in the unit its table states (`factor` euros per amount; null
 * when the table does not say): a figure that names its own unit ("2,1 mln") in
 * a table of thousands is 2,100 there, not 2,100,000 thousands.
 */
export function amountInUnit(x: unknown, factor: number | null, decimal?: DecimalMark): ParsedAmount {
  const { amount, unit } = readAmount(x, decimal);
  return typeof amount === "number" ? inUnit(amount, unit, factor) : amount;
}

/** An amount read with the unit its figure named (`unit`, 1 for none) in the table's unit (`factor`, null: euros). */
export function inUnit(amount: number, unit: number, factor: number | null): number {
  if (unit === 1 || factor === null || factor === 1) return amount;
  // Rounded to 1e-6 of the unit: 2.1e6 / 1e3 is not 2100.0000000000005.
  return Math.round((amount / factor) * 1e6) / 1e6;
}

// A sum named inside a text: "€ 750.000", "€ 20.780,-", "€ 5,4 miljoen", "1,2 mln euro", "12.000 euro", "k€ 206".
const SUM_IN_TEXT = /(?:\bk€|€|\bk?eur(?:o'?s?)?\b)\s*-?\d[\d.,]*(?:(?:k|m|bn)\b|(?<=,)(?:--?|=))?(?:\s*(?:mln|miljoen|miljard|mld|mrd|duizend)\b\.?)?|\b\d[\d.,]*\s*(?:mln|miljoen|miljard|mld|mrd)\b\.?(?:\s*euro\b)?|\b\d[\d.,]*\s*euro\b|\b\d[\d.,]*\s*k€/gi;
/** A text this long or with this many other words is a sentence about the sum, not a figure with a note. */
const SUM_TEXT_MAX_LENGTH = 80;
const SUM_TEXT_MAX_WORDS = 6;

/**
 * The one sum a short text names ("budget € 750.000 voor 2013", "€ 227.138 voor
 * specifieke deelsectoren"), as published lists write their figures: the
 * amount, the unit the figure named (as readAmount) and the figure as written.
 * Null when the text names no sum or several, or is a sentence rather than a
 * figure with a note.
 */
export function amountInText(text: string): { readonly amount: number; readonly unit: number; readonly figure: string } | null {
  const t = text.replace(SPACES, " ").trim();
  if (t.length > SUM_TEXT_MAX_LENGTH || !/\d/.test(t)) return null;
  // A sum in a note in brackets ("€ 902.000,-- (was € 875.000,--)") is a remark on the one outside it.
  const outside = t.replace(/\([^()]*\)/g, (note) => " ".repeat(note.length));
  const found = outside.match(SUM_IN_TEXT);
  if (found === null || found.length !== 1) return null;
  const figure = (found[0] as string).trim();
  // "Bedragen x € 1.000", "bedragen in € 1.000", "(€ 000)": the unit of a table, no sum.
  if (isUnitCaption(t.slice(0, t.indexOf(figure)), figure)) return null;
  // A note in brackets after the figure ("(dit is voor 2023 en 2024 samen)") qualifies the sum: it is no sentence about it.
  const rest = t.replace(figure, " ").replace(/\([^()]*\)/g, " ").split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (rest.length > SUM_TEXT_MAX_WORDS) return null;
  const { amount, unit } = readAmount(figure.replace(/\s*\beuro\b$/i, ""));
  return typeof amount === "number" ? { amount, unit, figure } : null;
}

/** "Bedragen x € 1.000", "bedragen in € 1.000", "(€ 000)": the unit of a table, no sum. */
function isUnitCaption(before: string, figure: string): boolean {
  return /(?:[x×*]|\bin)\s*$/i.test(before) || /^(?:€|eur\w*)?\s*000$/i.test(figure);
}

/**
 * Whether a text names a sum anywhere ("Per jeugdlid: € 13,14. Per lid: € 26,27"),
 * readable as one amount or not; a table's unit ("x € 1.000") is no sum.
 */
export function namesSum(text: string): boolean {
  if (!/\d/.test(text)) return false;
  for (const m of text.matchAll(SUM_IN_TEXT)) if (!isUnitCaption(text.slice(0, m.index), m[0].trim())) return true;
  return false;
}

/** `named.unit` is set to the scale of a unit word the figure carries ("mln": 1,000,000). */
function amountOf(x: unknown, decimal?: DecimalMark, named?: { unit: number }): ParsedAmount {
  if (x === null || x === undefined) return null;
  if (typeof x === "number") return !Number.isFinite(x) ? fail("notFinite", String(x)) : Math.abs(x) > MAX_AMOUNT ? fail("tooLarge", String(x)) : x;
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "boolean") return fail("notAnAmount", String(x));
  if (x instanceof Date) return fail("notAnAmount", Number.isNaN(x.getTime()) ? "Invalid Date" : x.toISOString().slice(0, 10));
  if (typeof x !== "string") return fail("notANumber", Object.prototype.toString.call(x));

  const raw = x;
  let s = x.replace(SPACES, " ").trim();
  if (s === "" || NIL.test(s)) return null;

  let negative = false;
  let signs = 0;
  const neg = (): void => {
    negative = true;
    signs += 1;
  };

  // "(1.234)" is how accountants write a negative amount.
  if (s.startsWith("(") && s.endsWith(")")) {
    neg();
    s = s.slice(1, -1).trim();
  }
  // "-/- 1.234" is the Dutch bookkeeping notation for minus, "+/+ 1.234" for plus.
  if (s.startsWith("-/-")) {
    neg();
    s = s.slice(3).trim();
  } else if (s.startsWith("+/+")) s = s.slice(3).trim();
  // Currency marks may stand before or after the sign. "k€ 206", "206 k€", "keur 206": thousands
  // of euros, whatever the table's unit.
  let kilo = false;
  const stripCurrency = (t: string): string => {
    const k = /^(?:k€|keur\b)\s*/i.exec(t) ?? /\s*(?:k€|keur)$/i.exec(t);
    if (k) {
      kilo = true;
      return (k.index === 0 ? t.slice(k[0].length) : t.slice(0, k.index)).trim();
    }
    return t
      .replace(/^(?:€|eur\b|euro\b)\s*/i, "")
      .replace(/\s*(?:€|eur|euro)$/i, "")
      .trim();
  };
  s = stripCurrency(s);
  // "€ -": Excel's accounting format writes a zero so, and a csv export keeps it.
  if (NIL.test(s)) return null;
  // A footnote mark after the figure ("537,7*") is not part of it.
  s = s.replace(/\s*\*+$/, "");
  // "N 29.211" / "29.211 V": nadelig (a minus for the balance) or voordelig, as mutation tables write it,
  // also before or after a currency mark ("N k€ 45", "45 k€ N").
  const nv = /^([NV])\s*(?=(?:[kK]€|[kK][eE][uU][rR]\b|€|[eE][uU][rR]\b)?\s*\d)/.exec(s) ?? /(?<=\d|€|\b[eE][uU][rR])\s*([NV])$/.exec(s);
  if (nv) {
    if (nv[1] === "N") neg();
    s = (nv.index === 0 ? s.slice(nv[0].length) : s.slice(0, nv.index)).trim();
  }
  const first = s.charAt(0);
  if (first === "+") s = s.slice(1).trim();
  else if (MINUS.test(first)) {
    neg();
    s = s.slice(1).trim();
  }
  s = stripCurrency(s);
  // A second leading sign ("--5", "- -5") is a typing error, not a double negation.
  if (MINUS.test(s.charAt(0))) {
    neg();
    s = s.slice(1).trim();
  }
  // "12.000,-", "12.000,--" and "12.000,=": whole euros with the cents written as a dash.
  s = s.replace(/[.,](?:[-\u2013\u2014]{1,2}|=)$/, "");
  const last = s.charAt(s.length - 1);
  if (s.length > 1 && MINUS.test(last)) {
    neg();
    s = s.slice(0, -1).trim();
  }
  if (signs > 1) return fail("twoSigns", raw.trim());
  // "€ 28,8 mln", "5,7 miljoen", "1,2 mld": the figure says its own unit, whatever the table's.
  let factor = kilo ? 1000 : 1;
  const unit = kilo ? null : (UNIT.exec(s) ?? SHORT_UNIT.exec(s));
  if (unit) {
    factor = SCALE[(unit[1] as string).toLowerCase()] ?? 1;
    s = stripCurrency(s.slice(0, unit.index));
  }
  if (named) named.unit = factor;

  const parsed = parseBody(s, decimal);
  // Scaled figures are rounded to the cent: 28,8 × 10^6 is not 28800000.000000004.
  const value = typeof parsed === "number" && factor !== 1 ? Math.round(parsed * factor * 100) / 100 : parsed;
  if (value === "badGrouping") return fail("badGrouping", raw.trim());
  if (value === null) return fail("notANumber", raw.trim());
  if (!Number.isFinite(value)) return fail("notFinite", raw.trim());
  if (value > MAX_AMOUNT) return fail("tooLarge", raw.trim());
  // Avoid returning -0 for "-0": it prints as "0" but compares oddly in tests and sums.
  return negative && value !== 0 ? -value : value;
}
