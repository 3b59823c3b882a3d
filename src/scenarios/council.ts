// What goes into the council workbook, gathered from data: the scenarios of each
// template evaluated, and the level-check summary. Pure; io/council-workbook.ts
// writes it with ExcelJS.

import type { Lang, Text } from "../core/types";
import { parseVerdict } from "../levels/labels";
import { VERDICT_LABELS, VERDICTS, type Verdict } from "../levels";
import { BASE_SCENARIO, compareScenarios, saveScenario, scenariosOf, type Comparison, type CompareRow, type ScenarioStore } from "./scenarios";
import { a1, columnLetters, label, quoteSheet, safeSheetName } from "./templates";
import { NUMBER_FORMATS, type Evaluator, type ModelTemplate, type OutputValue } from "./types";

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
  readonly sheet: string;
  readonly rows: readonly LevelSummaryRow[];
  readonly lines: number;
  /** Total and subtotal lines, counted but left out of the amounts (they repeat other lines). */
  readonly totalLines: number;
}

const LEVEL_SHEET = "niveaucheck";
const find = (header: readonly unknown[], names: readonly string[]) => header.findIndex((h) => typeof h === "string" && names.includes(h.trim().toLowerCase()));

/** Per verdict: number of lines and their amount, read from a "Niveaucheck" sheet as `begrotingslab check --out` writes it. */
export function summarizeLevelSheet(raw: SheetRows, lang: Lang): LevelSummary | null {
  const entry = Object.entries(raw).find(([n]) => n.trim().toLowerCase() === LEVEL_SHEET);
  if (!entry) return null;
  const [sheet, rows] = entry;
  const header = rows[0] ?? [];
  const vCol = find(header, ["oordeel", "verdict"]);
  if (vCol < 0) return null;
  const aCol = find(header, ["bedrag", "amount"]);
  const rCol = find(header, ["regel", "rule"]);
  const buckets = new Map<string, { verdict: Verdict | null; label: string; count: number; amount: number }>();
  let lines = 0;
  let totalLines = 0;
  for (const r of rows.slice(1)) {
    const text = r[vCol];
    if (typeof text !== "string" || text.trim() === "") continue;
    lines++;
    // "Verkeerd niveau: Rijk" counts as Verkeerd niveau.
    const verdict = parseVerdict(text.split(":")[0] ?? text);
    const key = verdict ?? `?${text.trim()}`;
    const b = buckets.get(key) ?? { verdict, label: verdict ? VERDICT_LABELS[verdict][lang] : text.trim(), count: 0, amount: 0 };
    b.count++;
    const isTotal = rCol >= 0 && r[rCol] === "builtin:total";
    if (isTotal) totalLines++;
    const amount = aCol >= 0 ? r[aCol] : null;
    if (!isTotal && typeof amount === "number") b.amount += amount;
    buckets.set(key, b);
  }
  const order = (b: { verdict: Verdict | null }) => (b.verdict ? VERDICTS.indexOf(b.verdict) : VERDICTS.length);
  return { sheet, rows: [...buckets.values()].sort((x, y) => order(x) - order(y)), lines, totalLines };
}

// ---- gathering -----------------------------------------------------------------------

export interface TemplateExport {
  readonly template: ModelTemplate;
  readonly sheetName: string;
  /** The inputs as the template sheet holds them now. */
  readonly current: Readonly<Record<string, number>>;
  readonly comparison: Comparison;
}

export interface CouncilData {
  readonly lang: Lang;
  readonly sourceFile: string;
  readonly templates: readonly TemplateExport[];
  readonly levelCheck: LevelSummary | null;
  readonly version: string;
  readonly date: Date;
  /** Inputs that were not numbers (or missing) in the sheet and fell back to their default. */
  readonly warnings: readonly Text[];
}

const CURRENT: Text = { nl: "Huidige waarden", en: "Current values" };

/**
 * One template sheet for the council: each stored scenario of its template,
 * plus the sheet's current values when they match none of them (like Excel's
 * Scenario Summary, which shows the current values too), evaluated by `ev`
 * (the engine on the command line, the core in the task pane).
 */
export function templateExport(template: ModelTemplate, sheetName: string, current: Readonly<Record<string, number>>, store: ScenarioStore, ev: Evaluator, lang: Lang): TemplateExport {
  let own: ScenarioStore = { scenarios: scenariosOf(store, template.id) };
  const matches = own.scenarios.some((s) => template.inputs.every((i) => s.values[i.key] === current[i.key]));
  if (!matches) {
    const name = own.scenarios.length === 0 ? BASE_SCENARIO : CURRENT[lang];
    const saved = saveScenario(own, template, name, current);
    if (!("kind" in saved)) own = saved;
  }
  return { template, sheetName, current, comparison: compareScenarios(template, own, ev) };
}
