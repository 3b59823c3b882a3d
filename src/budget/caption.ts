// What a budget says about itself above its table: whose budget it is
// ("Gemeente Lindewaard") and the unit of its amounts ("Bedragen x € 1.000").
// Budgets print the unit once, in a title line or in the amount header, and a
// summary that drops it shows thousands as euros.

import { cellText, normalizeCell } from "./cells";

/** Amounts in the budget are this many euros each: 1, 1,000, 1,000,000 or (the Rijk's tables) 1,000,000,000. */
export type AmountFactor = 1 | 1000 | 1000000 | 1000000000;

export interface BudgetCaption {
  /** "Gemeente Lindewaard", "Provincie Zuiderkwartier", when a title line names it. */
  readonly organisation: string | null;
  /** null when the budget does not say. */
  readonly factor: AmountFactor | null;
}

// "x € 1.000", "× €1000", "(x 1.000 euro)", "€ x 1.000", "bedragen in € 1.000", "(€ 000)", "k€", "in duizenden euro's", "EUR thousands", "thousand euros".
const THOUSANDS = /(?:[x×*]\s*(?:€|eur(?:o'?s?)?)?\s*1[.,\s]?000(?![.,\s]?\d)|€\s*[x×*]\s*1[.,\s]?000(?![.,\s]?\d)|in\s*€\s*1[.,\s]?000(?![.,\s]?\d)|\(\s*€\s*000\s*\)|\bk€|€\s*k\b|\bkeur\b|duizenden\s+euro|thousands\s+of\s+euro|(?:€|\beur(?:o'?s?)?)\s*thousands?|thousands?\s+(?:of\s+)?(?:€|eur(?:o'?s?)?\b)|x\s*duizend|in\s+duizenden|in\s+thousands)/i;
const MILLIONS = /(?:[x×*]\s*(?:€|eur(?:o'?s?)?)?\s*1[.,\s]?000[.,\s]?000|€\s*[x×*]\s*1[.,\s]?000[.,\s]?000|in\s*€\s*1[.,\s]?000[.,\s]?000|\bmln\b|\bmiljoen(?:en)?\s+euro|millions\s+of\s+euro|€\s*m(?:ln|illion)\b|\beur(?:o'?s?)?\s*m(?:ln|illions?)\b|in\s+miljoenen|in\s+millions)/i;
// "(in miljarden euro)", "x € 1.000.000.000", "€ mld", "in billions of euros".
const BILLIONS = /(?:[x×*]\s*(?:€|eur(?:o'?s?)?)?\s*1[.,\s]?000[.,\s]?000[.,\s]?000|in\s+miljarden|miljarden\s+euro|€\s*mld\b|€\s*(?:bn|billions?)\b|billions\s+of\s+euro|in\s+billions)/i;
const ORGANISATION = /\b([Gg]emeente|[Pp]rovincie|[Ww]aterschap|[Hh]oogheemraadschap|[Ww]etterskip|[Mm]unicipality of|[Pp]rovince of)\s+[A-Z\u00C0-\u024F'][\p{L}'’.-]*(?:[\s-]+(?:[A-Z\u00C0-\u024F'][\p{L}'’.-]*|aan|op|en|de|den|der|in|bij|van))*/u;

/** A ministry's name in a title, up to a bracket, a figure or the end: "Ministerie van Onderwijs, Cultuur en Wetenschap (VIII)". */
const MINISTRY = /\b(?:[Mm]inisterie van|[Mm]inistry of)\s+\p{Lu}[^()\d;:]*/u;

/** Whether a text names a government or ministry ("Gemeente Lindewaard", "Ministerie van Financiën"): a document's title, not a section's. */
export function namesOrganisation(text: string): boolean {
  return ORGANISATION.test(text) || MINISTRY.test(text);
}

function factorOf(text: string): AmountFactor | null {
  const t = text.replace(/\u00a0/g, " ");
  if (BILLIONS.test(t)) return 1000000000;
  if (MILLIONS.test(t)) return 1000000;
  if (THOUSANDS.test(t)) return 1000;
  return null;
}

/**
 * Reads the rows above and including the header (`headerRow`, 1-based within
 * `rows`) and the amount header itself, first match wins: the amount header's
 * own unit beats a title line's.
 */
/** A row that only states the unit of the amounts ("(bedragen x € 1.000)"), above or right under the header. */
export function unitLine(row: readonly unknown[]): AmountFactor | null {
  let text: string | null = null;
  for (const v of row) {
    const t = cellText(normalizeCell(v));
    if (t === null) continue;
    if (text !== null) return null;
    text = t;
  }
  if (text === null || text.length > 60) return null;
  const factor = factorOf(text);
  // Nothing else of substance: "(bedragen x € 1.000)", "Bedragen in duizenden euro's".
  const rest = text
    .toLowerCase()
    .replace(THOUSANDS, " ")
    .replace(MILLIONS, " ")
    .replace(BILLIONS, " ")
    .replace(/\b(?:bedragen|bedrag|alle|amounts|in|x|van|euro'?s?|eur)\b|[()€*×:.,\s]/g, "");
  return factor !== null && rest === "" ? factor : null;
}

/** The government or ministry a text names ("Gemeente Lindewaard", "Ministerie van Financiën"), and where it starts. */
function organisationIn(text: string): { readonly name: string; readonly at: number } | null {
  const m = ORGANISATION.exec(text) ?? MINISTRY.exec(text);
  return m === null ? null : { name: m[0].replace(/[\s,.–—-]+$/, "").trim(), at: m.index };
}

export function budgetCaption(rows: readonly (readonly unknown[])[], headerRow: number, amountHeader?: string): BudgetCaption {
  let factor: AmountFactor | null = amountHeader ? factorOf(amountHeader) : null;
  // The unit stated right under the header.
  factor ??= headerRow > 0 && rows[headerRow] !== undefined ? unitLine(rows[headerRow] as readonly unknown[]) : null;
  let organisation: string | null = null;
  const top = rows.slice(0, Math.max(0, headerRow));
  for (const row of top) {
    for (const v of row) {
      const text = cellText(normalizeCell(v));
      if (text === null) continue;
      factor ??= factorOf(text);
      organisation ??= organisationIn(text)?.name ?? null;
    }
  }
  return { organisation, factor };
}

/** Rows and columns of another sheet where its title is looked for (see sheetTitle). */
export const TITLE_ROWS = 3;
export const TITLE_COLUMNS = 6;

/**
 * The government another sheet of the workbook is titled with: the first of its cells (its first
 * TITLE_ROWS rows, TITLE_COLUMNS columns) that opens with a government's name ("Waterschap De Lage
 * Venen — Begroting 2026"), or null. Only a cell that opens with the name counts: a sheet without a
 * title may start with budget lines that name a government they pay ("Bijdrage gemeente Ede").
 */
export function sheetTitle(rows: readonly (readonly unknown[])[]): string | null {
  for (const row of rows.slice(0, TITLE_ROWS)) {
    for (const v of row.slice(0, TITLE_COLUMNS)) {
      const text = cellText(normalizeCell(v));
      if (text === null) continue;
      const named = organisationIn(text);
      if (named !== null && named.at === text.search(/\S/)) return named.name;
    }
  }
  return null;
}
