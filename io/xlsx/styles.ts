// Which cell formats show a date: what Excel stores as a number is a date when
// its number format says so. Read from the styles part (small; read whole).
// Browser-safe (no Node).

import { attributes, unescapeXml } from "../xml-text";

// Excel's built-in date and time formats (ids 14–22, 45–47, and the East Asian ones).
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A number format code that shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/_.|\*./g, "");
  // "General" and friends hold none of these letters; "E+00" is scientific, not a date.
  return /[dmyhs]/i.test(bare.replace(/general/gi, ""));
}

/** The indexes of the cell formats (the `s` of a cell) that show dates. */
export function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = Number(a.get("numFmtId"));
    const code = a.get("formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, unescapeXml(code));
  }
  const out = new Set<number>();
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml)?.[1] ?? "";
  let index = 0;
  for (const m of xfs.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*>/g)) {
    const id = Number(attributes(m[0]).get("numFmtId") ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id)) out.add(index);
    index++;
  }
  return out;
}

/** An Excel serial day number as a date (1900 system, or 1904 when the workbook says so). */
export function serialDate(serial: number, date1904: boolean): Date {
  // 1899-12-30 makes Excel's phantom 29 February 1900 come out right for every later date.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}
