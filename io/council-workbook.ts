// The council workbook written with ExcelJS: values only, so a council member
// without the add-in sees numbers, never #NAME?. ExcelJS is passed in (the Node
// package on the command line, its browser bundle in the workbench and the task
// pane), so the command line, the workbench and Excel all produce the same bytes.

import type * as ExcelJS from "exceljs";
import type { Lang, Text } from "../src/core/types";
import type { BarChart } from "./chart";
import type { CouncilData, TemplateExport } from "../src/scenarios/council";
import type { CompareRow } from "../src/scenarios/scenarios";
import { a1, columnLetters, label, quoteSheet, safeSheetName } from "../src/scenarios/templates";
import { NUMBER_FORMATS, type OutputValue } from "../src/scenarios/types";

/** The part of ExcelJS the builder needs: the Node package and the browser bundle both have it. */
export interface ExcelJSLib {
  readonly Workbook: new () => ExcelJS.Workbook;
}

// ---- the workbook ---------------------------------------------------------------------

const T = {
  inputs: { nl: "Invoer", en: "Inputs" },
  unit: { nl: "Eenheid", en: "Unit" },
  value: { nl: "Waarde", en: "Value" },
  source: { nl: "Bron", en: "Source" },
  assumption: { nl: "Aanname", en: "Assumption" },
  yes: { nl: "ja", en: "yes" },
  no: { nl: "nee", en: "no" },
  output: { nl: "Uitkomst", en: "Output" },
  model: { nl: "Model", en: "Model" },
  provenance: { nl: "Herkomst", en: "Provenance" },
  levelSheet: { nl: "Niveaucheck samenvatting", en: "Level check summary" },
  verdict: { nl: "Oordeel", en: "Verdict" },
  count: { nl: "Aantal", en: "Count" },
  amount: { nl: "Bedrag", en: "Amount" },
  total: { nl: "Totaal", en: "Total" },
  scenarios: { nl: "Scenario's", en: "Scenarios" },
  version: { nl: "Versie Begrotingslab", en: "Begrotingslab version" },
  date: { nl: "Datum", en: "Date" },
  file: { nl: "Bronbestand", en: "Source file" },
  valuesOnly: {
    nl: "Deze werkmap bevat alleen waarden (berekend met de Begrotingslab-invoegtoepassing) en werkt zonder invoegtoepassing.",
    en: "This workbook holds values only (computed with the Begrotingslab add-in) and works without the add-in.",
  },
  againstBase: { nl: "Verschillen (Δ) ten opzichte van", en: "Differences (Δ) against" },
  assumptionsHead: { nl: "Invoer, eenheden en bronnen", en: "Inputs, units and sources" },
} satisfies Record<string, Text>;

const BOLD: Partial<ExcelJS.Font> = { bold: true };

