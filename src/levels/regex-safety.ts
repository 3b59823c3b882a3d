// A check rule's regular expression may come from a workbook someone sent:
// untrusted text that runs against every budget line. JavaScript's
// backtracking engine takes exponential time on a repeated group that can
// match the same text in more than one way (/^(a+)+$/ doubles per character:
// 33 s at 33 characters) and cannot be interrupted once it runs. So an
// expression that can backtrack without bound is refused before it runs, the
// text it sees is capped, and a rule that still takes too long on one line is
// switched off for the rest of the check (rules.ts does the timing).

/** Why an expression is refused, or null when it is safe to run. */
export type RegexRisk = "nestedQuantifier" | "repeatedChoice" | "backreference" | "tooManyRepeats" | "tooLong" | null;

/** Longer expressions are not written by hand for a budget line. */
export const MAX_REGEX_SOURCE = 500;
/**
 * Open-ended repeats (*, +, {n,}, {n,m} with m above 10) allowed in one
 * expression: k of them cost up to n^(k+1) steps on a line of n characters
 * that does not match (one factor for each place a match may start). Two
 * over the capped text below take a few milliseconds at worst; three took
 * four seconds on one line of 300 characters.
 */
export const MAX_UNBOUNDED = 2;
/** The characters of a (folded) description an expression is tested against; budget lines are shorter. */
export const MAX_REGEX_TEXT = 200;
/** A rule whose expression takes longer than this on one line is switched off. */
export const REGEX_BUDGET_MS = 50;
/** ... or longer than this over all lines of one check. */
export const REGEX_TOTAL_MS = 2000;

interface Group {
  /** Something inside is repeated (any quantifier, ? included). */
  quantified: boolean;
  /** The group holds a | at its own level. */
  choice: boolean;
}

/** The quantifier at `i`, if any: its length and whether it repeats (more than once). */
function quantifierAt(s: string, i: number): { length: number; repeats: boolean; unbounded: boolean } | null {
  const c = s[i];
  let length = 0;
  let repeats = false;
  let unbounded = false;
  if (c === "*" || c === "+") {
    length = 1;
    repeats = true;
    unbounded = true;
  } else if (c === "?") {
    length = 1;
  } else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
    if (!m) return null;
    length = m[0].length;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
    repeats = max > 1;
    unbounded = max > 10;
  } else return null;
  // A lazy quantifier ("+?") is the same repetition.
  if (s[i + length] === "?") length++;
  return { length, repeats, unbounded };
}

/**
 * Reads the expression's structure (groups, classes, escapes, quantifiers)
 * and refuses what can backtrack without bound: a repeated group that holds
 * a repeat ((a+)+, (a*)*, (\w+\s?)*) or a choice ((a|aa)+), a backreference
 * (\1, \k<name>), more than MAX_UNBOUNDED open-ended repeats, or a source past
 * MAX_REGEX_SOURCE characters.
 */
export function regexRisk(source: string): RegexRisk {
  if (source.length > MAX_REGEX_SOURCE) return "tooLong";
  const stack: Group[] = [{ quantified: false, choice: false }];
  let unbounded = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    let atomGroup: Group | null = null;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || (next === "k" && source[i + 2] === "<")) return "backreference";
      i += 2;
    } else if (c === "[") {
      // A character class is one atom; "]" right after "[" or "[^" is a literal.
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      i = j + 1;
    } else if (c === "(") {
      stack.push({ quantified: false, choice: false });
      i++;
      // (?:, (?=, (?!, (?<=, (?<!, (?<name>: the prefix is no atom of its own.
      if (source[i] === "?") {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i, i + 40));
        i += m ? m[0].length : 1;
      }
      continue;
    } else if (c === ")") {
      atomGroup = stack.length > 1 ? (stack.pop() as Group) : { quantified: false, choice: false };
      i++;
    } else if (c === "|") {
      (stack[stack.length - 1] as Group).choice = true;
      i++;
      continue;
    } else {
      i++;
    }
    const q = quantifierAt(source, i);
    const top = stack[stack.length - 1] as Group;
    if (q) {
      i += q.length;
      if (q.unbounded) unbounded++;
      if (atomGroup && q.repeats) {
        if (atomGroup.quantified) return "nestedQuantifier";
        if (atomGroup.choice) return "repeatedChoice";
      }
      top.quantified = true;
    } else if (atomGroup?.quantified) {
      // A group that repeats inside makes its enclosing group repeat inside too.
      top.quantified = true;
    }
  }
  return unbounded > MAX_UNBOUNDED ? "tooManyRepeats" : null;
}
