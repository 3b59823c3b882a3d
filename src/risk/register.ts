// A risk register as municipalities keep it, read from a sheet's rows: the
// header found in the first rows as a budget's is (HEADER_SEARCH_ROWS, the
// same header words approach), then one risk per row with its probability (a
// percentage, a fraction or a class such as "klein") and its amount (one
// figure, or minimum, most likely and maximum). Pure: rows of cell values in,
// risks and coded problems out, so the command line and the task pane read a
// register the same way.

import type { BLError, Lang } from "../core/types";
import { msg } from "../i18n/catalogue";
import { explain } from "../i18n/messages";
import { budgetCaption, type AmountFactor } from "../budget/caption";
import { cellText, errorValueName, isBlank, isErrorValue, normalizeCell, type Cell } from "../budget/cells";
import { amountInUnit, isAmountError, parseAmount } from "../budget/numbers";
import { detectHeader, headerWords, HEADER_SEARCH_ROWS } from "../budget/table";
import { readBudgetRows } from "../budget/reader";
import type { Amount } from "./distributions";
import {
  CLASS_HEADERS,
  CLASS_WORDS,
  CLASSES,
  DISTRIBUTION_WORDS,
  NATURE_WORDS,
  REGISTER_HEADERS,
  TOTAL_WORDS,
  type ProbabilityClass,
  type RegisterRole,
} from "./register-words";
import type { Risk } from "./simulate";
import { checkAmount, checkField, RISK_FIELD_SPEC } from "./validate";

export type { ProbabilityClass, RegisterRole } from "./register-words";

// ---- probability classes ------------------------------------------------------------

/** The percentage a register takes for each class, and where that comes from. */
export interface ClassTable {
  readonly values: Readonly<Record<ProbabilityClass, number>>;
  /** null: the defaults; else the sheet they were read from. */
  readonly sheet: string | null;
}

/**
 * The classes as municipalities publish them (docs/SOURCES.md): up to 10% zeer
 * klein, up to 30% klein, up to 50% middel, up to 70% groot, above that zeer
 * groot. A class is a band; the percentage taken within it is the register's
 * choice, so it must say which. Without a class sheet the upper bound of each
 * band is taken, and 90% for zeer groot: an assumption the output states.
 */
export const CLASS_BOUNDS: Readonly<Record<ProbabilityClass, number>> = { zeerKlein: 0.1, klein: 0.3, middel: 0.5, groot: 0.7, zeerGroot: 1 };
export const DEFAULT_CLASSES: ClassTable = { values: { zeerKlein: 0.1, klein: 0.3, middel: 0.5, groot: 0.7, zeerGroot: 0.9 }, sheet: null };

/** Lower case, accents and punctuation gone, single spaces: "Zeer klein (≤ 10%)" → "zeer klein 10". */
function plain(s: string): string {
  return headerWords(s).join(" ");
}

/** The class a text names ("Klein", "2 - klein", "klein (10–30%)"), or null. */
export function classOf(text: string): ProbabilityClass | null {
  const t = plain(text).replace(/^\d+\s+/, "");
  for (const [w, c] of CLASS_WORDS) if (t === w || t.startsWith(`${w} `)) return c;
  return null;
}

/**
 * A class sheet: a column naming the class and a column with the percentage
 * taken for it (30%, 0.3 or 30). Classes it does not list keep their default.
 */
export function readClassTable(rows: readonly (readonly unknown[])[], sheet: string): ClassTable | null {
  const find = (row: readonly unknown[], names: readonly string[]) =>
    row.findIndex((v) => {
      const t = cellText(normalizeCell(v));
      return t !== null && names.some((n) => plain(t) === n || plain(t).startsWith(`${n} `));
    });
  for (let h = 0; h < Math.min(rows.length, HEADER_SEARCH_ROWS); h++) {
    const row = rows[h] ?? [];
    const c = find(row, CLASS_HEADERS.cls);
    const v = find(row, CLASS_HEADERS.value);
    if (c < 0 || v < 0 || c === v) continue;
    const values: Record<ProbabilityClass, number> = { ...DEFAULT_CLASSES.values };
    let any = false;
    for (const r of rows.slice(h + 1)) {
      const name = cellText(normalizeCell(r[c]));
      const cls = name === null ? null : classOf(name);
      const raw = probabilityValue(normalizeCell(r[v]), false);
      // A class sheet may write 30 for 30%: a percentage is never above 1 as a fraction.
      const p = typeof raw === "number" && raw > 1 && raw <= 100 ? raw / 100 : raw;
      if (cls && typeof p === "number" && p >= 0 && p <= 1) {
        values[cls] = p;
        any = true;
      }
    }
    return any ? { values, sheet } : null;
  }
  return null;
}

