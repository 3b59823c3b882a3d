// The task pane's host interface on Excel (Office.js). A pure adapter: it
// translates between Office.js and taskpane/host/types.ts; deciding what a
// budget line is, or what to write, is done elsewhere.
//
// context.sync counts (each sync is a round trip; on Excel on the web each is
// also one HTTP request limited to 5 MB each way):
//   readBudget     1 (selection, table or current region around the active cell, or
//                  the used range). A cell in a table takes the current region,
//                  which covers the table: the table's own range could only be
//                  asked for once the table is known (a *OrNullObject proxy is
//                  never chained here, because what Excel does with a call on a
//                  null object is not documented), at the cost of a second sync.
//                  A used range too large for one response is read again in row
//                  chunks, one sync per chunk.
//   writeResults   1 to read the target block (and what an earlier result left),
//                  then 1 per write chunk: one in all unless the values exceed
//                  WRITE_CHUNK_BYTES. A budget of any size checked in one go thus
//                  costs 3 syncs, plus one per extra 4 MB of results.
//   removeResults  3 for columns (which sheets exist; clear and list rules; delete
//                  our rules), 2 for a result sheet.
//   readSheet 2, openRulesSheet 2, selectRow 1.
//   Scenarios: listSheets 1, readCells 2 (which sheets exist; the cells),
//   writeSheet 2 for a new sheet (the names; the write), 3 when it rewrites
//   one of its own sheets (plus what is there to clear), writeInputs 2 (check
//   the cells; write them), openWorkbook 0 (Excel.createWorkbook).
// Needs ExcelApi 1.9 (getSelectedRanges, getTables, getSpecialCellsOrNullObject).

import type { Lang } from "../../src/core/types";
import type { Verdict } from "../../src/levels";
import { KEY_COL, localFormula, MARKER_PREFIX } from "../../src/scenarios/templates";
import {
  HostError,
  notTemplate,
  RESULT_SHEET,
  userCell,
  RULES_SHEET,
  type BudgetRegion,
  type CellRef,
  type Host,
  type InputWrite,
  type PaneSettings,
  type ResultPlan,
  type SheetCell,
  type SheetOptions,
  type WrittenArea,
} from "./types";
import { columnLetters as columnName } from "./a1";

/** The part of Office.Settings this host uses (Office.context.document.settings). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export interface ExcelHostDeps {
  /** Excel.run, or a test double that hands out a fake request context. */
  readonly run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly settings: SettingsStore;
  readonly displayLanguage: () => string;
  /** Largest estimated request per write sync; default 4 MB, under Excel on the web's 5 MB limit. */
  readonly writeChunkBytes?: number;
  /** Cells per read sync when a used range did not fit one response. */
  readonly readChunkCells?: number;
  /** Excel.createWorkbook: opens a new workbook from base64 xlsx bytes (ExcelApi 1.8). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

export const SETTINGS_KEY = "begrotingslab.settings";
export const WRITTEN_KEY = "begrotingslab.written";
/** Names of the sheets the add-in created with writeSheet: only these may it rewrite. */
export const SHEETS_KEY = "begrotingslab.sheets";
export const DEFAULT_WRITE_CHUNK_BYTES = 4_000_000;
const DEFAULT_READ_CHUNK_CELLS = 100_000;
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
const RECT_PROPS = "rowIndex,columnIndex,rowCount,columnCount";

