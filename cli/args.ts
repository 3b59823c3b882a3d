// A small argument parser: known flags per command, everything else is an error
// with a clear message (a typo in a flag must not be read as a formula or a file).

import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";

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
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    // "-json" is a flag typed with one dash, not a file or a formula: say so rather than
    // complain about the number of files. A formula ("=-1", "-1+2") starts otherwise.
    if (/^-[A-Za-z]/.test(a)) {
      if (a === "-h") {
        flags.help = true;
        continue;
      }
      const name = a.slice(1).split("=")[0] as string;
      return new UsageError(specs.some((s) => s.name === name) ? msg(lang, "cli.singleDash", a, name) : msg(lang, "cli.unknownOption", name));
    }
    if (!a.startsWith("--") || a === "--") {
      if (a !== "--") positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const spec = specs.find((s) => s.name === name);
    if (!spec) return new UsageError(msg(lang, "cli.unknownOption", name));
    if (!spec.value) {
      if (eq >= 0) return new UsageError(msg(lang, "cli.noValueAllowed", name));
      flags[name] = true;
      continue;
    }
    const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined || v === "") return new UsageError(msg(lang, "cli.needsValue", name));
    if (spec.choices && !spec.choices.includes(v)) return new UsageError(msg(lang, "cli.badChoice", name, v, spec.choices.join(", ")));
    flags[name] = v;
  }
  return { flags, positional };
}

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The language before parsing, to word the parser's own messages: --lang when
 * given, else the locale as POSIX orders it (LC_ALL, then LC_MESSAGES, then
 * LANG); nl_NL, nl_BE and plain "nl" give Dutch, anything else English.
 */
export function langFrom(argv: readonly string[], env: Env = {}): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a?.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "nl" || v === "en") return v;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((x) => x !== undefined && x !== "") ?? "";
  return /^nl(?:[_.@-]|$)/i.test(locale) ? "nl" : "en";
}

export const LANG_FLAG: FlagSpec = { name: "lang", value: true, choices: ["nl", "en"] };
export const JSON_FLAG: FlagSpec = { name: "json" };
export const HELP_FLAG: FlagSpec = { name: "help" };
/** Allows --out to replace an existing file (never an input of the command). */
export const FORCE_FLAG: FlagSpec = { name: "force" };