// ---- cells ----------------------------------------------------------------------------

/** A probability from a cell: a number (a fraction, or a percentage in a percent column), "30%", "0,3". */
function probabilityValue(c: Cell, percentColumn: boolean): number | "text" | null {
  if (c === null || isBlank(c)) return null;
  if (typeof c === "number") return percentColumn ? c / 100 : c;
  if (typeof c !== "string") return "text";
  const s = c.trim();
  const percent = /%\s*$/.test(s);
  const n = parseAmount(percent ? s.replace(/%\s*$/, "") : s);
  if (typeof n !== "number") return "text";
  return percent || percentColumn ? n / 100 : n;
}

function wordOf<T>(c: Cell, table: readonly (readonly [string, T])[]): T | null {
  const t = cellText(c);
  if (t === null) return null;
  const p = plain(t);
  for (const [w, v] of table) if (p === w) return v;
  return null;
}

// ---- header ---------------------------------------------------------------------------

export interface RegisterHeader {
  /** 1-based row of the header, counting from rows[0]. */
  readonly row: number;
  readonly columns: Readonly<Partial<Record<RegisterRole, number>>>;
  /** The headers as written, per role, so a message names the column the user sees. */
  readonly texts: Readonly<Partial<Record<RegisterRole, string>>>;
}

const ROLES = Object.keys(REGISTER_HEADERS) as RegisterRole[];

function roleScore(words: readonly string[], role: RegisterRole): number {
  const text = ` ${words.join(" ")} `;
  let best = 0;
  for (const [k, weight] of REGISTER_HEADERS[role]) {
    let s = 0;
    if (text.includes(` ${k} `)) s = weight;
    else if (!k.includes(" ") && k.length >= 4 && words.some((w) => w.length > k.length && w.endsWith(k))) s = weight - 15;
    if (s > best) best = s;
  }
  return best;
}

function matchHeader(row: readonly unknown[], rowNumber: number): RegisterHeader | null {
  const cands: { col: number; role: RegisterRole; score: number; text: string }[] = [];
  row.forEach((v, col) => {
    const t = cellText(normalizeCell(v));
    // Headers are short; a sentence in a title row is not a column name.
    if (t === null || t.length > 80) return;
    const words = headerWords(t);
    for (const role of ROLES) {
      const score = roleScore(words, role);
      if (score > 0) cands.push({ col, role, score, text: t });
    }
  });
  // Best first; equal scores: the leftmost column, then the role order (a bare amount before a maximum).
  cands.sort((a, b) => b.score - a.score || a.col - b.col || ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  const columns: Partial<Record<RegisterRole, number>> = {};
  const texts: Partial<Record<RegisterRole, string>> = {};
  const used = new Set<number>();
  for (const c of cands) {
    if (columns[c.role] !== undefined || used.has(c.col)) continue;
    columns[c.role] = c.col;
    texts[c.role] = c.text;
    used.add(c.col);
  }
  if (columns.name === undefined || columns.probability === undefined) return null;
  if (columns.amount === undefined && columns.maximum === undefined) return null;
  return { row: rowNumber, columns, texts };
}

/** The register's header within the first rows: the row that names the most columns. */
export function detectRegisterHeader(rows: readonly (readonly unknown[])[]): RegisterHeader | null {
  let best: RegisterHeader | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const m = matchHeader(rows[i] ?? [], i + 1);
    if (m && (!best || Object.keys(m.columns).length > Object.keys(best.columns).length)) best = m;
  }
  return best;
}

// ---- rows -----------------------------------------------------------------------------

export type Nature = "structural" | "incidental";

export interface RegisterRisk extends Risk {
  /** 1-based sheet row. */
  readonly row: number;
  readonly name: string;
  readonly programme: string | null;
  /** The class the register wrote, when it wrote one instead of a percentage. */
  readonly probabilityClass: ProbabilityClass | null;
  readonly nature: Nature | null;
  readonly group: string;
}

/** What kept a row from being read as a risk; worded by registerProblemText. */
export type RegisterProblem =
  /** A value out of its range; `columns` names each field by the register's own header. */
  | { readonly row: number; readonly kind: "value"; readonly error: BLError; readonly columns: Readonly<Record<string, string>> }
  | { readonly row: number; readonly kind: "noProbability" }
  | { readonly row: number; readonly kind: "noAmount" }
  | { readonly row: number; readonly kind: "notAClass"; readonly value: string; readonly column: string }
  | { readonly row: number; readonly kind: "notAnAmount"; readonly value: string; readonly column: string }
  | { readonly row: number; readonly kind: "errorCell"; readonly value: string; readonly column: string };