// ---------------------------------------------------------------------------
// A1 addresses and rectangles (1-based, inclusive of top/left).

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export { columnName };

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rectAddress(r: Rect): string {
  const a = `${columnName(r.left)}${r.top}`;
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${columnName(r.left + r.cols - 1)}${r.top + r.rows - 1}`;
}

/** Splits "'a,b'!A1:B2,Sheet1!C3" into its areas, without the sheet prefixes. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts
    .map((p) => {
      const bang = p.lastIndexOf("!");
      return (bang >= 0 ? p.slice(bang + 1) : p).trim();
    })
    .filter((p) => p !== "");
}

/** One area: "B3", "B3:K20", "A:C" (whole columns) or "4:9" (whole rows); "$" allowed. */
export function parseArea(area: string): Rect | null {
  const [a = "", b = a] = area.replace(/\$/g, "").toUpperCase().split(":");
  const cell = /^([A-Z]{1,3})?(\d+)?$/;
  const ma = cell.exec(a);
  const mb = cell.exec(b);
  if (!ma || !mb || (ma[1] === undefined && ma[2] === undefined)) return null;
  const c1 = ma[1] !== undefined ? columnNumber(ma[1]) : 1;
  const c2 = mb[1] !== undefined ? columnNumber(mb[1]) : MAX_COLUMNS;
  const r1 = ma[2] !== undefined ? Number(ma[2]) : 1;
  const r2 = mb[2] !== undefined ? Number(mb[2]) : MAX_ROWS;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { top, left, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  for (const a of splitAreas(address)) {
    const r = parseArea(a);
    if (r) out.push(r);
  }
  return out;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.cols <= outer.left + outer.cols
  );
}

function rectOf(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { top: r.rowIndex + 1, left: r.columnIndex + 1, rows: r.rowCount, cols: r.columnCount };
}

/** Sheet rows of `rect` not covered by any visible area: the hidden rows. */
function hiddenRowsIn(rect: Rect, visible: readonly Rect[]): number[] {
  const spans = visible
    .map((v) => [Math.max(v.top, rect.top), Math.min(v.top + v.rows, rect.top + rect.rows)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const hidden: number[] = [];
  let next = rect.top;
  for (const [a, b] of spans) {
    for (let r = next; r < a; r++) hidden.push(r);
    next = Math.max(next, b);
  }
  for (let r = next; r < rect.top + rect.rows; r++) hidden.push(r);
  return hidden;
}

/** The cells of `rect`, taken from the values of `src`; cells outside `src` are empty (""). */
function sliceValues(src: readonly (readonly unknown[])[], srcRect: Rect | null, rect: Rect): unknown[][] {
  const out: unknown[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const r = rect.top + i;
    const srcRow = srcRect && r >= srcRect.top && r < srcRect.top + srcRect.rows ? src[r - srcRect.top] : undefined;
    const row: unknown[] = new Array<unknown>(rect.cols);
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.left + j;
      const v = srcRow && srcRect && c >= srcRect.left ? srcRow[c - srcRect.left] : undefined;
      row[j] = v === undefined ? "" : v;
    }
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Values as written.



/**
 * Excel parses a string written through `values` as if it was typed: "0.10"
 * becomes the number 0.1, "1-2" a date, "- note" or "=x" a formula. A leading
 * apostrophe keeps it text (and is not part of the cell's value), so every
 * string Excel might reinterpret gets one.
 */
export function asTypedText(s: string): string {
  if (s === "") return s;
  if (/^[\s=+\-@'#.,(%€$\d]/.test(s) || /^(true|false|waar|onwaar)$/i.test(s.trim())) return `'${s}`;
  return s;
}

function cellValue(v: string | number | null): string | number | null {
  return typeof v === "string" ? asTypedText(v) : v;
}

/** A HYPERLINK formula to a row, in the invariant (English) syntax that `range.formulas` takes in every locale. */
export function rowLinkFormula(sheet: string, row: number): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!A${row}`;
  return `=HYPERLINK("${target.replace(/"/g, '""')}",${row})`;
}

function jsonBytes(x: unknown): number {
  // Dutch text is nearly all ASCII; the 4 MB chunk leaves a 1 MB margin under
  // the 5 MB limit for the rest of the request and the odd multi-byte character.
  return JSON.stringify(x).length;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  const message = (e as { message?: unknown } | null)?.message;
  return code === "ResponsePayloadSizeLimitExceeded" || (typeof message === "string" && /payload/i.test(message));
}

// ---------------------------------------------------------------------------

