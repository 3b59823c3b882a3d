// A small argument parser: known flags per command, everything else is an error
// with a clear message (a typo in a flag must not be read as a formula).

import type { Lang } from "../src/core/types";

export interface FlagSpec {
  readonly name: string;
  /** true: takes a value (--lang nl or --lang=nl) */
  readonly value?: boolean;
  readonly choices?: readonly string[];
}

export interface Parsed {
  readonly flags: Readonly<Record<string, string | true>>;
  readonly positional: readonly string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[], lang: Lang): Parsed | UsageError {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  const nl = lang === "nl";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    // A formula such as "=-1" or a negative number is not a flag.
    if (!a.startsWith("--") || a === "--") {
      if (a !== "--") positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const spec = specs.find((s) => s.name === name);
    if (!spec) return new UsageError(nl ? `Onbekende optie: --${name}` : `Unknown option: --${name}`);
    if (!spec.value) {
      if (eq >= 0) return new UsageError(nl ? `Optie --${name} neemt geen waarde.` : `Option --${name} takes no value.`);
      flags[name] = true;
      continue;
    }
    const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined || v === "") return new UsageError(nl ? `Optie --${name} mist een waarde.` : `Option --${name} needs a value.`);
    if (spec.choices && !spec.choices.includes(v)) {
      return new UsageError(
        nl ? `Optie --${name} kent geen waarde "${v}"; kies uit ${spec.choices.join(", ")}.` : `Option --${name} does not accept "${v}"; choose from ${spec.choices.join(", ")}.`,
      );
    }
    flags[name] = v;
  }
  return { flags, positional };
}

/** The language is needed before parsing, to word the parser's own messages. */
export function langFrom(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang" && argv[i + 1] === "nl") return "nl";
    if (a === "--lang=nl") return "nl";
  }
  return "en";
}

export const LANG_FLAG: FlagSpec = { name: "lang", value: true, choices: ["nl", "en"] };
export const JSON_FLAG: FlagSpec = { name: "json" };
export const HELP_FLAG: FlagSpec = { name: "help" };
