// What goes into the council workbook, gathered from data: the scenarios of each
// template evaluated, the level-check summary however the results were written,
// and where it all came from. Pure; io/council-workbook.ts writes it with ExcelJS.

import type { CouncilRisk } from "../risk/workbook";
import type { Lang, Text } from "../core/types";
import { budgetCaption, type AmountFactor, type BudgetCaption } from "../budget/caption";
import { cellText, normalizeCell } from "../budget/cells";
import { amountInUnit } from "../budget/numbers";
import { readBudgetRows } from "../budget/reader";
import { detectHeader, type DetectedHeader } from "../budget/table";
import { text } from "../i18n/catalogue";
import { parseVerdict } from "../levels/labels";
import { isTotalRule } from "../levels/rule-names";
import { VERDICT_LABELS, VERDICTS, type Verdict } from "../levels";
import { BASE_SCENARIO, compareScenarios, saveScenario, scenariosOf, SCENARIO_SHEET, type Comparison, type ScenarioStore } from "./scenarios";
import { locateTemplate } from "./templates";
import type { Evaluator, ModelTemplate } from "./types";

/** Sheets as rows of cell contents or values, keyed by sheet name. */
export type SheetRows = Readonly<Record<string, readonly (readonly unknown[])[]>>;

// ---- level check summary --------------------------------------------------------------

export interface LevelSummaryRow {
  /** null: a verdict text the check does not know (edited by hand). */
  readonly verdict: Verdict | null;
  readonly label: string;
  readonly count: number;
  readonly amount: number;
}

export interface LevelSummary {
  /** The budget sheet the results are about. */
  readonly sheet: string;
  /** Per verdict, over the budget lines that are not totals; counts and amounts over the same lines. */
  readonly rows: readonly LevelSummaryRow[];
  readonly lines: number;
  /** Total and subtotal lines, left out of counts and amounts alike (they repeat other lines). */
  readonly totalLines: number;
  /** The unit of the amounts, as the budget states it; null when it does not. */
  readonly factor: AmountFactor | null;
  /** "Gemeente Lindewaard", when the budget's title says so. */
  readonly organisation: string | null;
}

/** "Niveaucheck", or "Niveaucheck (2)" when the check was written beside an earlier one (which is never overwritten). */
const isLevelSheet = (name: string): boolean => /^niveaucheck(?: \(\d+\))?$/i.test(name.trim());
const VERDICT_HEADERS = ["oordeel", "verdict"];
const AMOUNT_HEADERS = ["bedrag", "amount"];
const RULE_HEADERS = ["toetsregel", "check rule", "regel", "rule"];
const lower = (v: unknown): string => (typeof v === "string" ? v.trim().toLowerCase() : "");
const find = (header: readonly unknown[], names: readonly string[]): number => header.findIndex((h) => names.includes(lower(h)));

interface Tally {
  readonly buckets: Map<string, { verdict: Verdict | null; label: string; count: number; amount: number }>;
  lines: number;
  totalLines: number;
}

function tally(): Tally {
  return { buckets: new Map(), lines: 0, totalLines: 0 };
}

function add(t: Tally, verdictCell: unknown, amount: unknown, rule: unknown, lang: Lang, factor: AmountFactor | null): void {
  const v = typeof verdictCell === "string" ? verdictCell.trim() : "";
  if (v === "") return;
  if (isTotalRule(rule)) {
    t.totalLines++;
    return;
  }
  // "<wrong-level label>: Rijk" counts as a wrong level.
  const verdict = parseVerdict(v.split(":")[0] ?? v);
  const key = verdict ?? `?${v}`;
  const b = t.buckets.get(key) ?? { verdict, label: verdict ? VERDICT_LABELS[verdict][lang] : v, count: 0, amount: 0 };
  b.count++;
  // Read as any budget amount, in the table's unit ("2,1 mln" in a table of thousands is 2,100):
  // a cell of 1.5E+308 is refused, so two of them never add up to Infinity.
  const value = amountInUnit(amount, factor);
  if (typeof value === "number") b.amount += value;
  t.buckets.set(key, b);
  t.lines++;
}

/**
 * A budget sheet read once, as the check reads it: its header, whose budget it is and
 * the unit of its amounts, and each row's amount (sheet row -> amount in the table's
 * unit). The reader settles what one cell cannot say alone (a column's decimal mark, a
 * figure without the unit its neighbours name), so the summary adds up the same
 * amounts the check showed.
 */
