// What "Controleer niveaus" does, without any DOM: read the budget through the
// host, check every line (in chunks, so long budgets show progress and can be
// cancelled), apply the user's overrides and rules, and write the results.

// The pure modules only: src/budget/index also re-exports the file readers (ExcelJS, node:fs).
import { detectHeader, type BudgetLine, type DetectedHeader, type FiguresInText, type HeaderColumns, type RowProblem } from "../../src/budget/table";
import type { AmountFactor } from "../../src/budget/caption";
import { columnSpan } from "../../src/core/columns";
import { readBudgetRows } from "../../src/budget/reader";
import { readRulesTable } from "../../src/budget/rules";
import { findTotals } from "../../src/budget/totals";
import { VerdictChanges, type VerdictChange } from "../../src/check/rule-effect";
import { checkBudget, RESULT_HEADERS, resultCells, summarize, unchosenOwner, type CheckedLine, type LineProblem, type VerdictTotal } from "../../src/check/budget";
import type { Lang, Text } from "../../src/core/types";
import { compileRules, OWNER_LEVEL, slowRuleProblems, VERDICT_LABELS, VERDICTS, verdictText, type CompiledRules, type Level, type Owner, type RuleProblem, type Verdict } from "../../src/levels";
import { msg, text } from "../../src/i18n/catalogue";
import { RULES_SHEET, type BudgetRegion, type Host, type PaneSettings, type ResultPlan, type WrittenArea } from "../host/types";

/** Soft fills that keep black text readable (WCAG AA), one per verdict. */
export const VERDICT_COLORS: Readonly<Record<Verdict, string>> = {
  OK: "#dff6dd",
  CONDITIONAL: "#fff4ce",
  QUESTIONABLE: "#fce4d6",
  WRONG_LEVEL: "#fde7e9",
  NOT_GOVERNMENT: "#f4e3f7",
  NEUTRAL: "#f3f2f1",
  UNKNOWN: "#e1effa",
};

const RULES_KEYS = ["rulesSheet.pattern", "rulesSheet.taakveld", "rulesSheet.category", "rulesSheet.verdict", "rulesSheet.level", "rulesSheet.note"] as const;

/** The header of a new rules sheet, in the words the rules reader recognises (src/budget/rules.ts). */
export const RULES_HEADER: Readonly<Record<Lang, readonly string[]>> = {
  nl: RULES_KEYS.map((k) => msg("nl", k)),
  en: RULES_KEYS.map((k) => msg("en", k)),
};

export interface Detected {
  readonly region: BudgetRegion;
  readonly header: DetectedHeader;
  /** Header texts by column index within the region, for the column pickers. */
  readonly headings: readonly string[];
}

export class PaneError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** Reads the budget and finds its header, so the user can see and change the columns before the check. */
export async function detect(host: Host): Promise<Detected> {
  // The policy found the whole table around the cursor (taskpane/policy/locate.ts).
  const region = await host.readBudget();
  const header = detectHeader(region.values);
  if (!header) {
    throw new PaneError(text("pane.noBudget"));
  }
  const headRow = header.names ?? region.values[header.headerRow - 1] ?? [];
  const headings = headRow.map((v) => (v === null || v === undefined ? "" : String(v)));
  return { region, header, headings };
}

/** A line's key for overrides: the sheet, the row and the description, so a moved or renamed line loses its override. */
export function lineKey(sheet: string, line: Pick<BudgetLine, "row" | "description">): string {
  return `${sheet}!${line.row}:${line.description}`;
}

