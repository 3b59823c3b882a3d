// Readable and JSON renderings of engine values for the command line.

import type { Lang } from "../src/core/types";
import { formatNumber } from "../src/i18n/format";
import { msg } from "../src/i18n/catalogue";

import type { JsonCell, JsonResult } from "../engine/evaluate";
import { localErrorCode } from "../engine";

export function isErrorCell(c: JsonCell): c is { error: string; message: string } {
  return typeof c === "object" && c !== null;
}

function text(c: JsonCell, lang: Lang): string {
  if (c === null) return "";
  if (typeof c === "number") return formatNumber(c, lang);
  if (typeof c === "boolean") return msg(lang, c ? "value.true" : "value.false");
  if (isErrorCell(c)) return localErrorCode(c.error, lang);
  return c;
}

/** Column headers of year columns: their whole numbers are years (2026), not amounts (2.026). */
const YEAR_HEADERS = new Set(["Year", "Jaar"]);

/**
 * A spill as an aligned table: numbers right, text left, and a header cell
 * aligned as the numbers under it, so "Rente" stands over its amounts; error
 * messages listed below the table.
 */
export function renderTable(rows: JsonCell[][], lang: Lang): string {
  const years = (rows[0] ?? []).map((h) => typeof h === "string" && YEAR_HEADERS.has(h));
  const cells = rows.map((r) => r.map((c, j) => (years[j] && typeof c === "number" && Number.isInteger(c) ? String(c) : text(c, lang))));
  const widths: number[] = [];
  const numeric: boolean[] = [];
  for (const r of cells) r.forEach((s, j) => (widths[j] = Math.max(widths[j] ?? 0, s.length)));
  // A column is numeric when its body (below the header row) holds numbers only.
  rows.slice(1).forEach((r) => r.forEach((c, j) => (numeric[j] = (numeric[j] ?? true) && (typeof c === "number" || c === null))));
  const lines = rows.map((r, i) =>
    r
      .map((c, j) => {
        const s = cells[i]?.[j] ?? "";
        const w = widths[j] ?? 0;
        const right = typeof c === "number" || (i === 0 && rows.length > 1 && numeric[j] === true);
        return right ? s.padStart(w) : s.padEnd(w);
      })
      .join("  ")
      .trimEnd(),
  );
  const notes = rows.flat().filter(isErrorCell).map((e) => `  ${localErrorCode(e.error, lang)} ${e.message}`);
  return [...lines, ...new Set(notes)].join("\n");
}

export function renderResult(r: JsonResult, lang: Lang): string {
  if (Array.isArray(r)) return renderTable(r, lang);
  if (isErrorCell(r)) return `${localErrorCode(r.error, lang)} ${r.message}`;
  return text(r, lang);
}