interface BudgetSheet {
  readonly header: DetectedHeader;
  readonly caption: BudgetCaption;
  readonly amounts: ReadonlyMap<number, number | null>;
}

const NO_CAPTION: BudgetCaption = { organisation: null, factor: null };

function readSheet(rows: readonly (readonly unknown[])[]): BudgetSheet | null {
  const read = readBudgetRows(rows);
  if (read.header === null) return null;
  return { header: read.header, caption: read.caption ?? NO_CAPTION, amounts: new Map(read.lines.map((l) => [l.row, l.amount])) };
}

/** A row's amount as the check read it; a row the reader did not read keeps its own cell. */
function amountAt(sheet: BudgetSheet, row: number, cell: unknown): unknown {
  return sheet.amounts.has(row) ? sheet.amounts.get(row) : cell;
}

function finish(t: Tally, sheet: string, caption: BudgetCaption): LevelSummary {
  const order = (b: { verdict: Verdict | null }) => (b.verdict ? VERDICTS.indexOf(b.verdict) : VERDICTS.length);
  return { sheet, rows: [...t.buckets.values()].sort((x, y) => order(x) - order(y)), lines: t.lines, totalLines: t.totalLines, factor: caption.factor, organisation: caption.organisation };
}

/** The budget sheet a "Niveaucheck" sheet's links point to, so a reader can fetch it for the amounts and the unit. */
export function checkSheetBudget(rows: readonly (readonly unknown[])[]): string | null {
  return rows.slice(1).map((r) => linkTarget(r[0])).find((x) => x !== null)?.sheet ?? null;
}

/**
 * A link column's cell → the budget sheet and row it points to: its text
 * ("'Begroting 2025'!A12", "Begroting!A12") or its HYPERLINK formula as a file
 * stores it (=HYPERLINK("#'Begroting 2025'!A12", …)).
 */