export interface RegisterRead {
  readonly header: RegisterHeader | null;
  readonly risks: readonly RegisterRisk[];
  readonly problems: readonly RegisterProblem[];
  /** The probability column holds whole percentages (30 for 30%). */
  readonly percentColumn: boolean;
  /** Classes used in the register: their percentages must be stated with the result. */
  readonly classesUsed: readonly ProbabilityClass[];
  readonly classes: ClassTable;
  /** Rows with text only (section headings) and total rows, skipped. */
  readonly skippedHeadings: number;
  readonly skippedTotals: number;
  /** The unit of the amounts as the register states it (x € 1.000), or null. */
  readonly factor: AmountFactor | null;
  readonly error: "emptySheet" | "noHeader" | null;
}

export interface ReadRegisterOptions {
  /** Sheet row of rows[0] minus one. */
  readonly rowOffset?: number;
  readonly classes?: ClassTable;
}

function isTotalName(name: string): boolean {
  const first = plain(name).split(" ")[0] ?? "";
  return TOTAL_WORDS.includes(first);
}

export function readRegisterRows(rows: readonly (readonly unknown[])[], opts: ReadRegisterOptions = {}): RegisterRead {
  const offset = opts.rowOffset ?? 0;
  const classes = opts.classes ?? DEFAULT_CLASSES;
  const empty = { risks: [], problems: [], percentColumn: false, classesUsed: [], classes, skippedHeadings: 0, skippedTotals: 0, factor: null };
  if (!rows.some((r) => r.some((v) => !isBlank(normalizeCell(v))))) return { header: null, ...empty, error: "emptySheet" };
  const header = detectRegisterHeader(rows);
  if (!header) return { header: null, ...empty, error: "noHeader" };
  const col = header.columns;
  const body = rows.slice(header.row);
  const cell = (r: readonly unknown[], role: RegisterRole): Cell => (col[role] === undefined ? null : normalizeCell(r[col[role] as number]));
  const columnText = (role: RegisterRole) => header.texts[role] ?? role;
  // A single figure may stand in the amount column or, alone, in the maximum column.
  const fieldColumns = (a: Amount): Record<string, string> => ({
    probability: columnText("probability"),
    amount: columnText(a.kind === "fixed" && col.amount === undefined ? "maximum" : "amount"),
    minimum: columnText("minimum"),
    most_likely: columnText("mostLikely"),
    maximum: columnText("maximum"),
  });

  // A column of whole percentages (30 for 30%): numbers above 1 and none between 0 and 1.
  // A fraction beside a 30 is a typo to report, not a reason to read every fraction as a percentage.
  // Text cells count too (a csv holds "30"), except those that carry their own % sign.
  const numbers = body
    .map((r) => cell(r, "probability"))
    .filter((c) => !(typeof c === "string" && c.includes("%")))
    .map((c) => probabilityValue(c, false))
    .filter((c): c is number => typeof c === "number");
  const percentColumn = numbers.some((c) => c > 1 && c <= 100) && !numbers.some((c) => c > 0 && c < 1);

  // The register's unit ("x € 1.000"): a figure that names its own ("2,1 mln") is read in it.
  const factor = budgetCaption(rows, header.row, header.texts.amount ?? header.texts.maximum).factor;
  const risks: RegisterRisk[] = [];
  const problems: RegisterProblem[] = [];
  const used = new Set<ProbabilityClass>();
  let headings = 0;
  let totals = 0;
  const NUMERIC: readonly RegisterRole[] = ["probability", "amount", "minimum", "mostLikely", "maximum"];

  body.forEach((r, i) => {
    const row = offset + header.row + i + 1;
    const name = cellText(cell(r, "name"));
    const hasNumber = NUMERIC.some((role) => {
      const c = cell(r, role);
      return c !== null && !isBlank(c);
    });
    if (!hasNumber) {
      if (name !== null || r.some((v) => !isBlank(normalizeCell(v)))) headings++;
      return;
    }
    // A total row names itself in the risk column, or (the risk column empty) in
    // another, often the number column: "Totaal" under "Nr".
    if (name !== null ? isTotalName(name) : r.some((v) => isTotalName(cellText(normalizeCell(v)) ?? ""))) {
      totals++;
      return;
    }
    for (const role of NUMERIC) {
      const c = cell(r, role);
      if (isErrorValue(c)) {
        problems.push({ row, kind: "errorCell", value: c.code, column: columnText(role) });
        return;
      }
    }

    // probability: a class, a percentage or a fraction
    const pc = cell(r, "probability");
    let probability: number;
    let cls: ProbabilityClass | null = null;
    const pv = probabilityValue(pc, percentColumn);
    if (pv === null) {
      problems.push({ row, kind: "noProbability" });
      return;
    }
    if (pv === "text") {
      cls = classOf(cellText(pc) ?? "");
      if (!cls) {
        problems.push({ row, kind: "notAClass", value: cellText(pc) ?? "", column: columnText("probability") });
        return;
      }
      used.add(cls);
      probability = classes.values[cls];
    } else probability = pv;

    // amounts: one figure, or a range
    const nums: Partial<Record<RegisterRole, number>> = {};
    for (const role of ["amount", "minimum", "mostLikely", "maximum"] as const) {
      const c = cell(r, role);
      const n = amountInUnit(c, factor);
      if (isAmountError(n)) {
        problems.push({ row, kind: "notAnAmount", value: cellText(c) ?? "", column: columnText(role) });
        return;
      }
      if (n !== null) nums[role] = n;
    }
    const amount = amountOf(nums, wordOf(cell(r, "distribution"), DISTRIBUTION_WORDS));
    if (!amount) {
      problems.push({ row, kind: "noAmount" });
      return;
    }
    const bad = checkField("probability", probability) ?? checkAmount(amount);
    if (bad) {
      problems.push({ row, kind: "value", error: bad, columns: fieldColumns(amount) });
      return;
    }
    risks.push({
      row,
      name: name ?? "",
      programme: cellText(cell(r, "programme")),
      probability,
      probabilityClass: cls,
      amount,
      nature: wordOf(cell(r, "nature"), NATURE_WORDS),
      group: cellText(cell(r, "group")) ?? "",
    });
  });

  return {
    header,
    risks,
    problems,
    percentColumn,
    classesUsed: CLASSES.filter((c) => used.has(c)),
    classes,
    skippedHeadings: headings,
    skippedTotals: totals,
    factor,
    error: null,
  };
}

