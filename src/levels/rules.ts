// A municipality's own rules, read from a sheet (pattern or taakveld;
// category, verdict or level; note). They are compiled once per sheet into
// their own automaton so checking a line with a hundred user rules still
// costs one pass. A row that cannot be understood is reported with its row
// number and skipped: one typo must not stop a budget from being checked.

import { msg, text } from "../i18n/catalogue";
import { buildAutomaton, hitPat, INFIX, scan, WORD, type Automaton, type MatchMode } from "./automaton";
import { BUILTIN_RULES, CATEGORY_DEFAULT_RULE, RULE_INDEX, type Cell } from "./builtin";
import type { CategoryCode } from "./categories";
import { parseCategory, parseLevel, parseVerdict } from "./labels";
import { foldedString, normalize, stripDiacritics } from "./normalize";
import { MAX_REGEX_TEXT, REGEX_BUDGET_MS, REGEX_TOTAL_MS, regexRisk } from "./regex-safety";
import { userTaakveldCodes } from "./taakvelden";
import { OWNER_LEVEL, type Level, type LineResult, type Owner, type Text, type UserRuleRow, type Verdict } from "./types";

interface UserRule {
  readonly row: number;
  readonly regex: RegExp | null;
  readonly hasText: boolean;
  readonly codes: readonly string[] | null;
  readonly category: CategoryCode | null;
  readonly verdict: Verdict | null;
  readonly level: Level | null;
  readonly note: string | null;
}

export interface CompiledRules {
  readonly size: number;
  /** @internal */ readonly list: readonly UserRule[];
  /** @internal */ readonly automaton: Automaton | null;
  /** @internal pattern index -> rule index */ readonly patRule: Int32Array;
  /** @internal */ readonly stamp: Uint32Array;
  /** @internal */ readonly hasRegex: boolean;
  /** @internal rule index -> 1 when its expression overran its time on a line and was switched off */ readonly slow: Uint8Array;
  /** @internal the folded text of the line each slow rule overran on, by rule index */ readonly slowOn: Map<number, string>;
  /** @internal milliseconds each rule's expression has run in this check */ readonly spent: Float64Array;
  /** @internal taakveld code -> rules without a text pattern that name it */ readonly byCode: ReadonlyMap<string, readonly number[]>;
  /** @internal rules with only a regular expression: tried on every line */ readonly loose: readonly number[];
}

export interface RuleProblem {
  row: number;
  message: Text;
}

function asText(x: unknown): string | null {
  if (x === null || x === undefined) return null;
  if (typeof x === "string") return x.trim() === "" ? null : x.trim();
  if (typeof x === "number" || typeof x === "boolean") return String(x);
  return null;
}

const skipped = (row: number, why: Text): RuleProblem => ({
  row,
  message: { nl: msg("nl", "rules.skipped", row, why.nl), en: msg("en", "rules.skipped", row, why.en) },
});

/** "/^totaal/i" style: the slashes mark a regular expression, anything else is plain text. */
function parseRegex(pattern: string): { source: string; flags: string } | null {
  if (pattern.length < 3 || pattern[0] !== "/") return null;
  const end = pattern.lastIndexOf("/");
  if (end <= 0) return null;
  return { source: pattern.slice(1, end), flags: pattern.slice(end + 1) };
}