export interface CheckOutcome {
  readonly checked: readonly CheckedLine[];
  readonly summary: readonly VerdictTotal[];
  readonly owner: Owner;
  /** The title that named the owner, where it decided one other than the default ("Provincie Zuiderkwartier"). */
  readonly ownerFrom?: string;
  readonly problems: readonly (RowProblem | LineProblem)[];
  readonly ruleProblems: readonly RuleProblem[];
  /** A rules sheet with content but no header the rules reader knows: none of its rules were used. */
  readonly rulesUnread?: string;
  readonly written: WrittenArea;
  readonly sheet: string;
  /** 1-based sheet column of the descriptions: a click on a flagged line selects its description cell. */
  readonly descriptionColumn: number;
  /** The rows checked when only part of the table was (a selection without the header). */
  readonly rows?: { readonly first: number; readonly last: number };
  /** The workbook's rules sheet when its rules were applied: whoever made the workbook wrote them, so the pane says what they changed. */
  readonly rulesSheet?: RulesSheetEffect;
  /** No column of amounts: they were read from the end of each text (a table pasted from a PDF). */
  readonly figuresInText?: FiguresInText;
  /** A second table printed beside the budget, checked too: its lines, the sheet column of their descriptions, its columns ("C:D"). */
  readonly beside?: { readonly lines: ReadonlySet<BudgetLine>; readonly descriptionColumn: number; readonly columns: string };
}

export interface RulesSheetEffect {
  readonly sheet: string;
  readonly hidden: boolean;
  readonly rules: number;
  /** Budget lines whose verdict the rules changed, and the changes, the largest first. */
  readonly lines: number;
  readonly changes: readonly VerdictChange[];
}

export interface RunOptions {
  readonly lang: Lang;
  readonly settings: PaneSettings;
  /** Column choices of the user (indices within the region); undefined keeps the detected ones. */
  readonly columns?: HeaderColumns;
  /** In a table pasted from a PDF, the figure the user chose as the amount, by the header's name for it ("Baten"). */
  readonly figure?: string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly isCancelled?: () => boolean;
  /** Leave the workbook's rules sheet out (the pane's switch). */
  readonly ignoreRules?: boolean;
  /** The unit of the amounts found above the region ("x € 1.000"), which the region's rows may not show. */
  readonly factor?: AmountFactor | null;
  /** The government the budget's title names ("Provincie Zuiderkwartier"), in the region or above it. */
  readonly organisation?: string | null;
}

const CHUNK = 2000;

export const CANCELLED: Text = text("pane.cancelled");

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface SheetRules {
  readonly rules?: CompiledRules;
  readonly problems: RuleProblem[];
  /** A rules sheet with content whose header does not read. */
  readonly unread?: string;
  readonly sheet?: { readonly name: string; readonly hidden: boolean; readonly count: number };
}

async function userRules(host: Host): Promise<SheetRules> {
  let sheet = RULES_SHEET;
  let rows = await host.readSheet(sheet);
  if (!rows) rows = await host.readSheet((sheet = "Rules"));
  if (!rows) return { problems: [] };
  const table = readRulesTable(rows);
  // A sheet the user wrote rules on whose header no longer reads (a heading typed over) would
  // otherwise drop every rule without a word; an empty sheet simply holds no rules.
  if (!table) return rows.some((r) => (r ?? []).some((c) => c !== null && c !== undefined && String(c).trim() !== "")) ? { problems: [], unread: sheet } : { problems: [] };
  const { rules, problems } = compileRules(table);
  if (rules.size === 0) return { problems };
  const listed = await host.listSheets();
  const hidden = (listed.hidden ?? []).some((h) => h.toLowerCase() === sheet.toLowerCase());
  const actual = listed.names.find((n) => n.toLowerCase() === sheet.toLowerCase()) ?? sheet;
  return { rules, problems, sheet: { name: actual, hidden, count: table.length } };
}

