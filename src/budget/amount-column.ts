// The user's choice of the amount column. A budget prints several columns of
// figures (last year's account, this year's budget, the years after it); the
// reader takes the one whose header names the spending, usually the first
// budget column. A finance officer who wants another one names it, as Excel
// would show it: by its header ("Begroting 2026") or by its column letter ("D").

import { columnIndex, columnLetters } from "../core/columns";
import { cellText, normalizeCell } from "./cells";
import type { DetectedHeader } from "./layout";

/** The chosen column (0-based, within the rows read) and the header it is shown by; or what could be chosen instead. */
export type AmountChoice = { readonly index: number; readonly name: string } | { readonly index: null; readonly available: string };

const plain = (s: string): string => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Finds `choice` among the columns of a detected table: a header that reads the
 * same (case and spacing aside) first, else column letters, else the one header
 * that holds all its words. The description and taakveld columns are never the
 * amount. `top` are the rows the header was found in.
 */
export function chooseAmountColumn(top: readonly (readonly unknown[])[], header: DetectedHeader, choice: string): AmountChoice {
  const names = headerNames(top, header);
  const { description, taakveld } = header.columns;
  const usable = (k: number) => k !== description && k !== taakveld;
  const wanted = plain(choice);
  const byName = names.findIndex((n, k) => n !== "" && usable(k) && plain(n) === wanted);
  if (byName >= 0) return { index: byName, name: names[byName] as string };
  const letters = /^\$?([A-Za-z]{1,3})$/.exec(choice.trim());
  if (letters) {
    const k = columnIndex(letters[1] as string);
    if (k >= 0 && k < widthOf(top) && usable(k)) return { index: k, name: names[k] || columnLetters(k) };
  }
  // Part of a header, where only one column has it: "2026" for "Begroting 2026", "lasten" under two header rows.
  const words = wordsOf(wanted);
  const partly: number[] = [];
  if (words.length > 0) {
    names.forEach((n, k) => {
      if (n === "" || !usable(k)) return;
      const own = wordsOf(plain(n));
      if (words.every((w) => own.includes(w))) partly.push(k);
    });
  }
  if (partly.length === 1) return { index: partly[0] as number, name: names[partly[0] as number] as string };
  const available = names
    .map((n, k) => (n !== "" && usable(k) ? `${columnLetters(k)} "${n}"` : ""))
    .filter((s) => s !== "")
    .join(", ");
  return { index: null, available };
}

/** Each column's header as the user sees it (both header rows where there are two), "" where it has none. */
function headerNames(top: readonly (readonly unknown[])[], header: DetectedHeader): string[] {
  if (header.names) return header.names.map((n) => n ?? "");
  const row = header.headerRow > 0 ? (top[header.headerRow - 1] ?? []) : [];
  const out: string[] = [];
  const width = widthOf(top);
  for (let k = 0; k < width; k++) out.push(cellText(normalizeCell(row[k])) ?? "");
  return out;
}

function wordsOf(s: string): string[] {
  return s.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

function widthOf(top: readonly (readonly unknown[])[]): number {
  let w = 0;
  for (const r of top) w = Math.max(w, r.length);
  return w;
}
