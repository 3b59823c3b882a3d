// Numbers as a Dutch or an English reader writes them. One place, so the pane,
// the command line, the council workbook and every message agree, and each
// Intl.NumberFormat is built once rather than per call.

import type { Lang } from "../core/types";

const LOCALE: Readonly<Record<Lang, string>> = { nl: "nl-NL", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${key}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(k, f);
  }
  return f;
}

/** Any number, up to ten significant digits: "1.234,5" or "1,234.5". */
export function formatNumber(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return String(x);
  return formatter(lang, "sig10", { maximumSignificantDigits: 10 }).format(x);
}

/** A number with a fixed number of decimals and thousands separators. */
export function formatFixed(x: number, decimals: number, lang: Lang): string {
  if (!Number.isFinite(x)) return String(x);
  return formatter(lang, `fix${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
}

/** A fraction as a percentage: 0.155 → "15,5%". */
export function formatPercent(x: number, decimals: number, lang: Lang): string {
  if (!Number.isFinite(x)) return String(x);
  return formatter(lang, `pct${decimals}`, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
}

/** Euros, whole: "€ 9.355.500" in Dutch, "€9,355,500" in English. */
export function formatEuro(x: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(x)) return String(x);
  return formatter(lang, `eur${decimals}`, { style: "currency", currency: "EUR", minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
}

/** A budget amount as the budget gives it (in its own unit), rounded to cents and shown without needless decimals. */
export function formatAmount(x: number, lang: Lang): string {
  return formatNumber(Math.round(x * 100) / 100, lang);
}

/** A whole count: "1.234". */
export function formatCount(x: number, lang: Lang): string {
  return formatFixed(Math.round(x), 0, lang);
}

/** A date as a reader writes it: "15 maart 2026", "15 March 2026". */
export function formatDate(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}
