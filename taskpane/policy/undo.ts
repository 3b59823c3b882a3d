// Undo records: every change the pane makes to a workbook is described as a
// list of steps that revert it. A step reverts only what still holds exactly
// what the pane wrote, so an undo never takes away a user's later edit. The
// workbench's undo (and the pane's own "undo") are built on these records.

import type { Rect } from "../host/a1";
import type { Book, BookOps, Input } from "../host/book";
import { compareDigest, digestRows } from "./digest";
import { rowLink } from "./formulas";
import { writeRecords } from "./settings";
import { typedText } from "./text";

/** A column the pane widened: its width before and after, in characters. */
export interface ColumnWidening {
  readonly col: number;
  readonly before: number;
  readonly after: number;
}

export type UndoStep =
  /** Cells the pane wrote: reverting writes `before` back where the cells still hold `after` (values as written). */
  | { readonly kind: "cells"; readonly sheet: string; readonly area: Rect; readonly before: readonly (readonly Input[])[]; readonly after: readonly string[]; readonly formulas?: boolean }
  /** A sheet the pane added: reverting deletes it when it still holds what was written. */
  | { readonly kind: "sheetAdded"; readonly sheet: string; readonly area: Rect; readonly after: readonly string[]; readonly formulas?: boolean }
  /**
   * A sheet the pane deleted: reverting adds it back with these values; the
   * first column's row numbers (below the header) become links to `linksTo`
   * again, spelled for the host at the time of the undo.
   */
  | { readonly kind: "sheetRemoved"; readonly sheet: string; readonly values: readonly (readonly Input[])[]; readonly linksTo?: string }
  | { readonly kind: "nameAdded"; readonly name: string }
  | { readonly kind: "nameRemoved"; readonly name: string; readonly sheet: string; readonly area: Rect }
  | { readonly kind: "formatsAdded"; readonly sheet: string; readonly area: Rect; readonly rules: readonly { readonly text: string; readonly fill: string }[] }
  | { readonly kind: "formatsRemoved"; readonly sheet: string; readonly area: Rect; readonly rules: readonly { readonly text: string; readonly fill: string }[] }
  /** Column widths the pane set (columns 1-based): reverting sets `before` back where a column is still `after` wide (the user did not resize it since). */
  | { readonly kind: "widths"; readonly sheet: string; readonly cols: readonly ColumnWidening[] }
  /** Pane settings before the change (JSON records by key). */
  | { readonly kind: "settings"; readonly before: Readonly<Record<string, unknown>> };

export interface UndoRecord {
  /** What the user did, for an undo button's label: "results", "removeResults", "sheet", "inputs", "rulesSheet". */
  readonly action: "results" | "removeResults" | "sheet" | "inputs" | "rulesSheet";
  readonly steps: readonly UndoStep[];
}

/** The digest of inputs as the host will read them back (text without its apostrophe). */
export function digestOfInputs(inputs: readonly (readonly Input[])[], width: number, valueOf: (input: Input, row: number, col: number) => unknown): string[] {
  const rows: unknown[][] = inputs.map((r, i) => Array.from({ length: width }, (_, k) => valueOf(r[k] ?? null, i, k)));
  return digestRows(rows, width);
}

/**
 * Whether `area` of `sheet` still holds what `after` digested: its values,
 * or with `formulas` each formula's text (as the host writes it) in place of
 * its value, for sheets whose formulas compute values the pane never saw.
 */
export async function unchanged(ops: BookOps, sheet: string, area: Rect, after: readonly string[], formulas = false): Promise<boolean> {
  if (formulas) {
    const contents = await ops.contents(sheet, area);
    return compareDigest(after, contents.map((r) => r.map((c) => c.formula ?? c.value)), area.cols).changed.length === 0;
  }
  const values = await ops.values(sheet, area);
  if (values === null) return false;
  return compareDigest(after, values, area.cols).changed.length === 0;
}

/** An input that writes `v` back as it was read (text stays text). */
export function inputOf(v: unknown): Input {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return typedText(String(v));
}

/**
 * Reverts a record's steps, last first, each only where the workbook still
 * holds what the pane wrote. True when every step was reverted.
 */
