// The host in the workbench: the pane's primitive operations
// (taskpane/host/book.ts) on the workbench's document (./model.ts). A
// translation only: what to read and write is decided by the pane's policy.

import type { RawCellContent } from "hyperformula";
import { createPaneHost } from "../taskpane/policy";
import type { Rect } from "../taskpane/host/a1";
import type { Book, BookOps, CellContent, Delivery, FormatRule, FormulaSyntax, Input, Limits, Position, SheetInfo } from "../taskpane/host/book";
import type { Host } from "../taskpane/host/types";
import { SHOWN_DEFAULT_WIDTH, SETTINGS_SHEET, charsToPixels, hostValue, pixelsToChars, type WorkbookModel } from "./model";

/** The engine has no request limits; blocks of a million cells keep memory per read bounded. */
const ENGINE_LIMITS: Limits = { cellsPerRead: 1_000_000, bytesPerRequest: Number.MAX_SAFE_INTEGER };


class EmbeddedOps implements BookOps {
  cells = false;
  sheetsChanged = false;
  reveal: boolean | null = null;

  constructor(private readonly model: WorkbookModel) {}

  private sheet(name: string): string {
    const s = this.model.findSheet(name);
    if (s === null || s === SETTINGS_SHEET) throw new Error(`Sheet "${name}" does not exist.`);
    return s;
  }

  async sheets(): Promise<readonly SheetInfo[]> {
    return this.model
      .sheetNames()
      .filter((n) => n !== SETTINGS_SHEET)
      .map((name) => ({ name, visible: !this.model.allMeta().get(name)?.hidden }));
  }

  async position(): Promise<Position> {
    const s = this.model.selection();
    const sheet = this.model.activeSheet();
    return { sheet, row: s.row, col: s.col, selection: [{ top: s.top, left: s.left, rows: s.bottom - s.top + 1, cols: s.right - s.left + 1 }], used: sheet === "" ? null : await this.usedRect(sheet) };
  }

  async usedRect(sheet: string): Promise<Rect | null> {
    const u = this.model.usedRange(this.sheet(sheet));
    return u ? { top: u.top, left: u.left, rows: u.bottom - u.top + 1, cols: u.right - u.left + 1 } : null;
  }

  async values(sheet: string, a: Rect): Promise<unknown[][]> {
    return this.model.rangeValues(this.sheet(sheet), a.top, a.left, a.top + a.rows - 1, a.left + a.cols - 1);
  }

  async contents(sheet: string, a: Rect): Promise<CellContent[][]> {
    const s = this.sheet(sheet);
    const out: CellContent[][] = [];
    for (let r = a.top; r < a.top + a.rows; r++) {
      const row: CellContent[] = [];
      for (let c = a.left; c < a.left + a.cols; c++) {
        const formula = this.model.cellFormula(s, r, c);
        const value = hostValue(this.model.cellValue(s, r, c));
        row.push(formula !== undefined ? { value, formula } : { value });
      }
      out.push(row);
    }
    return out;
  }

  async visibleRows(sheet: string, a: Rect): Promise<readonly Rect[]> {
    const hidden = this.model.allMeta().get(this.sheet(sheet))?.hiddenRows ?? new Set<number>();
    const out: Rect[] = [];
    let start = -1;
    for (let r = a.top; r <= a.top + a.rows; r++) {
      const visible = r < a.top + a.rows && !hidden.has(r);
      if (visible && start < 0) start = r;
      if (!visible && start >= 0) {
        out.push({ top: start, left: a.left, rows: r - start, cols: a.cols });
        start = -1;
      }
    }
    return out;
  }

  async occupied(sheet: string, a: Rect): Promise<readonly Rect[]> {
    const s = this.sheet(sheet);
    const d = this.model.dimensions(s);
    const bottom = Math.min(a.top + a.rows - 1, d.rows);
    const right = Math.min(a.left + a.cols - 1, d.cols);
    const out: Rect[] = [];
    if (bottom < a.top || right < a.left) return out;
    // Values first (one engine call); only an empty-looking cell is asked whether a formula or a spill owns it.
    const values = this.model.rangeValues(s, a.top, a.left, bottom, right);
    values.forEach((row, i) =>
      row.forEach((v, k) => {
        const r = a.top + i;
        const c = a.left + k;
        if (v !== "" || !this.model.isCellEmpty(s, r, c)) out.push({ top: r, left: c, rows: 1, cols: 1 });
      }),
    );
    return out;
  }

