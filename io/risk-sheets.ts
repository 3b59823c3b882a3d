// The paragraph weerstandsvermogen in a workbook, browser-safe (ExcelJS is
// handed in, no Node): its layouts written as values, and its histogram as a
// native column chart. Used by the results workbook of `risk --out` and by
// the council workbook, on the command line and in the task pane alike.

import type * as ExcelJS from "exceljs";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";
import type { ParagraphSheets } from "../src/risk/report";
import type { SheetLayout } from "../src/scenarios/templates";
import { quoteSheet } from "../src/scenarios/templates";
import { NUMBER_FORMATS } from "../src/scenarios/types";
import type { BarChart } from "./chart";

const FILL = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** A layout of values (no formulas) on a worksheet, with its widths and the styles the paragraph uses. */
export function writeValueLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of layout.cells) {
    if (c.value === undefined) continue;
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = c.value;
    if (c.numFmt) cell.numFmt = c.numFmt;
    if (c.style === "title") cell.font = { bold: true, size: 13 };
    else if (c.style === "header") {
      cell.font = { bold: true };
      cell.fill = FILL("FFE7E6E6");
    } else if (c.style === "output") cell.font = { bold: true };
    else if (c.style === "note") cell.font = { italic: true, color: { argb: "FF595959" } };
  }
}

/** The histogram as a native column chart beside its bands (their header on the row above the first band). */
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
