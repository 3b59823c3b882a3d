// `begrotingslab export FILE.xlsx --out COUNCIL.xlsx`: the council workbook.

import type { Lang } from "../src/core/types";
import { words } from "../src/i18n/catalogue";
import { formatAmount, formatNumber, formatPercent } from "../src/i18n/format";
import { exportCouncil, isExportError } from "../io/council-export";
import { plausibility } from "../src/scenarios/checks";
import type { Parsed } from "./args";
import type { Io } from "./io";

export async function runExport(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const t = words(lang);
  const [file, ...extra] = p.positional;
  if (file === undefined || extra.length > 0) {
    io.err(`${t("cli.export.oneWorkbook")}\n\n${t("cli.export.help")}`);
    return 2;
  }
  const out = p.flags.out;
  if (typeof out !== "string") {
    io.err(`${t("cli.needOut")}\n\n${t("cli.export.help")}`);
    return 2;
  }
  const municipality = typeof p.flags.municipality === "string" ? p.flags.municipality : null;
  const result = await exportCouncil(file, out, lang, { municipality, force: p.flags.force === true });
  if (isExportError(result)) {
    io.err(`${result.message[lang]}\n`);
    return 1;
  }
  for (const w of result.warnings) io.err(`${w[lang]}\n`);
  // The templates' plausibility guards, per scenario, as the pane shows them for the sheet.
  for (const te of result.templates) {
    te.comparison.scenarios.forEach((name, j) => {
      const values = Object.fromEntries(te.comparison.inputs.flatMap((r) => (typeof r.values[j] === "number" ? [[r.key, r.values[j] as number]] : [])));
      for (const c of plausibility(te.template, values)) io.err(`${t("cli.export.check", name, te.sheetName, c.message[lang])}\n`);
    });
  }
  const lines = [t("cli.export.written", out)];
  // A workbook with only a risk register has no scenarios to list.
  if (result.templates.length > 0) {
    lines.push(t("cli.export.scenarios"));
    for (const te of result.templates) lines.push(t("cli.export.templateLine", te.template.title[lang], te.sheetName, te.comparison.scenarios.join(", ")));
  }
  if (result.levelCheck) lines.push(t("cli.export.levelCheck", result.levelCheck.lines, result.levelCheck.sheet));
  if (result.risk) {
    const s = result.risk.report.simulation;
    lines.push(t("cli.export.risk", result.risk.report.risks.length, result.risk.sheet, formatAmount(Math.round(s.capacity), lang), formatPercent(s.certainty, 0, lang), formatNumber(s.runs, lang), s.seed));
  }
  io.out(`${lines.join("\n")}\n`);
  return 0;
}
