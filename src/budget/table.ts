// Finding the budget table in a sheet and reading its lines.
//
// Works on a plain 2D array of cell values so the task pane (Office.js
// `range.values`) and the file reader (ExcelJS, csv) share one reading of a
// budget. Row numbers in results are 1-based sheet rows, so a user can find
// every reported line in the sheet.

import type { Lang, Text } from "../core/types";
import { msg, text } from "../i18n/catalogue";
import { formatNumber } from "../i18n/format";
import { type Cell, cellText, isBlank, isErrorValue, normalizeCell } from "./cells";
import { detectHeader, HEADER_SEARCH_ROWS, headerSubject, looksLikeAmount, type DetectedHeader, type Role } from "./layout";
import { isAmountError, parseAmount } from "./numbers";

export { detectHeader, HEADER_SEARCH_ROWS, headerWords, isAmountHeader, looksLikeAmount, type DetectedHeader, type HeaderColumns, type Role } from "./layout";

export interface BudgetLine {
  /** 1-based sheet row. */
  readonly row: number;
  readonly description: string;
  /** As found: text like "6.71a" or "0.10 Mutaties reserves", or a number when the sheet holds one. */
  readonly taakveld: string | number | null;
  readonly amount: number | null;
  readonly owner: string | null;
  /** Present (true) only for rows hidden in the sheet. */
  readonly hidden?: true;
  /**
   * What the line belongs to, as a reader sees it: the heading above it
   * ("Programma 3 Economie", "6.1 Samenkracht") and the row's other text
   * columns ("Beleidsveld"). The check uses it where the line's own words say little.
   */
  readonly context?: readonly string[];
  /** "heading": a row with text and no figures, which the lines below it belong to. */
  readonly kind?: "heading";
}

export type ProblemCode = "amountNotNumber" | "errorCell" | "descriptionMissing";

export interface RowProblem {
  /** 1-based sheet row. */
  readonly row: number;
  readonly code: ProblemCode;
  readonly message: Text;
}

export type ReadErrorCode = "emptySheet" | "noHeader";

export interface ReadError {
  readonly code: ReadErrorCode;
  readonly message: Text;
}

export interface ReadBudgetResult {
  readonly header: DetectedHeader | null;
  readonly lines: BudgetLine[];
  readonly problems: RowProblem[];
  /** Set when nothing could be read at all; `lines` is then empty. */
  readonly error: ReadError | null;
}

export interface ReadBudgetOptions {
  /**
   * Sheet row of rows[0] minus one: 0 when rows start at sheet row 1 (files),
   * 2 when the task pane passes a used range starting at row 3.
   */
  readonly rowOffset?: number;
  /** 1-based sheet rows that are hidden; their lines get `hidden: true`. */
  readonly hiddenRows?: ReadonlySet<number>;
  /**
   * Use this header instead of detecting one (e.g. a column the user picked);
   * its headerRow counts from rows[0], as detectHeader returns it.
   */
  readonly header?: DetectedHeader;
}

const ROLES: readonly Role[] = ["description", "taakveld", "amount", "owner"];

