// How a computed value looks in a grid cell: numbers in the user's notation
// (Dutch "1.234,5"), the file's number format where it matters (decimals,
// thousands, percentages, dates), errors by their local name.

import { DetailedCellError, type CellValue } from "hyperformula";
import { localErrorCode } from "../engine";
import { ERROR_CODES } from "../engine/plugin";
import type { Lang } from "../src/core/types";
import { msg } from "../src/i18n/catalogue";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, min: number, max: number, grouping: boolean, percent: boolean): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${grouping}|${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
      ...(percent ? { style: "percent" } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Excel's "General": up to 11 significant characters, no thousands separators.
 * Budgets put years in their headers as numbers ("2.025" is no year), and a
 * column of amounts grouped from some length on reads unevenly; a file's own
 * number format ("#,##0") groups them, as in Excel.
 */
function general(x: number, lang: Lang): string {
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e11 || abs < 1e-9) {
    const s = x.toExponential(5).replace(/\.?0+e/, "e").replace("e+", "E+").replace("e-", "E-");
    return lang === "nl" ? s.replace(".", ",") : s;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  return numberFormat(lang, 0, Math.max(0, Math.min(10, 10 - intDigits)), false, false).format(x);
}

function isDateFormat(fmt: string): boolean {
  const f = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmy]/i.test(f) && !/[0#?]/.test(f);
}

export function formatNumberCell(x: number, fmt: string | undefined, lang: Lang): string {
  if (fmt === undefined || fmt === "General" || fmt === "@") return general(x, lang);
  if (isDateFormat(fmt)) {
    const d = new Date(EXCEL_EPOCH_MS + Math.round(x * 864e5));
    if (Number.isNaN(d.getTime())) return general(x, lang);
    const dd = String(d.getUTCDate()).padStart(2, "0");
    const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
    return lang === "nl" ? `${dd}-${mm}-${d.getUTCFullYear()}` : `${d.getUTCFullYear()}-${mm}-${dd}`;
  }
  // The first section is the positive format; negatives follow it with a minus sign.
  const section = (fmt.split(";")[0] ?? fmt).replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  const percent = section.includes("%");
  const decimals = /\.([0#]+)/.exec(section)?.[1] ?? "";
  const min = (decimals.match(/0/g) ?? []).length;
  const grouping = /[#0],[#0]/.test(section);
  return numberFormat(lang, min, Math.max(min, decimals.length), grouping, percent).format(x);
}

/** The text a cell shows. */
export function displayValue(v: CellValue, fmt: string | undefined, lang: Lang): string {
  if (v === null) return "";
  if (v instanceof DetailedCellError) return localErrorCode(ERROR_CODES[v.type] ?? v.value, lang);
  if (typeof v === "boolean") return msg(lang, v ? "value.true" : "value.false");
  if (typeof v === "number") return formatNumberCell(v, fmt, lang);
  return v;
}
