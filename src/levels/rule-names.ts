// A check rule as a reader names it: "ingebouwde toetsregel: achterblijvende
// regio's", "uw toetsregel op rij 4", never the stored id ("builtin:lagging_regions",
// "user:row 4"). The ids stay what workbooks, --json and tests store; only their
// display goes through here. A built-in rule's name is part of the knowledge
// (knowledge/tasks.tsv, name_nl and name_en); the frame around it is in the
// message catalogue.

import type { Lang } from "../core/types";
import { msg } from "../i18n/catalogue";
import { KNOWLEDGE } from "./knowledge/load";

const NAMES: ReadonlyMap<string, { readonly nl: string; readonly en: string }> = new Map(KNOWLEDGE.tasks.map((t) => [t.id, t.name]));

/** A task's name as a reader calls it ("lokaal collectief goed"), from knowledge/tasks.tsv. */
export function taskName(id: string): { readonly nl: string; readonly en: string } | undefined {
  return NAMES.get(id);
}

export function ruleName(rule: string, lang: Lang): string {
  if (rule === "override") return msg(lang, "rule.override");
  if (rule === "builtin:none") return msg(lang, "rule.none");
  const user = /^user:row (\d+)$/.exec(rule);
  if (user) return msg(lang, "rule.user", Number(user[1]));
  const tv = /^builtin:taakveld (.+)$/.exec(rule);
  if (tv) return msg(lang, "rule.taakveld", tv[1] as string);
  const id = /^builtin:(.+)$/.exec(rule)?.[1];
  const name = id === undefined ? undefined : NAMES.get(id);
  // A rule the engine does not know (a newer workbook) still reads as a rule, never as its id.
  return name ? msg(lang, "rule.builtin", name[lang]) : msg(lang, "rule.unnamed");
}

/** The rule that marks totals and subtotals, as stored or as shown in either language. */
export function isTotalRule(text: unknown): boolean {
  return typeof text === "string" && (text === "builtin:total" || text === ruleName("builtin:total", "nl") || text === ruleName("builtin:total", "en"));
}