function cellValue(v: OutputValue): number | string {
  return typeof v === "number" ? v : `${v.error} ${v.message}`;
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
  const c = te.comparison;
  const n = c.scenarios.length;
  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 24;
  for (let j = 0; j < 2 * n; j++) ws.getColumn(3 + j).width = 16;
  ws.getCell(1, 1).value = `${te.template.title[lang]}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = `${T.againstBase[lang]} "${c.base}".`;
  const headerRow = 4;
  const head = ws.getRow(headerRow);
  head.values = [T.inputs[lang], T.unit[lang], ...c.scenarios, ...c.scenarios.slice(1).map((s) => `Δ ${s}`)];
  head.font = BOLD;
  const rowOf: Record<string, number> = {};
  let r = headerRow + 1;
  const put = (row: CompareRow) => {
    rowOf[row.key] = r;
    const x = ws.getRow(r);
    x.getCell(1).value = row.label[lang];
    x.getCell(2).value = row.unit[lang];
    row.values.forEach((v, j) => {
      const cell = x.getCell(3 + j);
      cell.value = cellValue(v);
      cell.numFmt = NUMBER_FORMATS[row.format];
    });
    row.diffs.forEach((d, j) => {
      if (j === 0) return;
      const cell = x.getCell(2 + n + j);
      // A plain subtraction: any spreadsheet computes it, and it shows where the difference comes from.
      cell.value = d === null ? null : { formula: `${a1({ row: r - 1, col: 2 + j })}-${a1({ row: r - 1, col: 2 })}`, result: d };
      cell.numFmt = NUMBER_FORMATS[row.format];
    });
    r++;
  };
  c.inputs.forEach(put);
  ws.getRow(r).values = [T.output[lang]];
  ws.getRow(r).font = BOLD;
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
  return {
    sheetName: cells.sheetName,
    title: spec.title[lang],
    categoriesRef: `${sheet}!$${first}$${cells.headerRow}:$${last}$${cells.headerRow}`,
    categories: te.comparison.scenarios,
    series,
    numFmt: NUMBER_FORMATS[spec.format],
    from: { col: 0, row: cells.lastRow + 1 },
    to: { col: Math.max(6, 2 + 2 * n), row: cells.lastRow + 21 },
  };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The council workbook in memory, and the charts to add to its package. */
export function councilWorkbook(data: CouncilData, lib: ExcelJSLib): { workbook: ExcelJS.Workbook; charts: BarChart[]; comparisons: ComparisonCells[] } {
  const { lang } = data;
  const wb = new lib.Workbook();
  wb.creator = `Begrotingslab ${data.version}`;
  wb.created = data.date;

  const inputs = wb.addWorksheet(T.inputs[lang]);
  inputs.columns = [{ width: 44 }, { width: 16 }, { width: 26 }, { width: 80 }];
  let r = 1;
  for (const te of data.templates) {
    inputs.getCell(r, 1).value = te.template.title[lang];
    inputs.getCell(r, 1).font = { bold: true, size: 13 };
    r++;
    inputs.getRow(r).values = [T.inputs[lang], T.value[lang], T.unit[lang], T.source[lang]];
    inputs.getRow(r).font = BOLD;
    r++;
    for (const i of te.template.inputs) {
      inputs.getRow(r).values = [i.label[lang], te.current[i.key] ?? i.value, i.unit[lang], i.source[lang]];
      inputs.getCell(r, 2).numFmt = NUMBER_FORMATS[i.format];
      if (i.assumption) inputs.getCell(r, 4).font = { italic: true, color: { argb: "FF9C5700" } };
      r++;
    }
    r++;
  }
  inputs.getCell(r, 1).value = T.valuesOnly[lang];
  inputs.getCell(r, 1).font = { italic: true };

  const charts: BarChart[] = [];
  const comparisons: ComparisonCells[] = [];
  const used = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  for (const te of data.templates) {
    let name = safeSheetName(`${lang === "nl" ? "Scenario's" : "Scenarios"} ${te.template.sheetName[lang]}`);
    for (let k = 2; used.has(name.toLowerCase()); k++) name = safeSheetName(`${name.slice(0, 27)} ${k}`);
    used.add(name.toLowerCase());
    const cells = writeComparison(wb.addWorksheet(name), te, lang);
    comparisons.push(cells);
    const chart = chartFor(te, cells, lang);
    if (chart) charts.push(chart);
  }

  if (data.levelCheck) {
    const lc = data.levelCheck;
    const ws = wb.addWorksheet(T.levelSheet[lang]);
    ws.columns = [{ width: 34 }, { width: 10 }, { width: 18 }];
    ws.getCell(1, 1).value = `${T.levelSheet[lang]} (${lc.sheet})`;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getRow(3).values = [T.verdict[lang], T.count[lang], T.amount[lang]];
    ws.getRow(3).font = BOLD;
    let row = 4;
    for (const s of lc.rows) {
      ws.getRow(row).values = [s.label, s.count, s.amount];
      ws.getCell(row, 3).numFmt = NUMBER_FORMATS.money;
      row++;
    }
    ws.getRow(row).values = [T.total[lang], lc.lines, lc.rows.reduce((t, s) => t + s.amount, 0)];
    ws.getRow(row).font = BOLD;
    ws.getCell(row, 3).numFmt = NUMBER_FORMATS.money;
    if (lc.totalLines > 0) {
      ws.getCell(row + 2, 1).value =
        lang === "nl" ? `Bedragen zonder de ${lc.totalLines} totaal- en subtotaalregels.` : `Amounts without the ${lc.totalLines} total and subtotal lines.`;
    }
  }

  const prov = wb.addWorksheet(T.provenance[lang]);
  prov.columns = [{ width: 30 }, { width: 40 }, { width: 16 }, { width: 26 }, { width: 80 }, { width: 12 }];
  prov.getCell(1, 1).value = T.provenance[lang];
  prov.getCell(1, 1).font = { bold: true, size: 14 };
  prov.getRow(3).values = [T.version[lang], data.version];
  prov.getRow(4).values = [T.date[lang], isoDate(data.date)];
  prov.getRow(5).values = [T.file[lang], data.sourceFile.replace(/^.*[\\/]/, "")];
  prov.getRow(6).values = [T.valuesOnly[lang]];
  let p = 8;
  prov.getRow(p).values = [T.model[lang], T.scenarios[lang]];
  prov.getRow(p).font = BOLD;
  p++;
  for (const te of data.templates) {
    prov.getRow(p).values = [te.template.title[lang], te.comparison.scenarios.join(", ")];
    p++;
  }
  p++;
  prov.getCell(p, 1).value = T.assumptionsHead[lang];
  prov.getCell(p, 1).font = BOLD;
  p++;
  prov.getRow(p).values = [T.model[lang], T.inputs[lang], T.value[lang], T.unit[lang], T.source[lang], T.assumption[lang]];
  prov.getRow(p).font = BOLD;
  p++;
  for (const te of data.templates) {
    // Assumptions first: they are what a council member should question.
    const sorted = [...te.template.inputs].sort((a, b) => Number(b.assumption) - Number(a.assumption));
    for (const i of sorted) {
      prov.getRow(p).values = [te.template.title[lang], i.label[lang], te.current[i.key] ?? i.value, i.unit[lang], i.source[lang], i.assumption ? T.yes[lang] : T.no[lang]];
      prov.getCell(p, 3).numFmt = NUMBER_FORMATS[i.format];
      p++;
    }
  }
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