/** Bytes as base64 (Excel.createWorkbook takes base64), in slices so a large workbook does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** One cell's content for `formulas` / `formulasLocal`: text kept as text, a formula in the user's syntax. */
export function sheetCellInput(c: SheetCell, lang: Lang): string | number | null {
  if (c.formula !== undefined) return `=${localFormula(c.formula, lang)}`;
  if (typeof c.value === "string") return asTypedText(c.value);
  return c.value ?? null;
}

function isWrittenArea(x: unknown): x is WrittenArea {
  const w = x as Partial<WrittenArea> | null;
  return (
    !!w &&
    (w.kind === "columns" || w.kind === "sheet") &&
    typeof w.sheet === "string" &&
    typeof w.range === "string" &&
    Array.isArray(w.created)
  );
}

function parseStored(x: unknown): unknown {
  if (typeof x !== "string") return x;
  try {
    return JSON.parse(x) as unknown;
  } catch {
    return null;
  }
}

function sameSheet(a: string, b: string): boolean {
  // Excel sheet names are unique regardless of case.
  return a.toLowerCase() === b.toLowerCase();
}

/** Which result column holds the verdict label: the first whose every cell is its row's verdict text. */
function verdictColumn(plan: ResultPlan): number {
  for (let k = 0; k < plan.header.length; k++) {
    if (plan.rows.every((r) => r.cells[k] === plan.verdictText[r.verdict])) return k;
  }
  return 0;
}

interface LastBudget {
  readonly sheet: string;
  readonly left: number;
  readonly cols: number;
}

