// Sheets the add-in owns (scenario templates, comparisons, the stored
// scenarios, the rules sheet) and the input cells of a template: written
// only where the add-in may, and never over a user's sheet or cell.

import { KEY_COL, MARKER_PREFIX } from "../../src/scenarios/templates";
import { cellAddress, type Rect } from "../host/a1";
import type { Book, BookOps, Input } from "../host/book";
import { HostError, RULES_SHEET, type CellRef, type InputWrite, type SheetCell, type SheetOptions } from "../host/types";
import { spell } from "./formulas";
import { text } from "../../src/i18n/catalogue";
import { readArea } from "./read";
import { readRecord, writeRecords } from "./settings";
import { typedText, valueOfInput } from "./text";
import { digestOfInputs, inputOf, type UndoStep } from "./undo";
import { freeSheetName, writeRows } from "./write";

/** Names of the sheets the add-in created with writeSheet: only these may it rewrite. */
export const SHEETS_KEY = "begrotingslab.sheets";

async function ownedSheets(book: Book): Promise<string[]> {
  const x = await readRecord(book, SHEETS_KEY);
  return Array.isArray(x) ? x.filter((n): n is string => typeof n === "string") : [];
}

function findSheet(names: readonly { name: string }[], name: string): string | undefined {
  const want = name.trim().toLowerCase();
  return names.find((s) => s.name === name)?.name ?? names.find((s) => s.name.toLowerCase() === want)?.name;
}

/** All values of a sheet from A1 to the end of its used range (row r, column c at [r-1][c-1]); null for a missing sheet. */
export async function readSheetWith(book: Book, name: string): Promise<unknown[][] | null> {
  return book.batch(async (ops) => {
    const sheet = findSheet(await ops.sheets(), name);
    if (sheet === undefined) return null;
    const used = await ops.usedRect(sheet);
    if (!used) return [];
    const area: Rect = { top: 1, left: 1, rows: used.top + used.rows - 1, cols: used.left + used.cols - 1 };
    return (await readArea(ops, sheet, area, book.limits)).values;
  });
}

export async function readCellsWith(book: Book, refs: readonly CellRef[]): Promise<unknown[]> {
  if (refs.length === 0) return [];
  return book.batch(async (ops) => {
    const sheets = await ops.sheets();
    // One round trip for all cells.
    return Promise.all(
      refs.map(async (r) => {
        const sheet = findSheet(sheets, r.sheet);
        if (sheet === undefined) return null;
        const v = await ops.values(sheet, { top: r.row, left: r.col, rows: 1, cols: 1 });
        return v?.[0]?.[0] ?? null;
      }),
    );
  });
}

export async function listSheetsWith(book: Book): Promise<{ names: string[]; active: string; hidden: string[] }> {
  return book.batch(async (ops) => {
    const [sheets, pos] = await Promise.all([ops.sheets(), ops.position()]);
    return { names: sheets.map((s) => s.name), active: pos.sheet, hidden: sheets.filter((s) => !s.visible).map((s) => s.name) };
  });
}

export interface SheetOutcome {
  readonly name: string;
  readonly steps: UndoStep[];
}

export async function writeSheetWith(book: Book, name: string, cells: readonly SheetCell[], opts: SheetOptions = {}): Promise<SheetOutcome> {
  const owned = await ownedSheets(book);
  const steps: UndoStep[] = [];
  const target = await book.batch(async (ops) => {
    const [sheets, syntax] = await Promise.all([ops.sheets(), ops.formulaSyntax()]);
    const existing = findSheet(sheets, name);
    let reuse = false;
    if (existing !== undefined) {
      if (opts.replace === true && owned.some((n) => n.toLowerCase() === existing.toLowerCase())) reuse = true;
      else if (opts.replaceIfHeader && opts.replaceIfHeader.length > 0) {
        const head = await ops.values(existing, { top: 1, left: 1, rows: 1, cols: opts.replaceIfHeader.length });
        reuse = opts.replaceIfHeader.every((h, k) => head?.[0]?.[k] === h);
      }
    }
    // Loops, not Math.max(...cells): a sheet of many cells would overflow the argument list.
    let rows = 0;
    let cols = 0;
    for (const c of cells) {
      if (c.row > rows) rows = c.row;
      if (c.col > cols) cols = c.col;
    }
    const block: Input[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, (): Input => null));
    for (const c of cells) {
      (block[c.row - 1] as Input[])[c.col - 1] = c.formula !== undefined ? spell(c.formula, syntax) : typeof c.value === "string" ? typedText(c.value) : (c.value ?? null);
    }
    let chosen: string;
    if (reuse && existing !== undefined) {
      chosen = existing;
      const used = await ops.usedRect(existing);
      if (used) {
        // What was there, so an undo can put it back (formulas as the host writes them).
        const contents = await ops.contents(existing, used);
        ops.clear(existing, used);
        const before = contents.map((r) => r.map((c) => (c.formula !== undefined ? c.formula : inputOf(c.value))));
        steps.push({ kind: "cells", sheet: existing, area: used, before, after: digestOfInputs(before.map((r) => r.map(() => null)), used.cols, () => "") });
      }
    } else {
      chosen = freeSheetName(name, sheets.map((s) => s.name));
      ops.addSheet(chosen);
    }
    if (rows > 0 && cols > 0) await writeRows(ops, book.limits, chosen, 1, 1, block);
    for (const c of cells) {
      if (c.format !== undefined) ops.numberFormat(chosen, c.row, c.col, c.format);
      if (c.bold) ops.bold(chosen, { top: c.row, left: c.col, rows: 1, cols: 1 });
    }
    (opts.widths ?? []).forEach((w, k) => ops.columnWidth(chosen, k + 1, w));
    for (const c of opts.hiddenColumns ?? []) ops.hideColumn(chosen, c);
    if (opts.hidden) ops.hideSheet(chosen);
    if (opts.activate) ops.activate(chosen);
    if (rows > 0 && cols > 0) {
      const area: Rect = { top: 1, left: 1, rows, cols };
      // Formulas compute values the pane never sees: compared by their text.
      const after = digestOfInputs(block, cols, (v) => (v === null ? "" : typeof v === "string" && v.startsWith("=") ? v : valueOfInput(v)));
      steps.push(reuse ? { kind: "cells", sheet: chosen, area, before: block.map((r) => r.map(() => null)), after, formulas: true } : { kind: "sheetAdded", sheet: chosen, area, after, formulas: true });
    }
    return chosen;
  });
  if (!owned.some((n) => n.toLowerCase() === target.toLowerCase())) {
    steps.push({ kind: "settings", before: { [SHEETS_KEY]: owned } });
    await writeRecords(book, { [SHEETS_KEY]: [...owned, target] });
  }
  return { name: target, steps };
}