export async function runCheck(host: Host, detected: Detected, opts: RunOptions): Promise<CheckOutcome> {
  const { region } = detected;
  const header: DetectedHeader = opts.columns ? { ...detected.header, columns: opts.columns } : detected.header;
  const read = readBudgetRows(region.values, {
    rowOffset: region.top - 1,
    hiddenRows: new Set(region.hiddenRows),
    header,
    ...(opts.figure !== undefined ? { amountColumn: opts.figure } : {}),
    ...(region.title !== undefined ? { title: region.title } : {}),
    ...(opts.factor !== undefined ? { factor: opts.factor } : {}),
  });
  if (read.error) throw new PaneError(read.error.message);
  // A selection below the header: only its rows, and the pane says so.
  const part = region.rows;
  const lines = part ? read.lines.filter((l) => l.row >= part.first && l.row <= part.last) : read.lines;
  // A second table printed beside the budget ("Lasten | Bedrag | Baten | Bedrag") is checked too, as
  // the columns were found (not where the user chose others, nor in a part of the table).
  const second = !opts.columns && !part ? (read.beside ?? null) : null;
  const beside = second?.result.lines ?? [];
  // Chosen in the pane, else an owner column, else the owner the budget's title names, else gemeente.
  const { owner, from: ownerFrom } =
    opts.settings.owner !== undefined ? { owner: opts.settings.owner, from: null } : unchosenOwner(lines, opts.organisation ?? read.caption?.organisation);
  const { rules, problems: ruleProblems, unread, sheet: rulesSheet }: SheetRules = opts.ignoreRules ? { problems: [] } : await userRules(host);
  // With rules, each chunk is checked without them too, to say what they changed.
  const effect = rules ? new VerdictChanges() : null;

  const checked: CheckedLine[] = [];
  const problems: (RowProblem | LineProblem)[] = [];
  // Checked here, the table beside is no longer a note of what was left unread.
  for (const p of read.problems) if (beside.length === 0 || p.code !== "tableBeside") problems.push(p);
  for (const p of second?.result.problems ?? []) problems.push(p);
  const total = lines.length + beside.length;
  // Each table's totals are its own: a subtotal sums lines of its own table.
  for (const [table, before] of [[lines, 0] as const, [beside, lines.length] as const]) {
    const done = await checkInChunks(table, rules ? { owner, rules } : { owner }, effect, opts, (n) => opts.onProgress?.(before + n, total), total > CHUNK);
    for (const c of done.checked) checked.push(c);
    for (const p of done.problems) problems.push(p);
  }
  const final = applyOverrides(checked, region.sheet, opts.settings.overrides ?? {});
  if (opts.isCancelled?.()) throw new PaneError(CANCELLED);

  // Two tables share their rows: their results go on a sheet of their own, a row per line with its description.
  const written = await host.writeResults(resultPlan(final, region, header, opts.lang, beside.length > 0));
  return {
    checked: final,
    summary: summarize(final),
    owner,
    ...(ownerFrom !== null ? { ownerFrom } : {}),
    problems,
    // Rules switched off while checking (an expression over its time on a line) are named too.
    ruleProblems: rules ? ruleProblems.concat(slowRuleProblems(rules)) : ruleProblems,
    ...(unread !== undefined ? { rulesUnread: unread } : {}),
    written,
    sheet: region.sheet,
    descriptionColumn: region.left + header.columns.description,
    ...(part ? { rows: part } : {}),
    ...(read.header?.figuresInText !== undefined ? { figuresInText: read.header.figuresInText } : {}),
    ...(second !== null && beside.length > 0
      ? { beside: { lines: new Set(beside), descriptionColumn: region.left + second.description, columns: columnSpan(region.left - 1 + second.description, region.left - 1 + second.amount) } }
      : {}),
    ...(rulesSheet && effect ? { rulesSheet: { sheet: rulesSheet.name, hidden: rulesSheet.hidden, rules: rulesSheet.count, lines: effect.lines, changes: effect.list() } } : {}),
  };
}

/**
 * Checks lines in chunks, so a 100,000-line budget stays responsive and can be stopped; totals are
 * found over all of them first (a subtotal sums lines of the chunk before it). With `effect`, each
 * chunk is checked without the user's rules too, to say what they changed.
 */
