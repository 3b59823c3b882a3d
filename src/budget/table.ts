// What a budget table is: its lines, the problems met reading them and the
// header that was found. Finding the header and the role of each column is
// layout.ts's job; reading the rows under it is reader.ts's. Row numbers are
// 1-based sheet rows, so a user can find every reported line in the sheet.

import type { Text } from "../core/types";
import type { AmountFactor, BudgetCaption } from "./caption";
import type { DetectedHeader } from "./layout";

export { detectHeader, DETECT_ROWS, HEADER_SEARCH_ROWS, headerWords, isAmountHeader, looksLikeAmount, type DetectedHeader, type FiguresInText, type HeaderColumns, type Role } from "./layout";

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
  /**
   * In a ledger export, the kind of money the row books ("Rioolheffing", "Salarissen") beside the
   * cost centre that is its description ("Riolering").
   */
  readonly costType?: string;
  /** The row's number in a column left of the description ("11.01"), where the table numbers its rows. */
  readonly code?: string;
  /**
   * "heading": a row with text and no figures, which the lines below it belong to;
   * "reserve": a row of a statement of reserves (reserves.ts).
   */
  readonly kind?: "heading" | "reserve";
}

export type ProblemCode = "amountNotNumber" | "amountInText" | "figuresUnclear" | "tableBeside" | "amountInColumnUnit" | "errorCell" | "descriptionMissing" | "ambiguousAmount" | "formulaWithoutValue" | "encoding" | "indicatorTable" | "newTable";

export interface RowProblem {
  /** 1-based sheet row. */
  readonly row: number;
  readonly code: ProblemCode;
  readonly message: Text;
}

export type ReadErrorCode = "emptySheet" | "noHeader" | "amountColumnNotFound";

export interface ReadError {
  readonly code: ReadErrorCode;
  readonly message: Text;
  /** amountColumnNotFound: the column asked for, and the columns there are ('D "Begroting 2026"', ...). */
  readonly choice?: string;
  readonly available?: string;
}

export interface ReadBudgetResult {
  readonly header: DetectedHeader | null;
  readonly lines: BudgetLine[];
  readonly problems: RowProblem[];
  /** Set when nothing could be read at all; `lines` is then empty. */
  readonly error: ReadError | null;
  /** Whose budget it is and the unit of its amounts, as the rows down to the header say (with a header only). */
  readonly caption?: BudgetCaption;
  /**
   * The second table printed beside this one ("Lasten | Bedrag | Baten | Bedrag"), read on its own:
   * its columns in the sheet's terms, and its lines (its header's columns count from its description).
   */
  readonly beside?: { readonly description: number; readonly amount: number; readonly result: ReadBudgetResult };
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
  /** The title above the table when the rows start below it (the pane passes the table from its header down). */
  readonly title?: string;
  /**
   * The unit of the table's amounts when it is stated outside the rows handed
   * over (the pane finds "x € 1.000" above the region); else the rows' own caption tells.
   */
  readonly factor?: AmountFactor | null;
  /**
   * The column to take the amounts from, as the user names it: its header
   * ("Begroting 2026") or its letters ("D", counted from the first column handed over).
   */
  readonly amountColumn?: string;
}

/** A line as the user knows it: its description, and in a ledger the kind of money it books ("Riolering · Rioolheffing"). */
export function lineLabel(line: Pick<BudgetLine, "description" | "costType">): string {
  return line.costType === undefined ? line.description : `${line.description} · ${line.costType}`;
}
