// A worksheet part read as it streams in, without building a document: each
// row is handed over as soon as its end tag is read, with its cells as found
// (type, style, raw value, formula). Rows and columns are checked against
// Excel's limits as they come, and cells are counted, so a damaged or hostile
// file stops with a message instead of exhausting memory. Nothing is padded:
// a row numbered 1,000,000 costs what a row numbered 2 costs.
// Browser-safe (no Node): it is fed text.

import { columnIndex, MAX_COLUMNS } from "../../src/core/columns";
import { unescapeXml } from "../xml-text";

// Column letters are read by the one inverse of the letters every format shows.
export { columnIndex, MAX_COLUMNS };

/** Excel's last row. */
export const MAX_ROWS = 1_048_576;

export interface RawCell {
  /** 0-based column. */
  readonly col: number;
  /** The cell's type attribute: "s", "str", "inlineStr", "b", "e", "d", "n" or "". */
  readonly type: string;
  /** Index into the workbook's cell formats, -1 when none. */
  readonly style: number;
  /** The <v> text, or null. */
  readonly value: string | null;
  /** The <f> text ("" for a follower of a shared formula), or null. */
  readonly formula: string | null;
  /** For shared formulas: the group index; for the group's first cell also its range. */
  readonly shared?: { readonly si: string; readonly ref?: string };
  /** For an array formula: the range it fills. */
  readonly arrayRef?: string;
  /** Inline string text (type "inlineStr"). */
  readonly inline: string | null;
}

export interface RawRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly hidden: boolean;
  readonly cells: readonly RawCell[];
}

export type LimitKind = "row" | "column" | "cells" | "damaged";

/** Thrown while scanning: the part breaks a limit or is not a worksheet. */
export class SheetLimitError extends Error {
  constructor(
    readonly kind: LimitKind,
    /** The row number, the column letters, or the cell count at which it stopped. */
    readonly value: string,
  ) {
    super(`${kind} ${value}`);
  }
}

export interface ScanOptions {
  /** Stop with a "cells" error after this many cells. */
  readonly maxCells?: number;
}

