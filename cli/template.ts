// `begrotingslab template MODEL --out FILE.xlsx`: a scenario workbook for one model.

import type { Lang } from "../src/core/types";
import { formatNumber } from "../src/i18n/messages";
import { findTemplate, TEMPLATES } from "../src/scenarios/templates";
import { toOutputValue } from "../engine/scenarios";
import { comparisonSheetName, writeTemplateWorkbook } from "../io/scenario-workbook";
import type { Parsed } from "./args";
import type { Io } from "./io";

const MODELS = TEMPLATES.map((t) => t.id).join(", ");
const MODEL_LINES = {
  en: TEMPLATES.map((t) => `  ${t.id.padEnd(14)}${t.title.en}`).join("\n"),
  nl: TEMPLATES.map((t) => `  ${[t.id, ...t.aliases].join(" | ").padEnd(34)}${t.title.nl}`).join("\n"),
};

export const TEMPLATE_HELP = {
  en: `Usage: begrotingslab template MODEL --out FILE.xlsx [--lang nl|en]

Writes a scenario workbook for one model: a sheet with labelled inputs (unit,
help, a default with its source; unsourced defaults are marked "assumption —
enter your own"), the outputs as BL formulas on those inputs, a comparison
sheet and a hidden "_scenarios" sheet holding the scenario "Basis".
Formulas are stored with English function names, as xlsx files store them,
with the results cached so the file shows numbers before recalculation.

Models:
${MODEL_LINES.en}

  --out FILE    the workbook to write (.xlsx)
  --lang nl     Dutch labels, help and sheet names
`,
  nl: `Gebruik: begrotingslab template MODEL --out BESTAND.xlsx [--lang nl|en]

Schrijft een scenariowerkmap voor één model: een blad met benoemde invoer
(eenheid, toelichting, een standaardwaarde met bron; waarden zonder bron zijn
gemarkeerd "aanname — vul uw eigen cijfer in"), de uitkomsten als BL-formules
op die invoer, een vergelijkingsblad en een verborgen blad "_scenarios" met het
scenario "Basis". Formules staan er met Engelse functienamen in, zoals
xlsx-bestanden ze opslaan, met de uitkomsten erbij zodat het bestand getallen
toont vóór herberekening.

Modellen:
${MODEL_LINES.nl}

  --out BESTAND   de werkmap om te schrijven (.xlsx)
  --lang nl       Nederlandse kopjes, toelichting en bladnamen
`,
};

export async function runTemplate(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const nl = lang === "nl";
  const [model, ...extra] = p.positional;
  if (model === undefined || extra.length > 0) {
    io.err(`${nl ? "Geef precies één model." : "Give exactly one model."}\n\n${TEMPLATE_HELP[lang]}`);
    return 2;
  }
  const template = findTemplate(model);
  if (!template) {
    io.err(nl ? `Onbekend model "${model}". Kies uit: ${MODELS}.\n` : `Unknown model "${model}". Choose from: ${MODELS}.\n`);
    return 2;
  }
  const out = p.flags.out;
  if (typeof out !== "string") {
    io.err(`${nl ? "Geef het uitvoerbestand met --out BESTAND.xlsx." : "Give the output file with --out FILE.xlsx."}\n\n${TEMPLATE_HELP[lang]}`);
    return 2;
  }
  if (!/\.xlsx$/i.test(out)) {
    io.err(nl ? `Uitvoer "${out}" moet op .xlsx eindigen.\n` : `Output "${out}" must end in .xlsx.\n`);
    return 2;
  }
  let built;
  try {
    built = await writeTemplateWorkbook(template, lang, out);
  } catch (e) {
    io.err(nl ? `Kan "${out}" niet schrijven: ${(e as Error).message}\n` : `Cannot write "${out}": ${(e as Error).message}\n`);
    return 1;
  }
  const layout = built.layouts[0];
  const values = layout ? built.computed[layout.name] : undefined;
  const lines = template.outputs.map((o) => {
    const pos = layout?.outputCells[o.key];
    const v = toOutputValue(pos ? values?.[pos.row]?.[pos.col] : undefined, lang);
    return `  ${o.label[lang]}: ${typeof v === "number" ? formatNumber(v, lang) : `${v.error} ${v.message}`}`;
  });
  io.out(
    nl
      ? `Werkmap ${out} geschreven: blad "${template.sheetName.nl}", blad "${comparisonSheetName(template, lang)}" en scenario "Basis".\nUitkomsten met de standaardwaarden:\n${lines.join("\n")}\n`
      : `Wrote ${out}: sheet "${template.sheetName.en}", sheet "${comparisonSheetName(template, lang)}" and scenario "Basis".\nOutputs with the defaults:\n${lines.join("\n")}\n`,
  );
  return 0;
}
