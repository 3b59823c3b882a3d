// The small interface the task pane talks to. Two implementations: Excel
// (Office.js, taskpane/host/excel.ts) and the embedded engine used by the
// workbench (workbench/host.ts). Operations are coarse on purpose: a
// check of any size reads once and writes once, so Excel needs at most three
// context.sync calls (read the budget; read the target area; write).

import type { Lang, Text } from "../../src/core/types";
import type { Owner, Verdict } from "../../src/levels";

/** 1-based sheet coordinates, as a user reads them. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Where the budget was found, and its cell values (top-left at `top`/`left`). */
export interface BudgetRegion {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  /** Values as the host gives them: numbers, text, booleans, "" or null for empty, error text like "#REF!". */
  readonly values: unknown[][];
  /** 1-based sheet rows that are hidden. */
  readonly hiddenRows: readonly number[];
  /** How the region was found: the user's selection, the table or current region around it, or the used range. */
  readonly source: "selection" | "table" | "region" | "used";
  /**
   * The used range of the sheet, given with a current region: budgets separate
   * their programmes by blank rows, where Excel's current region stops, so the
   * pane reads on through the used range when it continues the same table.
   */
  readonly used?: { readonly top: number; readonly left: number; readonly values: unknown[][] };
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
  /** Text of each verdict label as written in the result cells, so formatting rules can match it. */
  readonly verdictText: Readonly<Record<Verdict, string>>;
}

export interface ResultRow {
  /** 1-based sheet row of the budget line. */
  readonly row: number;
  readonly verdict: Verdict;
  /** One cell per header column. */
  readonly cells: readonly (string | number | null)[];
}

/**
 * What the add-in wrote, kept in the workbook's settings so "remove results"
 * works after the workbook was closed and opened again.
 */
export interface WrittenArea {
  readonly kind: "columns" | "sheet";
  readonly sheet: string;
  /** A1 range of the written cells, e.g. "H4:K312", or of the whole sheet it created. */
  readonly range: string;
  /** Names of conditional-format rules or sheets the add-in created. */
  readonly created: readonly string[];
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
  /** Invariant syntax with English names, without "=": e.g. `BL.VVE.UNIVERSAL(B5,B6)`. */
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
  /** 1-based columns to hide (a template's key column). Excel only; the workbench shows them. */
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
  /** The selection, else the table or current region around it, else the used range of the active sheet. */
  readBudget(): Promise<BudgetRegion>;
  /** All values of a sheet, or null when it does not exist (e.g. the user-rules sheet "Regels"). */
  readSheet(name: string): Promise<unknown[][] | null>;
  /**
   * Writes the results: in columns right of the table only where all those
   * cells are empty, else in a new sheet "Niveaucheck" with a link per row.
   * Never writes a non-empty user cell. Removes an earlier result first.
   */
  writeResults(plan: ResultPlan): Promise<WrittenArea>;
  /** Removes exactly what writeResults wrote (from the stored WrittenArea); false when there was nothing. */
  removeResults(): Promise<boolean>;
  /** Selects the row of a budget line so the user sees it. */
  selectRow(ref: CellRef): Promise<void>;
  /** Creates the user-rules sheet with its header if missing, and activates it. */
  openRulesSheet(header: readonly string[]): Promise<void>;
  getSettings(): Promise<PaneSettings>;
  setSettings(settings: PaneSettings): Promise<void>;

  // ---- scenarios (Excel: one or two context.sync calls each)

  /** The workbook's sheet names in order, and the active sheet. */
  listSheets(): Promise<{ names: string[]; active: string }>;
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
  /** Hands a built workbook to the user: a download in the workbench, a new workbook in Excel. */
  openWorkbook(bytes: Uint8Array, fileName: string): Promise<"downloaded" | "opened">;
}

/** A refusal the user can act on (a user's cell in the way), in both languages. */
export class HostError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** Why writeInputs refused: the sheet is not a template sheet. */
export function notTemplate(sheet: string): Text {
  return {
    nl: `Blad "${sheet}" is geen scenarioblad van Begrotingslab; er is niets geschreven.`,
    en: `Sheet "${sheet}" is not a Begrotingslab scenario sheet; nothing was written.`,
  };
}

/** Why writeInputs refused: an input cell holds the user's formula or text. */
export function userCell(sheet: string, address: string): Text {
  return {
    nl: `Cel ${address} op blad "${sheet}" bevat een formule of tekst van u; er is niets geschreven. Zet er een getal in of maak de cel leeg.`,
    en: `Cell ${address} on sheet "${sheet}" holds a formula or text of yours; nothing was written. Put a number there or clear the cell.`,
  };
}

export const RESULT_SHEET = "Niveaucheck";
export const RULES_SHEET = "Regels";
