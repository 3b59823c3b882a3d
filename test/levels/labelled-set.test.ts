/**
 * The hand-labelled set (labelled-set.ts) checked two ways:
 *  1. its own integrity: coverage, convention, valid Iv3 codes, no duplicates;
 *  2. the engine's accuracy on it, as a regression guard.
 *
 * This set is FITTING DATA, not a measure: it was written with the engine and
 * the engine was tuned on it. The honest figures are those of the real-budget
 * corpus' test split (test/levels/corpus). The floors sit just below today's
 * figures (97.8% verdict, 98.1% level), so that a regression fails.
 */
import { checkLine } from "../../src/levels";
import { LABELLED_SET, type LabelledLine } from "./labelled-set";

const VERDICTS = ["OK", "CONDITIONAL", "QUESTIONABLE", "WRONG_LEVEL", "NOT_GOVERNMENT", "NEUTRAL", "UNKNOWN"] as const;
const OWNER_LEVEL = { gemeente: "GEMEENTE", provincie: "PROVINCIE", rijk: "RIJK" } as const;
const MIN_ACCURACY = 0.96;

// ── Iv3 codes accepted by LEVELS.md (2017–2022, 2023 and 2025 schemes) ──
const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const letters = (code: string, last: string): string[] =>
  "abcd".slice(0, "abcd".indexOf(last) + 1).split("").map((l) => code + l);
const OLD_ONLY = ["6.71", "6.72", "6.81", "6.82"];
const CODES_2023 = [
  ...letters("6.71", "d"), ...letters("6.72", "d"), ...letters("6.73", "c"),
  ...letters("6.74", "c"), ...letters("6.81", "b"), ...letters("6.82", "b"),
];
const CODES_2025 = [
  ...range("6.2", 1, 3), "6.60", ...range("6.71", 1, 4), ...range("6.75", 1, 3), ...range("6.76", 1, 3),
  ...range("6.79", 1, 2), ...range("6.81", 1, 2), ...range("6.82", 1, 2), ...range("6.9", 1, 2),
];
const MAIN_CODES = [
  "0.1", "0.2", "0.3", "0.4", "0.5", "0.61", "0.62", "0.63", "0.64", "0.7", "0.8", "0.9", "0.10", "0.11",
  "1.1", "1.2", ...range("2.", 1, 5), ...range("3.", 1, 4), ...range("4.", 1, 3), ...range("5.", 1, 7),
  ...range("6.", 1, 6), ...range("7.", 1, 5), ...range("8.", 1, 3),
];
const VALID_CODES = new Set<string>([...MAIN_CODES, ...OLD_ONLY, ...CODES_2023, ...CODES_2025]);

/** Candidate code strings for a taakveld; null when it carries no code (a provincial name). */
function codesOf(tv: string | number): string[] | null {
  if (typeof tv === "number") {
    // 0.10 arrives as 0.1 and 6.60 as 6.6: accept either reading.
    return [String(tv), tv.toFixed(2)];
  }
  const m = /^\s*(\d{1,2}\.\d{1,3}[a-d]?)(?![0-9a-z])/i.exec(tv);
  return m && m[1] !== undefined ? [m[1].toLowerCase()] : null;
}

function isValidTaakveld(line: LabelledLine): boolean {
  if (line.taakveld === undefined) return true;
  const codes = codesOf(line.taakveld);
  if (codes === null) {
    // Only provincial lines may carry a name without a code.
    return line.owner === "provincie" && typeof line.taakveld === "string" && line.taakveld.trim().length > 0;
  }
  return codes.some((c) => VALID_CODES.has(c));
}

function countBy<K extends string | number>(items: readonly LabelledLine[], key: (l: LabelledLine) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const it of items) out.set(key(it), (out.get(key(it)) ?? 0) + 1);
  return out;
}

