// Shared helpers for the model tests (test/models). Expected values in the
// tests come from MODELS.md, never from src/; these helpers only call and compare.

import { CATALOGUE, specById } from "../../src/catalogue";
import type { AnySpec, ParamSpec } from "../../src/core/spec";
import type { BLError, InArg, Lang, NumRange, OutCell, Result, Table } from "../../src/core/types";
import { callFunction } from "../../src/core/validate";
import { localizeTable, type PlainCell } from "../../src/i18n/localize";
import { explain } from "../../src/i18n/messages";

export const LANGS: readonly Lang[] = ["en", "nl"];

export function spec(id: string): AnySpec {
  const s = specById(id);
  if (!s) throw new Error(`no function ${id} in the catalogue`);
  return s;
}

export function call(id: string, args: readonly InArg[]): Result {
  return callFunction(spec(id), args);
}

export function isBLError(x: unknown): x is BLError {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "error";
}

export function isTableResult(x: unknown): x is Table {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "table";
}

/** |actual − expected| ≤ 1e-9 · |expected| (absolute 1e-12 when expected is 0). */
export function closeEnough(actual: number, expected: number, rel = 1e-9): boolean {
  if (!Number.isFinite(actual)) return false;
  const tol = expected === 0 ? 1e-12 : rel * Math.abs(expected);
  return Math.abs(actual - expected) <= tol;
}

export function expectClose(actual: unknown, expected: number, what = ""): void {
  if (typeof actual !== "number" || !closeEnough(actual, expected)) {
    throw new Error(`${what}: expected ${expected} (±1e-9 rel), got ${JSON.stringify(actual, replacer)}`);
  }
}

function replacer(_k: string, v: unknown): unknown {
  return typeof v === "number" && !Number.isFinite(v) ? String(v) : v;
}

export function show(x: unknown): string {
  return JSON.stringify(x, replacer);
}

/** An expected cell: a number (1e-9 rel), a string/label text, an error code like "#DIV/0!", or null. */
export type ExpCell = number | string | null;

/** Compares a localized table cell by cell; "#DIV/0!" / "#N/A" / "#VALUE!" expect an error cell with that code. */
export function expectTable(result: Result, lang: Lang, expected: readonly (readonly ExpCell[])[]): void {
  if (!isTableResult(result)) throw new Error(`expected a table, got ${show(result)}`);
  const rows: PlainCell[][] = localizeTable(result, lang);
  expect(rows.length).toBe(expected.length);
  expected.forEach((erow, r) => {
    const row = rows[r] ?? [];
    expect([r, row.length]).toEqual([r, erow.length]);
    erow.forEach((e, c) => {
      const a = row[c];
      const where = `${lang} row ${r} col ${c}`;
      if (typeof e === "number") expectClose(a, e, where);
      else if (typeof e === "string" && e.startsWith("#")) {
        if (!isBLError(a) || a.code !== e) throw new Error(`${where}: expected ${e}, got ${show(a)}`);
      } else expect([where, a]).toEqual([where, e]);
    });
  });
}

export function messages(err: BLError, s: AnySpec): Record<Lang, string> {
  return { en: explain(err, "en", s), nl: explain(err, "nl", s) };
}

/** A column range from a list: {a;b;c}. */
export function col(...xs: (number | string | null)[]): (number | string | null)[][] {
  return xs.map((x) => [x]);
}

export const ALL_IDS: readonly string[] = CATALOGUE.map((s) => s.id);

export function paramName(p: ParamSpec, lang: Lang): string {
  return lang === "nl" ? p.nl : p.id;
}

/** Numbers as Excel shows them in en-US / nl-NL, written out by hand (not via Intl). */
export function fmt(x: number, lang: Lang): string {
  const sign = x < 0 ? "-" : "";
  const s = String(Math.abs(x));
  if (s.includes("e")) return sign + s;
  const [int = "", frac] = s.split(".");
  const group = lang === "nl" ? "." : ",";
  const dec = lang === "nl" ? "," : ".";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return sign + grouped + (frac === undefined ? "" : dec + frac);
}

export function checkOutCell(c: OutCell): string | undefined {
  if (c === null || typeof c === "string" || typeof c === "boolean") return undefined;
  if (typeof c === "number") return Number.isFinite(c) ? undefined : `non-finite number ${c}`;
  if (c.kind === "label") return typeof c.key === "string" && c.key !== "" ? undefined : "empty label";
  if (c.kind === "error") return undefined;
  return `unknown cell ${show(c)}`;
}

export type { NumRange };
