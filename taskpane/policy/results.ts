// Where a check's results go, and how they are taken away again.
//
// Results go in columns right of the budget when every one of those cells is
// empty, else on a sheet of their own ("Niveaucheck", or a free name) with a
// link back to each line. A user's cell is never written. What was written
// is marked by a hidden workbook name (which follows inserted rows and a
// renamed sheet; ids of conditional formats or sheets are not stored, as
// nothing documents that they survive saving and reopening) and remembered
// by a digest; removal clears only cells that still hold what was written,
// and only the fills whose range, text and colour are the add-in's.

import { msg } from "../../src/i18n/catalogue";
import { MAX_COLUMNS, parseArea, rectAddress, type Rect } from "../host/a1";
import type { Book, BookOps, Input } from "../host/book";
import { RESULT_SHEET, type Removal, type ResultPlan, type WrittenArea } from "../host/types";
import { compareDigest } from "./digest";
import { rowLink } from "./formulas";
import { readArea } from "./read";
import { readRecord, writeRecords } from "./settings";
import { typedText, valueOfInput } from "./text";
import { WIDTH_TOLERANCE, digestOfInputs, inputOf, onlyArea, ourFormats, restoreWidths, type ColumnWidening, type UndoStep } from "./undo";
import { freeSheetName, writeRows } from "./write";
import type { Verdict } from "../../src/levels";

export const WRITTEN_KEY = "begrotingslab.written";
/** The hidden workbook name that marks the results (a free variant when a user's name has it). */
export const RESULT_NAME = "Begrotingslab_Resultaat";

function isWrittenArea(x: unknown): x is WrittenArea {
  const w = x as Partial<WrittenArea> | null;
  return (
    !!w &&
    (w.kind === "columns" || w.kind === "sheet") &&
    typeof w.sheet === "string" &&
    typeof w.range === "string" &&
    typeof w.name === "string" &&
    typeof w.source === "string" &&
    Array.isArray(w.rules) &&
    Array.isArray(w.digest) &&
    typeof w.verdictColumn === "number" &&
    (w.widths === undefined || (Array.isArray(w.widths) && w.widths.every((c) => typeof c?.col === "number" && typeof c.before === "number" && typeof c.after === "number")))
  );
}

export async function storedWritten(book: Book): Promise<WrittenArea | null> {
  const w = await readRecord(book, WRITTEN_KEY);
  return isWrittenArea(w) ? w : null;
}

/** Which result column holds the verdict label: the first whose every cell begins with its row's verdict text. */
function verdictColumn(plan: ResultPlan): number {
  for (let k = 0; k < plan.header.length; k++) {
    if (plan.rows.length > 0 && plan.rows.every((r) => String(r.cells[k] ?? "").startsWith(plan.verdictText[r.verdict]))) return k;
  }
  return 0;
}

function rules(plan: ResultPlan): { text: string; fill: string }[] {
  const out: { text: string; fill: string }[] = [];
  for (const v of Object.keys(plan.verdictText) as Verdict[]) {
    const text = plan.verdictText[v];
    const fill = plan.colors[v];
    if (typeof text === "string" && text !== "" && typeof fill === "string") out.push({ text, fill: fill.toLowerCase() });
  }
  // Longest first, so no label's fill shadows a longer label beginning with it.
  return out.sort((a, b) => b.text.length - a.text.length);
}

/** The value a host reads back from each input the policy wrote (a link shows its row number). */
function readBack(input: Input): unknown {
  if (input === null || input === "") return "";
  if (typeof input === "string" && input.startsWith("=")) {
    const m = /"(\d+)"\)$/.exec(input);
    return m ? m[1] : "";
  }
  return valueOfInput(input);
}

export interface WriteOutcome {
  readonly written: WrittenArea;
  readonly steps: UndoStep[];
}