/** "6.71a Maatwerkdienstverlening 18+" -> "6.71a"; "0-61. OZB" -> "0-61."; a group heading ("6. Sociaal domein") has none. */
function leadingCode(s: string): string | null {
  const m = /^\s*(\d{1,2}(?:[.-]\d{1,3}){1,2}[a-dA-D]?\.?)(?:\s|$)/.exec(s);
  return m ? (m[1] as string) : null;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const COLUMN_NAMES: Record<Role, Text> = {
  description: text("budget.column.description"),
  taakveld: text("budget.column.taakveld"),
  amount: text("budget.column.amount"),
  owner: text("budget.column.owner"),
};

/**
 * Reads the budget lines below the header.
 *
 * Blank rows are skipped; every other row becomes a line or a problem, never
 * silently nothing. Section and subtotal rows are lines too: deciding what
 * they are is the engine's job. When the description cell is empty, other text
 * in the row is used (programme budgets put section and subtotal labels in
 * another column than line descriptions); a row with an amount but no text at
 * all is reported. An unreadable amount keeps the line (amount null) and adds a
 * problem, so the line can still be classified while the user sees the issue.
 */
export function readBudgetRows(rows: unknown[][], opts: ReadBudgetOptions = {}): ReadBudgetResult {
  const offset = opts.rowOffset ?? 0;
  const nonBlank = rows.some((r) => r.some((v) => !isBlank(normalizeCell(v))));
  if (!nonBlank) {
    return {
      header: null,
      lines: [],
      problems: [],
      error: { code: "emptySheet", message: text("budget.emptySheet") },
    };
  }
  const detected = opts.header ?? detectHeader(rows);
  if (!detected) {
    return {
      header: null,
      lines: [],
      problems: [],
      error: {
        code: "noHeader",
        message: text("budget.noHeader", HEADER_SEARCH_ROWS),
      },
    };
  }
  // detectHeader counts from rows[0]; the result reports sheet rows.
  const headerIndex = detected.headerRow - 1;
  const header: DetectedHeader = { ...detected, headerRow: detected.headerRow === 0 ? 0 : detected.headerRow + offset };
  const cols = header.columns;
  const used = new Set<number>(
    [cols.description, cols.taakveld, cols.amount, cols.owner, ...(cols.context ?? [])].filter((c): c is number => c !== undefined),
  );
  const headerCells = headerIndex >= 0 ? (rows[headerIndex] ?? []).map((v) => cellText(normalizeCell(v))) : [];

  const lines: BudgetLine[] = [];
  const problems: RowProblem[] = [];
  // The headings above the current row, nearest first: a programme and a taakveld under it.
  let headings: string[] = [];
  // What the whole table is about, when its description column's header says so.
  const subject = headerSubject(headerCells[cols.description] ?? null);

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const raw = rows[i] ?? [];
    const sheetRow = i + 1 + offset;
    const cells: Cell[] = raw.map(normalizeCell);
    if (cells.every(isBlank)) continue;
    // Printed exports repeat the header on every page.
    if (
      headerCells.length > 0 &&
      cells.length === headerCells.length &&
      cells.every((c, k) => isBlank(c) === (headerCells[k] === null) && (isBlank(c) || cellText(c) === headerCells[k]))
    ) {
      continue;
    }
    const at = (col: number | undefined): Cell => (col === undefined ? null : cells[col] ?? null);

    const rowProblems: RowProblem[] = [];
    for (const role of ROLES) {
      const col = cols[role];
      const c = at(col);
      if (isErrorValue(c)) {
        rowProblems.push({
          row: sheetRow,
          code: "errorCell",
          message: { nl: msg("nl", "budget.errorCell", sheetRow, COLUMN_NAMES[role].nl, c.code), en: msg("en", "budget.errorCell", sheetRow, COLUMN_NAMES[role].en, c.code) },
        });
      }
    }

    let amount: number | null = null;
    const amountCell = at(cols.amount);
    if (!isErrorValue(amountCell)) {
      const parsed = parseAmount(amountCell);
      if (isAmountError(parsed)) {
        rowProblems.push({
          row: sheetRow,
          code: "amountNotNumber",
          message: { nl: msg("nl", "budget.amountUnreadable", sheetRow, parsed.message.nl), en: msg("en", "budget.amountUnreadable", sheetRow, parsed.message.en) },
        });
      } else {
        amount = parsed;
      }
    }

    let description = cellText(at(cols.description));
    if (description === null && !isErrorValue(at(cols.description))) {
      // Fall back to the first text in a column the header did not assign, left
      // of the amounts (a note column further right is not a description).
      // (A taakveld or context column may hold the text of a total row: "Totaal 0 Bestuur".)
      const end = Math.min(cells.length, cols.amount ?? cells.length);
      for (let k = 0; k < end && description === null; k++) {
        const c = cells[k] ?? null;
        if (k !== cols.description && k !== cols.owner && typeof c === "string" && /\p{L}{3,}/u.test(c) && !looksLikeAmount(c)) description = cellText(c);
      }
      // Then a context column ("Programma" holding a heading in a row of its own).
      for (const k of cols.context ?? []) if (description === null) description = cellText(cells[k] ?? null);
    }

    const tvCell = at(cols.taakveld);
    let taakveld: string | number | null = null;
    if (typeof tvCell === "number") taakveld = tvCell;
    else if (!isErrorValue(tvCell)) taakveld = cellText(tvCell);
    // Code and name in one cell ("6.71a Maatwerkdienstverlening 18+"): the code is the taakveld.
    if (cols.taakveld === cols.description && typeof taakveld === "string") taakveld = leadingCode(taakveld);

    const ownerCell = at(cols.owner);
    const owner = isErrorValue(ownerCell) ? null : cellText(ownerCell);

    if (description === null) {
      // Nothing to classify. Report it unless an error cell was already reported for this row.
      if (rowProblems.length === 0) {
        const what = (lang: Lang): string =>
          shorten(amount !== null ? msg(lang, "budget.what.amount", formatNumber(amount, lang)) : taakveld !== null ? msg(lang, "budget.what.taakveld", String(taakveld)) : msg(lang, "budget.what.data"));
        rowProblems.push({
          row: sheetRow,
          code: "descriptionMissing",
          message: { nl: msg("nl", "budget.noDescription", sheetRow, what("nl")), en: msg("en", "budget.noDescription", sheetRow, what("en")) },
        });
      }
      problems.push(...rowProblems);
      continue;
    }
    problems.push(...rowProblems);
    const hidden = opts.hiddenRows?.has(sheetRow) === true;
    // A row with text and no figure anywhere is a heading for the rows below it.
    // (Only in a table that has figures: in a plain list every row is a line.)
    const heading =
      cols.amount !== undefined && !cells.some((c, k) => k !== cols.description && k !== cols.taakveld && !(cols.context ?? []).includes(k) && looksLikeAmount(c) && !isBlank(c));
    const contextTexts: string[] = [...headings];
    for (const k of cols.context ?? []) {
      const t = cellText(cells[k] ?? null);
      if (t !== null && t !== description) contextTexts.push(t);
    }
    if (subject !== null) contextTexts.push(subject);
    lines.push({
      row: sheetRow,
      description,
      taakveld,
      amount,
      owner,
      ...(hidden ? { hidden: true as const } : {}),
      ...(contextTexts.length > 0 ? { context: contextTexts } : {}),
      ...(heading ? { kind: "heading" as const } : {}),
    });
    if (heading) headings = [description, ...headings.filter((h) => h !== description)].slice(0, 2);
  }
  return { header, lines, problems, error: null };
}
