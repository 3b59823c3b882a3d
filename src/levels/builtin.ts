// The built-in rules: for each kind of task, what the essay (Allers 2017) says
// about each owner. They are read from the knowledge tables (tasks.tsv,
// verdicts.tsv, refinements.tsv, reasons.tsv in ./knowledge), which a policy
// adviser reviews; this module only gives them the shape the engine uses.

import type { CategoryCode } from "./categories";
import { KNOWLEDGE, type Cell, type Signal, type TaskDef } from "./knowledge/load";
import type { Owner, Text } from "./types";

export type { Cell };

export interface RuleDef {
  readonly id: string;
  readonly category: CategoryCode;
  readonly gemeente: Cell;
  readonly provincie: Cell;
  readonly rijk: Cell;
  readonly waterschap: Cell;
  /** Totals and reserve movements are never policy, whatever else the line names. */
  readonly dominant: boolean;
  /** A ledger row booked as this kind of money is this, whatever its cost centre (tasks.tsv "booked"). */
  readonly booked: boolean;
  /** For a gemeente that pays this from its own taxes. */
  readonly localTax?: Cell;
  /** For a gemeente that offers this to everyone instead of a target group. */
  readonly universal?: Cell;
  /** For a gemeente that leads dropouts back instead of preventing dropout. */
  readonly returnSchool?: Cell;
  /** For any owner that guarantees a loan for this task instead of paying for it. */
  readonly guarantee?: Cell;
  /** The Rijk handing money to gemeenten for this is the Rijk's own role. */
  readonly transfer: boolean;
  /** Windfall money (sale of energy shares) is a warning sign here. */
  readonly windfall: boolean;
  /** The task a signal turns this one into ("help": job mediation becomes labour participation). */
  readonly becomes: Readonly<Partial<Record<Signal, string>>>;
}

function ruleOf(t: TaskDef): RuleDef {
  const opt = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]?: V }));
  return {
    id: t.id,
    category: t.category,
    gemeente: t.cells.gemeente,
    provincie: t.cells.provincie,
    rijk: t.cells.rijk,
    waterschap: t.cells.waterschap,
    dominant: t.dominant,
    booked: t.booked,
    transfer: t.transfer,
    windfall: t.windfall,
    ...opt("localTax", t.refined.local_tax),
    ...opt("universal", t.refined.universal),
    ...opt("returnSchool", t.refined.return_to_school),
    ...opt("guarantee", t.refined.guarantee),
    becomes: t.becomes,
  };
}

/** Order matters only for exact ties between rules with the same outcome (the order of tasks.tsv). */
export const BUILTIN_RULES: readonly RuleDef[] = KNOWLEDGE.tasks.map(ruleOf);

function reason(key: string): Text {
  const t = KNOWLEDGE.reasons.get(key);
  if (!t) throw new Error(`reasons.tsv has no reason "${key}"`);
  return t;
}

export const TRANSFER_REASON = reason("transfer");
export const WINDFALL_REASON = reason("windfall");
export const HEADING_REASON = reason("heading");

export const RULE_INDEX: ReadonlyMap<string, number> = new Map(BUILTIN_RULES.map((r, i) => [r.id, i]));

export function ruleIndex(id: string): number {
  const i = RULE_INDEX.get(id);
  if (i === undefined) throw new Error(`unknown built-in rule ${id}`);
  return i;
}

/** The rule a category falls back on when only the category is known (taakveld, user rule). */
export const CATEGORY_DEFAULT_RULE: Readonly<Record<string, string>> = Object.fromEntries(
  KNOWLEDGE.tasks.filter((t) => t.categoryDefault).map((t) => [t.category, t.id]),
);

export function cellFor(r: RuleDef, owner: Owner): Cell {
  return r[owner];
}