/**
 * The amount of a row: a range when it has a minimum and a maximum (triangular
 * with a most likely value, uniform without; PERT or uniform when the
 * distribution column says so), else its single amount, else its maximum alone.
 */
function amountOf(n: Partial<Record<RegisterRole, number>>, named: "triangular" | "pert" | "uniform" | null): Amount | null {
  const { amount, minimum: min, mostLikely: mode, maximum: max } = n;
  if (min !== undefined && max !== undefined) {
    if (named === "uniform" || mode === undefined) return { kind: "uniform", min, max };
    return named === "pert" ? { kind: "pert", min, mode, max } : { kind: "triangular", min, mode, max };
  }
  if (amount !== undefined) return { kind: "fixed", value: amount };
  if (max !== undefined) return { kind: "fixed", value: max };
  return null;
}

/** A problem in words: the row, then what is wrong, naming the column as the register heads it. */
export function registerProblemText(p: RegisterProblem, lang: Lang): string {
  switch (p.kind) {
    case "value":
      return msg(lang, "risk.register.value", p.row, explain(p.error, lang, RISK_FIELD_SPEC, (id) => p.columns[id]));
    case "noProbability":
      return msg(lang, "risk.register.noProbability", p.row);
    case "noAmount":
      return msg(lang, "risk.register.noAmount", p.row);
    case "notAClass":
      return msg(lang, "risk.register.notAClass", p.row, p.value, p.column);
    case "notAnAmount":
      return msg(lang, "risk.register.notAnAmount", p.row, p.value, p.column);
    case "errorCell":
      return msg(lang, "risk.register.errorCell", p.row, errorValueName(p.value, lang), p.column);
  }
}

// ---- the available capacity ----------------------------------------------------------------

export interface AvailableCapacity {
  readonly total: number;
  /** The lines added up, with their 1-based sheet rows. */
  readonly lines: readonly { readonly row: number; readonly description: string; readonly amount: number }[];
}

/**
 * The beschikbare weerstandscapaciteit from a sheet of lines (algemene
 * reserve, onbenutte belastingcapaciteit, post onvoorzien …), read with the
 * budget reader; total lines are left out, they repeat the others.
 */
export function readAvailableCapacity(rows: readonly (readonly unknown[])[]): AvailableCapacity | null {
  const mutable = rows.map((r) => [...r]);
  if (!detectHeader(mutable)) return null;
  const read = readBudgetRows(mutable);
  const lines = read.lines
    .filter((l) => l.amount !== null && !isTotalName(l.description))
    .map((l) => ({ row: l.row, description: l.description, amount: l.amount as number }));
  if (lines.length === 0) return null;
  return { total: lines.reduce((s, l) => s + l.amount, 0), lines };
}