export async function revert(book: Book, record: UndoRecord): Promise<boolean> {
  let all = true;
  let settings: Readonly<Record<string, unknown>> | null = null;
  await book.batch(async (ops) => {
    const sheets = new Set((await ops.sheets()).map((s) => s.name.toLowerCase()));
    const has = (s: string): boolean => sheets.has(s.toLowerCase());
    for (const step of [...record.steps].reverse()) {
      switch (step.kind) {
        case "cells":
          if (has(step.sheet) && (await unchanged(ops, step.sheet, step.area, step.after, step.formulas))) {
            const empty = step.before.every((r) => r.every((v) => v === null));
            if (empty) ops.clear(step.sheet, step.area);
            else ops.write(step.sheet, step.area.top, step.area.left, step.before);
          } else all = false;
          break;
        case "sheetAdded":
          if (has(step.sheet) && (await unchanged(ops, step.sheet, step.area, step.after, step.formulas)) && (await onlyArea(ops, step.sheet, step.area))) {
            ops.deleteSheet(step.sheet);
            sheets.delete(step.sheet.toLowerCase());
          } else all = false;
          break;
        case "sheetRemoved": {
          if (has(step.sheet)) {
            all = false;
            break;
          }
          ops.addSheet(step.sheet);
          sheets.add(step.sheet.toLowerCase());
          const syntax = step.linksTo !== undefined ? await ops.formulaSyntax() : null;
          const link = (v: Input): number | null => (typeof v === "string" && /^'?\d+$/.test(v) ? Number(v.replace("'", "")) : null);
          const rows = step.values.map((r, i) => {
            const row = i > 0 ? link(r[0] ?? null) : null;
            return syntax && row !== null ? [rowLink(step.linksTo as string, row, syntax), ...r.slice(1)] : r;
          });
          ops.write(step.sheet, 1, 1, rows);
          break;
        }
        case "nameAdded":
          if ((await ops.name(step.name)) !== null) ops.deleteName(step.name);
          break;
        case "nameRemoved":
          if (has(step.sheet) && (await ops.name(step.name)) === null) ops.addName(step.name, step.sheet, step.area);
          else all = false;
          break;
        case "formatsAdded":
          if (has(step.sheet)) for (const h of await ourFormats(ops, step.sheet, step.area, step.rules)) ops.deleteFormat(h);
          break;
        case "formatsRemoved":
          if (has(step.sheet)) for (const r of step.rules) ops.addFormat(step.sheet, step.area, r.text, r.fill);
          else all = false;
          break;
        case "widths":
          if (!has(step.sheet) || (await restoreWidths(ops, step.sheet, step.cols)).length < step.cols.length) all = false;
          break;
        case "settings":
          settings = step.before;
          break;
      }
    }
  });
  if (settings) await writeRecords(book, settings);
  return all;
}

/** Hosts round a width to their own unit (points, pixels): a column within this many characters of a width is that wide. */
export const WIDTH_TOLERANCE = 0.5;

/**
 * Sets each column back to its `before` width where it is still `after` wide
 * and returns those; a column the user resized since keeps the user's width.
 */
export async function restoreWidths(ops: BookOps, sheet: string, cols: readonly ColumnWidening[]): Promise<ColumnWidening[]> {
  if (cols.length === 0) return [];
  const left = Math.min(...cols.map((c) => c.col));
  const right = Math.max(...cols.map((c) => c.col));
  const now = await ops.columnWidths(sheet, left, right - left + 1);
  const restored = cols.filter((c) => Math.abs((now[c.col - left] ?? 0) - c.after) <= WIDTH_TOLERANCE);
  for (const c of restored) ops.columnWidth(sheet, c.col, c.before);
  return restored;
}

/** True when nothing lies outside `area` on the sheet (a sheet the pane made and nobody added to). */
export async function onlyArea(ops: BookOps, sheet: string, area: Rect): Promise<boolean> {
  const used = await ops.usedRect(sheet);
  return used === null || (used.top >= area.top && used.left >= area.left && used.top + used.rows <= area.top + area.rows && used.left + used.cols <= area.left + area.cols);
}

/** Handles of the "begins with" fills over `area` that the pane added: same range, text and colour; a user's own rule never matches all three. */
export async function ourFormats(ops: BookOps, sheet: string, area: Rect, rules: readonly { readonly text: string; readonly fill: string }[]): Promise<string[]> {
  const wanted = new Set(rules.map((r) => `${r.text}\u0000${r.fill.toLowerCase()}`));
  const found = await ops.formats(sheet, area);
  return found
    .filter((f) => f.kind === "beginsWith" && f.rect.top === area.top && f.rect.left === area.left && f.rect.rows === area.rows && f.rect.cols === area.cols && wanted.has(`${f.text ?? ""}\u0000${(f.fill ?? "").toLowerCase()}`))
    .map((f) => f.handle);
}
