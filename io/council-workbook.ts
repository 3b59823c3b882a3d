// The council workbook written with ExcelJS: values only, so a council member
// without the add-in sees numbers, never #NAME?; and printable, so it can be
// handed out: A4, fitted to the page width, landscape where a sheet is wide,
// the header row repeated, a page header naming the municipality, the scenario
// and the date, and "page x of y" below. Each table and its chart fit one page.
// ExcelJS is passed in (the Node package on the command line, its browser
// bundle in the workbench and the task pane), so all produce the same bytes.

import type * as ExcelJS from "exceljs";
import type { Lang, Text } from "../src/core/types";
import { formatDate } from "../src/i18n/format";
import { msg, words } from "../src/i18n/catalogue";
import { unitText } from "../src/i18n/units";
import type { BarChart } from "./chart";
import { paragraphSheets } from "../src/risk/report";
import type { CouncilRisk } from "../src/risk/workbook";
import { histogramChart, writeValueLayout } from "./risk-sheets";
import type { CouncilData, LevelSummary, TemplateExport } from "../src/scenarios/council";
import type { CompareRow } from "../src/scenarios/scenarios";
import { displayOf, excelFormat, EXCEL_FORMATS } from "../src/scenarios/format";
import { columnLetters } from "../src/core/columns";
import { a1, label, quoteSheet, safeSheetName } from "../src/scenarios/templates";
import type { OutputValue, TemplateInput, ValueFormat } from "../src/scenarios/types";

/** The part of ExcelJS the builder needs: the Node package and the browser bundle both have it. */
export interface ExcelJSLib {
  readonly Workbook: new () => ExcelJS.Workbook;
}

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const TITLE: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const NOTE: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FF595959" } };
const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/** Widths in characters that fit A4 portrait at 100%: wider sheets print landscape, then fit to the width. */
const PORTRAIT_CHARS = 95;
/** A chart below a table takes this many rows. */
const CHART_ROWS = 18;

function cellValue(v: OutputValue): number | string {
  return typeof v === "number" ? v : `${v.error} ${v.message}`;
}

/** An Excel header/footer section: "&" is its escape character. */
function hf(s: string): string {
  return s.replace(/&/g, "&&");
}

interface PageInfo {
  /** The scenario(s) the sheet's values are, for the page header. */
  readonly scenario: string;
  /** 1-based rows repeated at the top of every printed page. */
  readonly titleRows?: readonly [number, number];
  /** The sheet's table and chart must stay on one page: fit its height too. */
  readonly onePage: boolean;
}

function pageSetup(ws: ExcelJS.Worksheet, data: CouncilData, municipality: string, page: PageInfo): void {
  const lang = data.lang;
  let width = 0;
  ws.columns.forEach((c) => (width += c.width ?? 9));
  ws.pageSetup = {
    paperSize: 9, // A4; LibreOffice and Excel otherwise print the locale's default, Letter in the US.
    orientation: width > PORTRAIT_CHARS ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: page.onePage ? 1 : 0,
    horizontalCentered: false,
    margins: { left: 0.6, right: 0.6, top: 0.9, bottom: 0.8, header: 0.35, footer: 0.35 },
    ...(page.titleRows ? { printTitlesRow: `${page.titleRows[0]}:${page.titleRows[1]}` } : {}),
  };
  ws.headerFooter = {
    oddHeader: `&L&B${hf(municipality)}&C${hf(page.scenario)}&R${hf(formatDate(data.date, lang))}`,
    oddFooter: `&L${hf(msg(lang, "council.made", data.version))}&C${msg(lang, "council.page")}&R${hf(ws.name)}`,
  };
}

/**
 * Neither ExcelJS nor LibreOffice sizes a row to its wrapped text when the file
 * is printed, so a long source would be drawn over the next row: the height is
 * set from the text length and the column width (Calibri 11: about 1.15
 * characters per unit of width, 14.5 points per line).
 */
