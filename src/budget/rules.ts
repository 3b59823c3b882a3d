// Reading a user-rules table (a "Regels" sheet or a csv) from a 2D array of
// cell values. Pure, so the task pane can use it without the file readers.

import { cellText, isErrorValue, normalizeCell } from "./cells";
import { HEADER_SEARCH_ROWS } from "./table";

export interface RuleRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly pattern: string | null;
  readonly taakveld: string | null;
  readonly category: string | null;
  readonly verdict: string | null;
  readonly level: string | null;
  readonly note: string | null;
}

type RuleField = Exclude<keyof RuleRow, "row">;

const RULE_KEYWORDS: Record<RuleField, readonly string[]> = {
  pattern: ["pattern", "patroon", "zoekterm", "trefwoord", "regex"],
  taakveld: ["taakveld", "taakveldcode", "iv3"],
  category: ["category", "categorie"],
  verdict: ["verdict", "oordeel"],
  level: ["level", "niveau", "bestuurslaag"],
  note: ["note", "notes", "toelichting", "opmerking", "opmerkingen"],
};
const RULE_FIELDS = Object.keys(RULE_KEYWORDS) as RuleField[];

function ruleHeader(row: readonly unknown[]): Partial<Record<RuleField, number>> | null {
  const found: Partial<Record<RuleField, number>> = {};
  row.forEach((v, col) => {
    const t = cellText(normalizeCell(v));
    if (t === null || t.length > 60) return;
    const words = t
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    for (const f of RULE_FIELDS) {
      if (found[f] === undefined && RULE_KEYWORDS[f].some((k) => words.includes(k))) {
        found[f] = col;
        return;
      }
    }
  });
  const hasKey = found.pattern !== undefined || found.taakveld !== undefined;
  const hasOutcome = found.category !== undefined || found.verdict !== undefined || found.level !== undefined;
  return hasKey && hasOutcome ? found : null;
}

/**
 * Reads a user-rules table: the header within the first 30 rows, then one rule
 * per non-blank row, cell text as written (numbers as their JavaScript text,
 * error cells as null). Checking the values is the engine's job.
 */
export function readRulesTable(rows: unknown[][], opts: { rowOffset?: number } = {}): RuleRow[] | null {
  const offset = opts.rowOffset ?? 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let h = 0; h < limit; h++) {
    const cols = ruleHeader(rows[h] ?? []);
    if (!cols) continue;
    const rules: RuleRow[] = [];
    for (let i = h + 1; i < rows.length; i++) {
      const cells = (rows[i] ?? []).map(normalizeCell);
      const get = (f: RuleField): string | null => {
        const col = cols[f];
        if (col === undefined) return null;
        const c = cells[col] ?? null;
        return isErrorValue(c) ? null : cellText(c);
      };
      const rule: RuleRow = {
        row: i + 1 + offset,
        pattern: get("pattern"),
        taakveld: get("taakveld"),
        category: get("category"),
        verdict: get("verdict"),
        level: get("level"),
        note: get("note"),
      };
      if (RULE_FIELDS.every((f) => rule[f] === null)) continue;
      rules.push(rule);
    }
    return rules;
  }
  return null;
}

