// Reading the budget lines of a sheet row by row, as the rows arrive: from a
// file being unpacked (the command line streams a workbook part and never holds
// the sheet), or from a range of cells (the task pane). Only the first 30 rows
// are kept until the header is found; after that each row becomes a line or a
// problem and is let go. Row numbers are 1-based sheet rows, so a user can find
// every reported line in the sheet.

import { columnLetters } from "../core/columns";
import type { Lang, Text } from "../core/types";
import { msg } from "../i18n/catalogue";
import { formatNumber } from "../i18n/format";
import { type AmountFactor, budgetCaption, type BudgetCaption, namesOrganisation } from "./caption";
import { chooseAmountColumn } from "./amount-column";
import { bareDesignation, nextHeadings } from "./headings";
import { type Cell, cellText, errorValueName, isBlank, isErrorValue, isUncachedFormula, normalizeCell, opensAsItem } from "./cells";
import { closesAsReserves, isReserveStatement } from "./reserves";
import { figureNamed, type FigureReading, readFigures, splitFigures } from "./pasted";
import { totalWording } from "./totals";
import { amountInText, amountInUnit, type DecimalMark, decimalEvidence, inUnit, isAmountError, namesSum, readAmount, saysNoFigure } from "./numbers";
import { DETECT_ROWS, detectHeader, HEADER_SEARCH_ROWS, headerSubject, headerTexts, isAmountHeader, looksLikeAmount, namesIndicators, newTableHeader, type DetectedHeader, type Role } from "./layout";
import type { BudgetLine, ReadBudgetOptions, ReadBudgetResult, RowProblem } from "./table";

const ROLES: readonly Role[] = ["description", "taakveld", "amount", "owner"];

function both(f: (lang: Lang) => string): Text {
  return { nl: f("nl"), en: f("en") };
}

/**
 * An article or item number left of the description ("1 | Inzet", "11.01 |
 * Algemeen waterbeleid"): it numbers the row, it is no figure of it.
 */
function numbering(k: number, c: unknown, description: number | undefined): boolean {
  if (description === undefined || k >= description) return false;
  if (typeof c === "number") return Number.isInteger(c) && c >= 0 && c < 1000;
  return typeof c === "string" && /^\s*\d{1,3}(?:\.\d{1,3})*[a-z]?\.?\s*$/i.test(c);
}

/** A description cell's text and its `count` figures at the end, or null where it does not end in as many. */
function pastedLine(c: Cell, count: number): { text: string; figures: readonly string[] } | null {
  const t = cellText(c);
  if (t === null) return null;
  const split = splitFigures(t, count);
  return split.figures.length === count ? split : null;
}

/**
 * Does a text go on with the name of the row above ("18+", "en jongeren", "(excl. BUIG)")? Short, and
 * opening as no name or item does: with a small letter, a bracket or an age ("18+", "18-"); never a code.
 */