function fitHeight(ws: ExcelJS.Worksheet, row: ExcelJS.Row): void {
  let lines = 1;
  row.eachCell((c, col) => {
    if (!c.alignment?.wrapText || typeof c.value !== "string") return;
    const width = ws.getColumn(col).width ?? 9;
    const perLine = Math.max(1, Math.floor(width * 1.15));
    const n = c.value.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  if (lines > 1) row.height = lines * 14.5 + 2;
}

/** A table's header row; headings over numbers (from column `numbersFrom` on, 1-based) stand right, as their numbers do. */
function heading(ws: ExcelJS.Worksheet, row: number, values: readonly string[], numbersFrom = Infinity, numbersTo = Infinity): void {
  const r = ws.getRow(row);
  r.values = [...values];
  r.font = BOLD;
  values.forEach((_, j) => {
    const c = r.getCell(j + 1);
    c.fill = HEAD_FILL;
    c.border = { bottom: { style: "thin", color: { argb: "FF8A8886" } } };
    const right = j + 1 >= numbersFrom && j + 1 <= numbersTo;
    c.alignment = { vertical: "bottom", wrapText: true, horizontal: right ? "right" : "left" };
  });
}

/** The unit as the council reads the value: a share shown as "15,0%" is a percentage, not "fractie (0,3 = 30%)". */
function councilUnit(format: ValueFormat, unit: Text, lang: Lang): string {
  return displayOf(format, unit) === "percent" ? msg(lang, "council.unitPercent") : unit[lang];
}

/** An input's source for a council member: the source, or for an assumption why there is none — never the officer's "enter your own". */
export function councilSource(i: TemplateInput, lang: Lang): string {
  if (!i.assumption) return i.source[lang];
  return i.assumptionNote ? msg(lang, "council.assumedWhy", i.assumptionNote[lang]) : msg(lang, "council.assumed");
}

export interface ComparisonCells {
  readonly sheetName: string;
  /** 1-based row of each input/output key, and the 1-based first scenario column. */
  readonly rowOf: Readonly<Record<string, number>>;
  readonly firstCol: number;
  readonly headerRow: number;
  readonly lastRow: number;
}

function writeComparison(ws: ExcelJS.Worksheet, te: TemplateExport, lang: Lang): ComparisonCells {
  const t = words(lang);
  const c = te.comparison;
  const n = c.scenarios.length;
  ws.columns = [{ width: 42 }, { width: 20 }, ...Array.from({ length: 2 * n - 1 }, () => ({ width: 15 }))];
  ws.getCell(1, 1).value = te.template.title[lang];
  ws.getCell(1, 1).font = TITLE;
  ws.getCell(2, 1).value = t("council.againstBase", c.base);
  ws.getCell(2, 1).font = NOTE;
  const headerRow = 4;
  heading(ws, headerRow, [t("council.input"), t("council.unit"), ...c.scenarios, ...c.scenarios.slice(1).map((s) => t("council.diff", s))], 3);
  const rowOf: Record<string, number> = {};
  let r = headerRow + 1;
  const put = (row: CompareRow) => {
    rowOf[row.key] = r;
    const x = ws.getRow(r);
    x.getCell(1).value = row.label[lang];
    x.getCell(1).alignment = WRAP;
    x.getCell(2).value = councilUnit(row.format, row.unit, lang);
    x.getCell(2).alignment = WRAP;
    fitHeight(ws, x);
    const numFmt = excelFormat(row.format, row.unit);
    row.values.forEach((v, j) => {
      const cell = x.getCell(3 + j);
      cell.value = cellValue(v);
      cell.numFmt = numFmt;
    });
    row.diffs.forEach((d, j) => {
      if (j === 0) return;
      const cell = x.getCell(2 + n + j);
      // A plain subtraction: any spreadsheet computes it, and it shows where the difference comes from.
      cell.value = d === null ? null : { formula: `${a1({ row: r - 1, col: 2 + j })}-${a1({ row: r - 1, col: 2 })}`, result: d };
      cell.numFmt = numFmt;
    });
    r++;
  };
  c.inputs.forEach(put);
  heading(ws, r, [t("council.output"), "", ...c.scenarios.map(() => ""), ...c.scenarios.slice(1).map(() => "")]);
  r++;
  c.outputs.forEach(put);
  return { sheetName: ws.name, rowOf, firstCol: 3, headerRow, lastRow: r - 1 };
}

function chartFor(te: TemplateExport, cells: ComparisonCells, lang: Lang): BarChart | null {
  const spec = te.template.chart;
  if (!spec) return null;
  const n = te.comparison.scenarios.length;
  const sheet = quoteSheet(cells.sheetName);
  const first = columnLetters(cells.firstCol - 1);
  const last = columnLetters(cells.firstCol - 1 + n - 1);
  const series = spec.outputs.map((key) => {
    const row = cells.rowOf[key] as number;
    const values = te.comparison.outputs.find((o) => o.key === key)?.values ?? [];
    return {
      name: label(te.template, key)[lang],
      nameRef: `${sheet}!$A$${row}`,
      ref: `${sheet}!$${first}$${row}:$${last}$${row}`,
      values: values.map((v) => (typeof v === "number" ? v : null)),
    };
  });
  const unit = te.template.outputs.find((o) => o.key === spec.outputs[0])?.unit;
  return {
    sheetName: cells.sheetName,
    title: spec.title[lang],
    categoriesRef: `${sheet}!$${first}$${cells.headerRow}:$${last}$${cells.headerRow}`,
    categories: te.comparison.scenarios,
    series,
    numFmt: excelFormat(spec.format, unit),
    from: { col: 0, row: cells.lastRow + 1 },
    to: { col: Math.max(4, 1 + 2 * n), row: cells.lastRow + 1 + CHART_ROWS },
  };
}

function scenarioLine(data: CouncilData): string {
  const lang = data.lang;
  const names = new Set(data.templates.map((te) => te.currentScenario));
  if (names.size <= 1) return msg(lang, "council.scenario", [...names][0] ?? "");
  return msg(lang, "council.scenarios", data.templates.map((te) => msg(lang, "council.scenarioPerModel", te.template.sheetName[lang], te.currentScenario)).join("; "));
}

function inputsSheet(wb: ExcelJS.Workbook, data: CouncilData, municipality: string): void {
  const lang = data.lang;
  const t = words(lang);
  const ws = wb.addWorksheet(t("council.sheet.inputs"));
  ws.columns = [{ width: 42 }, { width: 16 }, { width: 24 }, { width: 62 }];
  let r = 1;
  data.templates.forEach((te, k) => {
    if (k > 0) ws.getRow(r - 1).addPageBreak();
    ws.getCell(r, 1).value = te.template.title[lang];
    ws.getCell(r, 1).font = TITLE;
    r++;
    ws.getCell(r, 1).value = t("council.inputsOf", te.currentScenario);
    ws.getCell(r, 1).font = NOTE;
    r++;
    heading(ws, r, [t("council.input"), t("council.value"), t("council.unit"), t("council.source")], 2, 2);
    r++;
    for (const i of te.template.inputs) {
      const row = ws.getRow(r);
      row.values = [i.label[lang], te.current[i.key] ?? i.value, councilUnit(i.format, i.unit, lang), councilSource(i, lang)];
      row.getCell(1).alignment = WRAP;
      row.getCell(2).numFmt = excelFormat(i.format, i.unit);
      row.getCell(2).alignment = { vertical: "top" };
      row.getCell(3).alignment = { ...WRAP, indent: 1 };
      row.getCell(4).alignment = WRAP;
      if (i.assumption) row.getCell(4).font = { italic: true, color: { argb: "FF9C5700" } };
      fitHeight(ws, row);
      r++;
    }
    r++;
  });
  ws.getCell(r, 1).value = t("council.valuesOnly");
  ws.getCell(r, 1).font = NOTE;
  pageSetup(ws, data, municipality, { scenario: scenarioLine(data), onePage: false });
}

function levelSheet(wb: ExcelJS.Workbook, data: CouncilData, lc: LevelSummary, municipality: string): void {
  const lang = data.lang;
  const t = words(lang);
  const ws = wb.addWorksheet(t("council.sheet.levels"));
  ws.columns = [{ width: 34 }, { width: 10 }, { width: 22 }];
  ws.getCell(1, 1).value = t("council.levelTitle", lc.sheet);
  ws.getCell(1, 1).font = TITLE;
  const unit = unitText(lc.factor, lang);
  ws.getCell(2, 1).value = unit ? t("council.amountIn", unit) : t("council.unitUnknown");
  ws.getCell(2, 1).font = NOTE;
  heading(ws, 4, [t("summary.verdict"), t("summary.count"), unit ? t("council.amountIn", unit) : t("summary.amount")], 2);
  // Amounts in thousands keep a plain number format: "€ 136.988" would read as euros.
  const amountFmt = lc.factor === 1 ? EXCEL_FORMATS.euro : EXCEL_FORMATS.whole;
  let row = 5;
  for (const s of lc.rows) {
    ws.getRow(row).values = [s.label, s.count, s.amount];
    ws.getCell(row, 2).numFmt = EXCEL_FORMATS.whole;
    ws.getCell(row, 3).numFmt = amountFmt;
    row++;
  }
  ws.getRow(row).values = [t("summary.total"), lc.lines, lc.rows.reduce((sum, s) => sum + s.amount, 0)];
  ws.getRow(row).font = BOLD;
  ws.getRow(row).eachCell((c) => (c.border = { top: { style: "thin" } }));
  ws.getCell(row, 2).numFmt = EXCEL_FORMATS.whole;
  ws.getCell(row, 3).numFmt = amountFmt;
  if (lc.totalLines > 0) {
    ws.mergeCells(row + 2, 1, row + 2, 3);
    ws.getCell(row + 2, 1).value = t("summary.totalsLeftOut", lc.totalLines);
    ws.getCell(row + 2, 1).alignment = WRAP;
    ws.getCell(row + 2, 1).font = NOTE;
    ws.getRow(row + 2).height = 30;
  }
  pageSetup(ws, data, municipality, { scenario: t("council.levelScenario"), titleRows: [4, 4], onePage: true });
}

/** How many of the largest risks the paragraph names. */
const TOP_RISKS = 10;

/** The paragraph weerstandsvermogen: its figures with the top risks, and the histogram as a native chart. */
function riskSheets(wb: ExcelJS.Workbook, data: CouncilData, risk: CouncilRisk, municipality: string): BarChart {
  const lang = data.lang;
  const p = paragraphSheets(risk.report, lang, { file: data.source.workbook ?? "", sheet: risk.sheet, top: TOP_RISKS, factor: risk.factor }, { figures: msg(lang, "risk.council.figures"), histogram: msg(lang, "risk.council.histogram") });
  for (const l of [p.figures, p.histogram]) {
    const ws = wb.addWorksheet(l.name);
    writeValueLayout(ws, l);
    pageSetup(ws, data, municipality, { scenario: msg(lang, "risk.council.scenario"), onePage: true });
  }
  return histogramChart(p, lang);
}

function provenanceSheet(wb: ExcelJS.Workbook, data: CouncilData, municipality: string): void {
  const lang = data.lang;
  const t = words(lang);
  const ws = wb.addWorksheet(t("council.sheet.provenance"));
  ws.columns = [{ width: 40 }, { width: 16 }, { width: 22 }, { width: 60 }, { width: 11 }];
  ws.getCell(1, 1).value = t("council.provenanceTitle");
  ws.getCell(1, 1).font = TITLE;
  const facts: [string, string][] = [
    [t("council.version"), data.version],
    [t("council.date"), formatDate(data.date, lang)],
    [t("council.municipality"), municipality || t("council.none")],
    [t("council.budgetFile"), data.source.budget ? (data.source.budget.file ?? data.source.workbook ?? t("council.none")) : t("council.none")],
    [t("council.budgetSheet"), data.source.budget?.sheet ?? t("council.none")],
    [t("council.scenarioWorkbook"), data.source.workbook ?? t("council.none")],
  ];
  // The simulation is reproduced from its register with the same seed and run count.
  if (data.risk) {
    facts.push(
      [t("risk.council.register"), data.risk.sheet],
      [t("risk.council.risks"), String(data.risk.report.risks.length)],
      [t("risk.council.runs"), String(data.risk.report.simulation.runs)],
      [t("risk.council.seed"), String(data.risk.report.simulation.seed)],
    );
  }
  let p = 3;
  for (const [k, v] of facts) {
    ws.getRow(p).values = [k, v];
    ws.getCell(p, 1).font = BOLD;
    p++;
  }
  ws.getCell(p, 1).value = t("council.valuesOnly");
  ws.getCell(p, 1).font = NOTE;
  p += 2;
  heading(ws, p, [t("council.model"), t("council.scenariosHead")]);
  p++;
  for (const te of data.templates) {
    ws.getRow(p).values = [te.template.title[lang], te.comparison.scenarios.join(", ")];
    p++;
  }
  data.templates.forEach((te, k) => {
    // From the second model on, each model's table starts a page: a table is never split over two pages.
    if (k > 0) ws.getRow(p).addPageBreak();
    p++;
    ws.getCell(p, 1).value = t("council.assumptionsHead", te.template.title[lang]);
    ws.getCell(p, 1).font = BOLD;
    p++;
    heading(ws, p, [t("council.input"), t("council.value"), t("council.unit"), t("council.source"), t("council.assumption")], 2, 2);
    p++;
    // Assumptions first: they are what a council member should question.
    const sorted = [...te.template.inputs].sort((a, b) => Number(b.assumption) - Number(a.assumption));
    for (const i of sorted) {
      const row = ws.getRow(p);
      row.values = [i.label[lang], te.current[i.key] ?? i.value, councilUnit(i.format, i.unit, lang), councilSource(i, lang), i.assumption ? t("council.yes") : t("council.no")];
      row.getCell(2).numFmt = excelFormat(i.format, i.unit);
      [1, 4].forEach((c) => (row.getCell(c).alignment = WRAP));
      row.getCell(3).alignment = { ...WRAP, indent: 1 };
      row.getCell(2).alignment = { vertical: "top" };
      row.getCell(5).alignment = { vertical: "top" };
      fitHeight(ws, row);
      p++;
    }
  });
  pageSetup(ws, data, municipality, { scenario: scenarioLine(data), onePage: false });
}

/** The council workbook in memory, and the charts to add to its package. */
export function councilWorkbook(data: CouncilData, lib: ExcelJSLib): { workbook: ExcelJS.Workbook; charts: BarChart[]; comparisons: ComparisonCells[] } {
  const { lang } = data;
  const t = words(lang);
  const wb = new lib.Workbook();
  wb.creator = t("council.made", data.version);
  wb.created = data.date;
  const municipality = data.municipality ?? data.levelCheck?.organisation ?? "";

  // A workbook with only a risk register has no model inputs to show.
  if (data.templates.length > 0) inputsSheet(wb, data, municipality);

  const charts: BarChart[] = [];
  const comparisons: ComparisonCells[] = [];
  const used = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  for (const te of data.templates) {
    let name = safeSheetName(t("council.sheet.scenarios", te.template.sheetName[lang]));
    for (let k = 2; used.has(name.toLowerCase()); k++) name = safeSheetName(`${name.slice(0, 27)} ${k}`);
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    const cells = writeComparison(ws, te, lang);
    comparisons.push(cells);
    const chart = chartFor(te, cells, lang);
    if (chart) charts.push(chart);
    pageSetup(ws, data, municipality, { scenario: t("council.scenarios", te.comparison.scenarios.join(", ")), titleRows: [cells.headerRow, cells.headerRow], onePage: true });
  }

  if (data.levelCheck) levelSheet(wb, data, data.levelCheck, municipality);
  if (data.risk) charts.push(riskSheets(wb, data, data.risk, municipality));
  provenanceSheet(wb, data, municipality);
  return { workbook: wb, charts, comparisons };
}

/** The council workbook as xlsx bytes, with its charts. */
export async function councilBytes(data: CouncilData, lib: ExcelJSLib): Promise<Uint8Array> {
  const { workbook, charts } = councilWorkbook(data, lib);
  // Loaded on demand: JSZip is needed only here, so the task pane loads it only for an export.
  const { addBarCharts } = await import("./chart");
  const buffer = await workbook.xlsx.writeBuffer();
  return addBarCharts(new Uint8Array(buffer as ArrayBuffer), charts);
}
