// Which column holds what, in a budget table as governments publish it.
//
// Published tables rarely name their columns the way a template would: the
// description sits under "(bedragen x € 1.000)", "Doel", "Investeringskrediet",
// "Voorstel voor Regio Deal" or under nothing at all; amounts sit under bare
// years. So a column's role is read from two sources together: the words of
// the header row, and the content below it (a column of distinct texts is the
// description, a column of amounts is an amount, a column of Iv3 codes is the
// taakveld). Header words only decide where the content agrees with them.

import { TEMPLATE_MARKER } from "../core/markers";
import { type Cell, cellText, isBlank, isErrorValue, normalizeCell } from "./cells";
import { namesBudgetPart, namesNumberedSection } from "./headings";
import { amountInText, isAmountError, parseAmount, saysNoFigure } from "./numbers";
import { firstWord, TAAKVELDEN, withCodeDot } from "../levels/taakvelden";

export type Role = "description" | "taakveld" | "amount" | "owner";

export interface HeaderColumns {
  /** 0-based column index within the rows passed in. */
  readonly description: number;
  readonly taakveld?: number;
  readonly amount?: number;
  readonly owner?: number;
  /**
   * Other columns of text that say what a line belongs to ("Beleidsveld",
   * "Programma"): read as context for the line, never as its description.
   */
  readonly context?: readonly number[];
  /**
   * Those context columns that name a group in its first row and leave the rows of the group
   * below it blank (a "Programma" column filled in once per programme, or merged): a blank cell
   * there stands for the text above it. A column filled in nearly everywhere is not one: its
   * blank cell is a row that belongs to no group (a total).
   */
  readonly carried?: readonly number[];
  /**
   * A ledger's column of the kind of money a row books ("Kostensoort": "Salarissen",
   * "Rioolheffing"), beside the cost centre that is the description.
   */
  readonly costType?: number;
}

/** How a table's texts carry their figures (pasted.ts): how many at the end of each, and which is the amount. */
export interface FiguresInText {
  readonly count: number;
  /** 0-based, among the `count` figures at the end. */
  readonly pick: number;
  /** The header's word for the figure read ("Lasten"), where the header names them. */
  readonly name: string | null;
  /** The header's words for all the figures ("Lasten", "Baten", "Saldo"); empty where it does not name them. */
  readonly names: readonly string[];
}

export interface DetectedHeader {
  /** 1-based sheet row of the header; 0 when the table has no header row. */
  readonly headerRow: number;
  readonly columns: HeaderColumns;
  /** The amount column's header as written in the sheet, so the user sees which column was read. */
  readonly amountHeader?: string;
  /** "header": the header row's words named the columns; "content": the columns were chosen by what they hold. */
  readonly source?: "header" | "content";
  /** 2 when the header is two rows ("Begroting 2025" over "Lasten | Baten"); headerRow is the lower one. */
  readonly headerLines?: 2;
  /** With two header rows: each column's name read from both ("Begroting 2025 Lasten"). */
  readonly names?: readonly (string | null)[];
  /** No column of amounts: the figures end each description (a table pasted from a PDF). */
  readonly figuresInText?: FiguresInText;
  /** A second table right of this one, its descriptions and its amounts ("Lasten | Bedrag | Baten | Bedrag"), not read. */
  readonly beside?: { readonly description: number; readonly amount: number };
}

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;
/** How many rows below a candidate header are profiled. */
const PROFILE_ROWS = 400;
/** How many rows from the top the detection looks at: a reader keeps these until it has decided. */
export const DETECT_ROWS = HEADER_SEARCH_ROWS + PROFILE_ROWS;

// Keywords per role with a weight: a higher weight wins when a sheet has
// several candidates ("Omschrijving" beats "Programma" as description; "Lasten"
// beats "Baten" as amount because the level check is about spending).
const KEYWORDS: Record<Role, ReadonlyArray<readonly [string, number]>> = {
  description: [
    ["omschrijving", 100],
    ["description", 100],
    ["begrotingspost", 85],
    ["onderwerp", 85],
    ["naam", 80],
    ["name", 80],
    ["post", 80],
    ["posten", 80],
    ["budgetline", 85],
    ["lineitem", 85],
    ["budgetitem", 85],
    ["product", 70],
    ["producten", 70],
    ["productgroep", 70],
    ["activiteit", 70],
    ["activiteiten", 70],
    ["activity", 70],
    // What a province or gemeente delivers under a goal ("Prestatie 3.1.2 Vergunningverlening ...").
    ["prestatie", 70],
    ["prestaties", 70],
    ["project", 70],
    ["projecten", 70],
    ["maatregel", 70],
    ["maatregelen", 70],
    ["voorstel", 70],
    ["voorstellen", 70],
    ["investering", 65],
    ["investeringen", 65],
    ["regeling", 60],
    ["item", 60],
    ["items", 60],
    ["taak", 60],
    ["task", 60],
    ["thema", 55],
    ["onderdeel", 55],
    ["doel", 55],
    ["ontwikkeling", 50],
    ["programma", 50],
    ["programme", 50],
    ["program", 50],
  ],
  taakveld: [
    ["taakveld", 100],
    ["taakveldcode", 100],
    ["taakveldnummer", 100],
    ["taakvelden", 100],
    ["iv3", 95],
    ["functie", 80],
    ["functiecode", 80],
    ["function", 75],
    ["taskfield", 90],
  ],
  amount: [
    ["lasten", 100],
    ["uitgaven", 95],
    ["expenditure", 95],
    ["expenses", 95],
    ["begroting", 90],
    ["begroot", 88],
    ["budget", 88],
    ["raming", 85],
    ["bedrag", 80],
    ["amount", 80],
    ["krediet", 70],
    // What a government pays a joint arrangement or an institution ("Verbonden partijen: Naam | Bijdrage 2026").
    ["bijdrage", 65],
    ["bijdragen", 65],
    ["saldo", 60],
    ["balance", 60],
    ["rekening", 55],
    ["realisatie", 55],
    ["baten", 50],
    ["inkomsten", 45],
    ["ontvangsten", 45],
    ["revenue", 45],
    ["income", 45],
  ],
  owner: [
    ["niveau", 100],
    ["bestuurslaag", 100],
    ["overheid", 90],
    ["owner", 90],
    ["level", 80],
  ],
};

const ROLES: readonly Role[] = ["description", "taakveld", "amount", "owner"];