export function createExcelHost(deps: ExcelHostDeps): Host {
  const writeChunkBytes = deps.writeChunkBytes ?? DEFAULT_WRITE_CHUNK_BYTES;
  const readChunkCells = deps.readChunkCells ?? DEFAULT_READ_CHUNK_CELLS;
  let lastBudget: LastBudget | null = null;

  function save(): Promise<void> {
    return new Promise((resolve, reject) => {
      deps.settings.saveAsync((result) => {
        if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "saveAsync failed"));
        else resolve();
      });
    });
  }

  function storedWritten(): WrittenArea | null {
    const w = parseStored(deps.settings.get(WRITTEN_KEY));
    return isWrittenArea(w) ? w : null;
  }

  async function storeWritten(w: WrittenArea | null): Promise<void> {
    if (w) deps.settings.set(WRITTEN_KEY, w);
    else deps.settings.remove(WRITTEN_KEY);
    await save();
  }

  /** Values of `rect` on a sheet in row chunks, halving the chunk whenever a response is too large. */
  async function readInChunks(ctx: Excel.RequestContext, sheet: string, rect: Rect): Promise<unknown[][]> {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const out: unknown[][] = [];
    let step = Math.max(1, Math.floor(readChunkCells / Math.max(1, rect.cols)));
    for (let done = 0; done < rect.rows; ) {
      const n = Math.min(step, rect.rows - done);
      const part = ws.getRangeByIndexes(rect.top - 1 + done, rect.left - 1, n, rect.cols);
      part.load("values");
      try {
        await ctx.sync();
      } catch (e) {
        if (!isPayloadError(e) || n === 1) throw e;
        step = Math.max(1, Math.floor(n / 2));
        continue;
      }
      for (const row of part.values) out.push(row);
      done += n;
    }
    return out;
  }

  async function readBudget(): Promise<BudgetRegion> {
    return deps.run(async (ctx) => {
      const queue = (withValues: boolean) => {
        const wb = ctx.workbook;
        const sheet = wb.worksheets.getActiveWorksheet();
        sheet.load("name");
        // getSelectedRanges, not getSelectedRange: the latter throws on a multi-area selection.
        const selection = wb.getSelectedRanges();
        selection.load("address");
        const active = wb.getActiveCell();
        active.load(RECT_PROPS);
        const tables = active.getTables(false);
        tables.load("items/name");
        const region = active.getSurroundingRegion();
        region.load(RECT_PROPS);
        // Visible cells of the whole sheet come back as a few areas ("A1:XFD9,A12:XFD40"):
        // far smaller than a rowHidden per row, and independent of which region wins.
        const visible = sheet.getRange().getSpecialCellsOrNullObject("Visible");
        visible.load("address");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(withValues ? `${RECT_PROPS},values` : RECT_PROPS);
        return { sheet, selection, active, tables, region, visible, used };
      };
      let q = queue(true);
      let chunked = false;
      try {
        await ctx.sync();
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        // The used range did not fit one response (Excel on the web, 5 MB): ask again without values.
        q = queue(false);
        await ctx.sync();
        chunked = true;
      }
      const sheetName = q.sheet.name;
      const usedRect = q.used.isNullObject === true ? null : rectOf(q.used);
      const usedValues: unknown[][] =
        usedRect === null ? [] : chunked ? await readInChunks(ctx, sheetName, usedRect) : q.used.values;

      let rect: Rect | null = null;
      let source: BudgetRegion["source"];
      // Of a multi-area selection (Ctrl+click) the first area is taken: a budget is one rectangle.
      const sel = parseAreas(q.selection.address)[0];
      const region = rectOf(q.region);
      const table = q.tables.items[0];
      if (sel && sel.rows * sel.cols > 1) {
        source = "selection";
        // A selection of whole columns reaches row 1,048,576: only its used part is the budget.
        rect = usedRect ? intersect(sel, usedRect) : null;
        if (!rect) rect = { top: sel.top, left: sel.left, rows: 0, cols: 0 };
      } else if (table) {
        // Excel's current region around a cell in a table covers the whole table
        // (a table is one contiguous block), so the region read in the same sync
        // serves: asking for the table's own range would cost a second round trip.
        source = "table";
        rect = region;
      } else if (region.rows * region.cols > 1) {
        source = "region";
        rect = region;
      } else if (usedRect) {
        source = "used";
        rect = usedRect;
      } else {
        source = "used";
        rect = { top: q.active.rowIndex + 1, left: q.active.columnIndex + 1, rows: 0, cols: 0 };
      }
      const visible = q.visible.isNullObject === true ? [] : parseAreas(q.visible.address);
      lastBudget = { sheet: sheetName, left: rect.left, cols: rect.cols };
      // With a current region, also hand over the used range (already read in
      // this sync): the pane reads on past blank rows between programmes.
      const withUsed = source === "region" && usedRect !== null;
      return {
        sheet: sheetName,
        top: rect.top,
        left: rect.left,
        values: sliceValues(usedValues, usedRect, rect),
        hiddenRows: withUsed ? hiddenRowsIn(usedRect, visible) : hiddenRowsIn(rect, visible),
        source,
        ...(withUsed ? { used: { top: usedRect.top, left: usedRect.left, values: usedValues } } : {}),
      };
    });
  }

  async function readSheet(name: string): Promise<unknown[][] | null> {
    return deps.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
      ws.load("name");
      await ctx.sync();
      if (ws.isNullObject === true) return null;
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(`${RECT_PROPS},values`);
      let values: unknown[][];
      let rect: Rect;
      try {
        await ctx.sync();
        if (used.isNullObject === true) return [];
        rect = rectOf(used);
        values = used.values;
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        const meta = ws.getUsedRangeOrNullObject(true);
        meta.load(RECT_PROPS);
        await ctx.sync();
        if (meta.isNullObject === true) return [];
        rect = rectOf(meta);
        values = await readInChunks(ctx, ws.name, rect);
      }
      // Offset so that 1-based sheet row r, column c is values[r-1][c-1].
      return sliceValues(values, rect, { top: 1, left: 1, rows: rect.top + rect.rows - 1, cols: rect.left + rect.cols - 1 });
    });
  }

  /** Queues the removal of `prev` given the sheet names (lower case) and, for columns, its rule collection. */
  function queueRemoval(
    ctx: Excel.RequestContext,
    prev: WrittenArea,
    names: ReadonlySet<string>,
    rules: Excel.ConditionalFormatCollection | null,
  ): void {
    if (!names.has(prev.sheet.toLowerCase())) return;
    const ws = ctx.workbook.worksheets.getItem(prev.sheet);
    if (prev.kind === "sheet") {
      ws.delete();
      return;
    }
    // Contents only: the add-in wrote no formats there, and the user's own formats on those cells stay.
    ws.getRange(prev.range).clear("Contents");
    const ours = new Set(prev.created);
    for (const cf of rules?.items ?? []) if (ours.has(cf.id)) cf.delete();
  }

  async function removeResults(): Promise<boolean> {
    const prev = storedWritten();
    if (!prev) return false;
    await deps.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      let rules: Excel.ConditionalFormatCollection | null = null;
      if (prev.kind === "columns" && names.has(prev.sheet.toLowerCase())) {
        rules = sheets.getItem(prev.sheet).getRange(prev.range).conditionalFormats;
        rules.load("items/id");
        await ctx.sync();
      }
      queueRemoval(ctx, prev, names, rules);
      await ctx.sync();
    });
    await storeWritten(null);
    return true;
  }

  function addVerdictRules(range: Excel.Range, plan: ResultPlan): Excel.ConditionalFormat[] {
    const added: Excel.ConditionalFormat[] = [];
    for (const v of Object.keys(plan.colors) as Verdict[]) {
      const text = plan.verdictText[v];
      const color = plan.colors[v];
      if (typeof text !== "string" || text === "" || typeof color !== "string") continue;
      const cf = range.conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = color;
      cf.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: "EqualTo" };
      cf.load("id");
      added.push(cf);
    }
    return added;
  }

  async function writeResults(plan: ResultPlan): Promise<WrittenArea> {
    const width = plan.header.length;
    if (width === 0) throw new Error("writeResults: the plan has no result columns");
    let lastRow = plan.headerRow;
    for (const r of plan.rows) {
      if (r.row <= plan.headerRow) throw new Error(`writeResults: result row ${r.row} is not below header row ${plan.headerRow}`);
      if (r.row > lastRow) lastRow = r.row;
    }
    let prev = storedWritten();
    if (prev && prev.kind === "columns" && !sameSheet(prev.sheet, plan.sheet)) {
      // An earlier result on another sheet: removed on its own (its own syncs), as
      // the target probes below are all on the plan's sheet.
      await removeResults();
      prev = null;
    }
    const block: Rect = { top: plan.headerRow, left: plan.lastColumn + 1, rows: lastRow - plan.headerRow + 1, cols: width };
    const fits = block.left + block.cols - 1 <= MAX_COLUMNS;
    const vcol = verdictColumn(plan);

    const area = await deps.run(async (ctx) => {
      const wb = ctx.workbook;
      const sheets = wb.worksheets;
      sheets.load("items/name");
      const ws = sheets.getItem(plan.sheet);
      let constants: Excel.RangeAreas | null = null;
      let formulas: Excel.RangeAreas | null = null;
      if (fits) {
        // Non-empty cells of the target block as areas: a compact answer however
        // long the block. Formula cells count even when they show "".
        const target = ws.getRange(rectAddress(block));
        constants = target.getSpecialCellsOrNullObject("Constants");
        constants.load("address");
        formulas = target.getSpecialCellsOrNullObject("Formulas");
        formulas.load("address");
      }
      let rules: Excel.ConditionalFormatCollection | null = null;
      if (prev?.kind === "columns") {
        rules = ws.getRange(prev.range).conditionalFormats;
        rules.load("items/id");
      }
      await ctx.sync(); // sync 1: the target block, the sheets, the earlier result's rules

      const prevRect = prev?.kind === "columns" ? (parseAreas(prev.range)[0] ?? null) : null;
      const occupied = [constants, formulas].flatMap((a) => (a && a.isNullObject !== true ? parseAreas(a.address) : []));
      // Cells of the earlier result are about to be cleared, so they do not count.
      const free =
        fits &&
        occupied.every((a) => {
          const inBlock = intersect(a, block);
          return inBlock === null || (prevRect !== null && contains(prevRect, inBlock));
        });

      const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      if (prev) queueRemoval(ctx, prev, names, rules);
      if (prev?.kind === "sheet") names.delete(prev.sheet.toLowerCase());

      /**
       * Queues the rows through queueWrite in chunks of at most writeChunkBytes
       * (estimated from the JSON of each row) and syncs once per chunk. The
       * removal of the earlier result, the header and the verdict rules ride
       * along with the first chunk; the rules' ids come back with the last sync.
       */
      const writeRows = async (
        ruleRange: Excel.Range | null,
        count: number,
        rowPayload: (i: number) => unknown,
        queueWrite: (start: number, n: number) => void,
      ): Promise<string[]> => {
        const rules = ruleRange ? addVerdictRules(ruleRange, plan) : [];
        let start = 0;
        let pending = 0;
        for (let i = 0; i < count; i++) {
          const bytes = jsonBytes(rowPayload(i)) + 1;
          if (pending > 0 && pending + bytes > writeChunkBytes) {
            queueWrite(start, i - start);
            await ctx.sync(); // one extra sync per chunk beyond the first
            start = i;
            pending = 0;
          }
          pending += bytes;
        }
        if (count > start) queueWrite(start, count - start);
        await ctx.sync(); // the (last) write sync
        return rules.map((cf) => cf.id);
      };

      if (free) {
        const byRow = new Map<number, readonly (string | number | null)[]>();
        for (const r of plan.rows) byRow.set(r.row, r.cells);
        const rows: (string | number | null)[][] = [plan.header.map((h) => asTypedText(h))];
        for (let row = block.top + 1; row <= lastRow; row++) {
          const cells = byRow.get(row);
          // null leaves a cell as it is (and it is empty): rows without a result cost nothing.
          rows.push(Array.from({ length: width }, (_, k) => (cells ? cellValue(cells[k] ?? null) : null)));
        }
        const ruleRange = block.rows > 1 ? ws.getRangeByIndexes(block.top, block.left - 1 + vcol, block.rows - 1, 1) : null;
        const ids = await writeRows(ruleRange, rows.length, (i) => rows[i], (start, n) => {
          ws.getRangeByIndexes(block.top - 1 + start, block.left - 1, n, width).values = rows.slice(start, start + n);
        });
        return { kind: "columns", sheet: plan.sheet, range: rectAddress(block), created: ids } satisfies WrittenArea;
      }

      let name = RESULT_SHEET;
      for (let k = 2; names.has(name.toLowerCase()); k++) name = `${RESULT_SHEET} (${k})`;
      const rs = sheets.add(name);
      const n = plan.rows.length;
      const header = rs.getRangeByIndexes(0, 0, 1, width + 1);
      header.values = [[language() === "nl" ? "Rij" : "Row", ...plan.header.map((h) => asTypedText(h))]];
      header.format.font.bold = true;
      rs.freezePanes.freezeRows(1);
      const links = plan.rows.map((r) => [rowLinkFormula(plan.sheet, r.row)]);
      const cells = plan.rows.map((r) => Array.from({ length: width }, (_, k) => cellValue(r.cells[k] ?? null)));
      const ruleRange = n > 0 ? rs.getRangeByIndexes(1, 1 + vcol, n, 1) : null;
      await writeRows(ruleRange, n, (i) => [links[i], cells[i]], (start, count) => {
        // `formulas`, not `formulasLocal`: the invariant syntax ("," separators) in every locale.
        rs.getRangeByIndexes(1 + start, 0, count, 1).formulas = links.slice(start, start + count);
        rs.getRangeByIndexes(1 + start, 1, count, width).values = cells.slice(start, start + count);
      });
      // The rules live on the sheet and go with it; the sheet is what was created.
      return {
        kind: "sheet",
        sheet: name,
        range: rectAddress({ top: 1, left: 1, rows: n + 1, cols: width + 1 }),
        created: [name],
      } satisfies WrittenArea;
    });
    await storeWritten(area);
    return area;
  }

  async function selectRow(ref: CellRef): Promise<void> {
    await deps.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      const b = lastBudget;
      const range =
        b && sameSheet(b.sheet, ref.sheet) && b.cols > 0
          ? ws.getRangeByIndexes(ref.row - 1, b.left - 1, 1, b.cols)
          : ws.getRange(`${ref.row}:${ref.row}`);
      range.select();
      await ctx.sync();
    });
  }

  async function openRulesSheet(header: readonly string[]): Promise<void> {
    await deps.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(RULES_SHEET);
      existing.load("name");
      await ctx.sync();
      if (existing.isNullObject === true) {
        const ws = sheets.add(RULES_SHEET);
        if (header.length > 0) {
          const row = ws.getRangeByIndexes(0, 0, 1, header.length);
          row.values = [header.map((h) => asTypedText(h))];
          row.format.font.bold = true;
        }
        ws.activate();
      } else {
        // Never touch the cells of a rules sheet that already exists.
        existing.activate();
      }
      await ctx.sync();
    });
  }

  async function getSettings(): Promise<PaneSettings> {
    const stored = parseStored(deps.settings.get(SETTINGS_KEY));
    const base: PaneSettings = stored && typeof stored === "object" ? (stored as PaneSettings) : {};
    const { written: _ignored, ...rest } = base;
    const written = storedWritten();
    return written ? { ...rest, written } : rest;
  }

  async function setSettings(settings: PaneSettings): Promise<void> {
    // `written` is kept by writeResults/removeResults under its own key; a pane
    // that saves settings it built from scratch must not lose the record of
    // what is in the workbook.
    const { written: _ignored, ...rest } = settings;
    deps.settings.set(SETTINGS_KEY, rest);
    await save();
  }

  function language(): Lang {
    return deps.displayLanguage().toLowerCase().startsWith("nl") ? "nl" : "en";
  }

  // ---- scenarios

  function ownedSheets(): string[] {
    const x = parseStored(deps.settings.get(SHEETS_KEY));
    return Array.isArray(x) ? x.filter((n): n is string => typeof n === "string") : [];
  }

  async function listSheets(): Promise<{ names: string[]; active: string }> {
    return deps.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      await ctx.sync();
      return { names: sheets.items.map((s) => s.name), active: active.name };
    });
  }

  async function readCells(refs: readonly CellRef[]): Promise<unknown[]> {
    if (refs.length === 0) return [];
    return deps.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const names = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
      const ranges = refs.map((r) => {
        const name = names.get(r.sheet.toLowerCase());
        if (name === undefined) return null;
        const range = sheets.getItem(name).getRangeByIndexes(r.row - 1, r.col - 1, 1, 1);
        range.load("values");
        return range;
      });
      await ctx.sync();
      return ranges.map((r) => (r ? (r.values[0]?.[0] ?? null) : null));
    });
  }

  async function writeSheet(name: string, cells: readonly SheetCell[], opts: SheetOptions = {}): Promise<string> {
    const lang = language();
    const owned = ownedSheets();
    const target = await deps.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync(); // sync 1: which sheets exist
      const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const existing = sheets.items.find((s) => sameSheet(s.name, name))?.name;
      let reuse = false;
      let used: Excel.Range | null = null;
      if (existing !== undefined && (opts.replace === true || opts.replaceIfHeader !== undefined)) {
        const ws = sheets.getItem(existing);
        const header = opts.replaceIfHeader;
        const head = header && header.length > 0 ? ws.getRangeByIndexes(0, 0, 1, header.length) : null;
        head?.load("values");
        used = ws.getUsedRangeOrNullObject(true);
        used.load(RECT_PROPS);
        await ctx.sync(); // sync 2, only to rewrite: what is on the sheet now
        const isOwned = opts.replace === true && owned.some((n) => sameSheet(n, existing));
        const headerMatches = !!header && !!head && header.every((h, k) => head.values[0]?.[k] === h);
        reuse = isOwned || headerMatches;
      }
      let ws: Excel.Worksheet;
      let chosen: string;
      if (reuse && existing !== undefined) {
        chosen = existing;
        ws = sheets.getItem(existing);
        // Contents only, cell by cell of what is there: formulas elsewhere that point at this sheet keep working.
        if (used && used.isNullObject !== true) ws.getRangeByIndexes(used.rowIndex, used.columnIndex, used.rowCount, used.columnCount).clear("Contents");
      } else {
        chosen = name;
        for (let k = 2; names.has(chosen.toLowerCase()); k++) chosen = `${name} (${k})`;
        ws = sheets.add(chosen);
      }
      const rows = Math.max(0, ...cells.map((c) => c.row));
      const cols = Math.max(0, ...cells.map((c) => c.col));
      if (rows > 0 && cols > 0) {
        // null leaves a cell as it is: one block write for the whole layout.
        const block: (string | number | null)[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
        for (const c of cells) (block[c.row - 1] as (string | number | null)[])[c.col - 1] = sheetCellInput(c, lang);
        const range = ws.getRangeByIndexes(0, 0, rows, cols);
        // Dutch Excel: the formula as a Dutch user types it (see localFormula); elsewhere the invariant syntax.
        if (lang === "nl") range.formulasLocal = block;
        else range.formulas = block;
      }
      for (const c of cells) {
        const cell = c.format !== undefined || c.bold ? ws.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1) : null;
        if (cell && c.format !== undefined) cell.numberFormat = [[c.format]];
        if (cell && c.bold) cell.format.font.bold = true;
      }
      // Excel's column width is in points; a character of the default font is about 7 points wide.
      (opts.widths ?? []).forEach((w, k) => (ws.getRangeByIndexes(0, k, 1, 1).format.columnWidth = Math.round(w * 7)));
      for (const c of opts.hiddenColumns ?? []) ws.getRange(`${columnName(c)}:${columnName(c)}`).columnHidden = true;
      if (opts.hidden) ws.visibility = "Hidden";
      if (opts.activate) ws.activate();
      await ctx.sync(); // the write
      return chosen;
    });
    if (!owned.some((n) => sameSheet(n, target))) {
      deps.settings.set(SHEETS_KEY, [...owned, target]);
      await save();
    }
    return target;
  }

  async function writeInputs(sheet: string, cells: readonly InputWrite[]): Promise<void> {
    if (cells.length === 0) return;
    await deps.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const marker = ws.getRangeByIndexes(0, KEY_COL, 1, 1);
      marker.load("values");
      const targets = cells.map((c) => {
        const r = ws.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1);
        r.load("values,formulas");
        return r;
      });
      await ctx.sync(); // sync 1: the marker and what the input cells hold
      const m = marker.values[0]?.[0];
      if (typeof m !== "string" || !m.startsWith(MARKER_PREFIX)) throw new HostError(notTemplate(sheet));
      cells.forEach((c, i) => {
        const r = targets[i] as Excel.Range;
        const f = r.formulas[0]?.[0];
        const v = r.values[0]?.[0];
        const isFormula = typeof f === "string" && f.startsWith("=");
        if (isFormula || !(v === "" || v === null || typeof v === "number")) throw new HostError(userCell(sheet, `${columnName(c.col)}${c.row}`));
      });
      cells.forEach((c, i) => ((targets[i] as Excel.Range).values = [[c.value]]));
      await ctx.sync(); // sync 2: the new values
    });
  }

  async function openWorkbook(bytes: Uint8Array): Promise<"downloaded" | "opened"> {
    const create = deps.createWorkbook;
    if (!create) throw new Error("Excel.createWorkbook is not available.");
    await create(toBase64(bytes));
    return "opened";
  }

  return {
    kind: "excel",
    language,
    readBudget,
    readSheet,
    writeResults,
    removeResults,
    selectRow,
    openRulesSheet,
    getSettings,
    setSettings,
    listSheets,
    readCells,
    writeSheet,
    writeInputs,
    openWorkbook,
  };
}

/** The host on the real Excel: Excel.run and the workbook's document settings. */
export default function excelHost(): Host {
  return createExcelHost({
    run: (fn) => Excel.run(fn),
    settings: Office.context.document.settings,
    displayLanguage: () => Office.context.displayLanguage,
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  });
}
