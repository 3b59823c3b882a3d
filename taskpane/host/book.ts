// The primitive operations a host offers the pane's policy (taskpane/policy).
// A host only translates these to its spreadsheet: Office.js in Excel
// (taskpane/host/excel.ts), the embedded engine in the workbench
// (workbench/host.ts). Where results go, what is a user's cell, names,
// settings, formulas and undo are decided once, in the policy.
//
// Batching: every operation runs inside `batch`. Reads return promises;
// reads issued before any of them is awaited travel together (Excel: one
// context.sync). Writes return nothing and are sent with the next read, an
// explicit `flush`, or at the end of the batch. So the number of round trips
// of an operation is the number of read "waves" plus the flushes, which the
// policy keeps small and the tests count.

import type { Rect } from "./a1";

/**
 * A cell's content as written: a number, text already made safe by the
 * policy ("'0.10"), a formula ("=…"), "" to make the cell empty, or null to
 * leave the cell as it is.
 */
export type Input = string | number | boolean | null;

/**
 * How formulas must be spelled for this host. Excel's `formulasLocal` takes
 * the user's separators (from the regional settings) and the names of the
 * function metadata Excel loaded; `formulas` takes "," and "." whatever the
 * locale (custom functions still by the name Excel loaded); the workbench's
 * engine takes "," and "." and its own language's names.
 */
export interface FormulaSyntax {
  /** Which of Excel's properties the formulas go through; the engine has one. */
  readonly api: "local" | "invariant";
  /** Language of built-in function names (INDEX, HYPERLINK): the display language under `formulasLocal`, English otherwise. */
  readonly builtinNames: "nl" | "en";
  /** Language of the custom functions' names: the metadata Excel loaded (Dutch only under nl-NL and nl-BE). */
  readonly customNames: "nl" | "en";
  /** Custom-function namespace the manifest registered (BL; BLDEV in development). */
  readonly namespace: string;
  readonly argumentSeparator: string;
  readonly decimalSeparator: string;
  /** Where the separators came from, for messages and the checklist: "cultureInfo", "invariant" or "engine". */
  readonly source: "cultureInfo" | "invariant" | "engine";
}

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

/** Where the user is: the active sheet, its active cell and selected areas. */
export interface Position {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** Selected areas on the active sheet; the first is the one with the active cell. */
  readonly selection: readonly Rect[];
  /** The active sheet's used range (every non-empty cell), null when the sheet is empty. */
  readonly used: Rect | null;
}

/** A conditional format ("cell text begins with …" gets a fill) as a host reports it. */
export interface FormatRule {
  /** A handle valid within the batch that listed it, for deleteFormat; never stored. */
  readonly handle: string;
  readonly rect: Rect;
  /** "beginsWith" for a text rule the add-in could have written; anything else is "other". */
  readonly kind: "beginsWith" | "other";
  readonly text?: string;
  /** CSS hex colour, lower case ("#fde7e9"). */
  readonly fill?: string;
}

/** A cell's content as it is: its value and, for a formula, the formula as `write` takes it back (the host's write syntax). */
export interface CellContent {
  readonly value: unknown;
  readonly formula?: string;
}

export interface Limits {
  /** Most cells one read may ask for (Excel desktop: 5 million; a read over it may return null). */
  readonly cellsPerRead: number;
  /** Most bytes one request or response may carry (Excel on the web: 5 MB). */
  readonly bytesPerRequest: number;
}

export interface BookOps {
  // ---- reads
  sheets(): Promise<readonly SheetInfo[]>;
  position(): Promise<Position>;
  /** The rectangle holding every non-empty cell of a sheet, or null for an empty sheet. */
  usedRect(sheet: string): Promise<Rect | null>;
  /**
   * Values of a rectangle, row by row ("" for an empty cell, error values as
   * text like "#REF!"); null when the host could not return a read that size
   * (Excel desktop over its cell limit) — the policy then asks for less.
   */
  values(sheet: string, area: Rect): Promise<unknown[][] | null>;
  /** Contents of single cells: value and formula. */
  contents(sheet: string, area: Rect): Promise<CellContent[][]>;
  /** Areas of `area` whose rows are visible (not hidden, not filtered out). */
  visibleRows(sheet: string, area: Rect): Promise<readonly Rect[]>;
  /** Areas of `area` holding anything: a value, a formula (also one showing ""), a spilled result. */
  occupied(sheet: string, area: Rect): Promise<readonly Rect[]>;
  /** Where a workbook name points now (it moves with inserted rows and renamed sheets), or null. */
  name(name: string): Promise<{ sheet: string; area: Rect } | null>;
  /** Conditional formats overlapping `area`. */
  formats(sheet: string, area: Rect): Promise<readonly FormatRule[]>;
  formulaSyntax(): Promise<FormulaSyntax>;
  /** Widths of `count` columns from `left`, in characters of the default font (as columnWidth takes them). */
  columnWidths(sheet: string, left: number, count: number): Promise<number[]>;

  // ---- writes (queued)
  /** Writes a block of inputs with its top-left at (top, left); null leaves a cell as it is. */
  write(sheet: string, top: number, left: number, inputs: readonly (readonly Input[])[]): void;
  /** Clears contents only; the user's formats on those cells stay. */
  clear(sheet: string, area: Rect): void;
  addSheet(name: string): void;
  deleteSheet(name: string): void;
  hideSheet(name: string): void;
  activate(sheet: string): void;
  /** Selects a range on the (activated) sheet and brings it into view. */
  select(sheet: string, area: Rect): void;
  numberFormat(sheet: string, row: number, col: number, format: string): void;
  bold(sheet: string, area: Rect): void;
  /** Column width in characters of the default font. */
  columnWidth(sheet: string, col: number, chars: number): void;
  hideColumn(sheet: string, col: number): void;
  freezeRows(sheet: string, rows: number): void;
  /** Adds a "cell text begins with `text`" rule with a fill over `area`. */
  addFormat(sheet: string, area: Rect, text: string, fill: string): void;
  deleteFormat(handle: string): void;
  /** Adds a hidden workbook name pointing at `area`. */
  addName(name: string, sheet: string, area: Rect): void;
  deleteName(name: string): void;
  /** Sends the queued writes now (a write of many megabytes goes in parts). */
  flush(): Promise<void>;
}

/** A read or write the host could not carry in one request (Excel on the web: 5 MB); the policy asks for less. */
export class TooLargeError extends Error {}

/** What the host hands out when a built workbook is offered to the user. */
export type Delivery =
  | { readonly how: "opened" }
  | { readonly how: "downloaded" }
  /** Excel could not open a new workbook: its sheets were added to this one. */
  | { readonly how: "inserted"; readonly sheets: readonly string[]; readonly reason: string };

export interface Book {
  readonly kind: "excel" | "embedded";
  readonly limits: Limits;
  /** The user's display language tag as the host reports it ("nl-NL", "nl-BE", "en-US"). */
  displayLanguage(): string;
  batch<T>(fn: (ops: BookOps) => Promise<T>): Promise<T>;
  /** Document settings: strings by key, kept in the workbook. */
  readSetting(key: string): Promise<string | null>;
  /** Sets (or, with null, removes) settings and saves them with the workbook. */
  writeSettings(entries: Readonly<Record<string, string | null>>): Promise<void>;
  /** Hands a built workbook (.xlsx bytes) to the user. */
  deliver(bytes: Uint8Array, fileName: string): Promise<Delivery>;
}