/** Header words that mark a numeric column as something other than money (a start year, a percentage, a count). */
const NOT_MONEY = new Set(["kostenplaats", "code", "start", "jaar", "year", "afschr", "afschrijvingstermijn", "looptijd", "aantal", "number", "fte", "evaluatie", "nr", "nummer", "artikel", "art", "rente", "percentage", "procent", "restwaarde", "rest", "waarde", "tijdvak"]);

// A ledger export books each row on a cost centre (the task: "Riolering") and a kind of money
// ("Kostensoort", "Economische categorie", "Grootboekrekening": "Rioolheffing", "Salarissen").
// Such a column is never the description, its codes ("1.1 Salarissen") are no taakvelden and
// its numbers ("4300") no amounts.
const COST_TYPE_WORDS = ["kostensoort", "kostensoorten", "opbrengstsoort", "kostencategorie", "economischecategorie", "grootboek", "grootboekrekening", "grootboekrekeningen", "costtype", "costtypes", "account", "accounts"];

// A table of indicators or financial ratios ("Indicator | Eenheid | Waarde | Bron", "Kengetallen |
// Rekening 2024 | Begroting 2026"), which every Dutch budget holds beside its money: its figures are
// shares and counts, not amounts, and its rows ("Banen per 1.000 inwoners") are no budget lines.
// Whole column names only: "Prestatie-indicator verkeersveiligheid" or "Streefwaarde" may head a column of a goal table.
const INDICATOR_NAMES = new Set(["indicator", "indicatoren", "indicators", "beleidsindicator", "beleidsindicatoren", "prestatieindicator", "prestatieindicatoren", "kengetal", "kengetallen", "financielekengetallen", "kpi", "kpis"]);

/** A column named by its year ("2025", "2025 begroot"): a figure that is a name. */
const OPENS_WITH_YEAR = /^(?:19|20)\d\d\b/;

/**
 * The texts of a row that reads as column names, the first `width` cells (blank ones null), or null:
 * two or more cells, each text or a year, none an amount (headerLike; the header checks under a table).
 */
export function headerTexts(row: readonly unknown[], width = row.length): (string | null)[] | null {
  let cells = 0;
  const out: (string | null)[] = [];
  for (let k = 0; k < width; k++) {
    const c = normalizeCell(row[k]);
    if (isBlank(c)) {
      out.push(null);
      continue;
    }
    cells++;
    const t = typeof c === "number" ? String(c) : typeof c === "string" ? c.trim() : "";
    if (looksLikeAmount(c) && !OPENS_WITH_YEAR.test(t)) return null;
    out.push(t);
  }
  return cells >= 2 ? out : null;
}

/**
 * Whether a row names the columns of an indicator table: two or more short texts and no figure (a
 * budget line "Monitoring indicatoren | 5.000" is none), one naming indicators, or a unit beside a source.
 */
export function namesIndicatorTable(row: readonly unknown[]): boolean {
  // Most rows hold a figure: they are done with before any word is read.
  const texts = headerTexts(row);
  return texts !== null && namesIndicators(texts);
}

/** Whether a header's texts (headerTexts) name an indicator table. */
export function namesIndicators(texts: readonly (string | null)[]): boolean {
  let named = false;
  let unit = false;
  let source = false;
  for (const t of texts) {
    if (t === null) continue;
    const name = headerWords(t).join("");
    if (INDICATOR_NAMES.has(name)) named = true;
    if (name === "eenheid" || name === "unit") unit = true;
    if (name === "bron" || name === "source") source = true;
  }
  return named || (unit && source);
}

/**
 * A row under a budget table (its headerTexts) that names the columns of another table with its amounts in a column of
 * its own ("Verbonden partijen" over "Naam | Bijdrage 2026", beside "Omschrijving | … | Begroting 2026"):
 * two or more short texts and no figure, a description's name left of an amount's (its amounts may
 * stand in the same column as the table above's: "Omschrijving | Krediet" over a list of investments).
 */
export function newTableHeader(texts: readonly (string | null)[]): { readonly description: number; readonly amount: number; readonly name: string } | null {
  let amt = -1;
  let amtScore = 0;
  let desc = -1;
  let descScore = 0;
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k] ?? null;
    if (t === null) continue;
    const words = headerWords(t);
    if (words.length === 0 || words.length > 4) return null;
    // A column's name, not a heading: "Lasten 2026", "Bijdrage (x € 1.000)"; "Naam", "Omschrijving project".
    const a = words.length <= 3 ? roleScore(words, "amount") : 0;
    if (a > amtScore) {
      amt = k;
      amtScore = a;
    }
    const d = words.length <= 2 && !/\d/.test(t) ? roleScore(words, "description") : 0;
    if (d > descScore) {
      desc = k;
      descScore = d;
    }
  }
  // Both named by header words ("Naam", "Omschrijving"; "Bijdrage 2026", "Lasten"): a heading beside a
  // column's label ("0011 Bestuurlijke samenwerking | Baten") names no table.
  if (amt < 0 || desc < 0 || desc >= amt) return null;
  return { description: desc, amount: amt, name: (texts[amt] ?? "").trim() };
}

/** An Iv3 economic category as a ledger writes it: its number and its name ("3.4.2 Overige goederen en diensten"). */
const CATEGORY_CODE = /^\s*\d\.\d(?:\.\d)?\s+\p{L}/u;

/** The texts of a column in the rows profiled below a candidate header. */
function* columnTexts(rows: readonly unknown[][], from: number, col: number): Generator<string> {
  const end = Math.min(rows.length, from + PROFILE_ROWS);
  for (let i = from; i < end; i++) {
    const t = cellText(normalizeCell((rows[i] ?? [])[col]));
    if (t !== null) yield t;
  }
}

/** Do most of a column's texts open with an Iv3 economic category's number? */
function categoryCodes(rows: readonly unknown[][], from: number, col: number): boolean {
  let texts = 0;
  let coded = 0;
  for (const t of columnTexts(rows, from, col)) {
    texts++;
    if (CATEGORY_CODE.test(t)) coded++;
  }
  return texts > 0 && coded >= 0.6 * texts;
}

/**
 * A ledger's column of the kind of money, if it has one: the leftmost column so named that holds texts;
 * the names under a bare "Omschrijving" right of a column of its codes ("Grootboekrekening": 4300, 8100);
 * or Iv3's economic categories under a bare "Categorie" ("1.1 Salarissen en sociale lasten", "3.8
 * Belastingen"), known by their numbered names, not by the header alone (a subsidy list's "Categorie"
 * is a task: "Sport", "Cultuur").
 */
