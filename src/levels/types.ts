// The level check's public vocabulary (LEVELS.md). Codes are stable across
// releases because workbooks, user rule sheets and the CLI store them.

import type { Text } from "../core/types";

export type { Text };

export type Level = "RIJK" | "PROVINCIE" | "GEMEENTE" | "WATERSCHAP" | "MARKT";
export type Verdict = "OK" | "CONDITIONAL" | "QUESTIONABLE" | "WRONG_LEVEL" | "NOT_GOVERNMENT" | "NEUTRAL" | "UNKNOWN";
export type Owner = "gemeente" | "provincie" | "rijk" | "waterschap";

export const LEVELS: readonly Level[] = ["RIJK", "PROVINCIE", "GEMEENTE", "WATERSCHAP", "MARKT"];
export const VERDICTS: readonly Verdict[] = [
  "OK",
  "CONDITIONAL",
  "QUESTIONABLE",
  "WRONG_LEVEL",
  "NOT_GOVERNMENT",
  "NEUTRAL",
  "UNKNOWN",
];
export const OWNERS: readonly Owner[] = ["gemeente", "provincie", "rijk", "waterschap"];

export const OWNER_LEVEL: Readonly<Record<Owner, Level>> = { gemeente: "GEMEENTE", provincie: "PROVINCIE", rijk: "RIJK", waterschap: "WATERSCHAP" };

export interface LineInput {
  description: string;
  taakveld?: string | number | null;
  amount?: number | null;
  owner?: Owner | null;
  /**
   * What the line belongs to, nearest first: the heading above it, the row's
   * other text columns. Used where the line's own words name no task.
   */
  context?: readonly string[] | null;
  /**
   * In a ledger export, the kind of money the row books ("Rioolheffing", "Salarissen"). Taxes,
   * general grants and reserve movements are what they are whatever the cost centre; any
   * other kind leaves the task to the description.
   */
  costType?: string | null;
  /**
   * "heading": a row that heads the lines below it (no figures of its own);
   * "reserve": a row of a statement of reserves, whose words name what the reserve is for.
   */
  kind?: "heading" | "reserve" | null;
}

export interface LineResult {
  level: Level | null;
  verdict: Verdict;
  /** Stable category code, e.g. "income_redistribution"; null when UNKNOWN or a user rule names none. */
  category: string | null;
  /** The rule that decided: "builtin:<id>", "builtin:taakveld <code>" or "user:row <n>". */
  rule: string;
  confidence: number;
  reason: Text;
  /** The heading or context text the verdict was read from, when the line's own words named no task. */
  context?: string;
}

export interface UserRuleRow {
  row: number;
  pattern?: string | null;
  taakveld?: string | number | null;
  category?: string | null;
  verdict?: string | null;
  level?: string | null;
  note?: string | null;
}