const WS = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The value of attribute `name` (without prefix) in a start tag's attribute text, or null. */
export function attr(tag: string, name: string): string | null {
  let i = 0;
  const n = tag.length;
  while (i < n) {
    while (i < n && (WS(tag.charCodeAt(i)) || tag.charCodeAt(i) === 47)) i++;
    const start = i;
    while (i < n && tag.charCodeAt(i) !== 61 && !WS(tag.charCodeAt(i))) i++;
    const full = tag.slice(start, i);
    while (i < n && WS(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) return null;
    i++;
    while (i < n && WS(tag.charCodeAt(i))) i++;
    const q = tag.charCodeAt(i);
    if (q !== 34 && q !== 39) return null;
    const end = tag.indexOf(q === 34 ? '"' : "'", i + 1);
    if (end < 0) return null;
    const colon = full.indexOf(":");
    const local = colon >= 0 ? full.slice(colon + 1) : full;
    if (local === name && !full.startsWith("xmlns")) {
      const v = tag.slice(i + 1, end);
      return v.includes("&") ? unescapeXml(v) : v;
    }
    i = end + 1;
  }
  return null;
}

const MAX_PENDING = 64 * 1024 * 1024;

/**
 * Feeds the text of one worksheet part; calls `onRow` for each row in file
 * order. `onRow` returning false stops the scan (`done` becomes true).
 */
export class SheetScanner {
  done = false;
  cells = 0;
  /** The <dimension ref> the part declares, if any (may be wrong; it is only a hint). */
  dimension: string | null = null;
  private buf = "";
  private inData = false;
  private row = 0;
  private hidden = false;
  private rowCells: RawCell[] = [];
  private inRow = false;
  private col = -1;
  // The cell being read.
  private cType = "";
  private cStyle = -1;
  private cValue: string | null = null;
  private cFormula: string | null = null;
  private cShared: { si: string; ref?: string } | undefined = undefined;
  private cArray: string | undefined = undefined;
  private cInline: string | null = null;
  private inCell = false;
  private inIs = false;
  private inPhonetic = false;
  private capture: "v" | "f" | "t" | null = null;
  private text = "";
  private readonly maxCells: number;

  constructor(
    private readonly onRow: (row: RawRow) => boolean | void,
    opts: ScanOptions = {},
  ) {
    this.maxCells = opts.maxCells ?? Infinity;
  }

  feed(chunk: string): void {
    if (this.done) return;
    let buf = this.buf === "" ? chunk : this.buf + chunk;
    let i = 0;
    const n = buf.length;
    while (!this.done) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) break;
      if (lt > i && this.capture !== null) this.text += this.decode(buf.slice(i, lt));
      const next = buf.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        if (buf.startsWith("<![CDATA[", lt)) {
          const e = buf.indexOf("]]>", lt + 9);
          if (e < 0) {
            i = lt;
            break;
          }
          if (this.capture !== null) this.text += buf.slice(lt + 9, e);
          i = e + 3;
          continue;
        }
        const e = buf.indexOf(buf.startsWith("<!--", lt) ? "-->" : ">", lt + 2);
        if (e < 0) {
          i = lt;
          break;
        }
        i = e + (buf.startsWith("<!--", lt) ? 3 : 1);
        continue;
      }
      const gt = buf.indexOf(">", lt);
      if (gt < 0) {
        i = lt;
        break;
      }
      const closing = next === 47;
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      let ns = lt + (closing ? 2 : 1);
      let ne = ns;
      while (ne < gt) {
        const c = buf.charCodeAt(ne);
        if (c === 47 || WS(c)) break;
        ne++;
      }
      for (let k = ns; k < ne; k++) {
        if (buf.charCodeAt(k) === 58) ns = k + 1;
      }
      this.element(buf.slice(ns, ne), closing, selfClosing, buf, ne, selfClosing ? gt - 1 : gt);
      i = gt + 1;
    }
    this.buf = i >= n ? "" : buf.slice(i);
    buf = "";
    if (this.buf.length > MAX_PENDING) throw new SheetLimitError("damaged", "text");
  }

  /** Called at the end of the part: a row left open is handed over. */
  end(): void {
    if (this.inRow && !this.done) this.finishRow();
    this.done = true;
  }

  private decode(s: string): string {
    return s.includes("&") ? unescapeXml(s) : s;
  }

  private element(name: string, closing: boolean, selfClosing: boolean, buf: string, attrStart: number, attrEnd: number): void {
    if (!this.inData) {
      if (!closing && name === "dimension") this.dimension = attr(buf.slice(attrStart, attrEnd), "ref");
      else if (!closing && name === "sheetData") {
        if (selfClosing) this.done = true;
        else this.inData = true;
      }
      return;
    }
    switch (name) {
      case "row":
        if (closing) {
          if (this.inRow) this.finishRow();
          return;
        }
        this.startRow(buf.slice(attrStart, attrEnd));
        if (selfClosing) this.finishRow();
        return;
      case "c":
        if (closing) {
          this.finishCell();
          return;
        }
        this.startCell(buf.slice(attrStart, attrEnd));
        if (selfClosing) this.finishCell();
        return;
      case "v":
        if (!this.inCell) return;
        if (closing) {
          if (this.capture === "v") this.cValue = this.text;
          this.capture = null;
        } else if (selfClosing) this.cValue = "";
        else {
          this.capture = "v";
          this.text = "";
        }
        return;
      case "f":
        if (!this.inCell) return;
        if (closing) {
          if (this.capture === "f") this.cFormula = this.text;
          this.capture = null;
          return;
        }
        this.formulaAttributes(buf.slice(attrStart, attrEnd));
        if (selfClosing) this.cFormula = "";
        else {
          this.capture = "f";
          this.text = "";
        }
        return;
      case "is":
        if (!this.inCell) return;
        if (closing) this.inIs = false;
        else if (!selfClosing) {
          this.inIs = true;
          this.cInline = "";
        } else this.cInline = "";
        return;
      case "rPh":
        if (closing) this.inPhonetic = false;
        else if (!selfClosing) this.inPhonetic = true;
        return;
      case "t":
        if (!this.inIs || this.inPhonetic) return;
        if (closing) {
          if (this.capture === "t") this.cInline = (this.cInline ?? "") + this.text;
          this.capture = null;
        } else if (!selfClosing) {
          this.capture = "t";
          this.text = "";
        }
        return;
      case "sheetData":
        if (closing) {
          if (this.inRow) this.finishRow();
          this.done = true;
        }
        return;
      default:
        return;
    }
  }

  private startRow(attrs: string): void {
    if (this.inRow) this.finishRow();
    const r = attr(attrs, "r");
    const num = r === null ? this.row + 1 : Number(r);
    if (!Number.isInteger(num) || num < 1) throw new SheetLimitError("damaged", `row ${r ?? ""}`);
    if (num > MAX_ROWS) throw new SheetLimitError("row", String(num));
    this.row = num;
    const h = attr(attrs, "hidden");
    this.hidden = h === "1" || h === "true";
    this.rowCells = [];
    this.col = -1;
    this.inRow = true;
  }

  private finishRow(): void {
    this.inRow = false;
    const cells = this.rowCells;
    this.rowCells = [];
    if (this.onRow({ row: this.row, hidden: this.hidden, cells }) === false) this.done = true;
  }

  private startCell(attrs: string): void {
    if (!this.inRow) this.startRow("");
    const r = attr(attrs, "r");
    let col = this.col + 1;
    if (r !== null) {
      let k = 0;
      while (k < r.length && r.charCodeAt(k) > 57) k++;
      const letters = r.slice(0, k);
      if (letters.length > 3) throw new SheetLimitError("column", letters);
      col = columnIndex(letters);
      if (col < 0) throw new SheetLimitError("damaged", `cell ${r}`);
      const rowPart = r.slice(k);
      if (rowPart !== "" && Number(rowPart) > MAX_ROWS) throw new SheetLimitError("row", rowPart);
    }
    if (col >= MAX_COLUMNS) throw new SheetLimitError("column", (r ?? "").replace(/\d+$/, ""));
    this.col = col;
    this.cells++;
    if (this.cells > this.maxCells) throw new SheetLimitError("cells", String(this.cells));
    this.cType = attr(attrs, "t") ?? "";
    const s = attr(attrs, "s");
    this.cStyle = s === null ? -1 : Number(s);
    this.cValue = null;
    this.cFormula = null;
    this.cShared = undefined;
    this.cArray = undefined;
    this.cInline = null;
    this.inCell = true;
  }

  private formulaAttributes(attrs: string): void {
    const t = attr(attrs, "t");
    if (t === "shared") {
      const si = attr(attrs, "si");
      const ref = attr(attrs, "ref");
      if (si !== null) this.cShared = ref === null ? { si } : { si, ref };
    } else if (t === "array") {
      const ref = attr(attrs, "ref");
      if (ref !== null) this.cArray = ref;
    }
  }

  private finishCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.inIs = false;
    this.capture = null;
    if (this.cValue === null && this.cFormula === null && this.cInline === null) return;
    const cell: RawCell = {
      col: this.col,
      type: this.cType,
      style: this.cStyle,
      value: this.cValue,
      formula: this.cFormula,
      inline: this.cInline,
      ...(this.cShared ? { shared: this.cShared } : {}),
      ...(this.cArray !== undefined ? { arrayRef: this.cArray } : {}),
    };
    this.rowCells.push(cell);
  }
}
