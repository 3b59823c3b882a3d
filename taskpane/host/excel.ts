// The host on Excel (Office.js): a translation of the primitive operations
// of ./book.ts to Excel's object model. What to read or write is decided by
// the pane's policy (taskpane/policy); nothing here knows a budget.
//
// Round trips: reads queued together share one context.sync (see `read`);
// writes ride along with the next read or the final flush of a batch.
// Requirement sets: ExcelApi 1.9 throughout (getSpecialCellsOrNullObject,
// names, text conditional formats); 1.11 for the regional separators
// (cultureInfo), 1.13 for adding a built workbook's sheets (addFromBase64)
// when Excel.createWorkbook fails; both are checked before use.

import { createPaneHost } from "../policy";
import { invariantSyntax, hasDutchMetadata, localSyntax } from "../policy/formulas";
import { parseAreas, sheetOfAddress, type Rect } from "./a1";
import { TooLargeError, type Book, type BookOps, type CellContent, type Delivery, type FormatRule, type FormulaSyntax, type Input, type Limits, type Position, type SheetInfo } from "./book";
import type { Host } from "./types";

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
  /** Office.context.requirements.isSetSupported; without it only ExcelApi 1.9 is assumed. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** The custom-function namespace of this build's manifest (BL; BLDEV for development). */
  readonly namespace?: string;
  readonly limits?: Partial<Limits>;
  /** Excel.createWorkbook: opens a new workbook from base64 xlsx bytes (ExcelApi 1.8). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

/**
 * Excel on the web refuses a request or response over 5 MB; Excel desktop
 * may answer null for a read over five million cells. Reads stay well under
 * both: a million cells, and blocks sized to about 3 MB by the policy.
 */
export const EXCEL_LIMITS: Limits = { cellsPerRead: 1_000_000, bytesPerRequest: 5_000_000 };

/**
 * Excel's column width is in points; a width of n characters of the default font is
 * 7n + 5 pixels (7 a character, 5 of padding), a pixel three quarters of a point: the
 * standard 8.43 characters are 64 pixels, 48 points.
 */
const pointsOf = (chars: number): number => (chars * 7 + 5) * 0.75;
const charsOf = (points: number): number => (points / 0.75 - 5) / 7;

const RECT_PROPS = "rowIndex,columnIndex,rowCount,columnCount";

function rectOf(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { top: r.rowIndex + 1, left: r.columnIndex + 1, rows: r.rowCount, cols: r.columnCount };
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  const message = (e as { message?: unknown } | null)?.message;
  return (typeof code === "string" && /PayloadSizeLimitExceeded/.test(code)) || (typeof message === "string" && /payload/i.test(message));
}