async function checkInChunks(
  lines: readonly BudgetLine[],
  opts: { owner: Owner; rules?: CompiledRules },
  effect: VerdictChanges | null,
  run: RunOptions,
  progress: (done: number) => void,
  yieldEach: boolean,
): Promise<{ checked: CheckedLine[]; problems: LineProblem[] }> {
  const checked: CheckedLine[] = [];
  const problems: LineProblem[] = [];
  const totals = findTotals(lines);
  for (let i = 0; i < lines.length; i += CHUNK) {
    if (run.isCancelled?.()) throw new PaneError(CANCELLED);
    const chunk = lines.slice(i, i + CHUNK);
    const chunkTotals = totals.slice(i, i + CHUNK);
    const done = checkBudget(chunk, { ...opts, totals: chunkTotals });
    for (const c of done.checked) checked.push(c);
    if (effect) effect.add(checkBudget(chunk, { owner: opts.owner, totals: chunkTotals }).checked, done.checked);
    for (const p of done.problems) problems.push(p);
    progress(Math.min(i + CHUNK, lines.length));
    if (yieldEach) await yieldToBrowser();
  }
  return { checked, problems };
}

/**
 * The level that goes with a verdict set by hand: "right level" is the
 * owner's own level and "not a government task" the market; a verdict that
 * names no level keeps none (the rules' level would contradict it).
 */
function overrideLevel(v: Verdict, c: CheckedLine): Level | null {
  if (v === "OK") return OWNER_LEVEL[c.owner];
  if (v === "NOT_GOVERNMENT") return "MARKT";
  if (v === "WRONG_LEVEL") return c.result.verdict === "WRONG_LEVEL" ? c.result.level : null;
  return null;
}

/** A verdict the user set by hand wins over every rule, says so, and keeps what the rules said so it can be taken back. */
export function applyOverrides(checked: readonly CheckedLine[], sheet: string, overrides: Readonly<Record<string, Verdict>>): CheckedLine[] {
  if (Object.keys(overrides).length === 0) return [...checked];
  return checked.map((c) => {
    const v = overrides[lineKey(sheet, c.line)];
    if (!v || v === c.result.verdict) return c;
    const reason: Text = {
      nl: msg("nl", "levels.override", VERDICT_LABELS[v].nl, verdictText(c.result, "nl")),
      en: msg("en", "levels.override", VERDICT_LABELS[v].en, verdictText(c.result, "en")),
    };
    return { ...c, engine: c.result, result: { ...c.result, verdict: v, level: overrideLevel(v, c), rule: "override", confidence: 1, reason } };
  });
}

export function resultPlan(checked: readonly CheckedLine[], region: BudgetRegion, header: DetectedHeader, lang: Lang, ownSheet = false): ResultPlan {
  // The pane writes only what the budget does not already show: the verdict and why. On a sheet of
  // their own, results of two tables that share their rows say which line they are about.
  const full = RESULT_HEADERS[lang];
  const keep = ownSheet ? [0, 4, 5, 7, 8] : [4, 5, 7, 8]; // (Omschrijving,) Oordeel, Niveau, Toelichting, Regel
  // A loop, not Math.max(...rows): a budget of 300,000 rows would overflow the argument list.
  let width = 0;
  for (const r of region.values) if (r.length > width) width = r.length;
  return {
    sheet: region.sheet,
    headerRow: header.headerRow + region.top - 1,
    lastColumn: region.left + width - 1,
    header: keep.map((k) => full[k] ?? ""),
    rows: checked.map((c) => {
      const cells = resultCells(c, lang);
      return { row: c.line.row, verdict: c.result.verdict, cells: keep.map((k) => cells[k] ?? null) };
    }),
    colors: VERDICT_COLORS,
    verdictText: Object.fromEntries(VERDICTS.map((v) => [v, VERDICT_LABELS[v][lang]])) as Record<Verdict, string>,
    ...(ownSheet ? { ownSheet: true } : {}),
  };
}