function costTypeColumn(rows: readonly unknown[][], from: number, head: readonly (string | null)[], width: number, lettered: (k: number) => number): number | undefined {
  for (let k = 0; k < width; k++) {
    if (!namesCostType(head[k] ?? null)) continue;
    if (lettered(k) >= 0.5) return k;
    if (k + 1 < width && BARE_NAME.test(head[k + 1] ?? "") && lettered(k + 1) >= 0.5) return k + 1;
  }
  for (let k = 0; k < width; k++) {
    if (headerWords(head[k] ?? "").some((w) => w === "categorie" || w === "category" || w === "categorieen") && categoryCodes(rows, from, k)) return k;
  }
  return undefined;
}

/** A header that names a column of names and nothing else: "Omschrijving", "Naam", "Description". */
const BARE_NAME = /^\s*(?:omschrijving|naam|description|name|oms\.?)\s*$/i;

/** Does a header name a ledger's kind of money ("Omschrijving kostensoort", "Ec. categorie")? */
export function namesCostType(text: string | null): boolean {
  if (text === null || text.length > 60) return false;
  const words = headerWords(text);
  const joined = [...words, ...pairs(words)];
  return joined.some((w) => COST_TYPE_WORDS.some((k) => w === k || (w.endsWith(k) && w.length > k.length))) || (words.includes("categorie") && words.some((w) => w === "ec" || w === "eco" || w.startsWith("econ")));
}

/** Lower case, accents removed, words split on anything that is not a letter or digit. */
export function headerWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/**
 * Score of a header text for one role: the best keyword weight, slightly lower
 * for a Dutch compound that ends in the keyword ("exploitatielasten",
 * "productomschrijving", "investeringsomschrijving"). 0 when nothing matches.
 */
function roleScore(words: readonly string[], role: Role): number {
  let best = 0;
  // The words run together catch split names: "task field", "taakveld code", "budget line".
  const all = words.length > 1 ? [...words, words.join(""), ...pairs(words)] : words;
  for (const w of all) {
    for (const [k, weight] of KEYWORDS[role]) {
      let s = 0;
      if (w === k) s = weight;
      else if (k.length >= 4 && w.length > k.length && w.endsWith(k)) s = weight - 15;
      if (s > best) best = s;
    }
  }
  return best;
}

