// What the task pane talks to: the pane's policy over a host
// (taskpane/policy, createPaneHost). The same for Excel and the workbench:
// the hosts themselves only offer primitive operations (./book.ts).

import type { Lang, Text } from "../../src/core/types";
import type { Owner, Verdict } from "../../src/levels";
import type { Delivery } from "./book";
import type { ColumnWidening, UndoRecord } from "../policy/undo";

/** 1-based sheet coordinates, as a user reads them. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** The budget found around the cursor, with its cell values (top-left at `top`/`left`). */
export interface BudgetRegion {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  /** Values as the host gives them: numbers, text, booleans, "" for empty, error text like "#REF!". */
  readonly values: unknown[][];
  /** 1-based sheet rows that are hidden. */
  readonly hiddenRows: readonly number[];
  /** How it was found: a selection holding a header, the table around the active cell, or the budget table of the active sheet. */
  readonly source: "selection" | "region" | "sheet";
  /** When only part of the table is to be checked (a selection without the header): its first and last sheet row. */
  readonly rows?: { readonly first: number; readonly last: number };
  /** The title above the table ("Programma 2 Bereikbaarheid"): the outermost heading of its lines. */
  readonly title?: string;
}

/** The results of one check, to be written where the add-in owns the cells. */
export interface ResultPlan {
  readonly sheet: string;
  /** 1-based sheet row of the budget's header row; result headers go on this row. */
  readonly headerRow: number;
  /** 1-based last column of the budget table; result columns start right of it when those cells are empty. */
  readonly lastColumn: number;
  /** Localized result column headers, e.g. Oordeel, Niveau, Toelichting, Regel. */
  readonly header: readonly string[];
  readonly rows: readonly ResultRow[];
  /** Fill colour per verdict for the conditional formatting (CSS hex, e.g. "#fde7e9"). */
  readonly colors: Readonly<Record<Verdict, string>>;
  /** Text of each verdict label as written in the result cells; a cell beginning with it gets its colour. */
  readonly verdictText: Readonly<Record<Verdict, string>>;
  /** The results go on a sheet of their own, a row per line, even where the columns beside the table are free (two tables share their rows). */
  readonly ownSheet?: boolean;
}

export interface ResultRow {
  /** 1-based sheet row of the budget line. */
  readonly row: number;
  readonly verdict: Verdict;
  /** One cell per header column. */
  readonly cells: readonly (string | number | null)[];
}

/**
 * What the add-in wrote, kept in the workbook's settings: how to find it
 * again (the workbook name that marks it moves with inserted rows and a
 * renamed sheet) and a digest of its cells, so that removal clears only
 * cells that still hold exactly what was written.
 */
export interface WrittenArea {
  readonly kind: "columns" | "sheet";
  /** The sheet written to (for kind "sheet": the sheet the add-in created). */
  readonly sheet: string;
  /** A1 range of the written cells, e.g. "H4:K312", when written. */
  readonly range: string;
  /** The hidden workbook name that marks the block. */
  readonly name: string;
  /** The budget's sheet the results belong to. */
  readonly source: string;
  /** The "begins with" fills added over the verdict column. */
  readonly rules: readonly { readonly text: string; readonly fill: string }[];
  /** Digests of the written cells, DIGEST_ROWS rows each (taskpane/policy/digest.ts). */
  readonly digest: readonly string[];
  /** Column of the block (0-based) holding the verdict labels: the fills lie over it, below the header. */
  readonly verdictColumn: number;
  /** Columns of the block (0-based) the add-in widened so its results can be read, with their widths before and after, in characters. */
  readonly widths?: readonly ColumnWidening[];
}


/** What removal did: cells a user changed since the check stay, and the pane says which. */
export interface Removal {
  readonly removed: boolean;
  /** Sheet rows left in place because they changed (first, last). */
  readonly kept: readonly (readonly [number, number])[];
  /** The sheet the kept rows are on; for a result sheet that was kept, its name. */
  readonly sheet?: string;
}

/** Per-workbook settings, stored in the workbook (Excel: document settings). */
export interface PaneSettings {
  readonly owner?: Owner;
  readonly lang?: Lang;
  /** Verdict overrides by a stable line key (sheet, row and description), respected by the next run. */
  readonly overrides?: Readonly<Record<string, Verdict>>;
  readonly written?: WrittenArea;
}

