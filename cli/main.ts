// The command line: begrotingslab <command> [options]. Output goes to stdout,
// messages to stderr; a usage error exits with 2, a failed command with 1.
// Every text comes from the message catalogue (src/i18n), in the language of
// --lang or else of the user's locale.

import { readFileSync } from "node:fs";
import type { Lang } from "../src/core/types";
import { msg, words } from "../src/i18n/catalogue";
import { evaluateFormulas, type JsonResult } from "../engine/evaluate";
import { isErrorCell, renderResult } from "./format";
import { FORCE_FLAG, HELP_FLAG, JSON_FLAG, LANG_FLAG, langFrom, parseArgs, UsageError, type Env, type FlagSpec, type Parsed } from "./args";
import { functionList, referenceMarkdown, writeReadmeReference } from "./docs";
import { VERSION } from "./version";
import { CHECK_FLAGS, runCheck } from "./check";
import { runTemplate, templateHelp } from "./template";
import { runExport } from "./export";
import { RISK_FLAGS, runRisk } from "./risk";

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

/** A formula's result holds an error value, at the top or in a cell of its table. */
function hasError(r: JsonResult): boolean {
  return Array.isArray(r) ? r.some((row) => row.some(isErrorCell)) : isErrorCell(r);
}

const COMMANDS: Readonly<Record<string, Command>> = {
  eval: {
    flags: [LANG_FLAG, JSON_FLAG, HELP_FLAG, { name: "file", value: true }],
    help: (lang) => msg(lang, "cli.eval.help"),
    run(p, lang, io) {
      const t = words(lang);
      const formulas = [...p.positional];
      const file = p.flags.file;
      if (typeof file === "string") {
        let content: string;
        try {
          content = readFileSync(file, "utf8");
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code ?? "?";
          io.err(`${code === "ENOENT" ? t("cli.eval.fileMissing", file) : code === "EISDIR" ? t("cli.eval.fileIsFolder", file) : t("cli.eval.fileUnreadable", file, code)}\n`);
          return 1;
        }
        // A loop, not push(...lines): a file of 300,000 formulas would overflow the argument list.
        for (const raw of content.replace(/^\uFEFF/, "").split(/\r?\n/)) {
          const l = raw.trim();
          if (l !== "" && !l.startsWith("#")) formulas.push(l);
        }
      }
      if (formulas.length === 0) {
        io.err(`${t("cli.eval.noFormula")}\n`);
        return 2;
      }
      const results = evaluateFormulas(formulas, lang);
      // A script must be able to tell that a formula failed: the error is printed and the exit code says so.
      const failed = results.filter(hasError).length;
      if (p.flags.json) io.out(`${jsonText(results)}\n`);
      // One write per formula: 300,000 results never become one string.
      else formulas.forEach((f, i) => io.out(`${i > 0 ? "\n" : ""}${f}\n${indent(renderResult(results[i] ?? null, lang))}\n`));
      if (failed > 0) {
        io.err(`${t("cli.eval.errors", failed, formulas.length)}\n`);
        return 1;
      }
      return 0;
    },
  },
  check: {
    flags: CHECK_FLAGS,
    help: (lang) => msg(lang, "cli.check.help"),
    run: runCheck,
  },
  template: {
    flags: [LANG_FLAG, HELP_FLAG, { name: "out", value: true }, FORCE_FLAG],
    help: templateHelp,
    run: runTemplate,
  },
  export: {
    flags: [LANG_FLAG, HELP_FLAG, { name: "out", value: true }, { name: "municipality", value: true }, FORCE_FLAG],
    help: (lang) => msg(lang, "cli.export.help"),
    run: runExport,
  },
  risk: {
    flags: RISK_FLAGS,
    help: (lang) => msg(lang, "cli.risk.help"),
    run: runRisk,
  },
  functions: {
    flags: [LANG_FLAG, JSON_FLAG, HELP_FLAG],
    help: (lang) => msg(lang, "cli.functions.help"),
    run(p, lang, io) {
      const list = functionList(lang);
      io.out(p.flags.json ? `${jsonText(list)}\n` : `${list.map((f) => `${f.signature}\n    ${f.description}`).join("\n")}\n`);
      return 0;
    },
  },
  docs: {
    flags: [HELP_FLAG, LANG_FLAG, { name: "write", value: true }],
    help: (lang) => msg(lang, "cli.docs.help"),
    run(p, lang, io) {
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

function indent(s: string): string {
  return s
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}

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
