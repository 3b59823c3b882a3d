// `begrotingslab template MODEL --out FILE.xlsx`: a scenario workbook for one model.

import type { Lang } from "../src/core/types";
import { msg, words } from "../src/i18n/catalogue";
import { formatValue } from "../src/scenarios/format";
import { defaults, findTemplate, TEMPLATES } from "../src/scenarios/templates";
import { plausibility } from "../src/scenarios/checks";
import { toOutputValue } from "../engine/scenarios";
import { comparisonSheetName, writeTemplateWorkbook } from "../io/scenario-workbook";
import { writeProblem } from "../io/file-problems";
import { checkOutput, WriteError } from "../io/safe-write";
import { writeRegisterWorkbook } from "../io/risk-workbook";
import { EXAMPLE_REGISTER } from "../src/risk/example-register";
import type { Parsed } from "./args";
import { REGISTER_NAMES, templateHelp } from "./help";
import type { Io } from "./io";

const MODELS = [...TEMPLATES.map((t) => t.id), "risico"].join(", ");


export async function runTemplate(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const t = words(lang);
  const [model, ...extra] = p.positional;
  if (model === undefined || extra.length > 0) {
    io.err(`${t("cli.template.oneModel")}\n\n${templateHelp(lang)}`);
    return 2;
  }
  const isRegister = REGISTER_NAMES.includes(model.trim().toLowerCase());
  const template = findTemplate(model);
  if (!template && !isRegister) {
    io.err(`${t("cli.template.unknownModel", model, MODELS)}\n`);
    return 2;
  }
  const out = p.flags.out;
  if (typeof out !== "string") {
    io.err(`${t("cli.needOut")}\n\n${templateHelp(lang)}`);
    return 2;
  }
  if (!/\.xlsx$/i.test(out)) {
    io.err(`${t("cli.outMustBeXlsx", out)}\n`);
    return 2;
  }
  // A budget or any other file at that name is never replaced without --force.
  const refusal = await checkOutput(out, { inputs: [], force: p.flags.force === true });
  if (refusal) {
    io.err(`${refusal.message[lang]}\n`);
    return 1;
  }
  if (isRegister) return writeRegister(out, lang, io);
  if (!template) return 2;
  let built;
  try {
    built = await writeTemplateWorkbook(template, lang, out);
  } catch (e) {
    io.err(`${(e instanceof WriteError ? e.text : writeProblem(out, e))[lang]}\n`);
    return 1;
  }
  const layout = built.layouts[0];
  const values = layout ? built.computed[layout.name] : undefined;
  const lines = template.outputs.map((o) => {
    const pos = layout?.outputCells[o.key];
    const v = toOutputValue(pos ? values?.[pos.row]?.[pos.col] : undefined, lang);
    return `  ${o.label[lang]}: ${formatValue(v, o.format, lang, o.unit)}`;
  });
  io.out(`${t("cli.template.written", out, template.sheetName[lang], comparisonSheetName(template, lang))}\n${lines.join("\n")}\n`);
  // The same plausibility guards as the pane: defaults that still ask for the user's own figure.
  const checks = plausibility(template, defaults(template));
  if (checks.length > 0) io.out(`${t("cli.template.checks")}\n${checks.map((c) => `  - ${c.message[lang]}`).join("\n")}\n`);
  return 0;
}

async function writeRegister(out: string, lang: Lang, io: Io): Promise<number> {
  try {
    const built = await writeRegisterWorkbook(lang, out);
    io.out(`${msg(lang, "cli.template.riskWritten", out, built.template.registerSheet, EXAMPLE_REGISTER.length)}\n`);
    return 0;
  } catch (e) {
    io.err(`${(e instanceof WriteError ? e.text : writeProblem(out, e))[lang]}\n`);
    return 1;
  }
}
