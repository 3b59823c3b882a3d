// The small interface the task pane talks to. Two implementations: Excel
// (Office.js, taskpane/host/excel.ts) and the embedded engine used by the
// workbench (taskpane/host/embedded.ts). Operations are coarse on purpose: a
// check of any size reads once and writes once, so Excel needs at most three
// context.sync calls (read the budget; read the target area; write).

import type { Lang } from "../../src/core/types";
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
}

export const RESULT_SHEET = "Niveaucheck";
export const RULES_SHEET = "Regels";
