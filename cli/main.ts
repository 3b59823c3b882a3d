// The command line: begrotingslab <command> [options]. Output goes to stdout,
// messages to stderr; a usage error exits with 2, a failed command with 1.
// Every text comes from the message catalogue (src/i18n), in the language of
// --lang or else of the user's locale.

import type { Lang } from "../src/core/types";
import { msg, words } from "../src/i18n/catalogue";
import { FORCE_FLAG, HELP_FLAG, JSON_FLAG, LANG_FLAG, langFrom, parseArgs, UsageError, type Env, type FlagSpec, type Parsed } from "./args";
import { VERSION } from "./version";
import { CHECK_FLAGS, RISK_FLAGS, templateHelp } from "./help";
import { jsonText, terminalText } from "./terminal";
import type { Io } from "./io";
export type { Io } from "./io";

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

interface Command {
  readonly flags: readonly FlagSpec[];
  help(lang: Lang): string;
  run(p: Parsed, lang: Lang, io: Io): number | Promise<number>;
}

// Each command's module is loaded when it runs: `check` never pays for the
// spreadsheet engine or ExcelJS, so a refused file is answered at once.
const COMMANDS: Readonly<Record<string, Command>> = {
  eval: {
    flags: [LANG_FLAG, JSON_FLAG, HELP_FLAG, { name: "file", value: true }],
    help: (lang) => msg(lang, "cli.eval.help"),
    run: async (p, lang, io) => (await import("./eval")).runEval(p, lang, io),
  },
  check: {
    flags: CHECK_FLAGS,
    help: (lang) => msg(lang, "cli.check.help"),
    run: async (p, lang, io) => (await import("./check")).runCheck(p, lang, io),
  },
  template: {
    flags: [LANG_FLAG, HELP_FLAG, { name: "out", value: true }, FORCE_FLAG],
    help: templateHelp,
    run: async (p, lang, io) => (await import("./template")).runTemplate(p, lang, io),
  },
  export: {
    flags: [LANG_FLAG, HELP_FLAG, { name: "out", value: true }, { name: "municipality", value: true }, FORCE_FLAG],
    help: (lang) => msg(lang, "cli.export.help"),
    run: async (p, lang, io) => (await import("./export")).runExport(p, lang, io),
  },
  risk: {
    flags: RISK_FLAGS,
    help: (lang) => msg(lang, "cli.risk.help"),
    run: async (p, lang, io) => (await import("./risk")).runRisk(p, lang, io),
  },
  functions: {
    flags: [LANG_FLAG, JSON_FLAG, HELP_FLAG],
    help: (lang) => msg(lang, "cli.functions.help"),
    async run(p, lang, io) {
      const { functionList } = await import("./docs");
      const list = functionList(lang);
      io.out(p.flags.json ? `${jsonText(list)}\n` : `${list.map((f) => `${f.signature}\n    ${f.description}`).join("\n")}\n`);
      return 0;
    },
  },
  docs: {
    flags: [HELP_FLAG, LANG_FLAG, { name: "write", value: true }],
    help: (lang) => msg(lang, "cli.docs.help"),
    async run(p, lang, io) {
      const { referenceMarkdown, writeReadmeReference } = await import("./docs");
      const target = p.flags.write;
      if (typeof target !== "string") {
        io.out(referenceMarkdown());
        return 0;
      }
      const problem = writeReadmeReference(target);
      if (problem) {
        io.err(`${problem[lang]}\n`);
        return 1;
      }
      return 0;
    },
  },
};


export async function main(argv: readonly string[], rawIo: Io = stdio, env: Env = process.env): Promise<number> {
  const lang = langFrom(argv, env);
  // Everything printed is cleaned of characters a terminal acts on: descriptions are the budget author's text.
  const io: Io = { out: (s) => rawIo.out(terminalText(s)), err: (s) => rawIo.err(terminalText(s)) };
  const t = words(lang);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "help" || name === "-h") {
    io.out(t("cli.usage", VERSION));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "version") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`${t("cli.unknownCommand", name)}\n\n${t("cli.usage", VERSION)}`);
    return 2;
  }
  const parsed = parseArgs(rest, command.flags, lang);
  if (parsed instanceof UsageError) {
    io.err(`${parsed.message}\n\n${command.help(lang)}`);
    return 2;
  }
  if (parsed.flags.help) {
    io.out(command.help(lang));
    return 0;
  }
  try {
    return await command.run(parsed, lang, io);
  } catch (e) {
    // Never a stack trace for the user; the message is enough to report it.
    io.err(`${t("cli.unexpected", e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/**
 * The command line as the shell runs it. A reader that stops early
 * (`| head`) closes the pipe: that ends the program quietly, as any
 * command-line tool ends, not with a stack trace.
 */
export function runFromShell(argv: readonly string[]): Promise<number> {
  const quiet = (e: NodeJS.ErrnoException): void => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  };
  process.stdout.on("error", quiet);
  process.stderr.on("error", quiet);
  return main(argv);
}
