// Checking a whole budget: every line read from a sheet through the level
// engine, with the owner per line, and the summary per verdict. Shared by the
// command line and the task pane.

import type { BudgetLine } from "../budget";
import type { Lang, Text } from "../core/types";
import { formatAmount } from "../i18n/format";
import { msg, text } from "../i18n/catalogue";
import {
  CATEGORY_LABELS,
  checkLine,
  LEVEL_LABELS,
  parseOwner,
  ruleName,
  VERDICT_LABELS,
  VERDICTS,
  verdictText,
  type CompiledRules,
  type LineResult,
  type Owner,
  type Verdict,
} from "../levels";

export interface CheckedLine {
  readonly line: BudgetLine;
  readonly owner: Owner;
  readonly result: LineResult;
  /** When the user overrode the verdict: what the check rules said, so the override can be shown and taken back. */
  readonly engine?: LineResult;
}

export interface LineProblem {
  readonly row: number;
  readonly message: Text;
}

/**
 * The owner a budget's own owner column agrees on, if it names exactly one;
 * lines with an empty owner cell (subtotals, headings) then follow it.
 */
export function inferOwner(lines: readonly BudgetLine[]): Owner | null {
  const seen = new Set<Owner>();
  for (const l of lines) {
    const o = l.owner === null ? null : parseOwner(l.owner);
    if (o) seen.add(o);
  }
  return seen.size === 1 ? ([...seen][0] ?? null) : null;
}

/** Verdicts a finance officer must look at; OK and NEUTRAL lines are not listed. */
export const FLAGGED: readonly Verdict[] = ["WRONG_LEVEL", "NOT_GOVERNMENT", "QUESTIONABLE", "CONDITIONAL", "UNKNOWN"];

export function checkBudget(
  lines: readonly BudgetLine[],
  options: { owner: Owner; rules?: CompiledRules },
): { checked: CheckedLine[]; problems: LineProblem[] } {
  const checked: CheckedLine[] = [];
  const problems: LineProblem[] = [];
  for (const line of lines) {
    let owner = options.owner;
    if (line.owner !== null && line.owner.trim() !== "") {
      const own = parseOwner(line.owner);
      if (own) owner = own;
      else {
        problems.push({
          row: line.row,
          message: text("levels.badOwner", line.row, line.owner, options.owner),
        });
      }
    }
    const result = checkLine(
      { description: line.description, taakveld: line.taakveld, amount: line.amount, owner, context: line.context ?? null, kind: line.kind ?? null },
      options.rules ? { owner, rules: options.rules } : { owner },
    );
    checked.push({ line, owner, result });
  }
  return { checked, problems };
}

export interface VerdictTotal {
  readonly verdict: Verdict;
  readonly count: number;
  readonly amount: number;
}

/** Totals and subtotals repeat amounts of other lines; summing them would count money twice. */
export function isTotalLine(c: CheckedLine): boolean {
  return c.result.rule === "builtin:total";
}

/**
 * Lines and amounts per verdict, over the same lines: totals and subtotals
 * are left out of both (their amounts repeat other lines), and counted apart
 * by totalLineCount so a summary can say how many it left out.
 */
export function summarize(checked: readonly CheckedLine[]): VerdictTotal[] {
  const count = new Map<Verdict, number>();
  const amount = new Map<Verdict, number>();
  for (const c of checked) {
    if (isTotalLine(c)) continue;
    const v = c.result.verdict;
    count.set(v, (count.get(v) ?? 0) + 1);
    amount.set(v, (amount.get(v) ?? 0) + (c.line.amount ?? 0));
  }
  return VERDICTS.map((verdict) => ({ verdict, count: count.get(verdict) ?? 0, amount: amount.get(verdict) ?? 0 }));
}

/** How many lines summarize left out as totals and subtotals. */
export function totalLineCount(checked: readonly CheckedLine[]): number {
  let n = 0;
  for (const c of checked) if (isTotalLine(c)) n++;
  return n;
}

/** One line as the command line's --json prints it. */
export function lineJson(c: CheckedLine, lang: Lang) {
  return {
    row: c.line.row,
    description: c.line.description,
    taakveld: c.line.taakveld,
    amount: c.line.amount,
    owner: c.owner,
    level: c.result.level,
    verdict: c.result.verdict,
    verdictText: verdictText(c.result, lang),
    category: c.result.category,
    rule: c.result.rule,
    confidence: c.result.confidence,
    reason: c.result.reason[lang],
  };
}

const RESULT_KEYS = ["result.description", "result.taakveld", "result.amount", "result.owner", "result.verdict", "result.level", "result.category", "result.reason", "result.rule", "result.confidence"] as const;

export const RESULT_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: RESULT_KEYS.map((k) => msg("en", k)),
  nl: RESULT_KEYS.map((k) => msg("nl", k)),
};

/** The result columns written next to (or linked to) each budget row. */
export function resultCells(c: CheckedLine, lang: Lang): (string | number | null)[] {
  const r = c.result;
  return [
    c.line.description,
    c.line.taakveld,
    c.line.amount,
    c.owner,
    verdictText(r, lang),
    r.level ? LEVEL_LABELS[r.level][lang] : null,
    r.category ? (CATEGORY_LABELS[r.category]?.[lang] ?? r.category) : null,
    r.reason[lang],
    ruleName(r.rule, lang),
    Math.round(r.confidence * 100) / 100,
  ];
}

export function verdictLabel(v: Verdict, lang: Lang): string {
  return VERDICT_LABELS[v][lang];
}

export { formatAmount };
