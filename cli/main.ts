// The command line: begrotingslab <command> [options]. Output goes to stdout,
// messages to stderr; a usage error exits with 2, a failed command with 1.

import { readFileSync } from "node:fs";
import type { Lang } from "../src/core/types";
import { evaluateFormulas } from "../engine/evaluate";
import { renderResult } from "./format";
import { HELP_FLAG, JSON_FLAG, LANG_FLAG, langFrom, parseArgs, UsageError, type FlagSpec, type Parsed } from "./args";
import { functionList, referenceMarkdown, writeReadmeReference } from "./docs";
import { VERSION } from "./version";
import { CHECK_HELP, runCheck } from "./check";
import { runTemplate, TEMPLATE_HELP } from "./template";
import { EXPORT_HELP, runExport } from "./export";

import type { Io } from "./io";
export type { Io } from "./io";

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

interface Command {
  readonly flags: readonly FlagSpec[];
  readonly help: { en: string; nl: string };
  run(p: Parsed, lang: Lang, io: Io): number | Promise<number>;
}

const USAGE = {
  en: `begrotingslab ${VERSION} — the models of Allers (2017) for Dutch budgets, without Excel.

Usage: begrotingslab <command> [options]

Commands:
  eval F1 [F2 ...]   evaluate formulas with the BL functions
  check FILE         check a budget: is every line at the right level of government?
  template MODEL     write a scenario workbook for a model (--out FILE.xlsx)
  export FILE        write a values-only workbook for the council (--out FILE.xlsx)
  functions          list the BL functions
  docs               print the function reference (Markdown)

Options for every command: --lang nl|en, --help
Run "begrotingslab <command> --help" for a command's options.
`,
  nl: `begrotingslab ${VERSION} — de modellen van Allers (2017) voor begrotingen, zonder Excel.

Gebruik: begrotingslab <opdracht> [opties]

Opdrachten:
  eval F1 [F2 ...]   formules met de BL-functies uitrekenen
  check BESTAND      een begroting toetsen: staat elke regel op het juiste bestuursniveau?
  template MODEL     een scenariowerkmap voor een model schrijven (--out BESTAND.xlsx)
  export BESTAND     een werkmap met alleen waarden voor de raad schrijven (--out BESTAND.xlsx)
  functions          de BL-functies opsommen
  docs               de functiereferentie tonen (Markdown)

Opties bij elke opdracht: --lang nl|en, --help
"begrotingslab <opdracht> --help" toont de opties van een opdracht.
`,
};

