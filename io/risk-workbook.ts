// Risk workbooks (node): the register template of `template risico`, with its
// outcome formulas computed on the engine and cached, and the results
// workbook of `risk --out`: the paragraph's figures and a histogram as a
// native chart, values only.

import ExcelJS from "exceljs";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import { registerTemplate, type RegisterTemplate } from "../src/risk/register-template";
import { paragraphSheets, type ParagraphSheets, type ParagraphSource, type RiskReport } from "../src/risk/report";
import { quoteSheet } from "../src/scenarios/templates";
import { NUMBER_FORMATS } from "../src/scenarios/types";
import { computeSheets, layoutsToRaw } from "../engine/scenarios";
import { addBarCharts, type BarChart } from "./chart";
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

/** The histogram of a paragraph as a native column chart on its own sheet, beside the bands. */
export function histogramChart(p: ParagraphSheets, lang: Lang): BarChart {
  const sheet = quoteSheet(p.histogram.name);
  const { first, last } = p.bins;
  return {
    sheetName: p.histogram.name,
    title: msg(lang, "risk.book.chart"),
    categoriesRef: `${sheet}!$A$${first + 1}:$A$${last + 1}`,
    categories: p.bins.labels,
    series: [{ name: msg(lang, "risk.book.count"), nameRef: `${sheet}!$D$${first}`, ref: `${sheet}!$D$${first + 1}:$D$${last + 1}`, values: p.bins.counts }],
    numFmt: NUMBER_FORMATS.count,
    from: { col: 5, row: 2 },
    to: { col: 16, row: 24 },
  };
}

/** The results workbook of `risk --out`: values only, with the histogram chart. */
export async function riskResultsBytes(report: RiskReport, lang: Lang, src: ParagraphSource): Promise<Uint8Array> {
  const p = paragraphSheets(report, lang, src, { figures: msg(lang, "risk.book.results"), histogram: msg(lang, "risk.book.histogram") });
  const wb = new ExcelJS.Workbook();
  wb.creator = "Begrotingslab";
  addLayouts(wb, [p.figures, p.histogram], {});
  const buffer = await wb.xlsx.writeBuffer();
  return addBarCharts(new Uint8Array(buffer as ArrayBuffer), [histogramChart(p, lang)]);
}

export async function writeRiskResults(report: RiskReport, lang: Lang, src: ParagraphSource, out: string): Promise<void> {
  await writeBytesAtomic(out, await riskResultsBytes(report, lang, src));
}