  async name(name: string): Promise<{ sheet: string; area: Rect } | null> {
    const n = this.model.names.get(name);
    return n && this.model.findSheet(n.sheet) !== null ? n : null;
  }

  async formats(sheet: string, a: Rect): Promise<readonly FormatRule[]> {
    const s = this.sheet(sheet);
    return this.model
      .fills()
      .filter((f) => f.sheet === s && f.area.top < a.top + a.rows && a.top < f.area.top + f.area.rows && f.area.left < a.left + a.cols && a.left < f.area.left + f.area.cols)
      .map((f) => ({ handle: String(f.id), rect: f.area, kind: "beginsWith" as const, text: f.text, fill: f.fill.toLowerCase() }));
  }

  async formulaSyntax(): Promise<FormulaSyntax> {
    const lang = this.model.lang;
    // The engine reads invariant separators and its own language's function names.
    return { api: "invariant", builtinNames: lang, customNames: lang, namespace: "BL", argumentSeparator: ",", decimalSeparator: ".", source: "engine" };
  }

  write(sheet: string, top: number, left: number, inputs: readonly (readonly Input[])[]): void {
    const s = this.sheet(sheet);
    const id = this.model.sheetId(s);
    const hf = this.model.hf;
    // Text goes in with an apostrophe: the engine then never reads it as a number or a date.
    const engine = (v: Input): RawCellContent => (v === "" ? null : typeof v === "string" && !v.startsWith("=") && !v.startsWith("'") ? `'${v}` : (v as RawCellContent));
    if (inputs.every((row) => row.every((v) => v !== null))) {
      // Nothing to leave as it is: one block for the engine.
      hf.setCellContents({ sheet: id, row: top - 1, col: left - 1 }, inputs.map((row) => row.map(engine)));
      this.model.workbook.settle();
      this.cells = true;
      return;
    }
    // null leaves a cell as it is: the engine gets each run of cells to write.
    hf.batch(() => {
      inputs.forEach((row, i) => {
        let k = 0;
        while (k < row.length) {
          if (row[k] === null || row[k] === undefined) {
            k++;
            continue;
          }
          const run: RawCellContent[] = [];
          const start = k;
          for (; k < row.length && row[k] !== null && row[k] !== undefined; k++) run.push(engine(row[k] as Input));
          hf.setCellContents({ sheet: id, row: top - 1 + i, col: left - 1 + start }, [run]);
        }
      });
    });
    this.model.workbook.settle();
    this.cells = true;
  }

  clear(sheet: string, a: Rect): void {
    const s = this.sheet(sheet);
    const empty = Array.from({ length: a.rows }, () => Array.from({ length: a.cols }, () => null));
    this.model.hf.setCellContents(this.model.address(s, a.top, a.left), empty);
    this.model.workbook.settle();
    this.cells = true;
  }

  addSheet(name: string): void {
    this.model.hf.addSheet(name);
    this.sheetsChanged = true;
  }

  deleteSheet(name: string): void {
    const s = this.sheet(name);
    this.model.hf.removeSheet(this.model.sheetId(s));
    this.model.workbook.settle();
    for (const f of this.model.fills().filter((x) => x.sheet === s)) this.model.deleteFill(f.id);
    if (this.model.activeSheet() === s) this.model.setActiveSheet(this.model.visibleSheets()[0] ?? "");
    this.sheetsChanged = true;
    this.cells = true;
  }

  hideSheet(name: string): void {
    this.model.sheetMeta(this.sheet(name)).hidden = true;
    this.sheetsChanged = true;
  }

  activate(sheet: string): void {
    this.model.setActiveSheet(this.sheet(sheet));
  }

