// Risk workbooks (node): the register template of `template risico`, with its
// outcome formulas computed on the engine and cached, and the results
// workbook of `risk --out`: the paragraph's figures and a histogram as a
// native chart, values only.

import ExcelJS from "exceljs";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { registerTemplate, type RegisterTemplate } from "../src/risk/register-template";
import { paragraphSheets, type ParagraphSource, type RiskReport } from "../src/risk/report";
import { computeSheets, layoutsToRaw } from "../engine/scenarios";
import { addBarCharts } from "./chart";
import { histogramChart, writeValueLayout } from "./risk-sheets";
import { addLayouts } from "./scenario-workbook";
import { writeBytesAtomic } from "./safe-write";

export interface BuiltRegister {
  readonly template: RegisterTemplate;
  readonly workbook: ExcelJS.Workbook;
  /** Every cell's value as the engine computed it, per sheet. */
  readonly computed: Record<string, unknown[][]>;
}

/** The register template in memory, its formulas computed so the file shows numbers before recalculation. */
export function buildRegisterWorkbook(lang: Lang): BuiltRegister {
  const template = registerTemplate(lang);
  const computed = computeSheets(layoutsToRaw(template.layouts), lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Begrotingslab";
  addLayouts(workbook, template.layouts, computed);
  return { template, workbook, computed };
}

export async function writeRegisterWorkbook(lang: Lang, out: string): Promise<BuiltRegister> {
  const built = buildRegisterWorkbook(lang);
  const bytes = await built.workbook.xlsx.writeBuffer();
  await writeBytesAtomic(out, new Uint8Array(bytes as ArrayBuffer));
  return built;
}

/** The results workbook of `risk --out`: values only, with the histogram chart. */
export async function riskResultsBytes(report: RiskReport, lang: Lang, src: ParagraphSource): Promise<Uint8Array> {
  const p = paragraphSheets(report, lang, src, { figures: msg(lang, "risk.book.results"), histogram: msg(lang, "risk.book.histogram") });
  const wb = new ExcelJS.Workbook();
  wb.creator = "Begrotingslab";
  for (const l of [p.figures, p.histogram]) writeValueLayout(wb.addWorksheet(l.name), l);
  const buffer = await wb.xlsx.writeBuffer();
  return addBarCharts(new Uint8Array(buffer as ArrayBuffer), [histogramChart(p, lang)]);
}

export async function writeRiskResults(report: RiskReport, lang: Lang, src: ParagraphSource, out: string): Promise<void> {
  await writeBytesAtomic(out, await riskResultsBytes(report, lang, src));
}
