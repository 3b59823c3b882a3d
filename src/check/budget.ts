// Checking a whole budget: every line read from a sheet through the level
// engine, with the owner per line, and the summary per verdict. Shared by the
// command line and the task pane.

import { lineLabel, type BudgetLine } from "../budget/table";
import { enclosingTotals, findTotals, type TotalReason } from "../budget/totals";
import type { Lang, Text } from "../core/types";
import { formatAmount, formatPercent } from "../i18n/format";
import { msg, text } from "../i18n/catalogue";
import {
  CATEGORY_LABELS,
  checkLine,
  checkLineRaw,
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
  /** Present (true) for a total or subtotal by its wording or its position (src/budget/totals): its amount repeats other lines. */
  readonly total?: true;
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

/** The first word of a budget's title that says whose it is ("Provincie Zuiderkwartier", "Hoogheemraadschap van Delfland", "Ministerie van Financiën"). */
const TITLE_OWNERS: ReadonlyMap<string, Owner> = new Map<string, Owner>([
  ["gemeente", "gemeente"],
  ["municipality", "gemeente"],
  ["provincie", "provincie"],
  ["province", "provincie"],
  ["waterschap", "waterschap"],
  ["hoogheemraadschap", "waterschap"],
  ["wetterskip", "waterschap"],
  ["ministerie", "rijk"],
  ["ministry", "rijk"],
]);

/**
 * The owner the government named in a budget's title is ("Provincie Zuiderkwartier": provincie), or
 * null. Where nobody says whose budget it is (no owner given, no owner column), its title does: a
 * province's budget checked as a municipality's flags its own tasks as the wrong level.
 */
export function ownerNamed(organisation: string | null | undefined): Owner | null {
  const first = organisation?.trim().split(/\s+/)[0]?.toLowerCase();
  return first === undefined ? null : (TITLE_OWNERS.get(first) ?? null);
}

/**
 * Whose budget it is where the user chose no owner: the one its owner column names, else the
 * government its title names, else gemeente. `from` is the title where it decided an owner other
 * than gemeente, so that the command line and the pane can say so.
 */
export function unchosenOwner(lines: readonly BudgetLine[], title: string | null | undefined): { owner: Owner; from: string | null } {
  const column = inferOwner(lines);
  if (column !== null) return { owner: column, from: null };
  const titled = ownerNamed(title);
  return { owner: titled ?? "gemeente", from: titled !== null && titled !== "gemeente" ? (title ?? null) : null };
}

/**
 * The title that says whose budget a workbook is, for its sheets that name nobody above their
 * table: a water board titles its programme sheet, not the investment plan on the next sheet.
 * The first title (in sheet order) that names a government; null where none does, or where two
 * name governments of different kinds (then each sheet goes by its own title).
 */
export function workbookTitle(titles: readonly (string | null | undefined)[]): string | null {
  let found: string | null = null;
  let owner: Owner | null = null;
  for (const title of titles) {
    const named = ownerNamed(title);
    if (named === null) continue;
    if (owner === null) {
      owner = named;
      found = title ?? null;
    } else if (named !== owner) return null;
  }
  return found;
}

/** Verdicts a finance officer must look at; OK and NEUTRAL lines are not listed. */
export const FLAGGED: readonly Verdict[] = ["WRONG_LEVEL", "NOT_GOVERNMENT", "QUESTIONABLE", "CONDITIONAL", "UNKNOWN"];

/**
 * Below this calibrated confidence the engine's answer is more likely wrong than
 * right (on budgets it was not fitted to): such a line is listed whatever its verdict,
 * so a weak "not applicable" or "right level" is not passed over unseen.
 */
export const REVIEW_BELOW = 0.5;

/** An answer of the engine (not the user's rule or hand) with a verdict that is not listed, that it rates as more likely wrong than right. */
export function isUnsure(c: CheckedLine): boolean {
  return c.total !== true && !FLAGGED.includes(c.result.verdict) && c.result.rule.startsWith("builtin:") && c.result.confidence < REVIEW_BELOW;
}

/** The lines a finance officer must look at: a listed verdict, or an answer the engine is unsure of. */
export function toLookAt(c: CheckedLine): boolean {
  return FLAGGED.includes(c.result.verdict) || isUnsure(c);
}

/** What is said after an unsure answer's verdict (its confidence, and that it was mostly wrong), or "" for any other line. */
export function unsureNote(c: CheckedLine, lang: Lang): string {
  return isUnsure(c) ? msg(lang, "levels.unsure", formatPercent(c.result.confidence, 0, lang)) : "";
}

export function checkBudget(
  lines: readonly BudgetLine[],
  options: {
    owner: Owner;
    rules?: CompiledRules;
    totals?: readonly (TotalReason | null)[];
    /** The engine's own confidences, before calibration: only for fitting the calibration. */
    raw?: boolean;
  },
): { checked: CheckedLine[]; problems: LineProblem[] } {
  const checked: CheckedLine[] = [];
  const problems: LineProblem[] = [];
  // A caller that checks in chunks finds the totals over the whole budget first: a subtotal sums lines of the chunk before.
  const totals = options.totals ?? findTotals(lines);
  const above = enclosingTotals(lines, totals);
  const check = options.raw ? checkLineRaw : checkLine;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as BudgetLine;
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
    const opts = options.rules ? { owner, rules: options.rules } : { owner };
    // The heading above the line and the row's other text are context the engine reads where the line says little.
    // A total printed above the line (its parent code, or the sum it is part of) names it first.
    const parents = above[i] ?? null;
    const context = parents === null ? (line.context ?? null) : [...parents, ...(line.context ?? [])];
    const kind = line.kind ?? null;
    const costType = line.costType ?? null;
    let result = check({ description: line.description, taakveld: line.taakveld, amount: line.amount, owner, context, kind, costType }, opts);
    let total = totals[i] !== null;
    if (total && !result.rule.startsWith("user:")) {
      // A total is never policy, whatever else its text names; the user's own rule still wins.
      if (result.rule !== "builtin:total") result = options.raw ? checkLineRaw(TOTAL_LINE(owner), { owner }) : totalResult(owner);
    } else if (!total && result.rule === "builtin:total") {
      // "Subsidie Totaal Voetbal": the word stands where no total puts it; the line is judged on the rest of its text.
      // What still reads as a total without it ("Geraamd resultaat (begrotingssaldo)") is one.
      const rest = line.description.replace(TOTAL_WORD, " ").replace(/\s+/g, " ").trim();
      const again = rest === "" ? result : check({ description: rest, taakveld: line.taakveld, amount: line.amount, owner, context, kind, costType }, opts);
      if (again.rule !== "builtin:total") result = again;
      else total = true;
    }
    checked.push(total ? { line, owner, result, total } : { line, owner, result });
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
  return c.total === true;
}

const TOTAL_WORD = /\b(?:sub|eind)?tota(?:al|l|len|ls)\b/gi;
const TOTAL_RESULTS = new Map<Owner, LineResult>();
const TOTAL_LINE = (owner: Owner) => ({ description: "Totaal", taakveld: null, amount: null, owner });

/** The engine's own verdict for a total line, for an owner (computed once). */
function totalResult(owner: Owner): LineResult {
  let r = TOTAL_RESULTS.get(owner);
  if (!r) {
    r = checkLine(TOTAL_LINE(owner), { owner });
    TOTAL_RESULTS.set(owner, r);
  }
  return r;
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
    total: c.total === true,
    heading: c.line.kind === "heading",
    description: c.line.description,
    costType: c.line.costType ?? null,
    // What the line stands under (the nearest heading or title), and the one its verdict was read under, if any.
    under: c.line.context?.[0] ?? null,
    readUnder: c.result.context ?? null,
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
    lineLabel(c.line),
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
