// A worksheet part written directly as SpreadsheetML, in pieces, so a sheet of
// 500,000 rows never becomes one string or one object per cell. Strings are
// inline (no shared-strings part to change in the user's package) and cells
// carry no style (none is added to the user's styles part).
// Browser-safe (no Node).

import { columnLetters } from "../src/core/columns";
import { cellTextEscape, xmlEscape, xmlNumber } from "./xml-text";

export type SheetCellValue =
  | string
  | number
  | boolean
  | null
  | { readonly formula: string; readonly result: string | number };

export interface SheetSpec {
  /** The main SpreadsheetML namespace of the package (transitional or strict). */
  readonly namespace?: string;
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  /** Freeze the first row. */
  readonly freezeHeader?: boolean;
  /** Rows from row 1 on; a row may be sparse (null cells are left out). */
  readonly rows: Iterable<readonly SheetCellValue[]>;
  /** Set an auto filter over the first row and every row written. */
  readonly autoFilter?: boolean;
  /**
   * Print as a list: landscape, two pages wide (about four fifths of full size for the check's
   * columns), with gridlines (the cells carry no borders), pages across before down. The header row repeats on every page by the workbook's print titles
   * (printTitlesName), which the caller adds to the workbook part.
   */
  readonly printAsList?: boolean;
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function cellXml(ref: string, v: SheetCellValue): string {
  if (v === null) return "";
  if (typeof v === "number") {
    const n = xmlNumber(v);
    // A non-finite number cannot be stored; the error value says so in every spreadsheet.
    return n === null ? `<c r="${ref}" t="e"><v>#NUM!</v></c>` : `<c r="${ref}"><v>${n}</v></c>`;
  }
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") return v === "" ? "" : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${cellTextEscape(v)}</t></is></c>`;
  const f = `<f>${xmlEscape(v.formula)}</f>`;
  if (typeof v.result === "number") {
    const n = xmlNumber(v.result);
    return n === null ? `<c r="${ref}">${f}</c>` : `<c r="${ref}">${f}<v>${n}</v></c>`;
  }
  return `<c r="${ref}" t="str">${f}<v>${cellTextEscape(v.result)}</v></c>`;
}

/** The worksheet part in pieces of about 64 KB. */
export function* sheetXml(spec: SheetSpec): Generator<string> {
  const ns = spec.namespace ?? MAIN_NS;
  let head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${xmlEscape(ns)}">`;
  // Scaled to fit its width on two pages (the first element a sheet may hold).
  if (spec.printAsList) head += `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  if (spec.freezeHeader) {
    head += `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`;
  }
  head += `<sheetFormatPr defaultRowHeight="15"/>`;
  if (spec.widths && spec.widths.length > 0) {
    head += `<cols>${spec.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.round(w * 100) / 100}" customWidth="1"/>`).join("")}</cols>`;
  }
  yield `${head}<sheetData>`;
  let buf = "";
  let r = 0;
  let width = 0;
  for (const cells of spec.rows) {
    r++;
    let row = "";
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c] ?? null;
      if (v === null) continue;
      row += cellXml(`${columnLetters(c)}${r}`, v);
      if (c + 1 > width) width = c + 1;
    }
    if (row !== "") buf += `<row r="${r}">${row}</row>`;
    if (buf.length > 65536) {
      yield buf;
      buf = "";
    }
  }
  let tail = `${buf}</sheetData>`;
  if (spec.autoFilter && r > 0 && width > 0) tail += `<autoFilter ref="A1:${columnLetters(width - 1)}${r}"/>`;
  const print = spec.printAsList ? `<printOptions gridLines="1"/>` : "";
  const setup = spec.printAsList ? `<pageSetup paperSize="9" fitToWidth="2" fitToHeight="0" orientation="landscape" pageOrder="overThenDown"/>` : "";
  yield `${tail}${print}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${setup}</worksheet>`;
}

/** The workbook's defined name that repeats a sheet's first row on every printed page (the sheet's 0-based position). */
export function printTitlesName(sheetRef: string, sheetIndex: number): string {
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${xmlEscape(sheetRef)}!$1:$1</definedName>`;
}

/** The range an auto filter of `rows` × `width` covers, as the workbook's hidden name refers to it. */
export function filterRange(sheetRef: string, rows: number, width: number): string {
  return `${sheetRef}!$A$1:$${columnLetters(width - 1)}$${rows}`;
}