export function compileRules(rows: readonly UserRuleRow[]): { rules: CompiledRules; problems: RuleProblem[] } {
  const list: UserRule[] = [];
  const problems: RuleProblem[] = [];
  const texts: string[] = [];
  const modes: MatchMode[] = [];
  const patRule: number[] = [];
  const input: readonly unknown[] = Array.isArray(rows) ? rows : [];

  input.forEach((raw, i) => {
    const r = (raw ?? {}) as Partial<Record<keyof UserRuleRow, unknown>>;
    const row = typeof r.row === "number" && Number.isFinite(r.row) ? r.row : i + 1;
    try {
      const pattern = asText(r.pattern);
      const tvRaw = typeof r.taakveld === "number" && Number.isFinite(r.taakveld) ? r.taakveld : asText(r.taakveld);
      const categoryText = asText(r.category);
      const verdictText = asText(r.verdict);
      const levelText = asText(r.level);
      const note = asText(r.note);
      if (pattern === null && tvRaw === null && categoryText === null && verdictText === null && levelText === null) {
        return; // an empty row in the sheet
      }
      if (pattern === null && tvRaw === null) {
        problems.push(skipped(row, text("rules.noPatternNoTaakveld")));
        return;
      }

      let regex: RegExp | null = null;
      let folded: string | null = null;
      if (pattern !== null) {
        const re = parseRegex(pattern);
        if (re) {
          const flags = re.flags.replace(/[gy]/g, "");
          if (!/^[imsu]*$/.test(flags)) {
            problems.push(skipped(row, text("rules.badFlag", `/${re.source}/${re.flags}`)));
            return;
          }
          // Untrusted text that runs on every line: what can backtrack without bound never runs.
          const risk = regexRisk(re.source);
          if (risk !== null) {
            problems.push(skipped(row, text(`rules.regex.${risk}`, `/${re.source}/${re.flags}`)));
            return;
          }
          try {
            // Lines are matched in folded form, so the expression is folded the same way.
            regex = new RegExp(stripDiacritics(re.source), flags.includes("i") ? flags : flags + "i");
          } catch (e) {
            const why = e instanceof Error ? e.message : String(e);
            problems.push(skipped(row, text("rules.badRegex", why)));
            return;
          }
        } else {
          folded = normalize(pattern);
          if (folded === "") {
            problems.push(skipped(row, text("rules.noLetters", pattern)));
            return;
          }
        }
      }

      let codes: string[] | null = null;
      if (tvRaw !== null) {
        codes = userTaakveldCodes(tvRaw);
        if (codes === null) {
          problems.push(skipped(row, text("rules.badTaakveld", String(tvRaw))));
          return;
        }
      }

      const category = categoryText === null ? null : parseCategory(categoryText);
      if (categoryText !== null && category === null) {
        problems.push(skipped(row, text("rules.badCategory", categoryText)));
        return;
      }
      const verdict = verdictText === null ? null : parseVerdict(verdictText);
      if (verdictText !== null && verdict === null) {
        problems.push(skipped(row, text("rules.badVerdict", verdictText)));
        return;
      }
      const level = levelText === null ? null : parseLevel(levelText);
      if (levelText !== null && level === null) {
        problems.push(skipped(row, text("rules.badLevel", levelText)));
        return;
      }
      if (category === null && verdict === null && level === null) {
        problems.push(skipped(row, text("rules.nothingDecided")));
        return;
      }

      const index = list.length;
      list.push({ row, regex, hasText: folded !== null, codes, category, verdict, level, note });
      if (folded !== null) {
        texts.push(folded);
        // Short patterns are abbreviations (ozb, vve, rmc): whole words only.
        modes.push(folded.length <= 3 ? WORD : INFIX);
        patRule.push(index);
      }
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      problems.push(skipped(row, text("rules.unreadable", why)));
    }
  });

  // Every rule is found through one door: its text (the automaton), else its taakveld codes, else
  // (a regular expression alone) it is tried on every line.
  const byCode = new Map<string, number[]>();
  const loose: number[] = [];
  list.forEach((r, i) => {
    if (r.hasText) return;
    if (r.codes === null) loose.push(i);
    else
      for (const c of new Set(r.codes)) {
        const rulesOfCode = byCode.get(c);
        if (rulesOfCode) rulesOfCode.push(i);
        else byCode.set(c, [i]);
      }
  });
  return {
    rules: {
      size: list.length,
      list,
      automaton: texts.length > 0 ? buildAutomaton(texts, modes) : null,
      patRule: Int32Array.from(patRule),
      stamp: new Uint32Array(list.length),
      hasRegex: list.some((r) => r.regex !== null),
      slow: new Uint8Array(list.length),
      slowOn: new Map(),
      spent: new Float64Array(list.length),
      byCode,
      loose,
    },
    problems,
  };
}

let generation = 0;
/** The rules one line can match, reused from line to line. */
const candidates: number[] = [];
const NONE: readonly number[] = [];

/** "6.71" covers "6.71a"; "0.1" must not cover "0.10". */
function isLetter(code: string): boolean {
  const last = code.charCodeAt(code.length - 1);
  return last >= 0x61 && last <= 0x64;
}

/**
 * The first rule (in sheet order) that matches the folded line in the shared
 * buffer, or null. `codes` are the line's taakveld codes.
 */
