// A table copied from a PDF into a sheet often lands in one column: each row is one
// text, "0.1 Bestuur 3.179 466 -2.713", and the header one text too, "Taakveld Lasten
// Baten Saldo". Budgets are published as PDFs, so this is how many users bring them.
// Where most texts of the description column end in the same number of figures and no
// column holds amounts, the figures are read from the end of each text, and the
// header's last words (where there are as many) say which of them is the amount.

import { cellText, normalizeCell } from "./cells";
import { amountColumnScore, type FiguresInText, namedFigureCount, YEARISH } from "./layout";
import { parseAmount, isAmountError } from "./numbers";

// "€" before a figure is its currency, not a word of the text.
const CURRENCY = /^(?:€|eur)$/i;
// A lone dash is how a budget writes nothing; "(1.234)" a negative figure.
const NIL = /^[-\u2012\u2013\u2014\u2212]$/;

function isFigure(token: string): boolean {
  if (NIL.test(token)) return true;
  // A figure holds digits and nothing that makes it a word, a code or a range ("18+", "6.71a", "2025-2028").
  if (!/^[-\u2212(]?\d[\d.,]*\)?-?$/.test(token)) return false;
  return !isAmountError(parseAmount(token));
}

/**
 * The text and the figures at its end: "6.3 Inkomensregelingen 21.560 17.230 -4.330"
 * → "6.3 Inkomensregelingen" and ["21.560", "17.230", "-4.330"]. At most `max` figures
 * are taken, and never the text's first word (its code or its name).
 */
export function splitFigures(text: string, max: number): { readonly text: string; readonly figures: readonly string[] } {
  const tokens = text.trim().split(/\s+/);
  const figures: string[] = [];
  let end = tokens.length;
  while (end > 1 && figures.length < max) {
    const t = tokens[end - 1] as string;
    if (CURRENCY.test(t)) {
      end--;
      continue;
    }
    if (!isFigure(t)) break;
    figures.unshift(t);
    end--;
    // "€ 1.234": the currency sign belongs to the figure.
    while (end > 1 && CURRENCY.test(tokens[end - 1] as string)) end--;
  }
  return { text: tokens.slice(0, end).join(" "), figures };
}

/**
 * How the texts of column `col` (the rows below the header) end: how many texts there are,
 * the most common number of figures at their end (the larger on a tie) and how many end in
 * it, and how many end in a year alone ("Evaluatie woonvisie 2025": when, not how much).
 */
function trailingFigures(rows: readonly (readonly unknown[] | undefined)[], col: number): { texts: number; count: number; most: number; years: number } {
  const counts = new Map<number, number>();
  let texts = 0;
  let years = 0;
  for (const row of rows) {
    const t = cellText(normalizeCell(row?.[col]));
    if (t === null || !/\p{L}{2,}/u.test(t)) continue;
    texts++;
    const { figures } = splitFigures(t, 12);
    if (figures.length > 0) counts.set(figures.length, (counts.get(figures.length) ?? 0) + 1);
    if (figures.length === 1 && YEARISH.test(figures[0] as string)) years++;
  }
  let count = 0;
  let most = 0;
  for (const [n, c] of counts) if (c > most || (c === most && n > count)) [count, most] = [n, c];
  return { texts, count, most, years };
}

/** What a column's texts say of figures at their end: how they are read, or why they cannot be. */
export interface FigureReading {
  /** How the figures are read, where they are. */
  readonly inText: FiguresInText | null;
  /** Where the header names `named` figures and most texts end in `found`: why none is read. */
  readonly unclear: { readonly named: number; readonly found: number } | null;
}

/**
 * How the texts of column `col` (the rows below the header) carry figures at their end, in one
 * walk over the column. `inText`: at least half of the texts end in the same number of
 * figures, that number the most common. `unclear`: a header naming three figures over texts
 * ending in five ("3 179 466 -2 713": thousands written with spaces) cannot say which figure
 * is which, so no figure is read and the two numbers say why.
 */
export function readFigures(rows: readonly (readonly unknown[] | undefined)[], col: number, header: string | null): FigureReading {
  const trailing = trailingFigures(rows, col);
  const named = namedFigureCount(header);
  const unclear = named >= 2 && trailing.count > 0 && trailing.count !== named ? { named, found: trailing.count } : null;
  return { inText: unclear === null ? inTextOf(trailing, header) : null, unclear };
}

/** The reading of texts ending in figures as `trailing` found them, with the header's names for the figures. */
function inTextOf(trailing: ReturnType<typeof trailingFigures>, header: string | null): FiguresInText | null {
  const { texts, count, most, years } = trailing;
  if (texts < 2 || most * 2 < texts || (count === 1 && years * 2 >= most)) return null;
  // The header's last words name the figures where it has as many ("Taakveld Lasten Baten Saldo").
  const words = (header ?? "").trim().split(/\s+/).filter((w) => w !== "");
  const names = words.length >= count ? words.slice(words.length - count) : [];
  let pick = 0;
  let best = 0;
  names.forEach((w, i) => {
    const s = amountColumnScore(w);
    if (s > best) [pick, best] = [i, s];
  });
  return { count, pick, name: best > 0 ? (names[pick] as string) : null, names };
}

/**
 * The figure the user named ("Baten", case aside) among those the header names, as
 * the reading of the table with that figure as its amount; null where none is so named.
 */
export function figureNamed(inText: FiguresInText, choice: string): FiguresInText | null {
  const wanted = choice.trim().toLowerCase();
  const pick = inText.names.findIndex((n) => n.toLowerCase() === wanted);
  return pick < 0 ? null : { ...inText, pick, name: inText.names[pick] as string };
}

/** The figures the header names besides the one read, as the user would name them: "Baten", "Saldo" ("" where it names none). */
export function otherFigures(inText: FiguresInText): string {
  return inText.names
    .filter((_, i) => i !== inText.pick)
    .map((n) => `"${n}"`)
    .join(", ");
}
