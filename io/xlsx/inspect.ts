// The limits of an xlsx package checked on its bytes before a spreadsheet
// library loads it. ExcelJS builds a whole workbook in memory and pads rows up
// to the last row number: a 17 KB file whose one row is numbered 999,999,999
// never finishes. The workbench (in the browser) runs this first; the command
// line reads files through ./file, which checks the same while it streams.
// Browser-safe (no Node): the package is given as bytes.

import JSZip from "jszip";
import type { Lang, Text } from "../../src/core/types";
import { msg } from "../../src/i18n/catalogue";
import { formatNumber } from "../../src/i18n/format";
import { parseWorkbook } from "../package-patch";
import { SheetLimitError, SheetScanner } from "./sheet-scan";
import { isCompoundFile, locateDirectory, locateDirectory64, MAX_TAIL, parseDirectory } from "./zip-directory";

export type XlsxProblem =
  | { readonly kind: "notZip" | "encrypted" | "damaged" | "notWorkbook" | "wordDocument" | "presentation" | "noSheets" }
  | { readonly kind: "tooLarge"; readonly limit: number }
  | { readonly kind: "tooManyParts"; readonly limit: number }
  | { readonly kind: "row"; readonly sheet: string; readonly value: number }
  | { readonly kind: "column"; readonly sheet: string; readonly value: string }
  | { readonly kind: "cells"; readonly sheet: string; readonly limit: number };

export interface PackageLimits {
  /** Bytes all parts may unpack to, as the zip directory states them. */
  readonly unpacked: number;
  readonly parts: number;
  /** Cells in all sheets together. */
  readonly cells: number;
}

/** The message for a problem, naming the file (and the sheet where it lies). */
export function xlsxProblemText(p: XlsxProblem, file: string): Text {
  const both = (f: (lang: Lang) => string): Text => ({ nl: f("nl"), en: f("en") });
  switch (p.kind) {
    case "notZip":
    case "damaged":
    case "notWorkbook":
      return both((l) => msg(l, p.kind === "notWorkbook" ? "files.notWorkbook" : "files.unreadable", file));
    case "encrypted":
      return both((l) => msg(l, "files.encrypted", file));
    case "wordDocument":
      return both((l) => msg(l, "files.wordDocument", file));
    case "presentation":
      return both((l) => msg(l, "files.presentation", file));
    case "noSheets":
      return both((l) => msg(l, "files.noSheets", file));
    case "tooLarge":
      return both((l) => msg(l, "files.limit.size", file, formatNumber(Math.round(p.limit / (1024 * 1024)), l)));
    case "tooManyParts":
      return both((l) => msg(l, "files.limit.parts", file, formatNumber(p.limit, l)));
    case "row":
      return both((l) => msg(l, "files.limit.row", file, p.sheet, formatNumber(p.value, l)));
    case "column":
      return both((l) => msg(l, "files.limit.column", file, p.sheet, p.value));
    case "cells":
      return both((l) => msg(l, "files.limit.cells", file, p.sheet, formatNumber(p.limit, l)));
  }
}

/** Checks a package's stated sizes, then scans each worksheet for rows, columns and cells past the limits. */
export async function inspectXlsx(bytes: Uint8Array, limits: PackageLimits): Promise<XlsxProblem | null> {
  if (isCompoundFile(bytes)) return { kind: "encrypted" };
  const tailStart = Math.max(0, bytes.length - MAX_TAIL);
  let loc = locateDirectory(bytes.subarray(tailStart), tailStart);
  if (typeof loc === "object" && "zip64At" in loc) loc = locateDirectory64(bytes.subarray(loc.zip64At, loc.zip64At + 56));
  if (typeof loc === "string") return { kind: loc };
  if (loc.entries > limits.parts) return { kind: "tooManyParts", limit: limits.parts };
  if (loc.offset + loc.size > bytes.length) return { kind: "damaged" };
  const dir = parseDirectory(bytes.subarray(loc.offset, loc.offset + loc.size), loc);
  if (typeof dir === "string") return { kind: dir };
  let unpacked = 0;
  for (const e of dir.entries) unpacked += e.uncompressedSize;
  if (unpacked > limits.unpacked) return { kind: "tooLarge", limit: limits.unpacked };

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { kind: "damaged" };
  }
  const text = async (part: string): Promise<string | null> => {
    const f = zip.file(part);
    return f ? f.async("string") : null;
  };
  const info = await parseWorkbook((await text("_rels/.rels")) ?? "", text);
  if (!info) {
    if (zip.file("word/document.xml")) return { kind: "wordDocument" };
    if (zip.file("ppt/presentation.xml")) return { kind: "presentation" };
    return { kind: "notWorkbook" };
  }
  if (info.sheets.length === 0) return { kind: "noSheets" };
  let cells = 0;
  for (const sheet of info.sheets) {
    if (!sheet.part) continue;
    const xml = await text(sheet.part);
    if (xml === null) continue;
    // Only counted: nothing of the sheet is kept.
    const scanner = new SheetScanner(() => undefined, { maxCells: limits.cells - cells });
    try {
      scanner.feed(xml);
      scanner.end();
    } catch (e) {
      if (!(e instanceof SheetLimitError)) throw e;
      if (e.kind === "row") return { kind: "row", sheet: sheet.name, value: Number(e.value) };
      if (e.kind === "column") return { kind: "column", sheet: sheet.name, value: e.value };
      if (e.kind === "cells") return { kind: "cells", sheet: sheet.name, limit: limits.cells };
      return { kind: "damaged" };
    }
    cells += scanner.cells;
  }
  return null;
}