function linkTarget(v: unknown): { sheet: string; row: number } | null {
  const s = cellText(normalizeCell(v)) ?? "";
  const m = /(?:^|#|")(?:'((?:[^']|'')+)'|([^!"#,()=']+))!\$?[A-Z]{1,3}\$?(\d+)/.exec(s);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2] ?? "").replace(/''/g, "'"), row: Number(m[3]) };
}

/** A "Niveaucheck" sheet as `check --out` writes it (with amounts) or the pane (links only: amounts from the budget row). */
function fromCheckSheet(raw: SheetRows, rows: readonly (readonly unknown[])[], lang: Lang): LevelSummary | null {
  const header = rows[0] ?? [];
  const vCol = find(header, VERDICT_HEADERS);
  if (vCol < 0) return null;
  const aCol = find(header, AMOUNT_HEADERS);
  const rCol = find(header, RULE_HEADERS);
  const first = rows.slice(1).map((r) => linkTarget(r[0])).find((x) => x !== null);
  const budgetName = first ? Object.keys(raw).find((n) => n.toLowerCase() === first.sheet.toLowerCase()) : undefined;
  const budget = budgetName ? raw[budgetName] : undefined;
  const sheet = budget ? readSheet(budget) : null;
  const caption = sheet?.caption ?? NO_CAPTION;
  const t = tally();
  for (const r of rows.slice(1)) {
    let amount: unknown = aCol >= 0 ? r[aCol] : null;
    const amountCol = sheet?.header.columns.amount;
    if (aCol < 0 && budget && sheet && amountCol !== undefined) {
      const at = linkTarget(r[0]);
      amount = at ? amountAt(sheet, at.row, budget[at.row - 1]?.[amountCol]) : null;
    }
    add(t, r[vCol], amount, rCol >= 0 ? r[rCol] : null, lang, caption.factor);
  }
  return finish(t, budgetName ?? first?.sheet ?? "", caption);
}

/** Result columns beside the budget (the pane's way): a verdict column on the budget's own header row. */
function fromColumns(sheet: string, rows: readonly (readonly unknown[])[], lang: Lang): LevelSummary | null {
  const budget = readSheet(rows);
  if (!budget) return null;
  const h = budget.header;
  const header = rows[h.headerRow - 1] ?? [];
  const vCol = find(header, VERDICT_HEADERS);
  if (vCol < 0) return null;
  const rCol = find(header, RULE_HEADERS);
  const amountCol = h.columns.amount;
  const t = tally();
  rows.forEach((r, i) => {
    if (i < h.headerRow) return;
    add(t, r[vCol], amountCol !== undefined ? amountAt(budget, i + 1, r[amountCol]) : null, rCol >= 0 ? r[rCol] : null, lang, budget.caption.factor);
  });
  return t.lines + t.totalLines > 0 ? finish(t, sheet, budget.caption) : null;
}

/**
 * Per verdict: the number of budget lines and their amount, read from the
 * workbook however the check wrote its results — a "Niveaucheck" sheet (the
 * command line's --out, or the pane when the cells beside the budget were
 * taken) or result columns beside the budget (the pane, the workbench).
 */
export function summarizeLevelResults(raw: SheetRows, lang: Lang): LevelSummary | null {
  // The newest check: the last of the check sheets.
  const check = Object.entries(raw).filter(([n]) => isLevelSheet(n)).pop();
  if (check) {
    const s = fromCheckSheet(raw, check[1], lang);
    if (s) return s;
  }
  for (const [name, rows] of Object.entries(raw)) {
    if (isLevelSheet(name) || name.toLowerCase() === SCENARIO_SHEET || locateTemplate(rows)) continue;
    const s = fromColumns(name, rows, lang);
    if (s) return s;
  }
  return null;
}

/** The first budget in the workbook and what its title says: the source of the numbers, for the provenance and the page headers. */
export function findBudget(raw: SheetRows): { sheet: string; organisation: string | null; factor: AmountFactor | null } | null {
  for (const [name, rows] of Object.entries(raw)) {
    if (isLevelSheet(name) || name.toLowerCase() === SCENARIO_SHEET || locateTemplate(rows)) continue;
    const h = detectHeader(rows as unknown[][]);
    if (!h) continue;
    const c = budgetCaption(rows, h.headerRow, h.amountHeader);
    return { sheet: name, organisation: c.organisation, factor: c.factor };
  }
  return null;
}

// ---- gathering -----------------------------------------------------------------------

export interface TemplateExport {
  readonly template: ModelTemplate;
  readonly sheetName: string;
  /** The inputs as the template sheet holds them now. */
  readonly current: Readonly<Record<string, number>>;
  /** Which scenario those inputs are: a stored one they match, or the current values. */
  readonly currentScenario: string;
  readonly comparison: Comparison;
}

/** Where the numbers come from, for the provenance sheet. */
export interface CouncilSource {
  /** The workbook the scenarios were read from (file name), when known. */
  readonly workbook: string | null;
  /** The budget in it: its file and sheet, when the workbook holds one. */
  readonly budget: { readonly file: string | null; readonly sheet: string } | null;
}

export interface CouncilData {
  readonly lang: Lang;
  readonly source: CouncilSource;
  /** The organisation for the page headers ("Gemeente Lindewaard"); null when nobody said. */
  readonly municipality: string | null;
  readonly templates: readonly TemplateExport[];
  readonly levelCheck: LevelSummary | null;
  readonly version: string;
  readonly date: Date;
  /** Inputs that were not numbers (or missing) in the sheet and fell back to their default. */
  readonly warnings: readonly Text[];
  /** The paragraph weerstandsvermogen, when the workbook holds a risk register (src/risk/workbook.ts). */
  readonly risk?: CouncilRisk | null;
}

/**
 * One template sheet for the council: each stored scenario of its template,
 * plus the sheet's current values when they match none of them (like Excel's
 * Scenario Summary, which shows the current values too), evaluated by `ev`
 * (the engine on the command line, the core in the task pane).
 */
export function templateExport(template: ModelTemplate, sheetName: string, current: Readonly<Record<string, number>>, store: ScenarioStore, ev: Evaluator, lang: Lang): TemplateExport {
  let own: ScenarioStore = { scenarios: scenariosOf(store, template.id) };
  const match = own.scenarios.find((s) => template.inputs.every((i) => s.values[i.key] === current[i.key]));
  let currentScenario = match?.name ?? BASE_SCENARIO;
  if (!match) {
    const name = own.scenarios.length === 0 ? BASE_SCENARIO : text("council.current")[lang];
    const saved = saveScenario(own, template, name, current);
    if (!("kind" in saved)) {
      own = saved;
      currentScenario = name;
    }
  }
  return { template, sheetName, current, currentScenario, comparison: compareScenarios(template, own, ev) };
}