/** Bytes as base64 (Excel.createWorkbook takes base64), in slices so a large workbook does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

interface Waiter {
  readonly get: () => unknown;
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: unknown) => void;
}

/** One Excel.run: reads are batched into syncs, writes queued on the context. */
class ExcelOps implements BookOps {
  private waiters: Waiter[] = [];
  private scheduled = false;
  private inFlight: Promise<void> = Promise.resolve();
  private dirty = false;
  private syntax: Promise<FormulaSyntax> | null = null;
  private syntaxNow: FormulaSyntax | null = null;
  private readonly handles = new Map<string, Excel.ConditionalFormat>();
  private nextHandle = 1;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly deps: ExcelHostDeps,
  ) {}

  /**
   * Queues loads now and resolves after the sync that carries them; all
   * reads queued before that sync starts share it.
   */
  private read<T>(queue: () => () => T): Promise<T> {
    const get = queue();
    return new Promise<T>((resolve, reject) => {
      this.waiters.push({ get, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // After the current synchronous code: reads issued together join this sync.
        void Promise.resolve().then(() => this.syncWaiters());
      }
    });
  }

  private async syncWaiters(): Promise<void> {
    this.scheduled = false;
    const waiters = this.waiters;
    this.waiters = [];
    const run = this.inFlight.then(async () => {
      try {
        await this.ctx.sync();
        this.dirty = false;
      } catch (e) {
        const err = isPayloadError(e) ? new TooLargeError(e instanceof Error ? e.message : String(e)) : e;
        for (const w of waiters) w.reject(err);
        return;
      }
      for (const w of waiters) {
        try {
          w.resolve(w.get());
        } catch (e) {
          w.reject(e);
        }
      }
    });
    this.inFlight = run;
    await run;
  }

  private ws(sheet: string): Excel.Worksheet {
    return this.ctx.workbook.worksheets.getItem(sheet);
  }

  private range(sheet: string, a: Rect): Excel.Range {
    return this.ws(sheet).getRangeByIndexes(a.top - 1, a.left - 1, a.rows, a.cols);
  }

  private wrote(): void {
    this.dirty = true;
  }

  sheets(): Promise<readonly SheetInfo[]> {
    return this.read(() => {
      const sheets = this.ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      return () => sheets.items.map((s) => ({ name: s.name, visible: String(s.visibility) === "Visible" }));
    });
  }

  position(): Promise<Position> {
    return this.read(() => {
      const wb = this.ctx.workbook;
      const sheet = wb.worksheets.getActiveWorksheet();
      sheet.load("name");
      // getSelectedRanges, not getSelectedRange: the latter throws on a multi-area selection.
      const selection = wb.getSelectedRanges();
      selection.load("address");
      const active = wb.getActiveCell();
      active.load("rowIndex,columnIndex");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(RECT_PROPS);
      return () => ({
        sheet: sheet.name,
        row: active.rowIndex + 1,
        col: active.columnIndex + 1,
        selection: parseAreas(selection.address),
        used: used.isNullObject === true ? null : rectOf(used),
      });
    });
  }

  usedRect(sheet: string): Promise<Rect | null> {
    return this.read(() => {
      const used = this.ws(sheet).getUsedRangeOrNullObject(true);
      used.load(RECT_PROPS);
      return () => (used.isNullObject === true ? null : rectOf(used));
    });
  }

  columnWidths(sheet: string, left: number, count: number): Promise<number[]> {
    return this.read(() => {
      const cols = Array.from({ length: count }, (_, k) => this.range(sheet, { top: 1, left: left + k, rows: 1, cols: 1 }).load("format/columnWidth"));
      return () => cols.map((c) => charsOf(c.format.columnWidth));
    });
  }

  values(sheet: string, area: Rect): Promise<unknown[][] | null> {
    return this.read(() => {
      const r = this.range(sheet, area);
      r.load("values");
      // Excel desktop answers null for a read it cannot carry: the policy asks for less.
      return () => (Array.isArray(r.values) ? (r.values as unknown[][]) : null);
    });
  }

  async contents(sheet: string, area: Rect): Promise<CellContent[][]> {
    // Formulas as `write` will take them back (formulasLocal when that is how this host writes): both are loaded in the same round trip as the syntax.
    const [syntax, raw] = await Promise.all([
      this.formulaSyntax(),
      this.read(() => {
        const r = this.range(sheet, area);
        r.load("values,formulas,formulasLocal");
        return () => r;
      }),
    ]);
    const f = (syntax.api === "local" ? raw.formulasLocal : raw.formulas) as unknown[][];
    return (raw.values as unknown[][]).map((row, i) =>
      row.map((value, k) => {
        const formula = f[i]?.[k];
        return typeof formula === "string" && formula.startsWith("=") ? { value, formula } : { value };
      }),
    );
  }

  visibleRows(sheet: string, area: Rect): Promise<readonly Rect[]> {
    return this.read(() => {
      const visible = this.range(sheet, area).getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      return () => (visible.isNullObject === true ? [] : parseAreas(visible.address));
    });
  }

  occupied(sheet: string, area: Rect): Promise<readonly Rect[]> {
    return this.read(() => {
      // Non-empty cells as areas: a compact answer however long the block. Formula cells count even when they show "".
      const target = this.range(sheet, area);
      const constants = target.getSpecialCellsOrNullObject("Constants");
      constants.load("address");
      const formulas = target.getSpecialCellsOrNullObject("Formulas");
      formulas.load("address");
      return () => [constants, formulas].flatMap((a) => (a.isNullObject === true ? [] : parseAreas(a.address)));
    });
  }

  name(name: string): Promise<{ sheet: string; area: Rect } | null> {
    return this.read(() => {
      const item = this.ctx.workbook.names.getItemOrNullObject(name);
      item.load("type,value");
      return () => {
        if (item.isNullObject === true || String(item.type) !== "Range" || typeof item.value !== "string") return null;
        const address = item.value.replace(/^=/, "");
        const sheet = sheetOfAddress(address);
        const area = parseAreas(address)[0];
        return sheet !== null && area && !address.includes("#REF!") ? { sheet, area } : null;
      };
    });
  }

  async formats(sheet: string, area: Rect): Promise<readonly FormatRule[]> {
    const items = await this.read(() => {
      const list = this.range(sheet, area).conditionalFormats;
      list.load("items/type");
      return () => list.items;
    });
    // Only text rules can be the add-in's; their details in one more round trip.
    const details = await Promise.all(
      items.map((cf) => {
        if (String(cf.type) !== "ContainsText") return Promise.resolve({ cf, rect: null as Rect | null, text: undefined as string | undefined, fill: undefined as string | undefined, begins: false });
        return this.read(() => {
          cf.load("textComparison/rule,textComparison/format/fill/color");
          const r = cf.getRange();
          r.load("address");
          return () => {
            const rule = cf.textComparison.rule;
            return { cf, rect: parseAreas(r.address)[0] ?? null, text: rule.text, fill: cf.textComparison.format.fill.color, begins: String(rule.operator) === "BeginsWith" };
          };
        });
      }),
    );
    return details.map((d) => {
      const handle = `cf${this.nextHandle++}`;
      this.handles.set(handle, d.cf);
      const rect = d.rect ?? area;
      return d.begins
        ? { handle, rect, kind: "beginsWith" as const, ...(d.text !== undefined ? { text: d.text } : {}), ...(d.fill !== undefined ? { fill: String(d.fill).toLowerCase() } : {}) }
        : { handle, rect, kind: "other" as const };
    });
  }

  formulaSyntax(): Promise<FormulaSyntax> {
    if (!this.syntax) {
      const display = this.deps.displayLanguage();
      const ns = this.deps.namespace ?? "BL";
      if (this.deps.isSetSupported?.("ExcelApi", "1.11") === true) {
        this.syntax = this.read(() => {
          const app = this.ctx.workbook.application;
          app.load("decimalSeparator,useSystemSeparators");
          const culture = app.cultureInfo.numberFormat;
          culture.load("numberDecimalSeparator");
          return () => localSyntax(display, app.useSystemSeparators ? culture.numberDecimalSeparator : app.decimalSeparator, ns);
        });
      } else {
        this.syntax = Promise.resolve(invariantSyntax(hasDutchMetadata(display) ? "nl" : "en", ns));
      }
      void this.syntax.then((s) => (this.syntaxNow = s)).catch(() => undefined);
    }
    return this.syntax;
  }

  write(sheet: string, top: number, left: number, inputs: readonly (readonly Input[])[]): void {
    if (inputs.length === 0) return;
    // A loop, not Math.max(...rows): a write of 300,000 rows would overflow the argument list.
    let cols = 0;
    for (const r of inputs) if (r.length > cols) cols = r.length;
    const rows = inputs.map((r) => (r.length === cols ? [...r] : [...r, ...Array.from({ length: cols - r.length }, () => null)]));
    const range = this.ws(sheet).getRangeByIndexes(top - 1, left - 1, rows.length, cols);
    // null leaves a cell as it is. Formulas in the syntax the policy spelled them for.
    if (this.syntaxNow?.api === "local") range.formulasLocal = rows;
    else range.formulas = rows;
    this.wrote();
  }

  clear(sheet: string, area: Rect): void {
    this.range(sheet, area).clear("Contents");
    this.wrote();
  }

  addSheet(name: string): void {
    this.ctx.workbook.worksheets.add(name);
    this.wrote();
  }

  deleteSheet(name: string): void {
    this.ws(name).delete();
    this.wrote();
  }

  hideSheet(name: string): void {
    this.ws(name).visibility = "Hidden";
    this.wrote();
  }

  activate(sheet: string): void {
    this.ws(sheet).activate();
    this.wrote();
  }

  select(sheet: string, area: Rect): void {
    this.range(sheet, area).select();
    this.wrote();
  }

  numberFormat(sheet: string, row: number, col: number, format: string): void {
    this.range(sheet, { top: row, left: col, rows: 1, cols: 1 }).numberFormat = [[format]];
    this.wrote();
  }

  bold(sheet: string, area: Rect): void {
    this.range(sheet, area).format.font.bold = true;
    this.wrote();
  }

  columnWidth(sheet: string, col: number, chars: number): void {
    this.range(sheet, { top: 1, left: col, rows: 1, cols: 1 }).format.columnWidth = pointsOf(chars);
    this.wrote();
  }

  hideColumn(sheet: string, col: number): void {
    this.ws(sheet).getRangeByIndexes(0, col - 1, 1, 1).getEntireColumn().columnHidden = true;
    this.wrote();
  }

  freezeRows(sheet: string, rows: number): void {
    this.ws(sheet).freezePanes.freezeRows(rows);
    this.wrote();
  }

  addFormat(sheet: string, area: Rect, text: string, fill: string): void {
    const cf = this.range(sheet, area).conditionalFormats.add("ContainsText");
    cf.textComparison.format.fill.color = fill;
    cf.textComparison.rule = { operator: "BeginsWith", text };
    this.wrote();
  }

  deleteFormat(handle: string): void {
    this.handles.get(handle)?.delete();
    this.wrote();
  }

  addName(name: string, sheet: string, area: Rect): void {
    const item = this.ctx.workbook.names.add(name, this.range(sheet, area));
    // Kept out of the user's Name Manager list; Excel keeps it with the file.
    item.visible = false;
    this.wrote();
  }

  deleteName(name: string): void {
    this.ctx.workbook.names.getItem(name).delete();
    this.wrote();
  }

  async flush(): Promise<void> {
    await this.inFlight;
    if (!this.dirty) return;
    await this.ctx.sync();
    this.dirty = false;
  }
}