describe("labelled set: integrity", () => {
  const set = LABELLED_SET;

  test("size and owner coverage", () => {
    expect(set.length).toBeGreaterThanOrEqual(280);
    const owners = countBy(set, (l) => l.owner);
    expect(owners.get("gemeente") ?? 0).toBeGreaterThan(set.length / 2);
    expect(owners.get("provincie") ?? 0).toBeGreaterThanOrEqual(40);
    expect(owners.get("rijk") ?? 0).toBeGreaterThanOrEqual(25);
  });

  test("every category 1..21 has several lines, every verdict occurs", () => {
    const cats = countBy(set, (l) => l.category ?? 0);
    for (let c = 1; c <= 21; c++) {
      if ((cats.get(c) ?? 0) < 4) throw new Error(`category ${c} has only ${cats.get(c) ?? 0} lines`);
    }
    const verdicts = countBy(set, (l) => l.verdict);
    for (const v of VERDICTS) {
      if ((verdicts.get(v) ?? 0) < 5) throw new Error(`verdict ${v} has only ${verdicts.get(v) ?? 0} lines`);
    }
  });

  test("at least 25 English lines (mixed budgets)", () => {
    // Heuristic: an English function/content word and no Dutch function word.
    const en = /\b(the|for|and|of|to|from|programme|support|care|benefits|maintenance|expenditure|revenue|expenses|contribution|teachers|schools?|library|roads|charging|broadband|package|income|scheme|officers|housing|education|museums|collection|transport|coaching|misc|development|retraining|vouchers|security|salaries|smaller|industrial|reintegration|sheltered|youth|street|parks)\b/i;
    const nl = /\b(en|van|voor|het|de|een|op|met)\b/i;
    const english = set.filter((l) => en.test(l.description) && !nl.test(l.description));
    expect(english.length).toBeGreaterThanOrEqual(25);
  });

  test("no duplicate description+owner pairs", () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const l of set) {
      const k = `${l.owner}|${l.description.trim().toLowerCase()}`;
      if (seen.has(k)) dups.push(k);
      seen.add(k);
    }
    expect(dups).toEqual([]);
  });

  test("taakvelden are valid codes; old, 2023, 2025, numeric and missing all occur", () => {
    const bad = set.filter((l) => !isValidTaakveld(l)).map((l) => `${l.description} [${String(l.taakveld)}]`);
    expect(bad).toEqual([]);
    expect(set.filter((l) => l.owner === "rijk" && l.taakveld !== undefined)).toEqual([]);

    const codeOf = (l: LabelledLine): string | null => {
      if (l.taakveld === undefined) return null;
      const c = codesOf(l.taakveld);
      return c ? (c.find((x) => VALID_CODES.has(x)) ?? null) : null;
    };
    const codes = set.map(codeOf);
    const oldNamed = set.filter(
      (l) => typeof l.taakveld === "string" && /^6\.(2 Wijkteams|4 Begeleide participatie)/.test(l.taakveld),
    ).length;
    const old = codes.filter((c) => c !== null && OLD_ONLY.includes(c)).length + oldNamed;
    const y2023 = codes.filter((c) => c !== null && CODES_2023.includes(c)).length;
    const y2025 =
      codes.filter((c) => c !== null && CODES_2025.includes(c)).length +
      set.filter((l) => typeof l.taakveld === "string" && /^8\.1 Ruimte en leefomgeving/.test(l.taakveld)).length;
    const numeric = set.filter((l) => typeof l.taakveld === "number").length;
    const missing = set.filter((l) => l.taakveld === undefined).length;
    const inText = set.filter((l) => /^\d{1,2}\.\d{1,3}[a-d]?\s/.test(l.description)).length;
    expect({ old: old >= 5, y2023: y2023 >= 8, y2025: y2025 >= 8, numeric: numeric >= 10, missing: missing >= 50, inText: inText >= 2 })
      .toEqual({ old: true, y2023: true, y2025: true, numeric: true, missing: true, inText: true });
  });

  test("labels follow the stated convention", () => {
    const errors: string[] = [];
    for (const l of set) {
      const own = OWNER_LEVEL[l.owner];
      const tag = `${l.owner}: ${l.description}`;
      if (l.why.trim() === "" || l.why.includes("\n") || l.why.length > 160) errors.push(`${tag}: why must be one short line`);
      if (l.category !== null && (!Number.isInteger(l.category) || l.category < 1 || l.category > 21)) {
        errors.push(`${tag}: category out of range`);
      }
      switch (l.verdict) {
        case "UNKNOWN":
          if (l.level !== null || l.category !== null) errors.push(`${tag}: UNKNOWN needs level and category null`);
          break;
        case "NOT_GOVERNMENT":
          if (l.level !== "MARKT" || l.category === null) errors.push(`${tag}: NOT_GOVERNMENT needs level MARKT`);
          break;
        case "WRONG_LEVEL":
          if (l.level === null || l.level === own || l.level === "MARKT" || l.category === null) {
            errors.push(`${tag}: WRONG_LEVEL needs another government level`);
          }
          break;
        default: // OK, CONDITIONAL, QUESTIONABLE, NEUTRAL: the owner's own level
          if (l.level !== own || l.category === null) errors.push(`${tag}: ${l.verdict} needs the owner's level ${own}`);
      }
      // Burgerzaken is administration but a statutory task of the gemeente: OK (LEVELS.md clarification).
      const civil = l.category === 21 && l.verdict === "OK" && /burgerzaken|verkiezingen/i.test(l.description);
      if ((l.verdict === "NEUTRAL") !== (l.category === 21) && !civil) errors.push(`${tag}: NEUTRAL <=> category 21`);
      if (l.category === 9 && l.verdict !== "QUESTIONABLE") errors.push(`${tag}: cluster policy is QUESTIONABLE`);
      if (l.category === 4 && l.verdict !== "NOT_GOVERNMENT") errors.push(`${tag}: job mediation is NOT_GOVERNMENT`);
    }
    expect(errors).toEqual([]);
  });
});