export async function writeResultsWith(book: Book, plan: ResultPlan, language: "nl" | "en"): Promise<WriteOutcome> {
  const width = plan.header.length;
  if (width === 0) throw new Error("writeResults: the plan has no result columns");
  let lastRow = plan.headerRow;
  for (const r of plan.rows) {
    if (r.row <= plan.headerRow) throw new Error(`writeResults: result row ${r.row} is not below header row ${plan.headerRow}`);
    if (r.row > lastRow) lastRow = r.row;
  }
  const steps: UndoStep[] = [];
  const before = await readRecord(book, WRITTEN_KEY);
  const prev = isWrittenArea(before) ? before : null;
  if (prev) steps.push(...(await removeWith(book, prev)).steps);

  const block: Rect = { top: plan.headerRow, left: plan.lastColumn + 1, rows: lastRow - plan.headerRow + 1, cols: width };
  // A table published without a header row from the sheet's first row has no row above it for the titles.
  const fits = plan.ownSheet !== true && block.top >= 1 && block.left + block.cols - 1 <= MAX_COLUMNS;
  const vcol = verdictColumn(plan);
  const fills = rules(plan);

  const written = await book.batch(async (ops): Promise<WrittenArea> => {
    const [sheets, syntax, occupied, widths] = await Promise.all([
      ops.sheets(),
      ops.formulaSyntax(),
      fits ? ops.occupied(plan.sheet, block) : Promise.resolve(null),
      fits ? ops.columnWidths(plan.sheet, block.left, block.cols) : Promise.resolve(null),
    ]);
    const name = await freeName(ops);
    if (occupied !== null && occupied.length === 0) {
      const byRow = new Map<number, readonly (string | number | null)[]>();
      for (const r of plan.rows) byRow.set(r.row, r.cells);
      const inputs: Input[][] = [plan.header.map((h) => typedText(h))];
      // Every cell of the block is empty and the add-in's now: written whole ("" stays empty), one block per request.
      for (let row = block.top + 1; row <= lastRow; row++) {
        const cells = byRow.get(row);
        inputs.push(Array.from({ length: width }, (_, k) => (cells ? cellInput(cells[k] ?? null) : "")));
      }
      const ruleArea: Rect | null = block.rows > 1 ? { top: block.top + 1, left: block.left + vcol, rows: block.rows - 1, cols: 1 } : null;
      await writeRows(ops, book.limits, plan.sheet, block.top, block.left, inputs);
      if (ruleArea) for (const f of fills) ops.addFormat(plan.sheet, ruleArea, f.text, f.fill);
      // Columns too narrow to read a verdict or a reason are widened, never narrowed; removal sets them back.
      const widened: ColumnWidening[] = [];
      plan.header.forEach((_, k) => {
        const before = widths?.[k] ?? 0;
        const after = fitWidth(plan, k);
        if (after > before + WIDTH_TOLERANCE) widened.push({ col: k, before, after });
      });
      for (const w of widened) ops.columnWidth(plan.sheet, block.left + w.col, w.after);
      ops.addName(name, plan.sheet, block);
      // The result columns are brought into view, their header selected.
      ops.activate(plan.sheet);
      ops.select(plan.sheet, { top: block.top, left: block.left, rows: 1, cols: 1 });
      const digest = digestOfInputs(inputs, width, readBack);
      steps.push({ kind: "cells", sheet: plan.sheet, area: block, before: inputs.map((r) => r.map(() => null)), after: digest });
      if (ruleArea) steps.push({ kind: "formatsAdded", sheet: plan.sheet, area: ruleArea, rules: fills });
      if (widened.length > 0) steps.push({ kind: "widths", sheet: plan.sheet, cols: widened.map((w) => ({ ...w, col: block.left + w.col })) });
      steps.push({ kind: "nameAdded", name });
      return {
        kind: "columns",
        sheet: plan.sheet,
        range: rectAddress(block),
        name,
        source: plan.sheet,
        rules: fills,
        digest,
        verdictColumn: vcol,
        ...(widened.length > 0 ? { widths: widened } : {}),
      };
    }

    // A user's cell is in the way: a sheet of the add-in's own, one row per line with a link back.
    const sheet = freeSheetName(RESULT_SHEET, sheets.map((s) => s.name));
    ops.addSheet(sheet);
    const inputs: Input[][] = [[typedText(msg(language, "result.row")), ...plan.header.map((h) => typedText(h))]];
    for (const r of plan.rows) inputs.push([rowLink(plan.sheet, r.row, syntax), ...Array.from({ length: width }, (_, k) => cellInput(r.cells[k] ?? null))]);
    const area: Rect = { top: 1, left: 1, rows: inputs.length, cols: width + 1 };
    ops.bold(sheet, { top: 1, left: 1, rows: 1, cols: width + 1 });
    ops.freezeRows(sheet, 1);
    ops.columnWidth(sheet, 1, 8);
    plan.header.forEach((_, k) => ops.columnWidth(sheet, k + 2, Math.max(9, fitWidth(plan, k))));
    await writeRows(ops, book.limits, sheet, 1, 1, inputs);
    const ruleArea: Rect | null = plan.rows.length > 0 ? { top: 2, left: 2 + vcol, rows: plan.rows.length, cols: 1 } : null;
    if (ruleArea) for (const f of fills) ops.addFormat(sheet, ruleArea, f.text, f.fill);
    ops.addName(name, sheet, area);
    const digest = digestOfInputs(inputs, width + 1, readBack);
    steps.push({ kind: "sheetAdded", sheet, area, after: digest }, { kind: "nameAdded", name });
    return { kind: "sheet", sheet, range: rectAddress(area), name, source: plan.sheet, rules: fills, digest, verdictColumn: vcol + 1 };
  });
  steps.push({ kind: "settings", before: { [WRITTEN_KEY]: prev } });
  await writeRecords(book, { [WRITTEN_KEY]: written });
  return { written, steps };
}