export async function writeInputsWith(book: Book, sheetName: string, cells: readonly InputWrite[]): Promise<UndoStep[]> {
  if (cells.length === 0) return [];
  return book.batch(async (ops) => {
    const sheet = findSheet(await ops.sheets(), sheetName);
    if (sheet === undefined) throw new HostError(text("pane.host.noSheet", sheetName));
    const one = (row: number, col: number): Rect => ({ top: row, left: col, rows: 1, cols: 1 });
    // One round trip: the marker and what every input cell holds.
    const [marker, ...now] = await Promise.all([ops.values(sheet, one(1, KEY_COL + 1)), ...cells.map((c) => ops.contents(sheet, one(c.row, c.col)))]);
    const m = marker?.[0]?.[0];
    if (typeof m !== "string" || !m.startsWith(MARKER_PREFIX)) throw new HostError(text("pane.host.notTemplate", sheet));
    const steps: UndoStep[] = [];
    cells.forEach((c, i) => {
      const cell = now[i]?.[0]?.[0];
      const v = cell?.value;
      if (cell?.formula !== undefined || !(v === "" || v === null || v === undefined || typeof v === "number")) throw new HostError(text("pane.host.userCell", sheet, cellAddress(c.row, c.col)));
      steps.push({ kind: "cells", sheet, area: one(c.row, c.col), before: [[inputOf(v)]], after: digestOfInputs([[c.value]], 1, (x) => x) });
    });
    for (const c of cells) ops.write(sheet, c.row, c.col, [[c.value]]);
    return steps;
  });
}

export async function openRulesSheetWith(book: Book, header: readonly string[]): Promise<UndoStep[]> {
  return book.batch(async (ops: BookOps) => {
    const sheets = await ops.sheets();
    const existing = findSheet(sheets, RULES_SHEET) ?? findSheet(sheets, "Rules");
    if (existing !== undefined) {
      // Never touch the cells of a rules sheet that already exists.
      ops.activate(existing);
      return [];
    }
    ops.addSheet(RULES_SHEET);
    const steps: UndoStep[] = [];
    if (header.length > 0) {
      const row = [header.map((h) => typedText(h))];
      ops.write(RULES_SHEET, 1, 1, row);
      ops.bold(RULES_SHEET, { top: 1, left: 1, rows: 1, cols: header.length });
      header.forEach((h, k) => ops.columnWidth(RULES_SHEET, k + 1, Math.max(12, h.length + 2)));
      steps.push({ kind: "sheetAdded", sheet: RULES_SHEET, area: { top: 1, left: 1, rows: 1, cols: header.length }, after: digestOfInputs(row, header.length, (v) => valueOfInput(v as string)) });
    }
    ops.activate(RULES_SHEET);
    ops.select(RULES_SHEET, { top: 2, left: 1, rows: 1, cols: 1 });
    return steps;
  });
}

export async function selectCellWith(book: Book, ref: CellRef): Promise<void> {
  await book.batch(async (ops) => {
    const sheet = findSheet(await ops.sheets(), ref.sheet);
    if (sheet === undefined) return;
    ops.activate(sheet);
    ops.select(sheet, { top: ref.row, left: Math.max(1, ref.col), rows: 1, cols: 1 });
  });
}
