/**
 * The path a published table takes through the product, as the command line
 * takes it: rows of cells -> the budget reader -> the check of every line with
 * the budget's owner. Kept apart from measure.ts so that a change of the
 * product's reading API touches one small file.
 */
import { readBudgetRows } from "../../../src/budget/reader";
import { checkBudget } from "../../../src/check/budget";
import { parseOwner } from "../../../src/levels";

export interface CheckedRow {
  readonly verdict: string;
  readonly level: string | null;
  readonly confidence: number;
  readonly rule: string;
  readonly description: string;
  /** How the answer was reached: the line's words, its taakveld, its heading, a reading by form, money words only. */
  readonly route: string;
}

function routeOf(r: { rule: string; reason: { en: string }; context?: string; confidence: number }): string {
  if (r.context !== undefined) return "context";
  if (r.rule.startsWith("builtin:taakveld")) return "taakveld";
  if (r.reason.en.includes("(Read as")) return "form";
  if (r.rule === "builtin:heading") return "heading";
  return "words";
}

/** Sheet row (1-based) -> the check's answer, for every row the reader delivered as a line. */
export function checkBudgetRows(rows: readonly (readonly string[])[], owner: string): Map<number, CheckedRow> {
  const read = readBudgetRows(rows.map((r) => [...r]));
  const out = new Map<number, CheckedRow>();
  if (read.error) return out;
  const own = parseOwner(owner) ?? "gemeente";
  const { checked } = checkBudget(read.lines, { owner: own });
  for (const c of checked) {
    out.set(c.line.row, { verdict: c.result.verdict, level: c.result.level, confidence: c.result.confidence, rule: c.result.rule, description: c.line.description, route: routeOf(c.result) });
  }
  return out;
}