const COMMANDS: Readonly<Record<string, Command>> = {
  eval: {
    flags: [LANG_FLAG, JSON_FLAG, HELP_FLAG, { name: "file", value: true }],
    help: {
      en: `Usage: begrotingslab eval [--lang nl|en] [--json] [--file FILE] F1 [F2 ...]

Evaluates each formula in the embedded spreadsheet engine, on a sheet of its own.
Syntax is invariant: "," between arguments, "." as decimal point, {1;2;3} for a
column and {1,2;3,4} for a 2×2 array. With --lang nl the Dutch function names
(BL.VVE.ALGEMEEN) are used and labels and messages are Dutch.

  --json        print one JSON array: per formula a number, text, boolean, a 2D
                array (header row included) or {"error": "#VALUE!", "message": "..."}
  --file FILE   read formulas from FILE, one per line (lines starting with # are skipped)

Example: begrotingslab eval "=BL.REVOLVING.CAPITAL(1000000, 10, 0.1)"
`,
      nl: `Gebruik: begrotingslab eval [--lang nl|en] [--json] [--file BESTAND] F1 [F2 ...]

Rekent elke formule uit in de ingebouwde rekenmachine, elk op een eigen blad.
De schrijfwijze is onafhankelijk van de taal: "," tussen argumenten, "." als
decimaalteken, {1;2;3} voor een kolom en {1,2;3,4} voor een 2×2-matrix. Met
--lang nl gelden de Nederlandse functienamen (BL.VVE.ALGEMEEN) en zijn kopjes
en meldingen Nederlands.

  --json           één JSON-array: per formule een getal, tekst, logische waarde,
                   een 2D-array (met kopregel) of {"error": "#VALUE!", "message": "..."}
  --file BESTAND   formules uit BESTAND lezen, één per regel (regels met # worden overgeslagen)

Voorbeeld: begrotingslab eval --lang nl "=BL.REVOLVEREND.KAPITAAL(1000000, 10, 0.1)"
`,
    },
    run(p, lang, io) {
      const formulas = [...p.positional];
      const file = p.flags.file;
      if (typeof file === "string") {
        let content: string;
        try {
          content = readFileSync(file, "utf8");
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          io.err(
            lang === "nl"
              ? `Kan bestand "${file}" niet lezen${code === "ENOENT" ? ": het bestaat niet" : code ? ` (${code})` : ""}.\n`
              : `Cannot read file "${file}"${code === "ENOENT" ? ": it does not exist" : code ? ` (${code})` : ""}.\n`,
          );
          return 1;
        }
        formulas.push(
          ...content
            .replace(/^\uFEFF/, "")
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== "" && !l.startsWith("#")),
        );
      }
      if (formulas.length === 0) {
        io.err(lang === "nl" ? "Geef ten minste één formule. Zie: begrotingslab eval --help\n" : "Give at least one formula. See: begrotingslab eval --help\n");
        return 2;
      }
      const results = evaluateFormulas(formulas, lang);
      if (p.flags.json) {
        io.out(`${JSON.stringify(results)}\n`);
        return 0;
      }
      const blocks = formulas.map((f, i) => `${f}\n${indent(renderResult(results[i] ?? null, lang))}`);
      io.out(`${blocks.join("\n\n")}\n`);
      return 0;
    },
  },
  check: {
    flags: [
      LANG_FLAG,
      JSON_FLAG,
      HELP_FLAG,
      { name: "sheet", value: true },
      { name: "owner", value: true },
      { name: "rules", value: true },
      { name: "out", value: true },
    ],
    help: CHECK_HELP,
    run: runCheck,
  },
  template: {
    flags: [LANG_FLAG, HELP_FLAG, { name: "out", value: true }],
    help: TEMPLATE_HELP,
    run: runTemplate,
  },
  export: {
    flags: [LANG_FLAG, HELP_FLAG, { name: "out", value: true }],
    help: EXPORT_HELP,
    run: runExport,
  },
  functions: {
    flags: [LANG_FLAG, JSON_FLAG, HELP_FLAG],
    help: {
      en: "Usage: begrotingslab functions [--lang nl|en] [--json]\n\nLists every BL function with its arguments; optional ones in [brackets].\n",
      nl: "Gebruik: begrotingslab functions [--lang nl|en] [--json]\n\nSomt alle BL-functies op met hun argumenten; optionele tussen [haken].\n",
    },
    run(p, lang, io) {
      const list = functionList(lang);
      io.out(p.flags.json ? `${JSON.stringify(list)}\n` : `${list.map((f) => `${f.signature}\n    ${f.description}`).join("\n")}\n`);
      return 0;
    },
  },
  docs: {
    flags: [HELP_FLAG, LANG_FLAG, { name: "write", value: true }],
    help: {
      en: "Usage: begrotingslab docs [--write README.md]\n\nPrints the function reference generated from the catalogue, or writes it into the\nREADME between its reference markers.\n",
      nl: "Gebruik: begrotingslab docs [--write README.md]\n\nToont de functiereferentie uit de catalogus, of schrijft die in de README tussen\nde markeringen.\n",
    },
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

export async function main(argv: readonly string[], io: Io = stdio): Promise<number> {
  const lang = langFrom(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "help" || name === "-h") {
    io.out(USAGE[lang]);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "version") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(lang === "nl" ? `Onbekende opdracht: ${name}\n\n${USAGE.nl}` : `Unknown command: ${name}\n\n${USAGE.en}`);
    return 2;
  }
  const parsed = parseArgs(rest, command.flags, lang);
  if (parsed instanceof UsageError) {
    io.err(`${parsed.message}\n\n${command.help[lang]}`);
    return 2;
  }
  if (parsed.flags.help) {
    io.out(command.help[lang]);
    return 0;
  }
  try {
    return await command.run(parsed, lang, io);
  } catch (e) {
    // Never a stack trace for the user; the message is enough to report it.
    io.err(lang === "nl" ? `Er ging iets mis: ${(e as Error).message}\n` : `Something went wrong: ${(e as Error).message}\n`);
    return 1;
  }
}