function continuesName(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 3 && leadingCode(t) === null && /^(?:\p{Ll}|[(&]|\d{1,2}[+-](?:\s|$))/u.test(t);
}

/** "6.71a Maatwerkdienstverlening 18+" -> "6.71a"; "0-61. OZB" -> "0-61."; a group heading ("6. Sociaal domein") has none. */
function leadingCode(s: string): string | null {
  const m = /^\s*(\d{1,2}(?:[.-]\d{1,3}){1,2}[a-dA-D]?\.?)(?:\s|$)/.exec(s);
  return m ? (m[1] as string) : null;
}

/** The note for an amount taken from a text: the user checks the sum the reader found in it. */
function sumNote(row: number, figure: string, text: string): RowProblem {
  return { row, code: "amountInText", message: both((l) => msg(l, "budget.amountInText", row, figure, shorten(text.trim()))) };
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

export class BudgetReader {
  private readonly offset: number;
  private readonly top: unknown[][] = [];
  private state: "collecting" | "reading" | "noHeader" | "noAmountColumn" = "collecting";
  /** The columns that could have been chosen, when the user's amount column is not in the table. */
  private otherColumns = "";
  private header: DetectedHeader | null = null;
  private headerCells: (string | null)[] = [];
  private anyData = false;
  private readonly lines: BudgetLine[] = [];
  private readonly problems: RowProblem[] = [];
  private readonly hiddenTop = new Set<number>();
  /** The headings above the current row, nearest first: a programme and a taakveld under it. */
  private headings: string[] = [];
  /** Whether the table is a statement of reserves: every line is a reserve's balance or movement. */
  private reserves = false;
  /** What the whole table is about, when its description column's header says so. */
  private subject: string | null = null;
  /** The title printed above the table ("Operationeel doel 2.1.3 Openbaar vervoer"): the heading of every line in it. */
  private title: string | null = null;
  /** Inside a table of indicators under the budget (from its header row to the next empty row): its rows are no budget lines. */
  private inIndicators = false;
  /** The columns of a later table under the first, with its amounts in a column of its own (newTableHeader). */
  private sectionColumns: DetectedHeader["columns"] | null = null;
  /** The last row handed to line(): a gap after it is an empty row (a workbook does not store empty rows). */
  private lastRow = 0;
  /**
   * The last text of each context column: a grouping column ("Programma") names its group in the
   * group's first row and leaves the rows below it blank (or merged), which stand in the same group.
   */
  private readonly carried = new Map<number, string>();
  /** Whose budget and its unit, as the rows down to the header say. */
  private caption: BudgetCaption | null = null;
  /** Euros per amount in the table ("x € 1.000": 1,000), null where it does not say. */
  private factor: number | null = null;
  // The amount column's decimal mark, as its texts show it; amounts it leaves ambiguous wait for the end.
  private commas = 0;
  private dots = 0;
  private readonly ambiguous: { index: number; row: number; raw: string; sep: string }[] = [];
  // The units the amount column's figures name ("5,7 miljoen": 1,000,000), and its small figures that name none.
  private readonly namedUnits = new Map<number, number>();
  private figures = 0;
  private readonly bare: { index: number; row: number; raw: string; amount: number }[] = [];

  /** The last row of a pasted table, when it opens with a code and has no figures: its name may go on in the next row. */
  private brokenRow: { readonly row: number; readonly index: number; readonly headings: string[] } | null = null;
  /** The second table beside this one, read from its own columns as the rows come by (a side-by-side statement). */
  private second: { readonly description: number; readonly amount: number; readonly reader: BudgetReader } | null = null;

  constructor(private readonly opts: ReadBudgetOptions = {}) {
    this.offset = opts.rowOffset ?? 0;
  }

  /**
   * Hands over one row: `sheetRow` is its 1-based sheet row, `cells` its values
   * from the first column of the range on. Rows come in sheet order; rows that
   * are not handed over are blank. Returns false once it is clear the sheet
   * holds no budget table (no header in the first rows the detection reads): reading can stop.
   */
  push(sheetRow: number, cells: readonly unknown[], hidden = false): boolean {
    if (this.state === "noHeader" || this.state === "noAmountColumn") return false;
    const index = sheetRow - 1 - this.offset;
    if (!this.anyData) {
      for (let k = 0; k < cells.length; k++) {
        if (!isBlank(normalizeCell(cells[k]))) {
          this.anyData = true;
          break;
        }
      }
    }
    if (this.state === "collecting") {
      // The header is sought in the first 30 rows, and the columns' content below it tells their roles.
      if (index < DETECT_ROWS) {
        this.top[index] = cells as unknown[];
        if (hidden) this.hiddenTop.add(sheetRow);
        return true;
      }
      this.resolveHeader();
      if ((this.state as string) !== "reading") return false;
    }
    this.line(sheetRow, cells, hidden);
    if (this.second !== null) this.second.reader.push(sheetRow, cells.slice(this.second.description), hidden);
    return true;
  }

  /** The rows above the budget lines as read so far (the caption lines and the header). */
  topRows(): readonly (readonly unknown[])[] {
    const out: unknown[][] = [];
    for (let i = 0; i < this.top.length; i++) out.push(this.top[i] ?? []);
    return out;
  }

  finish(): ReadBudgetResult {
    if (this.state === "collecting") this.resolveHeader();
    if (!this.anyData) {
      return { header: null, lines: [], problems: [], error: { code: "emptySheet", message: both((l) => msg(l, "budget.emptySheet")) } };
    }
    if (this.state === "noAmountColumn") {
      const choice = this.opts.amountColumn ?? "";
      const available = this.otherColumns;
      return { header: null, lines: [], problems: [], error: { code: "amountColumnNotFound", message: both((l) => msg(l, "budget.amountColumnNotFound", choice, available)), choice, available } };
    }
    if (this.state !== "reading" || this.header === null) {
      return { header: null, lines: [], problems: [], error: { code: "noHeader", message: both((l) => msg(l, "budget.noHeader", HEADER_SEARCH_ROWS)) } };
    }
    this.settleDecimals();
    this.settleUnits();
    this.settleReserves();
    const second = this.second;
    const beside = second === null ? null : { description: second.description, amount: second.amount, result: second.reader.finish() };
    return { header: this.header, lines: this.lines, problems: this.problems, error: null, ...(this.caption ? { caption: this.caption } : {}), ...(beside !== null && beside.result.lines.length > 0 ? { beside } : {}) };
  }

  /**
   * A table closed by a total of reserve movements lists reserve movements, whatever its
   * header says (reserves.ts). Not where another total stands above it: there the sheet
   * holds a table of tasks before the reserves, closed by a total of its own.
   */
  private settleReserves(): void {
    const last = this.lines[this.lines.length - 1];
    if (this.reserves || last === undefined || !closesAsReserves(last.description)) return;
    if (this.lines.some((l) => l !== last && totalWording(l.description))) return;
    for (let i = 0; i < this.lines.length; i++) {
      const l = this.lines[i] as BudgetLine;
      if (l.kind === undefined) this.lines[i] = { ...l, kind: "reserve" };
    }
  }

  /**
   * The amounts that could be read two ways ("2,250": thousands or decimals),
   * decided by the rest of their column: a column that writes "1,5" writes
   * decimals with a comma, so its "2,250" is 2.25. Where the column shows
   * both marks as decimals, or none while its ambiguous amounts use both, the
   * amount keeps the thousands reading and is reported with its row.
   */
  private settleDecimals(): void {
    if (this.ambiguous.length === 0) return;
    const mark: DecimalMark | null = this.commas > 0 && this.dots === 0 ? "," : this.dots > 0 && this.commas === 0 ? "." : null;
    const seps = new Set(this.ambiguous.map((a) => a.sep));
    const conflict = (this.commas > 0 && this.dots > 0) || (mark === null && seps.size > 1);
    let reported = false;
    for (const a of this.ambiguous) {
      const line = this.lines[a.index];
      if (!line) continue;
      if (mark !== null) {
        const v = amountInUnit(a.raw, this.factor, mark);
        if (typeof v === "number" && v !== line.amount) this.lines[a.index] = { ...line, amount: v };
      } else if (conflict && line.amount !== null) {
        const amount = line.amount;
        this.problems.push({ row: a.row, code: "ambiguousAmount", message: both((l) => msg(l, "budget.ambiguousAmount", a.row, a.raw.trim(), formatNumber(amount, l))) });
        reported = true;
      }
    }
    if (reported) this.problems.sort((x, y) => x.row - y.row);
  }

  /**
   * A column whose figures name one unit ("5,7 miljoen", "16 miljoen", "44,8",
   * "3,6", as a news summary of a budget prints them) writes its other small
   * figures in that unit too: "44,8" there is 44.8 million, not 44.80 euros. Only
   * where the table states no unit of its own, the figures name a single unit,
   * at least half of them name it, and the bare figure is below a thousand (a
   * figure written out, "250.000", is euros). Each such amount is said, so the
   * user can check it.
   */
  private settleUnits(): void {
    if (this.bare.length === 0 || this.namedUnits.size !== 1 || this.factor !== null) return;
    const [unit, named] = [...this.namedUnits][0] as [number, number];
    if (named * 2 < this.figures) return;
    for (const b of this.bare) {
      const line = this.lines[b.index];
      if (!line) continue;
      const amount = b.amount * unit;
      this.lines[b.index] = { ...line, amount };
      this.problems.push({ row: b.row, code: "amountInColumnUnit", message: both((l) => msg(l, "budget.amountInColumnUnit", b.row, b.raw.trim(), formatNumber(amount, l))) });
    }
    this.problems.sort((x, y) => x.row - y.row);
  }

  /** The figures at the end of the description texts below the header, where they carry them, or why they cannot be read (pasted.ts). */
  private figuresIn(top: readonly (readonly unknown[])[], detected: DetectedHeader): FigureReading {
    const headerIndex = detected.headerRow - 1;
    const headerCell = headerIndex >= 0 ? cellText(normalizeCell((top[headerIndex] ?? [])[detected.columns.description])) : null;
    return readFigures(top.slice(headerIndex + 1), detected.columns.description, headerCell);
  }

  private resolveHeader(): void {
    const top = this.topRows() as unknown[][];
    let detected = this.opts.header ?? detectHeader(top);
    if (!detected) {
      this.state = "noHeader";
      return;
    }
    if (this.opts.amountColumn !== undefined) {
      // The user's column replaces the one the header words chose; a name that is no column stops the read.
      const chosen = chooseAmountColumn(top, detected, this.opts.amountColumn);
      if (chosen.index !== null) detected = { ...detected, columns: { ...detected.columns, amount: chosen.index }, amountHeader: chosen.name };
      else {
        // A table pasted from a PDF has no column of amounts: the user names one of the figures its header names ("Baten").
        const inText = detected.columns.amount === undefined ? this.figuresIn(top, detected).inText : null;
        const named = inText === null ? null : figureNamed(inText, this.opts.amountColumn);
        if (named === null) {
          this.state = "noAmountColumn";
          this.otherColumns = [chosen.available, ...(inText?.names ?? []).map((n) => `"${n}"`)].filter((x) => x !== "").join(", ");
          return;
        }
        detected = { ...detected, figuresInText: named, amountHeader: named.name as string };
      }
    }
    // detectHeader counts from the first row handed over (0: a table without a header row); the result reports sheet rows.
    const headerIndex = detected.headerRow - 1;
    this.header = { ...detected, headerRow: detected.headerRow === 0 ? 0 : detected.headerRow + this.offset };
    const cols = this.header.columns;
    this.headerCells = headerIndex >= 0 ? (top[headerIndex] ?? []).map((v) => cellText(normalizeCell(v))) : [];
    this.subject = headerSubject(this.headerCells[cols.description] ?? null);
    this.reserves = isReserveStatement(this.headerCells, cols.description);
    this.title = tableTitle(top, headerIndex - (detected.headerLines === 2 ? 1 : 0)) ?? this.opts.title ?? null;
    // No column of amounts: a table pasted from a PDF may end each text with its figures.
    if (cols.amount === undefined && this.header.figuresInText === undefined) {
      const { inText, unclear } = this.figuresIn(top, detected);
      if (inText !== null) this.header = { ...this.header, figuresInText: inText, ...(inText.name !== null ? { amountHeader: inText.name } : {}) };
      else if (unclear !== null) {
        // Texts ending in more figures than the header names: which is which cannot be told, and the user is told so.
        const row = this.header.headerRow;
        this.problems.push({ row, code: "figuresUnclear", message: both((l) => msg(l, "budget.figuresUnclear", row, unclear.named, unclear.found)) });
      }
    }
    // A second table beside this one is not part of it: the user is told, so no line goes missing unsaid,
    // and it is read on its own from its columns (the command line checks it as a table of its own).
    const beside = detected.beside;
    if (beside !== undefined) {
      const name = (k: number) => this.headerCells[k] ?? columnLetters(k);
      const row = Math.max(1, this.header.headerRow);
      this.problems.push({ row, code: "tableBeside", message: both((l) => msg(l, "budget.tableBeside", row, name(beside.description), name(beside.amount))) });
    }
    this.caption = budgetCaption(top, detected.headerRow, detected.amountHeader);
    this.factor = this.caption.factor ?? this.opts.factor ?? null;
    // The header given to the table beside names no table beside it: one reader per table.
    if (beside !== undefined && headerIndex >= 0) this.second = this.besideReader(top, headerIndex, beside);
    this.state = "reading";
    for (let i = headerIndex + 1; i < this.top.length; i++) {
      const row = this.top[i];
      if (row === undefined) continue;
      const sheetRow = i + 1 + this.offset;
      this.line(sheetRow, row, this.hiddenTop.has(sheetRow));
    }
  }

  /**
   * A reader of the table beside this one: its rows from its description column on, under the same
   * header row, handed the rows read so far.
   */
  private besideReader(top: readonly (readonly unknown[])[], headerIndex: number, beside: { readonly description: number; readonly amount: number }): NonNullable<BudgetReader["second"]> {
    // Its rows are sliced from its description column on: the description first, under the same header row.
    const amountHeader = this.headerCells[beside.amount];
    const header: DetectedHeader = { headerRow: headerIndex + 1, columns: { description: 0, amount: beside.amount - beside.description }, source: "header", ...(amountHeader ? { amountHeader } : {}) };
    const { amountColumn: _ignored, ...rest } = this.opts;
    // The unit and the title stand above the first table, left of this one's columns.
    const reader = new BudgetReader({ ...rest, header, ...(this.factor !== null ? { factor: this.factor as AmountFactor } : {}), ...(this.title !== null ? { title: this.title } : {}) });
    for (let i = 0; i < top.length; i++) {
      const sheetRow = i + 1 + this.offset;
      reader.push(sheetRow, (top[i] ?? []).slice(beside.description), this.hiddenTop.has(sheetRow));
    }
    return { ...beside, reader };
  }

  /** Counts the unit a figure named; a small figure written as text that named none is returned, for settleUnits. */
  private noteUnit(unit: number, amount: number, cell: Cell): { raw: string; amount: number } | null {
    this.figures++;
    if (unit !== 1) this.namedUnits.set(unit, (this.namedUnits.get(unit) ?? 0) + 1);
    else if (typeof cell === "string" && Math.abs(amount) < 1000) return { raw: cell, amount };
    return null;
  }

  private line(sheetRow: number, raw: readonly unknown[], hiddenRow: boolean): void {
    const header = this.header as DetectedHeader;
    const cols = this.sectionColumns ?? header.columns;
    const cells: Cell[] = raw.map(normalizeCell);
    const blank = cells.every(isBlank);
    const gap = sheetRow > this.lastRow + 1;
    this.lastRow = sheetRow;
    if (gap || blank) this.inIndicators = false;
    if (blank || this.inIndicators) return;
    // Only a row without a figure where the amounts stand can be a header of another table (most rows have one).
    // (A csv's figures are texts: "1.200" counts as a figure as 1200 does.)
    const amountCell0 = cells[cols.amount ?? -1];
    const figureless = !(typeof amountCell0 === "number" || (typeof amountCell0 === "string" && looksLikeAmount(amountCell0)));
    const texts = figureless ? headerTexts(cells) : null;
    // A table of indicators or ratios under the budget ("Indicator | Eenheid | Waarde | Bron"): its rows
    // name shares and counts, not money; they are passed over to the next empty row, and the user is told.
    if (texts !== null && namesIndicators(texts)) {
      this.inIndicators = true;
      const first = cells.map(cellText).find((t) => t !== null) ?? "";
      this.problems.push({ row: sheetRow, code: "indicatorTable", message: both((l) => msg(l, "budget.indicatorTable", sheetRow, first)) });
      return;
    }
    // A later table under this one, its amounts in a column of its own ("Naam | Bijdrage 2026"): its lines
    // are read from its columns, and the user is told which. (Not in a table pasted from a PDF, which has no columns.)
    // Only under lines of this table with figures: right under the header such a row is the header's second line.
    const next = header.figuresInText === undefined && cols.amount !== undefined && this.figures > 0 && texts !== null ? newTableHeader(texts) : null;
    // (Its amounts in the same column: the table goes on as it was read.) The header row itself is read
    // under the new columns, as the heading of the lines below it.
    if (next !== null && (next.amount !== cols.amount || next.description !== cols.description)) {
      this.sectionColumns = { description: next.description, amount: next.amount };
      const first = cellText(cells[next.description] ?? null) ?? "";
      this.problems.push({ row: sheetRow, code: "newTable", message: both((l) => msg(l, "budget.newTable", sheetRow, first, next.name)) });
      this.line(sheetRow, raw, hiddenRow);
      return;
    }
    // Printed exports repeat the header on every page.
    const headerCells = this.headerCells;
    if (headerCells.length > 0 && cells.length === headerCells.length && cells.every((c, k) => isBlank(c) === (headerCells[k] === null) && (isBlank(c) || cellText(c) === headerCells[k]))) return;
    const at = (col: number | undefined): Cell => (col === undefined ? null : cells[col] ?? null);

    const rowProblems: RowProblem[] = [];
    for (const role of ROLES) {
      const col = cols[role];
      const rawCell = col === undefined ? undefined : raw[col];
      if (isUncachedFormula(rawCell)) {
        const formula = rawCell.formula ?? rawCell.sharedFormula ?? "";
        rowProblems.push({ row: sheetRow, code: "formulaWithoutValue", message: both((l) => msg(l, "budget.formulaWithoutValue", sheetRow, msg(l, `budget.column.${role}`), formula)) });
      }
    }
    for (const role of ROLES) {
      const c = at(cols[role]);
      if (isErrorValue(c)) {
        rowProblems.push({ row: sheetRow, code: "errorCell", message: both((l) => msg(l, "budget.errorCell", sheetRow, msg(l, `budget.column.${role}`), errorValueName(c.code, l))) });
      }
    }

    // A text ending in its figures ("0.1 Bestuur 3.179 466 -2.713"): the figures are its amounts.
    const inText = header.figuresInText;
    const pasted = inText === undefined ? null : pastedLine(at(cols.description), inText.count);
    let amount: number | null = null;
    const amountCell = pasted !== null ? (pasted.figures[inText?.pick ?? 0] as string) : at(cols.amount);
    let ambiguousText: string | null = null;
    let bare: { raw: string; amount: number } | null = null;
    // Each amount is read once: a large ledger has a hundred thousand of them.
    const read = isErrorValue(amountCell) ? null : readAmount(amountCell);
    // "budget € 750.000 voor 2013": a short text naming one sum, read as published lists write their figures.
    // Its other digits ("2013") say nothing of the column's decimal mark.
    const textSum = read !== null && isAmountError(read.amount) && typeof amountCell === "string" ? amountInText(amountCell) : null;
    // Only a figure says how the column writes its decimals: a text in its place ("Aantal per 1.000
    // inwoners", a unit under a table of indicators) would turn every "1.200" of the column into 1.2.
    if (typeof amountCell === "string" && textSum === null && read !== null && !isAmountError(read.amount)) {
      const evidence = decimalEvidence(amountCell);
      if (evidence === ",") this.commas++;
      else if (evidence === ".") this.dots++;
      else if (evidence === "ambiguous") ambiguousText = amountCell;
    }
    // The header printed again over a second block ("Baten (x 1.000) | Rekening 2023 | Begroting 2024"):
    // its figure cell names a column, so the row heads the block below, with no unreadable amount.
    const namesColumn = read !== null && isAmountError(read.amount) && textSum === null && typeof amountCell === "string" && isAmountHeader(amountCell) && !namesSum(amountCell);
    if (read !== null && !namesColumn) {
      const parsed = read.amount;
      if (textSum !== null) {
        // Said, so the user can check the sum taken from the text.
        amount = inUnit(textSum.amount, textSum.unit, this.factor);
        rowProblems.push(sumNote(sheetRow, textSum.figure, String(amountCell)));
      } else if (isAmountError(parsed)) {
        rowProblems.push({ row: sheetRow, code: "amountNotNumber", message: both((l) => msg(l, "budget.amountUnreadable", sheetRow, parsed.message[l])) });
      } else {
        amount = parsed === null ? null : inUnit(parsed, read.unit, this.factor);
        if (parsed !== null) bare = this.noteUnit(read.unit, parsed, amountCell);
      }
    }

    let description = pasted !== null ? pasted.text : cellText(at(cols.description));
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
        const what = (l: Lang): string =>
          shorten(amount !== null ? msg(l, "budget.what.amount", formatNumber(amount, l)) : taakveld !== null ? msg(l, "budget.what.taakveld", String(taakveld)) : msg(l, "budget.what.data"));
        rowProblems.push({ row: sheetRow, code: "descriptionMissing", message: both((l) => msg(l, "budget.noDescription", sheetRow, what(l))) });
      }
      for (const p of rowProblems) this.problems.push(p);
      return;
    }
    // A list without a figure column whose texts name their sums ("Het Hogeland € 12,1 miljoen"):
    // the text is the line and its sum the line's amount, said so the user can check it.
    const ownSum = cols.amount === undefined && inText === undefined ? amountInText(description) : null;
    if (ownSum !== null) {
      amount = inUnit(ownSum.amount, ownSum.unit, this.factor);
      rowProblems.push(sumNote(sheetRow, ownSum.figure, description));
    }
    for (const p of rowProblems) this.problems.push(p);
    const hidden = hiddenRow || this.opts.hiddenRows?.has(sheetRow) === true;
    // A row of a table pasted from a PDF that broke over two lines ("6.71a Maatwerkdienstverlening" over
    // "18+ 8.990 310 -8.680"): the first, without figures, was taken for a heading; the two are one line.
    if (pasted !== null && this.brokenRow !== null && this.brokenRow.row === sheetRow - 1 && continuesName(description)) {
      const { index, headings: before } = this.brokenRow;
      const first = this.lines[index] as BudgetLine;
      const { kind: _heading, ...rest } = first;
      this.lines[index] = { ...rest, description: `${first.description} ${description}`, amount, ...(hiddenRow ? { hidden: true as const } : {}) };
      this.headings = before;
      this.brokenRow = null;
      this.settleLater(index, sheetRow, bare, ambiguousText);
      return;
    }
    // A row with text and no figure anywhere is a heading for the rows below it.
    // (Only in a table that has figures: in a plain list every row is a line.)
    const context = cols.context ?? [];
    // A dash or bullet marks an item of the line above, never a heading; "n.v.t." in a figure's place is a line without one.
    let heading = (cols.amount !== undefined || (inText !== undefined && pasted === null)) && !opensAsItem(description);
    let sums = false;
    for (let k = 0; heading && k < cells.length; k++) {
      const c = cells[k] ?? null;
      if (k === cols.description || k === cols.taakveld || context.includes(k) || isBlank(c)) continue;
      // An error value is a figure that failed (a formula's #DEEL/0!): the row is a line whose amount is not read, not a heading.
      if ((looksLikeAmount(c) && !numbering(k, c, cols.description)) || (typeof c === "string" && saysNoFigure(c)) || isErrorValue(c)) heading = false;
      // A text naming sums it does not give as one amount ("Per jeugdlid: € 13,14 …") makes the row a line
      // with money of its own, though it still heads the rows below ("Maximumbedrag per subsidie | € 378,85").
      else if (typeof c === "string" && namesSum(c)) sums = true;
    }
    // A heading's number with its name in the next cell ("Operationeel doel 3.1.2 | Beoordelen
    // versterkingsplannen primaire keringen"): the name says the task of the lines below.
    if (heading && bareDesignation(description)) {
      const name = namedBeside(cells, cols.description ?? 0, (k) => k === cols.taakveld || context.includes(k));
      if (name !== null) description = `${description} ${name}`;
    }
    // The row's own number left of its description ("11.01 | Algemeen waterbeleid"): it shows which rows a total stands above.
    let code: string | null = null;
    for (let k = 0; code === null && cols.description !== undefined && k < cols.description; k++) {
      const c = cells[k] ?? null;
      if (k !== cols.taakveld && !isBlank(c) && numbering(k, c, cols.description)) code = String(c).trim();
    }
    // A heading stands under the headings that hold it, not under the sibling it closes
    // ("Programma 2" is not under "Programma 1").
    const headings = heading ? nextHeadings(this.headings, description) : this.headings;
    const contextTexts: string[] = heading ? headings.slice(1) : [...headings];
    const carried = cols.carried ?? [];
    for (const k of context) {
      const own = cellText(cells[k] ?? null);
      if (own !== null) this.carried.set(k, own);
      const t = own ?? (carried.includes(k) ? this.carried.get(k) : undefined) ?? null;
      // (A programme's own heading row above already put its name there.)
      if (t !== null && t !== description && !contextTexts.includes(t)) contextTexts.push(t);
    }
    // A ledger's kind of money ("Onderhoud gebouwen") says what the money is, and where the cost centre names no task, maybe whose.
    const costType = cols.costType === undefined ? null : cellText(at(cols.costType));
    if (costType !== null && costType !== description) contextTexts.push(costType);
    if (this.subject !== null) contextTexts.push(this.subject);
    if (this.title !== null && this.title !== description) contextTexts.push(this.title);
    this.lines.push({
      row: sheetRow,
      description,
      taakveld,
      amount,
      owner,
      ...(hidden ? { hidden: true as const } : {}),
      ...(contextTexts.length > 0 ? { context: contextTexts } : {}),
      ...(heading && !sums ? { kind: "heading" as const } : this.reserves ? { kind: "reserve" as const } : {}),
      ...(code !== null ? { code } : {}),
      ...(costType !== null && costType !== description ? { costType } : {}),
    });
    // A pasted row opening with a taakveld code and without figures may go on in the next row.
    this.brokenRow = inText !== undefined && pasted === null && heading && taakveld !== null ? { row: sheetRow, index: this.lines.length - 1, headings: this.headings } : null;
    this.headings = headings;
    this.settleLater(this.lines.length - 1, sheetRow, bare, ambiguousText);
  }

  /** A line's amount that the whole column decides (a bare small figure, a figure whose decimal mark is ambiguous): settled at the end. */
  private settleLater(index: number, row: number, bare: { raw: string; amount: number } | null, ambiguousText: string | null): void {
    if (bare !== null) this.bare.push({ ...bare, row, index });
    if (ambiguousText !== null) this.ambiguous.push({ index, row, raw: ambiguousText, sep: /[.,]/.exec(ambiguousText)?.[0] ?? "" });
  }
}