  select(sheet: string, a: Rect): void {
    this.model.setActiveSheet(this.sheet(sheet));
    // The grid hears of it once, when the batch ends (announce).
    this.model.select({ top: a.top, left: a.left, bottom: a.top + a.rows - 1, right: a.left + a.cols - 1 }, false, true);
    this.reveal = true;
  }

  numberFormat(sheet: string, row: number, col: number, format: string): void {
    this.model.sheetMeta(this.sheet(sheet)).numFmt.set(`${row},${col}`, format);
    this.cells = true;
  }

  bold(sheet: string, a: Rect): void {
    const m = this.model.sheetMeta(this.sheet(sheet));
    for (let r = a.top; r < a.top + a.rows; r++) for (let c = a.left; c < a.left + a.cols; c++) m.bold.add(`${r},${c}`);
    this.cells = true;
  }

  async columnWidths(sheet: string, left: number, count: number): Promise<number[]> {
    const widths = this.model.sheetMeta(this.sheet(sheet)).colWidths;
    // A column never resized is as wide as the grid shows it, so the pane widens only what is narrow on screen.
    return Array.from({ length: count }, (_, k) => pixelsToChars(widths.get(left + k) ?? SHOWN_DEFAULT_WIDTH));
  }

  columnWidth(sheet: string, col: number, chars: number): void {
    const px = charsToPixels(chars);
    // The standard width is no width of its own: the file saves the column as one never resized.
    if (px === SHOWN_DEFAULT_WIDTH) this.model.sheetMeta(this.sheet(sheet)).colWidths.delete(col);
    else this.model.sheetMeta(this.sheet(sheet)).colWidths.set(col, px);
    this.cells = true;
  }

  hideColumn(sheet: string, col: number): void {
    this.model.sheetMeta(this.sheet(sheet)).hiddenCols.add(col);
  }

  freezeRows(sheet: string, rows: number): void {
    this.model.sheetMeta(this.sheet(sheet)).frozenRows = rows;
  }

  addFormat(sheet: string, a: Rect, text: string, fill: string): void {
    this.model.addFill(this.sheet(sheet), a, text, fill);
    this.cells = true;
  }

  deleteFormat(handle: string): void {
    this.model.deleteFill(Number(handle));
    this.cells = true;
  }

  addName(name: string, sheet: string, area: Rect): void {
    this.model.names.set(name, { sheet: this.sheet(sheet), area });
  }

  deleteName(name: string): void {
    this.model.names.delete(name);
  }

  async flush(): Promise<void> {
    // The engine applies every write at once.
  }

  /** Tells the grid once what the batch changed. */
  announce(): void {
    if (this.sheetsChanged) this.model.emit({ type: "sheets" });
    if (this.cells) this.model.emit({ type: "cells" });
    if (this.reveal !== null) this.model.emit({ type: "selection", reveal: this.reveal });
  }
}

export interface EmbeddedOptions {
  /** How a built workbook reaches the user (the workbench downloads it); none in tests unless given. */
  readonly deliver?: (bytes: Uint8Array, fileName: string) => void;
  readonly displayLanguage?: string;
}

export function embeddedBook(model: WorkbookModel, options: EmbeddedOptions = {}): Book {
  return {
    kind: "embedded",
    limits: ENGINE_LIMITS,
    displayLanguage: () => options.displayLanguage ?? (model.lang === "nl" ? "nl-NL" : "en-US"),
    async batch<T>(fn: (ops: BookOps) => Promise<T>): Promise<T> {
      const ops = new EmbeddedOps(model);
      try {
        return await fn(ops);
      } finally {
        ops.announce();
      }
    },
    async readSetting(key: string): Promise<string | null> {
      return model.settings().get(key) ?? null;
    },
    async writeSettings(entries: Readonly<Record<string, string | null>>): Promise<void> {
      model.writeSettings(entries);
    },
    async deliver(bytes: Uint8Array, fileName: string): Promise<Delivery> {
      if (!options.deliver) throw new Error("This workbench cannot hand out files.");
      options.deliver(bytes, fileName);
      return { how: "downloaded" };
    },
  };
}

/** The pane's Host in the workbench. */
export function embeddedHost(model: WorkbookModel, options: EmbeddedOptions = {}): Host {
  return createPaneHost(embeddedBook(model, options));
}