/** A cell of a sheet the add-in writes; 1-based. */
export interface SheetCell {
  readonly row: number;
  readonly col: number;
  /** Text is always written as text (never read as a number or formula). */
  readonly value?: string | number;
  /** Invariant syntax with English names, without "=": e.g. `BL.VVE.UNIVERSAL(B5,B6)`; spelled for the host by the policy. */
  readonly formula?: string;
  /** Number format, Excel's en-US code, e.g. "0.0%". */
  readonly format?: string;
  readonly bold?: boolean;
}

export interface SheetOptions {
  readonly activate?: boolean;
  /** A sheet for the add-in's own data (the stored scenarios). */
  readonly hidden?: boolean;
  /** Column widths in characters for columns A, B, … */
  readonly widths?: readonly number[];
  /** 1-based columns to hide (a template's key column). */
  readonly hiddenColumns?: readonly number[];
  /**
   * Rewrite the sheet `name` when it is one the add-in wrote before (so a
   * comparison is refreshed, not duplicated). Without it, or when `name` is a
   * sheet of the user, a free name "name (2)" is chosen.
   */
  readonly replace?: boolean;
  /** Also rewrite an existing sheet whose first row starts with exactly these texts (the stored-scenarios format, e.g. written by the command line). */
  readonly replaceIfHeader?: readonly string[];
}

/** A number to write into an input cell of a template sheet; 1-based. */
export interface InputWrite {
  readonly row: number;
  readonly col: number;
  readonly value: number;
}

export interface Host {
  readonly kind: "excel" | "embedded";
  /** The user's display language (Office's, or the browser's in the workbench). */
  language(): Lang;
  /** The whole budget around the cursor (see taskpane/policy/locate.ts); throws a HostError asking the user to select it when there is none. */
  readBudget(): Promise<BudgetRegion>;
  /** All values of a sheet (row 1 at index 0), or null when it does not exist (e.g. the user-rules sheet "Regels"). */
  readSheet(name: string): Promise<unknown[][] | null>;
  /**
   * Writes the results: in columns right of the table only where all those
   * cells are empty, else in a new sheet "Niveaucheck" with a link per row.
   * Never writes a non-empty user cell. Removes an earlier result first.
   * The result columns are brought into view.
   */
  writeResults(plan: ResultPlan): Promise<WrittenArea>;
  /** Removes what writeResults wrote, found by its name; cells changed since are left and reported. */
  removeResults(): Promise<Removal>;
  /** Selects one cell (a budget line's description) on its sheet and brings it into view. */
  selectCell(ref: CellRef): Promise<void>;
  /** Creates the user-rules sheet with its header if missing, and activates it. */
  openRulesSheet(header: readonly string[]): Promise<void>;
  getSettings(): Promise<PaneSettings>;
  setSettings(settings: PaneSettings): Promise<void>;

  // ---- scenarios

  /** The workbook's sheet names in order, the active sheet, and the hidden ones (hidden or very hidden). */
  listSheets(): Promise<{ names: string[]; active: string; hidden?: string[] }>;
  /** The values of single cells, in order; null for a sheet that does not exist. */
  readCells(refs: readonly CellRef[]): Promise<unknown[]>;
  /**
   * Writes a sheet the add-in owns and returns its name: a new sheet (a free
   * name when `name` is taken), or `name` rewritten when `opts.replace` and
   * the add-in wrote it. A sheet of the user is never changed.
   */
  writeSheet(name: string, cells: readonly SheetCell[], opts?: SheetOptions): Promise<string>;
  /**
   * Writes numbers into the input cells of a template sheet (switching
   * scenarios). The sheet must carry the template marker the add-in wrote in
   * F1, and every target cell must be empty or hold a number: a formula or
   * text there is the user's, and then nothing is written at all.
   */
  writeInputs(sheet: string, cells: readonly InputWrite[]): Promise<void>;
  /** Hands a built workbook to the user: a download in the workbench, a new workbook in Excel (or, when Excel cannot, its sheets added here). */
  openWorkbook(bytes: Uint8Array, fileName: string): Promise<Delivery>;

  // ---- undo

  /** Called with the record of every change the pane makes to the workbook. */
  onRecord(listener: (record: UndoRecord) => void): () => void;
  /** Reverts a change, leaving alone any cell a user changed since; true when all of it was reverted. */
  undo(record: UndoRecord): Promise<boolean>;
}

/** A refusal the user can act on (a user's cell in the way), in both languages. */
export class HostError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

export const RESULT_SHEET = "Niveaucheck";
export const RULES_SHEET = "Regels";
