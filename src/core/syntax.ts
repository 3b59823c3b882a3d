// Formulas as a Dutch user types and reads them: ";" between arguments and a
// comma as decimal sign, as Dutch Excel has them (=BL.VVE.ALGEMEEN(1200; 0,15;
// 8100)). The engine reads invariant syntax ("," and "."), so the workbench's
// grid translates on the way in and back for the formula bar, and the command
// line takes a formula copied from Dutch Excel. Function names are
// already the user's language in the engine; text in quotes and quoted sheet
// names pass untouched. In an array constant a ";" separates rows in both
// syntaxes; Dutch separates its columns with "\".

import type { Lang } from "./types";

const IDENT = /[A-Za-z0-9_.$\u00c0-\uffff]/;
const DIGIT = /[0-9]/;

/** Copies a quoted run ("text" or 'sheet name', a doubled quote escapes) starting at i; returns its end. */
function quoted(s: string, i: number): number {
  const q = s.charAt(i);
  let j = i + 1;
  for (;;) {
    const k = s.indexOf(q, j);
    if (k < 0) return s.length;
    if (s.charAt(k + 1) === q) {
      j = k + 2;
      continue;
    }
    return k + 1;
  }
}

interface Marks {
  /** Decimal sign of the syntax read. */
  readonly decimal: string;
  /** Argument separator of the syntax read. */
  readonly separator: string;
  /** Column separator in an array constant of the syntax read. */
  readonly column: string;
}

const DUTCH: Marks = { decimal: ",", separator: ";", column: "\\" };
const INVARIANT: Marks = { decimal: ".", separator: ",", column: "," };

function translate(s: string, from: Marks, to: Marks): string {
  let out = "";
  let braces = 0;
  let i = 0;
  while (i < s.length) {
    const ch = s.charAt(i);
    if (ch === '"' || ch === "'") {
      const end = quoted(s, i);
      out += s.slice(i, end);
      i = end;
      continue;
    }
    // A number starts at a digit that is not part of a name or a cell reference (A1, BL.X2).
    if (DIGIT.test(ch) && !(i > 0 && IDENT.test(s.charAt(i - 1)))) {
      let j = i;
      while (j < s.length && DIGIT.test(s.charAt(j))) j++;
      let num = s.slice(i, j);
      if (s.charAt(j) === from.decimal && DIGIT.test(s.charAt(j + 1))) {
        let k = j + 1;
        while (k < s.length && DIGIT.test(s.charAt(k))) k++;
        num += to.decimal + s.slice(j + 1, k);
        j = k;
      }
      out += num;
      i = j;
      continue;
    }
    if (ch === "{") braces++;
    else if (ch === "}") braces = Math.max(0, braces - 1);
    if (braces > 0 && ch === from.column && from.column !== ";") out += to.column;
    else if (braces === 0 && ch === from.separator) out += to.separator;
    else out += ch;
    i++;
  }
  return out;
}

/** What the user typed (with "=") as the engine reads it. */
export function fromUserFormula(text: string, lang: Lang): string {
  return lang === "nl" ? translate(text, DUTCH, INVARIANT) : text;
}

/** An engine formula as the user reads and edits it. */
export function toUserFormula(formula: string, lang: Lang): string {
  return lang === "nl" ? translate(formula, INVARIANT, DUTCH) : formula;
}

/**
 * Whether a formula is written in Dutch syntax for certain: a ";" between arguments, outside
 * quotes and array constants (where invariant syntax has none). "=BL.X(0,15)" may be either,
 * and is not.
 */
export function isDutchSyntax(text: string): boolean {
  let braces = 0;
  for (let i = 0; i < text.length; ) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'") {
      i = quoted(text, i);
      continue;
    }
    if (ch === "{") braces++;
    else if (ch === "}") braces = Math.max(0, braces - 1);
    else if (ch === ";" && braces === 0) return true;
    i++;
  }
  return false;
}
