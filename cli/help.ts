// Flags and help texts of the commands, kept apart from the commands
// themselves so that parsing a command line loads none of them.

import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { TEMPLATES } from "../src/scenarios/templates";
import { FORCE_FLAG, HELP_FLAG, JSON_FLAG, LANG_FLAG, type FlagSpec } from "./args";

export const CHECK_FLAGS: readonly FlagSpec[] = [
  LANG_FLAG,
  JSON_FLAG,
  HELP_FLAG,
  { name: "sheet", value: true },
  { name: "amount", value: true },
  { name: "owner", value: true },
  { name: "rules", value: true },
  { name: "no-workbook-rules" },
  { name: "out", value: true },
  FORCE_FLAG,
];

/** The risk register is a template too, though not a model: `template risico`. */
export const REGISTER_NAMES = ["risico", "risk", "risicoregister", "register"];

export function templateHelp(lang: Lang): string {
  const lines =
    lang === "nl"
      ? TEMPLATES.map((t) => `  ${[t.id, ...t.aliases].join(" | ").padEnd(34)}${t.title.nl}`)
      : TEMPLATES.map((t) => `  ${t.id.padEnd(14)}${t.title.en}`);
  lines.push(`  ${REGISTER_NAMES.join(" | ").padEnd(34)}${msg(lang, "risk.tpl.title")}`);
  return msg(lang, "cli.template.help", lines.join("\n"));
}

export const RISK_FLAGS: readonly FlagSpec[] = [
  LANG_FLAG,
  JSON_FLAG,
  HELP_FLAG,
  { name: "certainty", value: true },
  { name: "runs", value: true },
  { name: "seed", value: true },
  { name: "available", value: true },
  { name: "sheet", value: true },
  { name: "out", value: true },
  FORCE_FLAG,
];