/** The first text right of column `from` that names something (not a figure), skipping `skip`'s columns. */
function namedBeside(cells: readonly Cell[], from: number, skip: (k: number) => boolean): string | null {
  for (let k = from + 1; k < cells.length; k++) {
    const c = cells[k] ?? null;
    if (isBlank(c) || skip(k)) continue;
    return typeof c === "string" && /\p{L}{3,}/u.test(c) && !looksLikeAmount(c) ? cellText(c) : null;
  }
  return null;
}

/**
 * The nearest row above the header that is a title: one text on its own that
 * names a subject; a unit line ("Bedragen x € 1.000") is passed over. A table
 * as published sits under its programme's or goal's heading; "Headings are
 * context" (LEVELS.md) makes that heading the outermost context of its lines.
 */
export function tableTitle(top: readonly (readonly unknown[])[], headerIndex: number): string | null {
  for (let i = headerIndex - 1; i >= 0; i--) {
    let text: string | null = null;
    let lead: string | null = null;
    let cells = 0;
    for (const v of top[i] ?? []) {
      const c = normalizeCell(v);
      if (isBlank(c)) continue;
      cells++;
      text = typeof c === "string" ? cellText(c) : null;
      if (cells === 1) lead = text;
    }
    // A heading's number and its name in two cells ("6.2 | Zorgdragen voor erfgoed") are one title.
    if (cells === 2 && lead !== null && text !== null && bareDesignation(lead)) text = `${lead} ${text}`;
    // A band of column names or figures above the header ends the search.
    else if (cells > 1) return null;
    // The budget's own title ("Begroting 2025 gemeente Lindewaard") names whose it is, not a task.
    const subject = text === null || namesOrganisation(text) ? null : headerSubject(text);
    if (subject !== null) return subject;
  }
  return null;
}

/**
 * Reads the budget lines below the header of a range of rows (rows[0] is sheet
 * row 1 + rowOffset).
 *
 * Blank rows are skipped; every other row becomes a line or a problem, never
 * silently nothing. Section and subtotal rows are lines too: deciding what
 * they are is the engine's job. When the description cell is empty, other text
 * in the row is used (programme budgets put section and subtotal labels in
 * another column than line descriptions); a row with an amount but no text at
 * all is reported. An unreadable amount keeps the line (amount null) and adds a
 * problem, so the line can still be classified while the user sees the issue.
 */
export function readBudgetRows(rows: readonly (readonly unknown[] | undefined)[], opts: ReadBudgetOptions = {}): ReadBudgetResult {
  const reader = new BudgetReader(opts);
  const offset = opts.rowOffset ?? 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    if (!reader.push(i + 1 + offset, row)) break;
  }
  return reader.finish();
}