export function excelBook(deps: ExcelHostDeps): Book {
  const limits: Limits = { ...EXCEL_LIMITS, ...deps.limits };

  function save(): Promise<void> {
    return new Promise((resolve, reject) => {
      deps.settings.saveAsync((result) => {
        if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "saveAsync failed"));
        else resolve();
      });
    });
  }

  async function deliver(bytes: Uint8Array): Promise<Delivery> {
    const base64 = toBase64(bytes);
    let reason = "Excel.createWorkbook is not available";
    if (deps.createWorkbook) {
      try {
        await deps.createWorkbook(base64);
        return { how: "opened" };
      } catch (e) {
        // Reported to fail on the web and under extension hardening: the sheets go into this workbook instead.
        reason = e instanceof Error ? e.message : String(e);
      }
    }
    if (deps.isSetSupported?.("ExcelApi", "1.13") !== true) throw new Error(`${reason}; adding sheets needs ExcelApi 1.13`);
    const sheets = await deps.run(async (ctx) => {
      const before = ctx.workbook.worksheets;
      before.load("items/name");
      await ctx.sync();
      const had = new Set(before.items.map((s) => s.name));
      ctx.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
      const after = ctx.workbook.worksheets;
      after.load("items/name");
      await ctx.sync();
      return after.items.map((s) => s.name).filter((n) => !had.has(n));
    });
    return { how: "inserted", sheets, reason };
  }

  return {
    kind: "excel",
    limits,
    displayLanguage: deps.displayLanguage,
    batch: <T>(fn: (ops: BookOps) => Promise<T>) =>
      deps.run(async (ctx) => {
        const ops = new ExcelOps(ctx, deps);
        const out = await fn(ops);
        await ops.flush();
        return out;
      }),
    async readSetting(key: string): Promise<string | null> {
      const v = deps.settings.get(key);
      if (v === null || v === undefined) return null;
      return typeof v === "string" ? v : JSON.stringify(v);
    },
    async writeSettings(entries: Readonly<Record<string, string | null>>): Promise<void> {
      for (const [k, v] of Object.entries(entries)) {
        if (v === null) deps.settings.remove(k);
        else deps.settings.set(k, v);
      }
      await save();
    },
    deliver,
  };
}

export function createExcelHost(deps: ExcelHostDeps): Host {
  return createPaneHost(excelBook(deps));
}

declare const __BL_NAMESPACE__: string | undefined;

/** The host on the real Excel: Excel.run, the workbook's document settings and this build's namespace. */
export default function excelHost(): Host {
  return createExcelHost({
    run: (fn) => Excel.run(fn),
    settings: Office.context.document.settings,
    displayLanguage: () => Office.context.displayLanguage,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    namespace: typeof __BL_NAMESPACE__ === "string" ? __BL_NAMESPACE__ : "BL",
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  });
}