export function matchUserRules(rules: CompiledRules, n: number, codes: readonly string[]): UserRule | null {
  if (rules.size === 0) return null;
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    rules.stamp.fill(0);
    generation = 1;
  }
  const gen = generation;
  // Only the rules that can match this line are visited: those whose text occurs in it, those
  // naming one of its taakvelden (6.71 also for 6.71a), and the bare regular expressions.
  candidates.length = 0;
  if (rules.automaton) {
    const hits = scan(rules.automaton, n);
    for (let h = 0; h < hits; h++) {
      const i = rules.patRule[hitPat[h] as number] as number;
      rules.stamp[i] = gen;
      candidates.push(i);
    }
  }
  for (const lc of codes) {
    for (const i of rules.byCode.get(lc) ?? NONE) candidates.push(i);
    if (lc.length > 1 && isLetter(lc)) for (const i of rules.byCode.get(lc.slice(0, -1)) ?? NONE) candidates.push(i);
  }
  for (const i of rules.loose) candidates.push(i);
  if (candidates.length === 0) return null;
  // Sheet order decides between several.
  if (candidates.length > 1) candidates.sort((a, b) => a - b);
  let text: string | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    if (k > 0 && i === candidates[k - 1]) continue;
    const r = rules.list[i] as UserRule;
    if (r.codes !== null && !r.codes.some((c) => codes.some((lc) => lc === c || (lc.length === c.length + 1 && lc.startsWith(c) && isLetter(lc))))) {
      continue;
    }
    if (r.hasText && rules.stamp[i] !== gen) continue;
    if (r.regex !== null) {
      if (rules.slow[i] === 1) continue;
      if (text === null) text = foldedString(n).slice(0, MAX_REGEX_TEXT);
      const start = Date.now();
      const hit = r.regex.test(text);
      const took = Date.now() - start;
      rules.spent[i] = (rules.spent[i] as number) + took;
      if (took > REGEX_BUDGET_MS || (rules.spent[i] as number) > REGEX_TOTAL_MS) {
        // Over its time on one line, or over all lines: off for the rest of the check, and reported (slowRuleProblems).
        rules.slow[i] = 1;
        rules.slowOn.set(i, text);
      }
      if (!hit) continue;
    }
    return r;
  }
  return null;
}

/** The rules switched off during a check because their expression overran its time on a line. */
export function slowRuleProblems(rules: CompiledRules): RuleProblem[] {
  const out: RuleProblem[] = [];
  for (const [i, line] of rules.slowOn) {
    const r = rules.list[i];
    if (r) out.push({ row: r.row, message: text("rules.regex.slow", r.row, line.length > 40 ? `${line.slice(0, 37)}...` : line, REGEX_BUDGET_MS, REGEX_TOTAL_MS / 1000) });
  }
  return out;
}

const USER_REASON = (row: number): Text => text("levels.userReason", row);

function categoryCell(category: CategoryCode | null, owner: Owner): Cell | null {
  if (category === null) return null;
  const id = CATEGORY_DEFAULT_RULE[category];
  const idx = id === undefined ? undefined : RULE_INDEX.get(id);
  const def = idx === undefined ? undefined : BUILTIN_RULES[idx];
  return def ? def[owner] : null;
}

export function userResult(r: UserRule, owner: Owner): LineResult {
  const ownLevel = OWNER_LEVEL[owner];
  const base = categoryCell(r.category, owner);
  let verdict: Verdict;
  if (r.verdict !== null) verdict = r.verdict;
  else if (r.level !== null) {
    if (r.level === "MARKT") verdict = "NOT_GOVERNMENT";
    else if (r.level === ownLevel) verdict = base !== null && base.level === null ? base.verdict : "OK";
    else verdict = "WRONG_LEVEL";
  } else verdict = base !== null ? base.verdict : "UNKNOWN";

  let level: Level | null;
  if (verdict === "UNKNOWN") level = null;
  else if (r.level !== null) level = r.level;
  else if (verdict === "NOT_GOVERNMENT") level = "MARKT";
  else if (verdict === "WRONG_LEVEL") level = base !== null && base.level !== null ? base.level : null;
  else level = ownLevel;

  const reason: Text =
    r.note !== null ? { nl: r.note, en: r.note } : base !== null && base.verdict === verdict ? base.reason : USER_REASON(r.row);
  return { level, verdict, category: verdict === "UNKNOWN" ? null : r.category, rule: `user:row ${r.row}`, confidence: 1, reason };
}
