// `begrotingslab export FILE.xlsx --out COUNCIL.xlsx`: the council workbook.

import type { Lang } from "../src/core/types";
import { exportCouncil, isExportError } from "../io/council-export";
import type { Parsed } from "./args";
import type { Io } from "./io";

export const EXPORT_HELP = {
  en: `Usage: begrotingslab export FILE.xlsx --out COUNCIL.xlsx [--lang nl|en]

Loads a scenario workbook (made with "begrotingslab template") into the embedded
engine, evaluates every stored scenario of every template sheet, and writes a new
workbook for the council with values only — it opens without the add-in:
the inputs, the scenarios side by side with differences against "Basis" and a
bar chart, a summary per verdict of the "Niveaucheck" sheet if the workbook has
one, and a "Provenance" sheet (every input with unit and source, assumptions
marked, the scenario names, the add-in version and the date).

  --out FILE    the council workbook to write (.xlsx)
  --lang nl     Dutch sheet names, labels and messages
`,
  nl: `Gebruik: begrotingslab export BESTAND.xlsx --out RAAD.xlsx [--lang nl|en]

Laadt een scenariowerkmap (gemaakt met "begrotingslab template") in de
ingebouwde rekenmachine, rekent elk opgeslagen scenario van elk scenarioblad
door en schrijft een nieuwe werkmap voor de raad met alleen waarden — die opent
zonder invoegtoepassing: de invoer, de scenario's naast elkaar met verschillen
ten opzichte van "Basis" en een staafdiagram, een samenvatting per oordeel van
het blad "Niveaucheck" als de werkmap dat heeft, en een blad "Herkomst" (elke
invoer met eenheid en bron, aannames gemarkeerd, de scenarionamen, de versie
van de invoegtoepassing en de datum).

  --out BESTAND   de werkmap voor de raad (.xlsx)
  --lang nl       Nederlandse bladnamen, kopjes en meldingen
`,
};

export async function runExport(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const nl = lang === "nl";
  const [file, ...extra] = p.positional;
  if (file === undefined || extra.length > 0) {
    io.err(`${nl ? "Geef precies één werkmap." : "Give exactly one workbook."}\n\n${EXPORT_HELP[lang]}`);
    return 2;
  }
  const out = p.flags.out;
  if (typeof out !== "string") {
    io.err(`${nl ? "Geef het uitvoerbestand met --out BESTAND.xlsx." : "Give the output file with --out FILE.xlsx."}\n\n${EXPORT_HELP[lang]}`);
    return 2;
  }
  const result = await exportCouncil(file, out, lang);
  if (isExportError(result)) {
    io.err(`${result.message[lang]}\n`);
    return 1;
  }
  for (const w of result.warnings) io.err(`${w[lang]}\n`);
  const lines = result.templates.map((t) => `  ${t.template.title[lang]} (${nl ? "blad" : "sheet"} "${t.sheetName}"): ${t.comparison.scenarios.join(", ")}`);
  const level = result.levelCheck
    ? nl
      ? `\nNiveaucheck samengevat: ${result.levelCheck.lines} regels.`
      : `\nLevel check summarised: ${result.levelCheck.lines} lines.`
    : "";
  io.out(
    nl
      ? `Werkmap voor de raad geschreven naar ${out} (alleen waarden).\nScenario's:\n${lines.join("\n")}${level}\n`
      : `Council workbook written to ${out} (values only).\nScenarios:\n${lines.join("\n")}${level}\n`,
  );
  return 0;
}
