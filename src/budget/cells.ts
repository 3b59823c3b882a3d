// One cell value as the budget reader sees it, whatever host it came from.
//
// Excel (Office.js `range.values`) hands error cells over as text ("#REF!"),
// ExcelJS as `{ error: "#REF!" }`, formulas as `{ formula, result }`, rich text
// as `{ richText: [...] }` and hyperlinks as `{ text, hyperlink }`. The reader
// works on these normalised values so the task pane and the file reader give
// the same lines for the same sheet.

import type { ErrorValue, Lang } from "../core/types";

export type Cell = string | number | boolean | Date | null | ErrorValue;

// Every error text Excel can show in a cell, English with the Dutch Excel's name beside it
// where it has one of its own; a string equal to either is an error cell (a csv saved by a
// Dutch Excel writes them in Dutch).
const EXCEL_ERROR_NAMES: readonly (readonly [string, string])[] = [
  ["#NULL!", "#LEEG!"],
  ["#DIV/0!", "#DEEL/0!"],
  ["#VALUE!", "#WAARDE!"],
  ["#REF!", "#VERW!"],
  ["#NAME?", "#NAAM?"],
  ["#NUM!", "#GETAL!"],
  ["#N/A", "#N/B"],
  ["#SPILL!", "#OVERLOOP!"],
  ["#CALC!", "#BEREKENEN!"],
  ["#GETTING_DATA", "#GETTING_DATA"],
  ["#FIELD!", "#FIELD!"],
  ["#BLOCKED!", "#BLOCKED!"],
  ["#CONNECT!", "#CONNECT!"],
  ["#BUSY!", "#BUSY!"],
  ["#UNKNOWN!", "#UNKNOWN!"],
  ["#PYTHON!", "#PYTHON!"],
  ["#EXTERNAL!", "#EXTERNAL!"],
];
const EXCEL_ERRORS = new Set(EXCEL_ERROR_NAMES.flat());
const NAME_IN: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  en: new Map(EXCEL_ERROR_NAMES.flatMap(([en, nl]) => [[en, en], [nl, en]] as [string, string][])),
  nl: new Map(EXCEL_ERROR_NAMES.flatMap(([en, nl]) => [[en, nl], [nl, nl]] as [string, string][])),
};

/** An error value as the user's Excel shows it: "#DIV/0!" is "#DEEL/0!" in Dutch, and back. */
export function errorValueName(code: string, lang: Lang): string {
  return NAME_IN[lang].get(code) ?? code;
}

export function isErrorValue(x: unknown): x is ErrorValue {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "errorValue";
}

function errorValue(code: string): ErrorValue {
  return { kind: "errorValue", code };
}

/** Normalises one host value; unknown object shapes become null rather than "[object Object]". */
export function normalizeCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const t = v.trim();
    return EXCEL_ERRORS.has(t.toUpperCase()) ? errorValue(t.toUpperCase()) : v;
  }
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (o["kind"] === "errorValue" && typeof o["code"] === "string") return errorValue(o["code"]);
  if (typeof o["error"] === "string") return errorValue(o["error"]);
  if ("formula" in o || "sharedFormula" in o) return normalizeCell(o["result"]);
  if (Array.isArray(o["richText"])) {
    return (o["richText"] as unknown[])
      .map((run) => (typeof run === "object" && run !== null ? String((run as { text?: unknown }).text ?? "") : ""))
      .join("");
  }
  if ("hyperlink" in o || "text" in o) return normalizeCell(o["text"]);
  return null;
}

/**
 * A formula stored without its last result (a program that writes files but
 * does not calculate): ExcelJS's { formula, result: undefined }, or the
 * streaming reader's { formula }. Read as empty, it would silently drop an
 * amount; the reader reports it instead.
 */
export function isUncachedFormula(v: unknown): v is { formula?: string; sharedFormula?: string } {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return (typeof o["formula"] === "string" || typeof o["sharedFormula"] === "string") && (o["result"] === undefined || o["result"] === null);
}

/** True for cells with nothing to read: null, empty or whitespace-only text. */
export function isBlank(c: Cell): boolean {
  return c === null || (typeof c === "string" && c.trim() === "");
}

/** A cell as display text for descriptions and owners; error cells give null (the caller reports them). */
export function cellText(c: Cell): string | null {
  if (c === null || isErrorValue(c)) return null;
  if (typeof c === "string") {
    const t = c.replace(/\s+/g, " ").trim();
    return t === "" ? null : t;
  }
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  return String(c);
}

/**
 * A text that opens with a dash, bullet or arrow ("– Overige inzet", "• Jeugd",
 * "> Wegen") presents itself as an item of the line above it: never a heading,
 * and part of a total rather than one.
 */
export function opensAsItem(text: string): boolean {
  // "* = Vervangingsinvestering" explains a mark: a legend, not an item.
  return /^\s*[-–—•·*>](?!\s*=)/.test(text);
}
