// `begrotingslab export FILE.xlsx --out COUNCIL.xlsx`: the council workbook.

import type { Lang } from "../src/core/types";
import { words } from "../src/i18n/catalogue";
import { exportCouncil, isExportError } from "../io/council-export";
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
  const lines = result.templates.map((te) => t("cli.export.templateLine", te.template.title[lang], te.sheetName, te.comparison.scenarios.join(", ")));
  const level = result.levelCheck ? `\n${t("cli.export.levelCheck", result.levelCheck.lines, result.levelCheck.sheet)}` : "";
  io.out(`${t("cli.export.written", out)}\n${t("cli.export.scenarios")}\n${lines.join("\n")}${level}\n`);
  return 0;
}