function pairs(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}${words[i + 1]}`);
  return out;
}

const UNIT_WORDS = new Set(["bedragen", "bedrag", "x", "eur", "euro", "duizend", "miljoen", "mln", "in", "van", "de", "het", "en", "per", "alle", "amounts", "thousands", "of", "the", "totaal", "omschrijving", "nr", "nummer"]);

/**
 * The subject a description column's header names, if any: "Productgroep
 * Maatwerkvoorziening", "Voorstel voor Regio Deal". Headers that only name the
 * column or a unit ("Omschrijving", "(bedragen x € 1.000)") name no subject.
 */
export function headerSubject(text: string | null): string | null {
  if (text === null || text.length > 200) return null;
  const words = headerWords(text);
  const rest = words.filter((w) => w.length >= 4 && !UNIT_WORDS.has(w) && !/^\d+$/.test(w) && ROLES.every((r) => KEYWORDS[r].every(([k]) => k !== w)));
  return rest.length > 0 ? text : null;
}

/** True when a header text names an amount column (lasten, baten, begroting 2025, ...). */
export function isAmountHeader(text: string): boolean {
  return text.length <= 80 && roleScore(headerWords(text), "amount") > 0;
}

// ── content ──

const CODE_CELL = /^\s*(?:taakveld\s+)?(\d{1,2}[.-]\d{1,3}[a-dA-D]?)\.?(?:\s|$|\s*[-–:]\s)/;

/**
 * How a cell opens with a known Iv3 code ("6.3", 6.3, "6.71a", "0.10", "7.2 Riolering", "6.23 - Pgb",
 * "6-71": a dash for the dot): "named" where the code is followed by its own taakveld's name or by
 * nothing, "other" where other words follow ("1.1 Kleinere bezetting college" numbers a proposal
 * list's item, and 1.1 is the fire service), null where the cell opens with no known code.
 */
function codeCell(c: Cell): "named" | "other" | null {
  if (typeof c === "number") return c > 0 && c < 10 && TAAKVELDEN.has(String(Math.round(c * 1000) / 1000)) ? "named" : null;
  if (typeof c !== "string") return null;
  const m = CODE_CELL.exec(c);
  const def = m === null ? undefined : TAAKVELDEN.get(withCodeDot(m[1] as string).toLowerCase());
  if (m === null || def === undefined) return null;
  const first = firstWord(c.slice(m[0].length));
  return first === "" || def.firstWords.includes(first) ? "named" : "other";
}
/** A year as a budget writes one: "2025". */
export const YEARISH = /^(?:19|20)\d\d$/;
/** Of the codes opening a description column, the share that must be followed by their taakveld's name. */
const NAMED_CODE_SHARE = 0.5;

interface Profile {
  nonBlank: number;
  /** Cells with a letter in them, however short ("A", "B" in a test sheet count). */
  lettered: number;
  text: number;
  amounts: number;
  codes: number;
  /** Codes followed by their own taakveld's name, or by nothing (codeCell). */
  namedCodes: number;
  distinct: Set<string>;
  years: number;
}

/** Does a cell hold an amount? Lenient on purpose: "N 31.393", "4.977-", "€ 12,1 miljoen", "budget € 750.000 voor 2013" all count. */
export function looksLikeAmount(c: Cell): boolean {
  return amountKind(c) !== NO_AMOUNT;
}

const NO_AMOUNT = 0;
const FIGURE = 1;
/** A text that holds an amount only by naming a sum in it ("budget € 750.000 voor 2013"), not a figure with its unit. */
const SUM_IN_TEXT = 2;

function amountKind(c: Cell): typeof NO_AMOUNT | typeof FIGURE | typeof SUM_IN_TEXT {
  if (typeof c === "number") return FIGURE;
  if (typeof c !== "string") return NO_AMOUNT;
  const t = c.trim();
  if (t === "") return NO_AMOUNT;
  // A short text naming one sum holds that amount, as published lists write it.
  const inText = () => (amountInText(t) !== null ? SUM_IN_TEXT : NO_AMOUNT);
  if (t.length > 40) return inText();
  if (!/\d/.test(t)) return /^[-\u2012\u2013\u2014\u2212]{1,2}$/.test(t) ? FIGURE : NO_AMOUNT;
  const parsed = parseAmount(t);
  // A figure too large for any budget is still a figure: the reader reports it on its row.
  // So is a figure with its sign written twice ("-212 N"): mistyped, but no heading's words.
  if (!isAmountError(parsed) || parsed.error === "tooLarge" || parsed.error === "notFinite" || parsed.error === "twoSigns") return FIGURE;
  // Units and markers around a number: "€ 12,1 miljoen", "3,0 mln", "N 31.393", "V 1.200", "4.977-".
  const stripped = t
    .replace(/^[NV]\s+/i, "")
    .replace(/\s*(?:mln|miljoen|miljard|mld|mrd|k|duizend|million|billion|bn|m)\.?$/i, "")
    .replace(/[-\u2012\u2013\u2014\u2212]$/, "")
    .replace(/^[-\u2012\u2013\u2014\u2212‒]\s+/, "-");
  return stripped !== t && !isAmountError(parseAmount(stripped)) ? FIGURE : inText();
}

function profile(rows: readonly unknown[][], from: number, width: number): Profile[] {
  const out: Profile[] = Array.from({ length: width }, () => ({ nonBlank: 0, lettered: 0, text: 0, amounts: 0, codes: 0, namedCodes: 0, distinct: new Set<string>(), years: 0 }));
  const end = Math.min(rows.length, from + PROFILE_ROWS);
  for (let i = from; i < end; i++) {
    const r = rows[i] ?? [];
    for (let k = 0; k < width; k++) {
      const c = normalizeCell(r[k]);
      if (isBlank(c) || isErrorValue(c)) continue;
      const p = out[k] as Profile;
      p.nonBlank++;
      // An Iv3 code ("0.1", 6.3, "6.71a Maatwerk...") looks like an amount too: count it as a code first.
      const code = codeCell(c);
      if (code !== null) p.codes++;
      if (code === "named") p.namedCodes++;
      const kind = amountKind(c);
      if (kind !== NO_AMOUNT) {
        p.amounts++;
        if (typeof c === "number" ? Number.isInteger(c) && c >= 1900 && c <= 2100 : YEARISH.test(String(c).trim())) p.years++;
        // A text naming a sum ("Het Hogeland € 12,1 miljoen") is a text too: alone in its row it is the line's description.
        if (kind === FIGURE) continue;
      }
      const t = cellText(c);
      if (t === null) continue;
      if (/\p{L}/u.test(t)) p.lettered++;
      // A text cell holds letters; "n.v.t." and "V"/"N" markers are not descriptions.
      if (/\p{L}{2,}/u.test(t) && !/^(?:n\.?v\.?t\.?|nvt|v|n|ja|nee|x)$/i.test(t)) {
        p.text++;
        p.distinct.add(t.toLowerCase());
      }
    }
  }
  return out;
}

interface Keyword {
  readonly role: Role;
  readonly score: number;
  readonly year: number;
}

/** A sum of money written in a text: "€ 12,1 miljoen", "k€ 341", "5,7 mln". */
const MONEY_IN_TEXT = /(?:€|eur\b|euro\b)\s*-?\d|\d\s*(?:mln|miljoen|miljard|mld)\b/i;

/** From this many words on, a header cell that names a sum is a sentence. */
const SENTENCE_WORDS = 6;

/** How well a column name names the amount ("Lasten" 100, "Baten" 50, "2025" 40; 0: not at all). */
export function amountColumnScore(name: string): number {
  return Math.max(0, ...keywordsOf(name).filter((k) => k.role === "amount").map((k) => k.score));
}

/**
 * How many of one cell's last words name figures ("Taakveld Lasten Baten Saldo": 3): two or
 * more make it the header of a table pasted from a PDF into one column, whose texts end in them.
 */
export function namedFigureCount(text: string | null): number {
  const words = (text ?? "").trim().split(/\s+/);
  let named = 0;
  for (let i = words.length - 1; i >= 1 && amountColumnScore(words[i] as string) > 0; i--) named++;
  return named;
}

function keywordsOf(text: string | null): Keyword[] {
  // A column name is short; a sentence naming a sum ("Niet aanwenden van onvoorzien voor
  // programma 1 van k€ 206.") is an item, however many header words it holds. A unit
  // ("Lasten (x € 1.000)") is a few words.
  if (text === null || text.length > 80) return [];
  const words = headerWords(text);
  if (words.length === 0 || (words.length >= SENTENCE_WORDS && MONEY_IN_TEXT.test(text))) return [];
  // "Hoofdstuk 2 Duurzame ruimtelijke ontwikkeling" heads a section of the list, not a column.
  if (namesNumberedSection(text)) return [];
  if (namesCostType(text)) return [];
  const years = words.filter((w) => YEARISH.test(w)).map(Number);
  const year = years.length > 0 ? Math.max(...years) : 0;
  const out: Keyword[] = [];
  const both = roleScore(words, "taakveld") > 0 && roleScore(words, "description") > 0;
  for (const role of ROLES) {
    let s = roleScore(words, role);
    // "Omschrijving taakveld" names the taakveld: a fallback description, not the code column.
    if (both && role === "taakveld") s -= 50;
    if (both && role === "description") s -= 30;
    if (s > 0) out.push({ role, score: s, year });
  }
  // A bare year ("2025", "2023 e.v.") heads an amount column; a span of years ("Totaal 2024 t/m 2027")
  // heads the line's amount over all of them, which says more than any one year.
  if (out.length === 0 && years.length > 0 && words.length <= 3) out.push({ role: "amount", score: 40, year });
  else if (out.length === 0 && YEAR_SPAN.test(text) && words.length <= 6) out.push({ role: "amount", score: 45, year });
  return out;
}

/** Of the rows whose cell in column `k` opens with a code, the share whose description beside it names the code's taakveld. */
function namedBeside(rows: readonly unknown[][], from: number, k: number, desc: number): number {
  let codes = 0;
  let named = 0;
  const end = Math.min(rows.length, from + PROFILE_ROWS);
  for (let i = from; i < end; i++) {
    const r = rows[i] ?? [];
    const c = normalizeCell(r[k]);
    if (codeCell(c) === null) continue;
    codes++;
    // The code written before its description, as a per-taakveld overview writes both in one cell.
    if (codeCell(`${String(c).trim()} ${cellText(normalizeCell(r[desc])) ?? ""}`) === "named") named++;
  }
  return codes === 0 ? 0 : named / codes;
}

function rowTexts(row: readonly unknown[] | undefined, width: number): (string | null)[] {
  const out: (string | null)[] = [];
  for (let k = 0; k < width; k++) {
    const c = normalizeCell(row?.[k]);
    out.push(typeof c === "string" ? cellText(c) : typeof c === "number" ? String(c) : null);
  }
  return out;
}

interface Candidate {
  readonly header: DetectedHeader;
  readonly quality: number;
}

/** A context column filled in on at most this share of the lines names groups, not each line (BudgetColumns.carried). */
const GROUP_COLUMN_FILL = 0.75;
/** The header of a column of notes on single lines. */
const NOTE_HEADER = /toelichting|opmerking|notitie|uitleg|\bnotes?\b|comment|remark|explanation/i;

/**
 * The columns of a table whose header is row `h` (0-based; -1: no header, the
 * data starts at row 0), judged by the header's words and the content below.
 */
function candidate(rows: readonly unknown[][], h: number, width: number): Candidate | null {
  const from = h + 1;
  const prof = profile(rows, from, width);
  const dataRows = Math.max(...prof.map((p) => p.nonBlank), 0);
  // The header words: this row, and the row above it when that is a band ("Begroting 2025" over "Lasten | Baten").
  const head = h >= 0 ? rowTexts(rows[h], width) : [];
  const band = h >= 1 ? rowTexts(rows[h - 1], width) : [];
  const kw: Keyword[][] = [];
  for (let k = 0; k < width; k++) {
    const own = keywordsOf(head[k] ?? null);
    // A band cell spans the columns to its right until the next one.
    let b: string | null = null;
    for (let j = k; j >= 0 && b === null; j--) b = band[j] ?? null;
    const above = b !== null && (head[k] ?? null) !== null ? keywordsOf(b) : [];
    // The band's year is the column's only where the column names none ("2025" under "Kadernota 2025-2028").
    const ownYear = Math.max(0, ...own.map((o) => o.year));
    kw.push([...own, ...above.filter((a) => a.role === "amount").map((a) => ({ ...a, score: a.score - 20, year: ownYear > 0 ? ownYear : a.year }))]);
  }
  const kwScore = (k: number, role: Role) => Math.max(0, ...(kw[k] ?? []).filter((x) => x.role === role).map((x) => x.score));
  const kwYear = (k: number) => Math.max(0, ...(kw[k] ?? []).map((x) => x.year));

  const share = (k: number, what: "text" | "amounts" | "codes" | "lettered") => {
    const p = prof[k] as Profile;
    return p.nonBlank === 0 ? 1 : p[what] / p.nonBlank;
  };

  // ── the header's own words, where the content below agrees with them ──
  const budgetYear = yearBudgeted(rows, h, head, kw, prof, width);
  // Among columns named alike, the budget year's; else the latest.
  const yearRank = (y: number): number => (budgetYear > 0 && y === budgetYear ? 10000 + y : y);
  const byWords = wordColumns(kw, width, yearRank);
  let desc = -1;
  let tv: number | undefined;
  let amt: number | undefined;
  if (byWords.description !== undefined && (byWords.taakveld !== undefined || byWords.amount !== undefined) && share(byWords.description, "lettered") >= 0.5) {
    desc = byWords.description;
    if (byWords.taakveld !== undefined && (share(byWords.taakveld, "codes") >= 0.3 || share(byWords.taakveld, "text") >= 0.5 || share(byWords.taakveld, "amounts") >= 0.5)) tv = byWords.taakveld;
    if (byWords.amount !== undefined && share(byWords.amount, "amounts") >= 0.5) amt = byWords.amount;
  }

  let cost = costTypeColumn(rows, from, head, width, (k) => share(k, "lettered"));
  // Its names are then no description: the description is chosen from the other columns.
  if (cost !== undefined && desc === cost) desc = -1;
  const costNamed = (k: number) => k === cost || namesCostType(head[k] ?? null);

  // A named description column that holds only a few texts (goals heading the
  // items in the next column) is context; the items are the lines.
  const maxDistinct = Math.max(...prof.map((p, k) => (k === cost ? 0 : p.distinct.size)));
  if (desc >= 0 && dataRows > 0 && (prof[desc] as Profile).distinct.size < 0.5 * maxDistinct) desc = -1;

  // ── otherwise the content: the description is a column of distinct texts ──
  if (desc < 0) {
    if (dataRows === 0) return null;
    let descScore = 0;
    for (let k = 0; k < width; k++) {
      const p = prof[k] as Profile;
      if (p.nonBlank === 0 || p.text / p.nonBlank < 0.5 || p.distinct.size === 0 || k === cost) continue;
      // Distinct texts decide; a description keyword helps a column that is nearly as varied as the most varied one.
      let s = p.distinct.size + p.text * 0.25;
      const named = kwScore(k, "description");
      if (named > 0 && p.distinct.size >= 0.5 * maxDistinct) s += maxDistinct * (named / 100);
      // Leftmost wins a tie: budgets put the name before the figures.
      s -= k * 0.01;
      if (s > descScore) {
        desc = k;
        descScore = s;
      }
    }
    // A ledger of nothing but kinds of money still has lines: those are its descriptions.
    if (desc < 0 && cost !== undefined) {
      desc = cost;
      cost = undefined;
    }
    if (desc < 0) return null;
  }

  // ── taakveld: Iv3 codes, in a column of their own or at the start of the description ──
  if (tv === undefined) {
    let tvBest = 0;
    for (let k = 0; k < width; k++) {
      const p = prof[k] as Profile;
      // Chapter numbers ("§ | 3.1, 4.2, 5.0") look like taakveld codes; the header says they are not.
      if (p.nonBlank === 0 || NOT_TAAKVELD.test(head[k] ?? "") || (k !== desc && costNamed(k))) continue;
      const named = kwScore(k, "taakveld");
      // Item numbers opening the descriptions ("1.1 Kleinere bezetting college", "2.3 ...") may all
      // be Iv3 codes: in a per-taakveld overview most codes are followed by their names. Such a
      // line's code is then the level check's to weigh, as a code its words come first to.
      if (k === desc && named === 0 && p.namedCodes < NAMED_CODE_SHARE * p.codes) continue;
      // So may a column of item numbers of its own ("Nr. | Onderwerp": 1.1, 1.2, 2.1 ...). Headed as
      // numbers, it holds taakvelden only where the descriptions beside its codes name them ("0.1 | Bestuur").
      if (k !== desc && named === 0 && ITEM_NUMBER.test(head[k] ?? "") && namedBeside(rows, from, k, desc) < NAMED_CODE_SHARE) continue;
      // So may a column headed as an amount ("Rekening 2024") whose figures, in millions, look like codes (6,1 | 0,2):
      // it holds taakvelden only where the descriptions beside them name them.
      if (k !== desc && named === 0 && isAmountHeader(head[k] ?? "") && namedBeside(rows, from, k, desc) < NAMED_CODE_SHARE) continue;
      const codeShare = p.codes / p.nonBlank;
      const s = codeShare >= 0.5 ? codeShare * 100 + named : named > 0 && codeShare >= 0.2 ? named : 0;
      if (s > tvBest) {
        tv = k;
        tvBest = s;
      }
    }
  }

  // ── amount: a column of amounts, named as spending where the header says so ──
  if (amt === undefined) {
    let amtBest = -1;
    for (let k = 0; k < width; k++) {
      if (k === desc || k === tv) continue;
      const p = prof[k] as Profile;
      if (p.nonBlank === 0 || p.amounts / p.nonBlank < 0.5) continue;
      const words = headerWords(head[k] ?? "");
      if (words.some((w) => NOT_MONEY.has(w)) || costNamed(k) || (p.years > 0 && p.years >= 0.8 * p.amounts)) continue;
      // Header words rank the columns (lasten over baten); then the budget year, else the latest; then the leftmost.
      const s = kwScore(k, "amount") * 100000 + yearRank(kwYear(k)) - k * 0.001;
      if (s > amtBest) {
        amt = k;
        amtBest = s;
      }
    }
  }

  let owner: number | undefined = byWords.owner !== undefined && byWords.owner !== desc && byWords.owner !== amt ? byWords.owner : undefined;
  for (let k = 0; k < width && owner === undefined; k++) if (k !== desc && k !== amt && k !== tv && kwScore(k, "owner") > 0) owner = k;

  // ── context: the row's other text columns ("Programma", "Beleidsveld", "Buitenruimte") ──
  const context: number[] = [];
  for (let k = 0; k < width; k++) {
    const p = prof[k] as Profile;
    if (k === desc || k === tv || k === owner || k === amt || k === cost || p.nonBlank === 0) continue;
    // Right of the figures a text column is a note ("Toelichting"), not what the line belongs to.
    if ((amt !== undefined && k > amt) || NOT_TAAKVELD.test(head[k] ?? "")) continue;
    // Another year's figures ("Rekening 2024" beside "Begroting 2026") are amounts, not codes, however small.
    // Another year's figures ("Rekening 2024" beside "Begroting 2026") that look like codes are amounts, unless
    // the descriptions beside them name them as taakvelden.
    const figures = isAmountHeader(head[k] ?? "") && kwScore(k, "taakveld") === 0 && namedBeside(rows, from, k, desc) < NAMED_CODE_SHARE;
    if (p.text / p.nonBlank >= 0.5 || (p.codes / p.nonBlank >= 0.5 && !figures)) context.push(k);
  }
  const lineCount = desc >= 0 ? (prof[desc] as Profile).nonBlank : dataRows;
  // A note says something of its own line only, however sparse ("Toelichting" left of the figures).
  const carried = context.filter((k) => (prof[k] as Profile).nonBlank <= GROUP_COLUMN_FILL * lineCount && !NOTE_HEADER.test(head[k] ?? ""));

  const named = kwScore(desc, "description") > 0 || (tv !== undefined && kwScore(tv, "taakveld") > 0) || (amt !== undefined && kwScore(amt, "amount") > 0);
  const namedRoles = [kwScore(desc, "description"), tv === undefined ? 0 : kwScore(tv, "taakveld"), amt === undefined ? 0 : kwScore(amt, "amount")].filter((x) => x > 0).length;
  // Without figures or codes, a column of texts is a budget only when its texts differ (a list of posts, not a note repeated).
  const posts = amt === undefined && tv === undefined && namedRoles === 0;
  if (posts && !aListOfPosts(rows, from, desc)) return null;
  // Over a list of posts, a row that names no sum is its title ("Meevallers ten opzichte van de begroting").
  // Over an outline, a row that is itself a part of it ("Programma 1 Groen en Water") is a line.
  const title = posts && h >= 0 && !MONEY_IN_TEXT.test(head[desc] ?? "€0") && !namesBudgetPart(head[desc] ?? "");
  // Quality: how much of the table below this header reads as budget lines
  // (rows with a text and a figure count fully, rows of text alone a little).
  // A real header sits directly above the data, so data rows above a candidate
  // (which it would leave out) count against it.
  let lineRows = 0;
  let textRows = 0;
  const end = Math.min(rows.length, from + PROFILE_ROWS);
  for (let i = from; i < end; i++) {
    const r = rows[i] ?? [];
    const c = normalizeCell(r[desc]);
    if (typeof c !== "string" || !/\p{L}{2,}/u.test(c)) continue;
    if (looksLikeDataRow(r, width)) lineRows++;
    else textRows++;
  }
  let above = 0;
  for (let i = 0; i <= h; i++) if (looksLikeDataRow(rows[i] ?? [], width)) above++;
  // Over a table pasted into one column, the row naming the figures is its header, not the document's title above it.
  const pastedHeader = amt === undefined && h >= 0 && namedFigureCount(head[desc] ?? null) >= 2;
  const quality =
    lineRows + 0.3 * textRows + (named ? 5 : 0) + 2 * namedRoles + (title || pastedHeader || (h >= 0 && headerLike(rows[h] ?? [], width)) ? 3 : 0) - above * 2;
  const amountHeader = amt !== undefined ? head[amt] ?? undefined : undefined;
  const beside = amt !== undefined ? tableBeside(prof, Math.max(desc, amt), width) : null;
  return {
    header: {
      ...(beside !== null ? { beside } : {}),
      headerRow: h + 1,
      columns: {
        description: desc,
        ...(tv !== undefined && tv !== desc ? { taakveld: tv } : tv === desc ? { taakveld: desc } : {}),
        ...(amt !== undefined ? { amount: amt } : {}),
        ...(owner !== undefined ? { owner } : {}),
        ...(context.length > 0 ? { context } : {}),
        ...(carried.length > 0 ? { carried } : {}),
        ...(cost !== undefined && cost !== desc ? { costType: cost } : {}),
      },
      ...(amountHeader !== undefined && amountHeader !== null ? { amountHeader } : {}),
      source: named ? "header" : "content",
    },
    quality,
  };
}

/**
 * A second table right of column `after` ("Lasten | Bedrag | Baten | Bedrag", as a statement of
 * lasten and baten is printed side by side): a column of different texts on most rows, with a
 * column of amounts right of it. A note beside the figures ("Toelichting") has no amounts after
 * it; a column of a few markers ("Incidenteel", "Structureel") has no different texts.
 */
function tableBeside(prof: readonly Profile[], after: number, width: number): { description: number; amount: number } | null {
  for (let t = after + 1; t < width; t++) {
    const p = prof[t] as Profile;
    if (p.nonBlank < 3 || p.text < 0.5 * p.nonBlank || p.distinct.size < Math.max(3, 0.8 * p.nonBlank)) continue;
    for (let a = t + 1; a < width; a++) {
      const q = prof[a] as Profile;
      if (q.nonBlank >= 0.5 * p.nonBlank && q.amounts >= 0.5 * q.nonBlank && q.years < 0.8 * q.amounts) return { description: t, amount: a };
    }
    return null;
  }
  return null;
}

// A header naming a column of numbers that may be item numbers rather than taakvelden.
const ITEM_NUMBER = /^\s*(?:nr|nummer|volgnr|volgnummer|no|#)\.?\s*$/i;
const NOT_TAAKVELD = /^\s*(?:§+|par(?:agraaf)?\.?|hoofdstuk|h\.?|hfdst\.?|bijlage|pagina|blz\.?|p\.?)\s*$/i;
const ACTUALS = new Set(["rekening", "jaarrekening", "realisatie", "gerealiseerd", "werkelijk", "actuals", "actual"]);
const BUDGETED = new Set(["begroting", "begroot", "budget", "primitieve", "primitief"]);
// A year a document names as its own: "Programmabegroting 2025", "Kadernota 2025-2028", "investeringen 2024" (not "vastgesteld op 8 november 2024").
const YEAR_IN_TEXT = /(?:begroting|kadernota|voorjaarsnota|najaarsnota|zomernota|jaarstukken|jaarrekening|jaarverslag|investeringen|investeringsplan|budget)\s+((?:19|20)\d\d)\b/i;
// "Totaal 2024 t/m 2027": the line's amount over all the years shown.
const YEAR_SPAN = /\b(?:19|20)\d\d\s*(?:t\/m|tot en met|-|–)\s*(?:19|20)\d\d\b/;

/**
 * The year a table budgets for, where its figure columns span several: the
 * year its title or description header names ("Programmabegroting 2025",
 * "Omschrijving investeringen 2024"); else two years after its latest actuals
 * (a budget for 2025 shows the accounts of 2023 and the budget of 2024 beside
 * it); else the latest column named a budget before estimates or beside
 * one other ("Begroting 2025 | Raming 2026", "Begroting 2024 | Begroting
 * 2025"); else the first year of a multi-year estimate ("2025 | 2026 | 2027"). 0 when the columns name at most one year.
 */
function yearBudgeted(rows: readonly unknown[][], h: number, head: readonly (string | null)[], kw: readonly Keyword[][], prof: readonly Profile[], width: number): number {
  const years: { year: number; words: readonly string[] }[] = [];
  for (let k = 0; k < width; k++) {
    const p = prof[k] as Profile;
    const year = Math.max(0, ...(kw[k] ?? []).map((x) => x.year));
    if (year > 0 && p.nonBlank > 0 && p.amounts / p.nonBlank >= 0.5) years.push({ year, words: headerWords(head[k] ?? "") });
  }
  const distinct = new Set(years.map((y) => y.year));
  if (distinct.size < 2) return 0;
  // A year named over the table, nearest first, or in a header cell that names no figures.
  const texts: string[] = [];
  for (const t of head) if (t !== null && !isAmountHeader(t)) texts.push(t);
  for (let i = h - 1; i >= 0; i--) for (const v of rows[i] ?? []) if (typeof v === "string") texts.push(v);
  for (const t of texts) {
    const m = YEAR_IN_TEXT.exec(t);
    if (m && distinct.has(Number(m[1]))) return Number(m[1]);
  }
  const actuals = years.filter((y) => y.words.some((w) => ACTUALS.has(w))).map((y) => y.year);
  if (actuals.length > 0 && distinct.has(Math.max(...actuals) + 2)) return Math.max(...actuals) + 2;
  const named = (y: { words: readonly string[] }, set: ReadonlySet<string>): boolean => y.words.some((w) => set.has(w));
  const budgets = years.filter((y) => named(y, BUDGETED)).map((y) => y.year);
  const estimates = years.filter((y) => !named(y, BUDGETED) && !named(y, ACTUALS)).map((y) => y.year);
  // "Begroting 2025" before "Raming 2026 …", or "Begroting 2024 | Begroting 2025": the latest budget.
  if (budgets.length > 0 && (estimates.length > 0 || new Set(budgets).size === 2)) return Math.max(...budgets);
  const ahead = [...budgets, ...estimates];
  return ahead.length > 0 ? Math.min(...ahead) : 0;
}

/**
 * Columns as the header's words name them: per role the best keyword, each
 * column used once; equal scores go to the budget year (yearBudgeted), else to
 * the latest year, then to the leftmost column.
 */
function wordColumns(kw: readonly Keyword[][], width: number, yearRank: (year: number) => number): Partial<Record<Role, number>> {
  const cands: { col: number; role: Role; score: number; year: number }[] = [];
  for (let k = 0; k < width; k++) for (const x of kw[k] ?? []) cands.push({ col: k, ...x, year: yearRank(x.year) });
  cands.sort((a, b) => b.score - a.score || b.year - a.year || a.col - b.col);
  const out: Partial<Record<Role, number>> = {};
  const used = new Set<number>();
  for (const c of cands) {
    if (out[c.role] !== undefined || used.has(c.col)) continue;
    out[c.role] = c.col;
    used.add(c.col);
  }
  return out;
}

/**
 * A single column of texts is a budget only when it reads as a list of posts
 * with their money ("Het Hogeland € 12,1 miljoen"), or as a budget's outline
 * ("Programma 1 Groen en Water", "Doel 1.1 Veilig tegen overstromingen"): five
 * or more different entries, most of them naming an amount or a numbered part
 * of a budget. A cover sheet of prose is not one, nor is a document's table of
 * contents ("Hoofdstuk 2 Paragrafen").
 */
function aListOfPosts(rows: readonly unknown[][], from: number, col: number): boolean {
  const seen = new Set<string>();
  let money = 0;
  let parts = 0;
  let n = 0;
  for (const t of columnTexts(rows, from, col)) {
    n++;
    seen.add(t.toLowerCase());
    if (MONEY_IN_TEXT.test(t)) money++;
    else if (namesBudgetPart(t)) parts++;
  }
  return n >= 5 && seen.size >= 0.8 * n && (money >= 0.5 * n || parts >= 0.6 * n);
}

/**
 * A row that reads as column names: two or more cells, each text or a year,
 * none an amount; or, over a single column, one text that announces the list
 * ("De geselecteerde voorstellen ...:").
 */
function headerLike(row: readonly unknown[], width: number): boolean {
  if (headerTexts(row, width) !== null) return true;
  if (width !== 1) return false;
  const c = normalizeCell(row[0]);
  return typeof c === "string" && (!looksLikeAmount(c) || OPENS_WITH_YEAR.test(c.trim())) && /:\s*$/.test(c.trim());
}

/** A row that looks like a budget line: some text and some amount. */
function looksLikeDataRow(row: readonly unknown[], width: number): boolean {
  let text = false;
  let amount = false;
  for (let k = 0; k < width; k++) {
    const c = normalizeCell(row[k]);
    if (isBlank(c)) continue;
    if (looksLikeAmount(c)) amount = true;
    else if (typeof c === "string" && /\p{L}{3,}/u.test(c)) text = true;
  }
  return text && amount;
}

/**
 * Finds the header row (within the first 30 rows) and the role of each column.
 * Every row is tried as the header, and so is "no header"; the reading that
 * turns the most of the table into budget lines wins. `headerRow` is 1-based
 * counting from rows[0] (0: no header row; add a row offset for ranges).
 */
export function detectHeader(rows: unknown[][]): DetectedHeader | null {
  // A model sheet of the add-in (its first row holds the template marker) has labels and
  // figures like a budget list, but it is not a budget.
  for (const v of rows[0] ?? []) if (typeof v === "string" && v.startsWith(TEMPLATE_MARKER)) return null;
  let width = 0;
  const scan = Math.min(rows.length, HEADER_SEARCH_ROWS + PROFILE_ROWS);
  for (let i = 0; i < scan; i++) width = Math.max(width, (rows[i] ?? []).length);
  if (width === 0) return null;
  let best: Candidate | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  // An indicator table's header names no budget, and its rows read by their content would be taken for one.
  let indicators = -1;
  for (let i = 0; i < limit && indicators < 0; i++) if (namesIndicatorTable(rows[i] ?? [])) indicators = i;
  for (let h = -1; h < limit; h++) {
    if (indicators >= 0 && (h < 0 || h === indicators)) continue;
    // A header row holds text; skip blank rows and rows of data.
    if (h >= 0) {
      const r = rows[h] ?? [];
      if (!r.some((v) => typeof normalizeCell(v) === "string" && !isBlank(normalizeCell(v)))) continue;
      // A name beside its figure ("Begroot | € 48.660.137") is a line, not column names.
      if (looksLikeDataRow(r, width) && !headerLike(r, width)) continue;
    }
    const c = candidate(rows, h, width);
    if (c && (!best || c.quality > best.quality)) best = c;
    // A header of two rows: read as one, its upper row's names spanning the columns of its lower row.
    const below = rows[h + 1];
    if (h >= 0 && below !== undefined && secondHeaderLine(below, rows[h] ?? [], width)) {
      const merged = rows.slice();
      const names = twoLineHeader(rows[h] ?? [], below, width);
      merged[h + 1] = names;
      merged[h] = [];
      const m = candidate(merged, h + 1, width);
      // At equal quality the two-line reading wins: the one-line one takes its second line for a budget line.
      if (m && (!best || m.quality >= best.quality)) best = { ...m, header: { ...m.header, headerLines: 2, names } };
    }
  }
  return best?.header ?? null;
}

/**
 * Whether `row` is the second line of a header whose first line is `above`:
 * two or more short names (or years) and no figures, under the columns right
 * of the description ("L | B | S" under "Begroting 2025"; "Baten | Lasten"
 * under "Realisatie 2021"), blank where `above` names the description.
 */
function secondHeaderLine(row: readonly unknown[], above: readonly unknown[], width: number): boolean {
  let first = -1;
  let names = 0;
  for (let k = 0; k < width; k++) {
    const c = normalizeCell(row[k]);
    if (isBlank(c)) continue;
    const t = typeof c === "string" ? c.trim() : typeof c === "number" ? String(c) : "";
    if (t === "" || t.length > 40 || saysNoFigure(t) || (looksLikeAmount(c) && !YEARISH.test(t))) return false;
    if (first < 0) first = k;
    names++;
  }
  if (names < 2 || first <= 0) return false;
  // The upper line names something over the lower one's names, and the lower one starts under
  // or right of it (left of them stands the description, named in the upper line or not at all).
  let upperFirst = -1;
  let over = false;
  for (let k = 0; k < width; k++) {
    const c = normalizeCell(above[k]);
    if (isBlank(c) || typeof c !== "string") continue;
    if (upperFirst < 0) upperFirst = k;
    if (k >= first) over = true;
  }
  if (!over || upperFirst > first) return false;
  if (upperFirst < first) return true;
  // Both lines start in one column: a second line only where the upper name spans two of its names
  // ("Realisatie 2019" over "Lasten | Baten"), not a line under column names ("Wegen" under "Omschrijving").
  const next = normalizeCell(above[first + 1]);
  const same = isBlank(next) || cellText(next) === cellText(normalizeCell(above[first]));
  return same && !isBlank(normalizeCell(row[first + 1]));
}

/** The short names a header's second line uses for the three figures of a year. */
const LINE_ABBREVIATIONS: Readonly<Record<string, string>> = { l: "Lasten", b: "Baten", s: "Saldo" };

/** One header row from two: each column's upper name (spanning to its right until the next) before its lower name. */
function twoLineHeader(upper: readonly unknown[], lower: readonly unknown[], width: number): (string | null)[] {
  const out: (string | null)[] = [];
  let band: string | null = null;
  for (let k = 0; k < width; k++) {
    const u = cellText(normalizeCell(upper[k]));
    const l = cellText(normalizeCell(lower[k]));
    if (u !== null) band = u;
    const name = l === null ? null : (LINE_ABBREVIATIONS[l.toLowerCase()] ?? l);
    // Left of the lower line's names the upper line's own cell is the column's name ("Taakveld").
    out.push(name === null ? u : band === null ? name : `${band} ${name}`);
  }
  return out;
}
