/**
 * Measures the whole level check — reading a table as published, then judging
 * each line — on the real-budget corpus. Used by the corpus test (floors) and
 * by `npm run corpus` (figures). For the test and calibration splits only
 * aggregate figures leave this module: `misses()` refuses them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkBudgetRows, type CheckedRow } from "./pipeline";

/** dev: fitted to and read; test: never read or fitted to; cal: only the confidence table is fitted to it (README). */
export type Split = "dev" | "test" | "cal";
export type Kind = "line" | "heading" | "total";

export interface Label {
  readonly verdicts: readonly string[];
  readonly level: string | null;
  readonly category: number | null;
  readonly kind: Kind;
  readonly reason: string;
}

export interface CorpusTable {
  readonly url: string;
  readonly document: string;
  readonly year: number;
  readonly layout: string;
  readonly unit: string | null;
  readonly partial: boolean;
  readonly header: number;
  readonly rows: readonly (readonly string[])[];
  readonly labels: readonly Label[];
}

export interface Government {
  readonly id: string;
  readonly government: string;
  readonly owner: "gemeente" | "provincie" | "rijk" | "waterschap";
  readonly tables: readonly CorpusTable[];
}

/**
 * The repository root: the nearest folder above this file that holds the corpus. This file
 * also runs compiled, from folders that may have a package.json of their own (dist/node).
 */
export function repoRoot(): string {
  let d = __dirname;
  while (!existsSync(join(d, "test", "levels", "corpus", "dev")) && dirname(d) !== d) d = dirname(d);
  return d;
}
const DIR = join(repoRoot(), "test", "levels", "corpus");

export function loadSplit(split: Split): Government[] {
  const dir = join(DIR, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Government);
}

/** One labelled row and what the check made of it. */
export interface Outcome {
  readonly government: string;
  readonly owner: Government["owner"];
  readonly layout: string;
  readonly label: Label;
  readonly row: readonly string[];
  /** null: the reader did not deliver this row as a budget line. */
  readonly result: CheckedRow | null;
  readonly right: boolean;
  readonly answered: boolean;
}

/** A heading row may be NEUTRAL or carry its task's verdict (LEVELS.md, "Headings are context"). */
export function allowed(label: Label): readonly string[] {
  return label.kind === "heading" && !label.verdicts.includes("NEUTRAL") ? [...label.verdicts, "NEUTRAL"] : label.verdicts;
}

export function outcomes(govs: readonly Government[]): Outcome[] {
  const out: Outcome[] = [];
  for (const g of govs) {
    for (const t of g.tables) {
      const checked = checkBudgetRows(t.rows, g.owner);
      t.labels.forEach((label, i) => {
        // Sheet rows are 1-based: the label of data row i sits on row header + i + 1.
        const result = checked.get(t.header + i + 1) ?? null;
        const answered = result !== null && result.verdict !== "UNKNOWN";
        const right = answered && allowed(label).includes(result.verdict);
        out.push({ government: g.id, owner: g.owner, layout: t.layout, label, row: t.rows[t.header + i] ?? [], result, right, answered });
      });
    }
  }
  return out;
}

export interface Figures {
  readonly lines: number;
  readonly missing: number;
  readonly unknown: number;
  readonly answered: number;
  readonly right: number;
  /** Wrong answers given with confidence >= 0.7. */
  readonly confidentWrong: number;
  readonly levelRight: number;
  readonly levelJudged: number;
}

export const CONFIDENT_WRONG_AT = 0.7;

export function figures(list: readonly Outcome[]): Figures {
  let missing = 0;
  let unknown = 0;
  let answered = 0;
  let right = 0;
  let confidentWrong = 0;
  let levelRight = 0;
  let levelJudged = 0;
  for (const o of list) {
    if (o.result === null) {
      missing++;
      continue;
    }
    if (!o.answered) {
      unknown++;
      continue;
    }
    answered++;
    if (o.right) right++;
    else if (o.result.confidence >= CONFIDENT_WRONG_AT) confidentWrong++;
    if (o.right && o.label.level !== null) {
      levelJudged++;
      if (o.result.level === o.label.level) levelRight++;
    }
  }
  return { lines: list.length, missing, unknown, answered, right, confidentWrong, levelRight, levelJudged };
}

const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);

export function describe(f: Figures): string {
  return (
    `${f.lines} lines: missing ${f.missing}, UNKNOWN ${pct(f.unknown, f.lines)}, ` +
    `right ${pct(f.right, f.answered)} of ${f.answered} answered, ` +
    `confident wrong ${pct(f.confidentWrong, f.lines)} (${f.confidentWrong}), level ${pct(f.levelRight, f.levelJudged)}`
  );
}

export function breakdown(list: readonly Outcome[], key: (o: Outcome) => string): [string, Figures][] {
  const groups = new Map<string, Outcome[]>();
  for (const o of list) {
    const k = key(o);
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, figures(v)]);
}

/** The lines the check got wrong or did not answer — development split only. */
export function misses(split: Split, list: readonly Outcome[]): Outcome[] {
  if (split !== "dev") throw new Error(`The ${split} split is never shown line by line.`);
  return list.filter((o) => !o.right);
}