/** Characters a result column needs to show its longest text, within a width a screen still shows whole. */
function fitWidth(plan: ResultPlan, k: number): number {
  let len = (plan.header[k] ?? "").length;
  for (const r of plan.rows) len = Math.max(len, String(r.cells[k] ?? "").length);
  return Math.min(60, len + 2);
}

/** A result cell as written: "" for an empty one (the block is the add-in's). */
function cellInput(v: string | number | null): Input {
  return typeof v === "string" ? typedText(v) : (v ?? "");
}

/** RESULT_NAME, or RESULT_NAME_2, … when a user's name has it. */
async function freeName(ops: BookOps): Promise<string> {
  for (let k = 1; ; k++) {
    const name = k === 1 ? RESULT_NAME : `${RESULT_NAME}_${k}`;
    if ((await ops.name(name)) === null) return name;
  }
}

export interface RemoveOutcome {
  readonly removal: Removal;
  readonly steps: UndoStep[];
}

/**
 * Removes what `prev` describes. Found by its workbook name; when a user
 * deleted the name, by the recorded sheet and range, still only where the
 * cells hold exactly what was written.
 */
export async function removeWith(book: Book, prev: WrittenArea): Promise<RemoveOutcome> {
  const steps: UndoStep[] = [];
  const removal = await book.batch(async (ops): Promise<Removal> => {
    const [sheets, named] = await Promise.all([ops.sheets(), ops.name(prev.name)]);
    const exists = (s: string): string | undefined => sheets.find((x) => x.name.toLowerCase() === s.toLowerCase())?.name;
    const recorded = parseArea(prev.range);
    const sheet = named ? named.sheet : exists(prev.sheet);
    const area = named ? named.area : recorded;
    if (named) {
      ops.deleteName(prev.name);
      steps.push({ kind: "nameRemoved", name: prev.name, sheet: named.sheet, area: named.area });
    }
    // The sheet (or its results) is gone already: nothing left to remove.
    if (sheet === undefined || !area) return { removed: true, kept: [] };

    const { values } = await readArea(ops, sheet, area, book.limits);
    const sameSize = recorded !== null && recorded.rows === area.rows && recorded.cols === area.cols;
    const cmp = sameSize ? compareDigest(prev.digest, values, area.cols) : { same: [] as [number, number][], changed: [[0, area.rows - 1] as [number, number]] };
    const ruleArea: Rect = { top: area.top + 1, left: area.left + prev.verdictColumn, rows: area.rows - 1, cols: 1 };
    const formats = area.rows > 1 ? await ourFormats(ops, sheet, ruleArea, prev.rules) : [];
    for (const h of formats) ops.deleteFormat(h);
    if (formats.length > 0) steps.push({ kind: "formatsRemoved", sheet, area: ruleArea, rules: prev.rules });
    const kept = cmp.changed.map(([a, b]) => [area.top + a, area.top + b] as const);

    if (prev.kind === "columns" && prev.widths) {
      // The block may have moved (columns inserted before it): its widened columns go with it.
      const restored = await restoreWidths(ops, sheet, prev.widths.map((w) => ({ ...w, col: area.left + w.col })));
      if (restored.length > 0) steps.push({ kind: "widths", sheet, cols: restored.map((w) => ({ col: w.col, before: w.after, after: w.before })) });
    }
    if (prev.kind === "sheet" && cmp.changed.length === 0 && (await onlyArea(ops, sheet, area))) {
      ops.deleteSheet(sheet);
      steps.push({ kind: "sheetRemoved", sheet, values: values.map((r) => r.map(inputOf)), linksTo: prev.source });
      return { removed: true, kept: [] };
    }
    for (const [a, b] of cmp.same) {
      const part: Rect = { top: area.top + a, left: area.left, rows: b - a + 1, cols: area.cols };
      ops.clear(sheet, part);
      const before = values.slice(a, b + 1).map((r) => r.map(inputOf));
      steps.push({ kind: "cells", sheet, area: part, before, after: digestOfInputs(before.map((r) => r.map(() => null)), area.cols, () => "") });
    }
    return { removed: true, kept, ...(kept.length > 0 || prev.kind === "sheet" ? { sheet } : {}) };
  });
  return { removal, steps };
}

export async function removeResultsWith(book: Book): Promise<RemoveOutcome & { had: boolean }> {
  const prev = await storedWritten(book);
  if (!prev) return { removal: { removed: false, kept: [] }, steps: [], had: false };
  const out = await removeWith(book, prev);
  out.steps.push({ kind: "settings", before: { [WRITTEN_KEY]: prev } });
  await writeRecords(book, { [WRITTEN_KEY]: null });
  return { ...out, had: true };
}