describe("labelled set: engine accuracy", () => {
  interface Miss {
    line: LabelledLine;
    verdict: string;
    level: string | null;
    rule: string;
  }

  const results = LABELLED_SET.map((line) => {
    const input =
      line.taakveld === undefined
        ? { description: line.description, owner: line.owner }
        : { description: line.description, taakveld: line.taakveld, owner: line.owner };
    // An exception inside the engine is a failure of the test, not a miss: no try/catch here.
    const out = checkLine(input, { owner: line.owner });
    const verdict = String(out.verdict);
    const level = (out.level ?? null) as string | null;
    const rule = String(out.rule ?? "");
    return { line, verdict, level, rule, verdictOk: verdict === line.verdict, levelOk: level === line.level };
  });

  const n = results.length;
  const verdictAcc = results.filter((r) => r.verdictOk).length / n;
  const levelAcc = results.filter((r) => r.levelOk).length / n;

  test("report", () => {
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
    const rows: string[] = [];
    rows.push(`Level check on ${n} labelled lines: verdict ${pct(verdictAcc)}, level ${pct(levelAcc)} (threshold ${pct(MIN_ACCURACY)})`);
    rows.push("");
    rows.push("verdict         expected  verdict-ok  level-ok");
    for (const v of VERDICTS) {
      const rs = results.filter((r) => r.line.verdict === v);
      rows.push(
        `${v.padEnd(15)} ${String(rs.length).padStart(8)}  ${String(rs.filter((r) => r.verdictOk).length).padStart(10)}  ${String(rs.filter((r) => r.levelOk).length).padStart(8)}`,
      );
    }
    rows.push("");
    rows.push("owner           lines     verdict-ok  level-ok");
    for (const o of ["gemeente", "provincie", "rijk"] as const) {
      const rs = results.filter((r) => r.line.owner === o);
      rows.push(
        `${o.padEnd(15)} ${String(rs.length).padStart(5)}     ${String(rs.filter((r) => r.verdictOk).length).padStart(10)}  ${String(rs.filter((r) => r.levelOk).length).padStart(8)}`,
      );
    }
    const misses: Miss[] = results.filter((r) => !r.verdictOk || !r.levelOk);
    if (misses.length > 0) {
      rows.push("");
      rows.push(`misclassified (${misses.length}): owner | description [taakveld] | expected verdict/level | got verdict/level | rule`);
      for (const m of misses) {
        const tv = m.line.taakveld === undefined ? "" : ` [${String(m.line.taakveld)}]`;
        rows.push(
          `  ${m.line.owner} | ${m.line.description}${tv} | ${m.line.verdict}/${String(m.line.level)} | ${m.verdict}/${String(m.level)} | ${m.rule}`,
        );
      }
    }
    console.log(rows.join("\n"));
    expect(n).toBe(LABELLED_SET.length);
  });

  test(`verdict accuracy >= ${MIN_ACCURACY * 100}%`, () => {
    expect(verdictAcc).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  test(`level accuracy >= ${MIN_ACCURACY * 100}%`, () => {
    expect(levelAcc).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
