// The command line's texts (English). The Dutch twin is ../nl/cli.ts.

import { risks as risksText } from "./risk";

export const cli = {
  "cli.usage": (version: string) => `begrotingslab ${version} — the models of Allers (2017) for Dutch budgets, without Excel.

Usage: begrotingslab <command> [options]

Commands:
  eval F1 [F2 ...]   evaluate formulas with the BL functions
  check FILE         check a budget: is every budget line at the right level of government?
  template MODEL     write a scenario workbook for a model (--out FILE.xlsx)
  export FILE        write a values-only workbook for the council (--out FILE.xlsx)
  risk FILE          the risk simulation of a risk register: the weerstandscapaciteit at 90% certainty
  functions          list the BL functions
  docs               print the function reference (Markdown)

Options for every command: --lang nl|en, --help
The language follows LC_ALL, LC_MESSAGES or LANG (nl_NL… gives Dutch) unless --lang says otherwise.
Run "begrotingslab <command> --help" for a command's options.
`,
  "cli.unknownCommand": (name: string) => `Unknown command: ${name}`,
  "cli.unexpected": (detail: string) => `Something went wrong: ${detail}`,
  "cli.unknownOption": (name: string) => `Unknown option: --${name}`,
  "cli.singleDash": (arg: string, name: string) => `Unknown option: ${arg}. Options start with two dashes: --${name}.`,
  "cli.noValueAllowed": (name: string) => `Option --${name} takes no value.`,
  "cli.needsValue": (name: string) => `Option --${name} needs a value.`,
  "cli.badChoice": (name: string, value: string, choices: string) => `Option --${name} does not accept "${value}"; choose from ${choices}.`,

  "cli.eval.help": `Usage: begrotingslab eval [--lang nl|en] [--json] [--file FILE] F1 [F2 ...]

Evaluates each formula in the embedded spreadsheet engine, on a sheet of its own.
Syntax is invariant: "," between arguments, "." as decimal point, {1;2;3} for a
column and {1,2;3,4} for a 2×2 array. With --lang nl the Dutch function names
(BL.VVE.ALGEMEEN) are used and labels and messages are Dutch; a formula copied
from Dutch Excel works then too, with ";" between arguments and a decimal comma:
=BL.VVE.ALGEMEEN(1200; 0,15; 8100).

  --json        print one JSON array: per formula a number, text, boolean, a 2D
                array (header row included) or {"error": "#VALUE!", "message": "..."}
  --file FILE   read formulas from FILE, one per line (lines starting with # are skipped)

Exit code: 0 when every formula gives a value, 1 when any gives an error value
(the error and its message are printed either way), 2 for a usage error.

Example: begrotingslab eval "=BL.REVOLVING.CAPITAL(1000000, 10, 0.1)"
`,
  "cli.eval.noFormula": "Give at least one formula. See: begrotingslab eval --help",
  "cli.eval.fileMissing": (file: string) => `Cannot read file "${file}": it does not exist.`,
  "cli.eval.fileIsFolder": (file: string) => `Cannot read "${file}": it is a folder, not a file of formulas.`,
  "cli.eval.fileUnreadable": (file: string, code: string) => `Cannot read file "${file}" (${code}).`,
  "cli.eval.errors": (n: number, total: number) => `${n} of ${total} formulas gave an error value.`,

  "cli.functions.help": "Usage: begrotingslab functions [--lang nl|en] [--json]\n\nLists every BL function with its arguments; optional ones in [brackets].\n",
  "cli.docs.help": "Usage: begrotingslab docs [--write README.md]\n\nPrints the function reference generated from the catalogue, or writes it into the\nREADME between its reference markers.\n",
  "cli.docs.cannotRead": (path: string) => `Cannot read ${path}.`,
  "cli.docs.noMarkers": (path: string) => `${path} has no reference markers.`,

  "cli.check.help": `Usage: begrotingslab check FILE [--sheet NAME] [--amount COLUMN]
                          [--owner gemeente|provincie|rijk|waterschap] [--rules FILE]
                          [--lang nl|en] [--json] [--out RESULT.xlsx]

Reads a budget (.xlsx, .xlsm, .csv, .txt or .tsv) and checks every budget line: does it sit at the
right level of government (Rijk, provincie, gemeente, waterschap, or not a
government task at all)? Prints the flagged budget lines with the reason and a
summary per verdict.

  --sheet NAME    only this sheet (default: every sheet that holds a budget)
  --amount COLUMN the column to take the amounts from: its header ("Begroting 2026")
                  or its letter (D); in a table pasted from a PDF, the header's name
                  for one of the figures ending each text ("Baten"); without it the
                  check chooses one and says which
  --owner WHO     whose budget this is; a column "Niveau", "Overheid" or
                  "Bestuurslaag" in the sheet sets it per budget line; without
                  either, the government the title names ("Provincie X"), else gemeente
  --rules FILE    your own check rules (.xlsx with a sheet "Regels"/"Rules", or .csv):
                  columns pattern, taakveld, category or verdict, level, note.
                  A "Regels" sheet in the budget workbook is read as well, and
                  what its rules change is reported.
  --no-workbook-rules  leave a "Regels" sheet in the budget workbook out (its
                  author, not you, wrote those rules)
  --json          one JSON array, one object per budget line
  --out FILE      a copy of the workbook with a new sheet "Niveaucheck" holding the
                  results and links to the rows, and below them what was not (fully)
                  read; every part of your workbook (sheets, charts, comments, page
                  setup) stays byte for byte as it was
  --force         let --out replace an existing file (never the budget itself)
`,
  "cli.check.oneFile": "Give exactly one budget file.",
  "cli.check.badOwner": (value: string) => `--owner must be gemeente, provincie, rijk or waterschap, not "${value}".`,
  "cli.check.ruleSkipped": (message: string) => `Check rule skipped: ${message}`,
  "cli.check.noLines": (file: string, sheet: string, row: number) =>
    `${file}, sheet "${sheet}": the header on row ${row} is followed by no budget lines, so there is nothing to check.`,
  "cli.check.title": (file: string, sheet: string, owner: string) => `Level check of ${file}, sheet "${sheet}" (owner: ${owner})`,
  "cli.check.titleBeside": (file: string, sheet: string, columns: string, owner: string) => `Level check of ${file}, sheet "${sheet}", the second table beside the first in columns ${columns} (owner: ${owner})`,
  "cli.check.tables": (tables: number, sheets: number, lines: number) => `${tables} budget tables on ${sheets} ${sheets === 1 ? "sheet" : "sheets"} checked, ${lines} budget lines in all.`,
  "cli.check.read": (lines: number, row: number) => `${lines} budget line${lines === 1 ? "" : "s"} read from row ${row}`,
  "cli.check.ownerFromTitle": (organisation: string) => `owner from the title "${organisation}" (else: --owner)`,
  "cli.check.passedOver": (sheets: string) => `Also read, but not checked: ${sheets} (no header names its columns; check it with --sheet).`,
  "cli.check.columnsByContent": (description: string, amount: string) =>
    `no header names the columns: descriptions read from column ${description} and amounts from column ${amount}, chosen by what they hold (if that is wrong, head the columns "Omschrijving" and "Bedrag")`,
  "cli.check.descriptionByContent": (description: string) =>
    `no header names the columns and none holds amounts: descriptions read from column ${description}, chosen by what it holds (if that is wrong, head the right column "Omschrijving")`,
  "cli.check.sheets": (sheets: number, lines: number) => `${sheets} budget sheets checked, ${lines} budget lines in all.`,
  "cli.check.amountsFrom": (header: string) => `amounts from column "${header}"`,
  "cli.check.costTypeFrom": (column: string) => `cost type from column ${column} (a row booked as a tax, general grant or reserve movement counts as that, whatever its cost centre)`,
  "cli.check.unit": (unit: string) => `amounts ${unit}`,
  "cli.check.userRules": (n: number) => `${n} check rules of your own`,
  "cli.check.flagged": (n: number) => (n === 0 ? "Flagged budget lines (0): none, no line to look at." : `Flagged budget lines (${n}):`),
  "cli.check.summary": "Summary per verdict",
  "cli.check.summaryNote": (n: number) =>
    n === 1 ? " (the one total or subtotal line counts in neither the counts nor the amounts)" : ` (the ${n} total and subtotal lines count in neither the counts nor the amounts)`,
  "cli.check.problems": (n: number) => `Budget lines not (fully) read (${n}):`,
  "cli.check.written": (out: string, sheet: string) => `Results written to ${out} (sheet "${sheet}").`,

  // Rules the budget's own workbook brings: written by its author, so their effect is spelled out.
  "cli.check.workbookRules": (sheet: string, state: string, rules: number, lines: number, changes: string) =>
    `NOTE: the workbook's own sheet "${sheet}"${state} holds ${rules} check rule${rules === 1 ? "" : "s"}, applied in this check; ` +
    (lines === 0 ? "they changed no verdict." : `they changed the verdict of ${lines} budget line${lines === 1 ? "" : "s"}: ${changes}.`) +
    ` To check without them: --no-workbook-rules.`,
  "cli.check.workbookRules.hidden": " (hidden)",
  "cli.check.workbookRules.veryHidden": " (very hidden: Excel does not even list it under Unhide)",
  "cli.check.workbookRules.change": (count: string, from: string, to: string) => `${count} from ${from} to ${to}`,

  "cli.export.help": `Usage: begrotingslab export FILE.xlsx --out COUNCIL.xlsx [--municipality NAME] [--lang nl|en]

Loads a scenario workbook (made with "begrotingslab template") into the embedded
engine, evaluates every stored scenario of every template sheet, and writes a new
workbook for the council with values only — it opens without the add-in and
prints on A4: the inputs of the scenario shown, the scenarios side by side with
differences against "Basis" and a bar chart, a summary per verdict of the level
check if the workbook holds check results (a "Niveaucheck" sheet or result
columns beside the budget), the paragraph weerstandsvermogen if the workbook
holds a risk register (made with "begrotingslab template risico": the benodigde
and beschikbare capacity, the ratio and grade, the largest risks and a histogram),
and a "Provenance" sheet (every input with unit and source, assumptions marked,
the scenario names, the source budget, the simulation's seed and runs, the add-in
version and the date).

  --out FILE             the council workbook to write (.xlsx)
  --force                let --out replace an existing file (never the scenario workbook itself)
  --municipality NAME    the name in the page headers (default: read from the budget)
  --lang nl              Dutch sheet names, labels and messages
`,
  "cli.export.oneWorkbook": "Give exactly one workbook.",
  "cli.export.written": (out: string) => `Council workbook written to ${out} (values only, printable on A4).`,
  "cli.export.scenarios": "Scenarios:",
  "cli.export.templateLine": (title: string, sheet: string, scenarios: string) => `  ${title} (sheet "${sheet}"): ${scenarios}`,
  "cli.export.levelCheck": (lines: number, sheet: string) => `Level check summarised: ${lines} budget lines of sheet "${sheet}".`,
  "cli.export.risk": (risks: number, sheet: string, capacity: string, certainty: string, runs: string, seed: number) =>
    `Paragraph weerstandsvermogen: ${risksText(risks)} of sheet "${sheet}", benodigde weerstandscapaciteit ${capacity} at ${certainty} certainty (${runs} runs, seed ${seed}).`,

  "cli.template.help": (models: string) => `Usage: begrotingslab template MODEL --out FILE.xlsx [--lang nl|en]

Writes a scenario workbook for one model: a sheet with labelled inputs (unit,
help, a default with its source; unsourced defaults are marked "assumption —
enter your own"), the outputs as BL formulas on those inputs, a comparison
sheet and a hidden "_scenarios" sheet holding the scenario "Basis".
Formulas are stored with English function names, as xlsx files store them,
with the results cached so the file shows numbers before recalculation.

Models:
${models}

  --out FILE    the workbook to write (.xlsx)
  --force       let --out replace an existing file
  --lang nl     Dutch labels, help and sheet names
`,
  "cli.template.oneModel": "Give exactly one model.",
  "cli.template.unknownModel": (model: string, models: string) => `Unknown model "${model}". Choose from: ${models}.`,
  "cli.template.written": (out: string, sheet: string, comparison: string) =>
    `Wrote ${out}: sheet "${sheet}", sheet "${comparison}" and scenario "Basis".\nOutputs with the defaults:`,

  "cli.needOut": "Give the output file with --out FILE.xlsx.",
  "cli.outMustBeXlsx": (out: string) => `Output "${out}" must end in .xlsx.`,
  "cli.template.checks": "Check these inputs:",
  "cli.export.check": (scenario: string, sheet: string, message: string) => `Check, scenario "${scenario}" (${sheet}): ${message}`,
};
