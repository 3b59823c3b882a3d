// Finding the budget table in a sheet and reading its lines.
//
// Works on a plain 2D array of cell values so the task pane (Office.js
// `range.values`) and the file reader (ExcelJS, csv) share one reading of a
// budget. Row numbers in results are 1-based sheet rows, so a user can find
// every reported line in the sheet.

import type { Text } from "../core/types";
import { normalizeCell } from "./cells";

export type Role = "description" | "taakveld" | "amount" | "owner";

export interface HeaderColumns {
  /** 0-based column index within the rows passed in. */
  readonly description: number;
  readonly taakveld?: number;
  readonly amount?: number;
  readonly owner?: number;
}

export interface DetectedHeader {
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  readonly columns: HeaderColumns;
  /** The amount column's header as written in the sheet, so the user sees which column was read. */
  readonly amountHeader?: string;
}

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
}

export type ProblemCode = "amountNotNumber" | "errorCell" | "descriptionMissing" | "ambiguousAmount" | "formulaWithoutValue" | "encoding";

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

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

// Keywords per role with a weight: a higher weight wins when a sheet has
// several candidates ("Omschrijving" beats "Programma" as description; "Lasten"
// beats "Baten" as amount because the level check is about spending).
const KEYWORDS: Record<Role, ReadonlyArray<readonly [string, number]>> = {
  description: [
    ["omschrijving", 100],
    ["description", 100],
    ["naam", 80],
    ["name", 80],
    ["post", 80],
    ["begrotingspost", 85],
    ["product", 70],
    ["producten", 70],
    ["activiteit", 70],
    ["activiteiten", 70],
    ["activity", 70],
    ["item", 60],
    ["taak", 60],
    ["task", 60],
    ["onderdeel", 55],
    ["programma", 50],
    ["programme", 50],
    ["program", 50],
  ],
  taakveld: [
    ["taakveld", 100],
    ["taakveldcode", 100],
    ["taakveldnummer", 100],
    ["taakvelden", 100],
    ["iv3", 95],
    ["functie", 80],
    ["functiecode", 80],
    ["function", 75],
    ["taskfield", 90],
  ],
  amount: [
    ["lasten", 100],
    ["uitgaven", 95],
    ["expenditure", 95],
    ["expenses", 95],
    ["begroting", 90],
    ["budget", 88],
    ["raming", 85],
    ["bedrag", 80],
    ["amount", 80],
    ["saldo", 60],
    ["balance", 60],
    ["baten", 50],
    ["inkomsten", 45],
    ["revenue", 45],
    ["income", 45],
  ],
  owner: [
    ["niveau", 100],
    ["bestuurslaag", 100],
    ["overheid", 90],
    ["owner", 90],
    ["level", 80],
  ],
};

const ROLES: readonly Role[] = ["description", "taakveld", "amount", "owner"];

/** Lower case, accents removed, words split on anything that is not a letter or digit. */
export function headerWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/**
 * Score of a header text for one role: the best keyword weight, slightly lower
 * for a Dutch compound that ends in the keyword ("exploitatielasten",
 * "productomschrijving"). 0 when nothing matches.
 */
function roleScore(words: readonly string[], role: Role): number {
  let best = 0;
  // The words run together catch split names: "task field", "taakveld code".
  const all = words.length > 1 ? [...words, words.join("")] : words;
  for (const w of all) {
    for (const [k, weight] of KEYWORDS[role]) {
      let s = 0;
      if (w === k) s = weight;
      else if (k.length >= 4 && w.length > k.length && w.endsWith(k)) s = weight - 15;
      if (s > best) best = s;
    }
  }
  return best;
}

/** True when a header text names an amount column (lasten, baten, begroting 2025, ...). */
export function isAmountHeader(text: string): boolean {
  return text.length <= 80 && roleScore(headerWords(text), "amount") > 0;
}

interface Candidate {
  readonly col: number;
  readonly role: Role;
  readonly score: number;
  readonly year: number;
}

function candidatesFor(text: string, col: number): Candidate[] {
  // Headers are short; a long sentence in a title row is not a column name.
  if (text.length > 80) return [];
  const words = headerWords(text);
  if (words.length === 0) return [];
  const scores = new Map<Role, number>(ROLES.map((r) => [r, roleScore(words, r)]));
  const desc = scores.get("description") ?? 0;
  const tv = scores.get("taakveld") ?? 0;
  // "Omschrijving taakveld" names the taakveld: a description fallback, not the code column.
  if (desc > 0 && tv > 0) {
    scores.set("taakveld", tv - 50);
    scores.set("description", desc - 30);
  }
  const years = words.filter((w) => /^(19|20)\d\d$/.test(w)).map(Number);
  const year = years.length > 0 ? Math.max(...years) : 0;
  const out: Candidate[] = [];
  for (const [role, score] of scores) if (score > 0) out.push({ col, role, score, year });
  return out;
}

interface RowMatch {
  readonly columns: HeaderColumns;
  readonly amountHeader?: string;
  readonly roles: number;
  readonly total: number;
}

function matchRow(row: readonly unknown[]): RowMatch | null {
  const cands: Candidate[] = [];
  const texts: (string | null)[] = [];
  row.forEach((v, col) => {
    const c = normalizeCell(v);
    const t = typeof c === "string" ? c.replace(/\s+/g, " ").trim() : null;
    texts[col] = t;
    if (t) cands.push(...candidatesFor(t, col));
  });
  // Best candidates first; for equal scores the latest year ("Begroting 2025"
  // over "Begroting 2024"), then the leftmost column.
  cands.sort((a, b) => b.score - a.score || b.year - a.year || a.col - b.col);
  const chosen = new Map<Role, Candidate>();
  const usedCols = new Set<number>();
  for (const c of cands) {
    if (chosen.has(c.role) || usedCols.has(c.col)) continue;
    chosen.set(c.role, c);
    usedCols.add(c.col);
  }
  const desc = chosen.get("description");
  const tv = chosen.get("taakveld");
  const amt = chosen.get("amount");
  const own = chosen.get("owner");
  // A description alone is too weak: a title row "Programma" would qualify.
  if (!desc || (!tv && !amt)) return null;
  const amountHeader = amt ? texts[amt.col] ?? undefined : undefined;
  const columns: HeaderColumns = {
    description: desc.col,
    ...(tv ? { taakveld: tv.col } : {}),
    ...(amt ? { amount: amt.col } : {}),
    ...(own ? { owner: own.col } : {}),
  };
  let total = 0;
  for (const c of chosen.values()) total += c.score;
  return { columns, ...(amountHeader ? { amountHeader } : {}), roles: chosen.size, total };
}

/**
 * Finds the header row within the first 30 rows. Among rows that name a
 * description column and a taakveld or amount column, the one naming the most
 * columns wins (so "Lasten | Baten" under a merged "Begroting 2025" band is
 * preferred over the band), then the highest score, then the first.
 * `headerRow` is 1-based counting from rows[0] (add a row offset for ranges).
 */
export function detectHeader(rows: unknown[][]): DetectedHeader | null {
  let best: { row: number; m: RowMatch } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const m = matchRow(rows[i] ?? []);
    if (!m) continue;
    if (!best || m.roles > best.m.roles || (m.roles === best.m.roles && m.total > best.m.total)) best = { row: i, m };
  }
  if (!best) return null;
  return {
    headerRow: best.row + 1,
    columns: best.m.columns,
    ...(best.m.amountHeader !== undefined ? { amountHeader: best.m.amountHeader } : {}),
  };
}
