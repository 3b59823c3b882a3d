// Which lines of a budget are totals and subtotals: their amounts repeat the
// lines above them, so a summary that adds them counts money twice. A total is
// recognised by its wording where a budget puts it (at the start: "Totaal
// lasten", "Subtotaal", "Som der lasten", "Saldo van baten en lasten"; or as
// the last word: "Programma 3 totaal") and by its position (its amount equals
// the sum of the lines above it, back to the previous total or heading, while
// it has no taakveld of its own and they do) —
// never by a word somewhere in the text: "Subsidie Totaal Voetbal" is a
// subsidy to a football club, not a total. The Rijk and many provinces put the
// total first and its parts under it: a line whose code opens the next line's
// code ("11.01" above "11.01.01") is their parent, and a line whose amount the
// next lines add up to, while it looks unlike them (no dash where they have
// one, a number where they have none), is their total. A programme's summary ("Lasten",
// "Baten", "Saldo", its reserves and result) printed above its taakvelden holds a line
// naming only money that the taakvelden add up to: it is their total.

import { moneyReading } from "../levels";
import { opensAsItem } from "./cells";
import { headingRank } from "./headings";

/** What a line needs for the decision: its description, taakveld and amount, in sheet order. */
export interface TotalInput {
  readonly description: string;
  readonly taakveld?: string | number | null;
  readonly amount: number | null;
  /** A row number of its own, beside the description ("11.01"). */
  readonly code?: string;
  /** "heading" for a row the reader took for a heading (src/budget/table.ts). */
  readonly kind?: string;
}

/** A programme's number where taakvelden stand ("P 2" under its taakvelden "1-1", "1-2"): no taakveld. */
const PROGRAMME_NUMBER = /^(?:p|prog\.?|programma)\s*\d+[a-z]?$/i;

/** True when a line names a taakveld (a code, or text in the taakveld column), not a programme's number there. */
function coded(l: TotalInput): boolean {
  if (l.taakveld === undefined || l.taakveld === null) return false;
  const t = String(l.taakveld).trim();
  return t !== "" && !PROGRAMME_NUMBER.test(t);
}

export type TotalReason = "wording" | "sum" | "parent" | "ahead" | "remainder";

// Lower case, accents removed, punctuation to spaces, a leading code or number dropped ("6.3 ", "1.", "a)").
function words(description: string): string[] {
  const plain = description
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*(?:[\d.]+[a-z]?|[a-z]\)|[ivx]+\.)\s+/, "");
  return plain.split(/[^a-z0-9]+/).filter((w) => w !== "");
}

const FIRST = new Set(["totaal", "subtotaal", "eindtotaal", "totalen", "total", "subtotal", "totals", "saldo", "saldi"]);
const FIRST_TWO = new Set(["sub totaal", "som der", "som van", "grand total", "sub total", "sum of", "generaal totaal", "totaal generaal", "resultaat voor", "resultaat na", "gerealiseerd resultaat", "net result", "netto resultaat"]);
const LAST = new Set(["totaal", "subtotaal", "total", "subtotal"]);

/** True when the wording says total: a total word first (or as the last word), never merely somewhere inside. */
export function totalWording(description: string): boolean {
  const w = words(description);
  if (w.length === 0) return false;
  if (FIRST.has(w[0] as string)) return true;
  if (w.length > 1 && FIRST_TWO.has(`${w[0]} ${w[1]}`)) return true;
  return w.length > 1 && LAST.has(w[w.length - 1] as string);
}

/** Equal as budget amounts: to the cent, whatever their size. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.005 + 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** The code a line is known by: its taakveld, else a number opening its description ("11.01 Algemeen"). */
function codeOf(l: TotalInput): string | null {
  const t = l.code ?? l.taakveld;
  // The whole opening token: "1.1A - Brandweer" is sub-taakveld 1.1A, not a code "1" above "1.2".
  const raw = t !== undefined && t !== null && String(t).trim() !== "" ? String(t).trim() : (/^\s*(\d+(?:\.\d+)*[a-z]?)(?:\.?\s)/i.exec(l.description)?.[1] ?? null);
  if (raw === null || !/^\d+(?:\.\d+)*[a-z]?$/i.test(raw)) return null;
  return raw.replace(/\.$/, "");
}

/**
 * How a line presents itself, as far as it tells a total from its parts: a
 * dash or bullet, a numbering and its depth, a lower-case start, indentation.
 */
function shape(description: string): string {
  const indent = /^\s*/.exec(description)?.[0].length ?? 0;
  const s = description.trim();
  const c = s.charAt(0);
  let kind: string;
  if (opensAsItem(s)) kind = "dash";
  else if (/\d/.test(c)) kind = `num${(/^[\d.]+/.exec(s)?.[0].replace(/\.$/, "").split(".").length ?? 1)}`;
  else if (c !== c.toUpperCase()) kind = "lower";
  else kind = "upper";
  return `${kind}/${Math.min(indent, 8)}`;
}

/** A line that presents itself as part of the one above: a dash or bullet, a lower-case start, an indent. */
function isSubShape(sh: string): boolean {
  return sh.startsWith("dash/") || sh.startsWith("lower/") || !sh.endsWith("/0");
}

/** Equal as budget amounts, allowing the rounding a table in thousands shows (1 on 100 or more). */
function sameRounded(a: number, b: number, addends: number): boolean {
  if (same(a, b)) return true;
  return Number.isInteger(a) && Number.isInteger(b) && Math.abs(a) >= 100 && Math.abs(a - b) <= Math.min(addends - 1, 2);
}

/**
 * "Subsidies" above the subsidies it adds up: a line naming only a kind of
 * money, whose parts do not; or a line that reads as a total by itself. ("Begroot" above "Gerealiseerd" and "Ruimte"
 * is a budget beside its use, not a total of parts.) A part the words do not place ("Dopingautoriteit")
 * still names something other than money.
 */
function moneyAboveTasks(lines: readonly TotalInput[], f: Facts, from: number, to: number): boolean {
  const own = moneyOf(lines, f, from);
  // "Uitgaven" above what adds up to it is their total, whatever its parts say.
  if (own !== "money") return own === "total";
  for (let j = from + 1; j <= to; j++) {
    const m = lines[j] as TotalInput;
    if (m.amount !== null && m.amount !== 0 && moneyOf(lines, f, j) !== null) return false;
  }
  return true;
}

/** moneyReading of line i, worked out once per budget and only for the lines a rule asks about (it is a whole reading). */
function moneyOf(lines: readonly TotalInput[], f: Facts, i: number): "total" | "money" | null {
  let m = f.money[i];
  if (m === undefined) {
    m = moneyReading((lines[i] as TotalInput).description);
    f.money[i] = m;
  }
  return m;
}

/**
 * What the rules ask of every line, worked out once per budget: the totals
 * ahead look at up to AHEAD_MAX lines from each line, and would otherwise
 * redo the same text work on each of them.
 */
interface Facts {
  readonly shape: readonly string[];
  readonly sub: readonly boolean[];
  readonly code: readonly (string | null)[];
  readonly wording: readonly boolean[];
  readonly text: readonly string[];
  /** Opens with a number ("3. Borgen van innovatie", "11.01"): an article, where its parts have none. */
  readonly numbered: readonly boolean[];
  /** A named, numbered section ("Programma 1 Ruimtelijke ontwikkeling": "programma:1"), or null. */
  readonly section: readonly (string | null)[];
  /** For each line, the next line after it with a negative amount, and with a positive one (lines.length: none). */
  readonly nextNegative: readonly number[];
  readonly nextPositive: readonly number[];
  /** Filled on demand by moneyOf. */
  readonly money: ("total" | "money" | null | undefined)[];
}

const FACTS = new WeakMap<readonly TotalInput[], Facts>();

/** For each line, the index of the next line after it whose amount passes `test`, or lines.length. */
function nextBySign(lines: readonly TotalInput[], test: (amount: number) => boolean): number[] {
  const out = new Array<number>(lines.length);
  let next = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    out[i] = next;
    const a = (lines[i] as TotalInput).amount;
    if (a !== null && test(a)) next = i;
  }
  return out;
}

function factsOf(lines: readonly TotalInput[]): Facts {
  let f = FACTS.get(lines);
  if (f === undefined) {
    const shapes = lines.map((l) => shape(l.description));
    f = {
      shape: shapes,
      sub: shapes.map(isSubShape),
      code: lines.map(codeOf),
      wording: lines.map((l) => totalWording(l.description)),
      text: lines.map((l) => l.description.trim()),
      // A number in a column of its own beside the description ("2 | Landelijk gebied") numbers the line too.
      numbered: shapes.map((sh, i) => sh.startsWith("num") || ((lines[i] as TotalInput).code ?? "").trim() !== ""),
      section: lines.map((l) => {
        const rank = headingRank(l.description);
        return rank === null || rank.startsWith("code:") ? null : rank;
      }),
      nextNegative: nextBySign(lines, (a) => a < 0),
      nextPositive: nextBySign(lines, (a) => a > 0),
      money: new Array<"total" | "money" | null | undefined>(lines.length),
    };
    FACTS.set(lines, f);
  }
  return f;
}

/** Words that open a line of what was done with a budget ("Gerealiseerd", "Besteed en verplicht"). */
const USE = /^(?:gerealiseerd|realisatie|besteed|uitgegeven|werkelijk|verplicht|spent|actual)/;

/**
 * "Begroot 39.459 / Besteed 25.236 / Ruimte 14.223": the third line is what is
 * left of the budget after its use, a balance worked out from the two above, not a task.
 */
function remainders(lines: readonly TotalInput[], f: Facts): (TotalReason | null)[] {
  const out: (TotalReason | null)[] = new Array<TotalReason | null>(lines.length).fill(null);
  for (let i = 2; i < lines.length; i++) {
    const budget = (lines[i - 2] as TotalInput).amount;
    const used = (lines[i - 1] as TotalInput).amount;
    const rest = (lines[i] as TotalInput).amount;
    if (budget === null || used === null || rest === null || budget === 0) continue;
    if (USE.test((f.text[i - 1] as string).toLowerCase()) && sameRounded(budget - used, rest, 2)) out[i] = "remainder";
  }
  return out;
}

/**
 * True when the next line with a non-zero amount after line j names only money or is a total
 * ("Opdrachten" after the one subsidy), or a numbered line opens the next article: j stands alone under its total.
 */
function closesGroup(lines: readonly TotalInput[], f: Facts, j: number, totals: readonly (TotalReason | null)[]): boolean {
  for (let next = j + 1; next < lines.length; next++) {
    // A numbered line after unnumbered parts opens the next article ("3. Borgen van innovatie"), even with zeros.
    if (f.numbered[next] === true && f.numbered[j] !== true) return true;
    const amount = (lines[next] as TotalInput).amount;
    // A line of zeros is no part (partsEnd skips it too).
    if (amount === null || amount === 0) continue;
    return f.wording[next] === true || totals[next] != null || moneyOf(lines, f, next) !== null;
  }
  // The end of the table closes nothing: "Opdrachten" over "Overige opdrachten" there may be two lines alike.
  return false;
}

/**
 * "Subsidies" over "Diverse subsidies" up to the next instrument ("Opdrachten"): a line naming
 * only money whose parts add up to it and end where the next kind of money begins is their
 * total, even where the parts name money too. (Parts that read as totals themselves, "Baten"
 * under "Lasten", are not parts.)
 */
function instrumentGroup(lines: readonly TotalInput[], f: Facts, from: number, to: number, totals: readonly (TotalReason | null)[]): boolean {
  if (moneyOf(lines, f, from) !== "money" || !closesGroup(lines, f, to, totals)) return false;
  for (let j = from + 1; j <= to; j++) {
    const m = lines[j] as TotalInput;
    if (m.amount !== null && m.amount !== 0 && moneyOf(lines, f, j) === "total") return false;
  }
  return true;
}

/**
 * Whether line j, the first part after line i, is enough to make i its total. It is where it
 * presents itself as a part ("– Overige opdrachten" under "Opdrachten"); where its amount is i's
 * and i names only a kind of money, the item alone under it ("Bijdragen aan ZBO's/RWT's" over
 * "Dopingautoriteit": the Rijk's instruments often hold one item); or where i is a numbered
 * article over its one item and the next article begins.
 */
function onePart(lines: readonly TotalInput[], f: Facts, i: number, j: number, totals: readonly (TotalReason | null)[]): boolean {
  // A dash or an indent marks a part; a lower-case start alone ("verv gravelverharding") is often a
  // peer written short, so it counts only where nothing like it follows.
  // So it counts where a numbered section stands over it and the next section of that kind follows
  // ("Paragraaf 2.4 … | 50.000" over "voor de aanleg van een walstroomfaciliteit | 50.000", then "Paragraaf 2.5").
  if (f.sub[j] === true && f.sub[i] !== true) {
    return (f.shape[j] as string) !== "lower/0" || closesGroup(lines, f, j, totals) || (f.section[i] !== null && f.section[j] === null && sectionCloses(lines, f, i, j, totals));
  }
  if ((lines[j] as TotalInput).amount !== (lines[i] as TotalInput).amount) return false;
  // "Programma 1 Ruimtelijke ontwikkeling | 55" over its one item, where the next programme begins.
  if (f.section[i] !== null && f.section[j] === null) return sectionCloses(lines, f, i, j, totals);
  if (f.numbered[i] === true && f.numbered[j] !== true) return closesGroup(lines, f, j, totals);
  return instrumentGroup(lines, f, i, j, totals);
}

/** Whether the next line with an amount after j opens a section of i's kind, is a total, or there is none: j stands alone under section i. */
function sectionCloses(lines: readonly TotalInput[], f: Facts, i: number, j: number, totals: readonly (TotalReason | null)[]): boolean {
  for (let next = j + 1; next < lines.length; next++) {
    const amount = (lines[next] as TotalInput).amount;
    if (amount === null || amount === 0) continue;
    return f.section[next] === f.section[i] || f.wording[next] === true || totals[next] != null;
  }
  return true;
}

/** How far ahead a total's parts may run. */
const AHEAD_MAX = 60;

/**
 * "Lasten | 2.610" in a programme's summary (Lasten, Baten, Saldo, reserves, Resultaat), then
 * the programme's taakvelden ("3.1 Economische ontwikkeling | 1.300", ...) that add up to it: a
 * line naming only a kind of money, with the taakveld lines after the other summary rows
 * adding up to it, is their total. (It reads as its heading's task otherwise, and its money
 * is counted twice.)
 */
function aboveBreakdown(lines: readonly TotalInput[], f: Facts, i: number): boolean {
  const a = (lines[i] as TotalInput).amount;
  // A taakveld is given, or opens the line ("3.1 Economische ontwikkeling").
  const taakveld = (j: number) => f.code[j] !== null;
  if (a === null || a === 0 || taakveld(i)) return false;
  // Each run of taakveld lines within reach ("Lasten per taakveld", then "Baten per taakveld");
  // the line's words are read only where one adds up to it (a whole reading: most lines never get there).
  for (let k = i + 1; k < lines.length && k <= i + AHEAD_MAX; k++) {
    if (!taakveld(k)) continue;
    let sum = 0;
    let parts = 0;
    for (; k < lines.length && k <= i + AHEAD_MAX && taakveld(k); k++) {
      const amount = (lines[k] as TotalInput).amount;
      if (amount === null || amount === 0) continue;
      sum += amount;
      parts++;
    }
    if (parts >= 2 && sameRounded(a, sum, parts)) return moneyOf(lines, f, i) !== null;
  }
  return false;
}

/**
 * Totals that come before their parts: by code (a parent above its children)
 * and by amount (the lines below add up to it and look unlike it). Worked from
 * the bottom up, so a subtotal under a total is known when the total is judged.
 */
function totalsAhead(lines: readonly TotalInput[]): (TotalReason | null)[] {
  const f = factsOf(lines);
  const out = remainders(lines, f);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as TotalInput;
    if (l.amount === null || out[i] !== null) continue;
    if (parentEnd(lines, f, i) > i) out[i] = "parent";
    else if (l.amount !== 0 && partsEnd(lines, f, i, out, true) > i) out[i] = "ahead";
    else if (l.amount !== 0 && headsInstrumentTotal(lines, f, i, out)) out[i] = "ahead";
    else if (aboveBreakdown(lines, f, i)) out[i] = "ahead";
  }
  // Per look of a numbered line with an amount: how many there are, and how many are no total ahead.
  const alike = new Map<string, { lines: number; notTotals: number }>();
  for (let i = 0; i < lines.length; i++) {
    if (f.numbered[i] !== true || (lines[i] as TotalInput).amount === null) continue;
    const k = alike.get(f.shape[i] as string) ?? { lines: 0, notTotals: 0 };
    k.lines++;
    if (out[i] !== "ahead" && out[i] !== "parent") k.notTotals++;
    alike.set(f.shape[i] as string, k);
  }
  for (let i = 0; i < lines.length; i++) if (out[i] === null && likeItsSiblings(lines, f, i, out, alike)) out[i] = "ahead";
  return out;
}

/**
 * "6 Stedelijke ontwikkeling | 611.138" over "Energietransitie | 394.122", where "1 Bestuur" and
 * "3 Economie", numbered alike, are the totals of the lines under them: a numbered line whose
 * every sibling (same numbering and look) is a total ahead is one too, where lines of another
 * look follow it and add up to no more than it. Its parts do not add up to it where the copy of
 * a table stops early or leaves out its smallest items; its siblings show what it is.
 */
function likeItsSiblings(
  lines: readonly TotalInput[],
  f: Facts,
  i: number,
  totals: readonly (TotalReason | null)[],
  alike: ReadonlyMap<string, { readonly lines: number; readonly notTotals: number }>,
): boolean {
  const a = (lines[i] as TotalInput).amount;
  if (a === null || a === 0 || f.numbered[i] !== true || f.sub[i] === true || f.wording[i] === true) return false;
  // Line i is the one line of its look that is no total; at least two others are.
  const k = alike.get(f.shape[i] as string);
  if (k === undefined || k.notTotals !== 1 || k.lines < 3) return false;
  let sum = 0;
  let parts = 0;
  for (let j = i + 1; j < lines.length && !(f.shape[j] === f.shape[i] && f.numbered[j] === true); j++) {
    const amount = (lines[j] as TotalInput).amount;
    if (amount === null || amount === 0 || totals[j] !== null) continue;
    if (f.wording[j] === true || Math.sign(amount) !== Math.sign(a)) return false;
    sum += amount;
    parts++;
  }
  return parts > 0 && Math.abs(sum) <= Math.abs(a) + 2;
}

/**
 * "4.2 Caribisch Nederland | 9.868" right above "Subsidies (regelingen) | 500", itself the
 * total of its items: a numbered article over the instruments its money is broken down by
 * is their total, even where the copy of the table stops before all of them are shown.
 */
function headsInstrumentTotal(lines: readonly TotalInput[], f: Facts, i: number, totals: readonly (TotalReason | null)[]): boolean {
  if (f.numbered[i] !== true) return false;
  const j = nextWithAmount(lines, i);
  return j < lines.length && f.numbered[j] !== true && (totals[j] === "ahead" || totals[j] === "parent") && moneyOf(lines, f, j) === "money";
}

/** The next line with an amount after line i, or lines.length. */
function nextWithAmount(lines: readonly TotalInput[], i: number): number {
  let next = i + 1;
  while (next < lines.length && (lines[next] as TotalInput).amount === null) next++;
  return next;
}

/** The last line under a parent code at i ("11.01" over "11.01.01", "– Overige subsidies", "11.01.02"), or -1. */
function parentEnd(lines: readonly TotalInput[], f: Facts, i: number): number {
  const code = f.code[i] ?? null;
  const next = nextWithAmount(lines, i);
  const nextCode = next < lines.length ? (f.code[next] ?? null) : null;
  if (code === null || nextCode === null || !nextCode.startsWith(`${code}.`)) return -1;
  let end = next;
  for (let j = next + 1; j < lines.length; j++) {
    const c = f.code[j] ?? null;
    // Lines without a code stay under it only as sub-items ("– Overige subsidies"); "Ontvangsten" ends it.
    if (c !== null ? !c.startsWith(`${code}.`) : !f.sub[j]) break;
    if ((lines[j] as TotalInput).amount !== null) end = j;
  }
  return end;
}

/**
 * The last of the lines after i that add up to line i's amount, or -1.
 * `strict`: the lines must also look unlike it (or it names only money above tasks).
 */
function partsEnd(lines: readonly TotalInput[], f: Facts, i: number, totals: readonly (TotalReason | null)[], strict: boolean): number {
  const a = (lines[i] as TotalInput).amount ?? 0;
  const own = f.shape[i];
  let sum = 0;
  let addends = 0;
  let unlike = true;
  let signs = 0;
  for (let j = i + 1; j < lines.length && j <= i + AHEAD_MAX; j++) {
    const amount = (lines[j] as TotalInput).amount;
    // A zero adds nothing, and a line of zeros is no part; a subtotal's parts are counted instead.
    if (amount === null || amount === 0 || totals[j] !== null) continue;
    if (f.wording[j] || f.text[j] === f.text[i]) return -1;
    // A named, numbered section ("Programma 2 Landelijk gebied") is unlike the items under it, whatever their look.
    if (f.shape[j] === own && f.numbered[j] === f.numbered[i] && (f.section[i] === null || f.section[j] !== null)) unlike = false;
    sum += amount;
    addends++;
    signs |= amount < 0 ? 2 : 1;
    if ((addends >= 2 || onePart(lines, f, i, j, totals)) && sameRounded(a, sum, addends)) return !strict || unlike || moneyAboveTasks(lines, f, i, j) || instrumentGroup(lines, f, i, j, totals) ? j : -1;
    // Past the total with parts of one sign, the sum comes back to it only if a part of the other sign follows.
    if (signs !== 3 && Math.abs(sum) > Math.abs(a) + 2) {
      const back = sum > 0 ? f.nextNegative[j] : f.nextPositive[j];
      if ((back as number) > i + AHEAD_MAX) return -1;
    }
  }
  return -1;
}

/**
 * For each line, the totals printed above it whose parts it is, nearest
 * first ("Algemeen waterbeleid" over "Opdrachten"): they name what the line
 * is part of, as a heading does.
 */
export function enclosingTotals(lines: readonly TotalInput[], totals: readonly (TotalReason | null)[]): (readonly string[] | null)[] {
  const f = factsOf(lines);
  const out: (string[] | null)[] = new Array<string[] | null>(lines.length).fill(null);
  for (let i = 0; i < lines.length; i++) {
    const reason = totals[i];
    if (reason !== "parent" && reason !== "ahead") continue;
    const end = reason === "parent" ? parentEnd(lines, f, i) : partsEnd(lines, f, i, totals, false);
    const name = (lines[i] as TotalInput).description;
    for (let j = i + 1; j <= end; j++) (out[j] ??= []).unshift(name);
  }
  return out;
}

/**
 * For each line, whether it is a total (and why), or null. A line is a total
 * by wording, or when its amount equals the sum of at least two lines right
 * above it, counted back to the previous total, a heading (a line without an
 * amount) or the start; a grand total equal to the sum of the totals before it
 * is one too. A sum alone is not enough where the line looks like the lines it
 * would add up: it must stand without a taakveld while some of them have one
 * (amounts 1, 2, 3 on three coded lines are three lines, not two and a total).
 */
export function findTotals(lines: readonly TotalInput[]): (TotalReason | null)[] {
  const out = totalsFound(lines);
  ownMoneyLines(lines, out);
  return out;
}

/** Kinds of money a total may name ("Totaal lasten"): the lines of a group that has nothing else to add up. */
const MONEY_KINDS = new Set(["lasten", "baten", "uitgaven", "inkomsten", "ontvangsten", "kosten", "opbrengsten", "expenditure", "expenses", "revenue", "income", "costs"]);

/** "Totaal lasten (4)": a total word, then only a kind of money (and a note's number). */
function namesMoneyOnly(description: string): boolean {
  const w = words(description);
  if (!FIRST.has(w[0] as string) || w[0] === "saldo" || w[0] === "saldi") return false;
  const rest = w.slice(1).filter((x) => !/^\d+$/.test(x));
  return rest.length > 0 && rest.every((x) => MONEY_KINDS.has(x));
}

/**
 * A heading whose group holds totals and nothing else ("6.1 Samenkracht" over "Totaal lasten",
 * "Totaal baten", "Saldo", as per-taakveld pages print them): the "Totaal lasten" and "Totaal
 * baten" right under it add up no line of the table, so they repeat none; they are the heading's
 * own money, judged as its task. The balance and any total after it stay totals ("Saldo",
 * "Totaal lasten" of the programme below the balance of its last product). Rewrites `out` in place.
 */
function ownMoneyLines(lines: readonly TotalInput[], out: (TotalReason | null)[]): void {
  let start = -1;
  const close = (end: number): void => {
    if (start < 0) return;
    let any = false;
    for (let j = start; j < end; j++) {
      const l = lines[j] as TotalInput;
      if (l.amount === null) continue;
      if (out[j] !== "wording") return;
      any = true;
    }
    if (!any) return;
    // Those right under the heading, before any other total (a balance, a programme's total) below them.
    for (let j = start; j < end; j++) {
      const l = lines[j] as TotalInput;
      if (l.amount === null) continue;
      if (!namesMoneyOnly(l.description)) return;
      out[j] = null;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TotalInput;
    if (l.amount !== null) continue;
    close(i);
    // Only a heading opens such a group: a line whose amount is blank ("Baten" of a product without revenue) does not.
    start = l.kind === "heading" ? i + 1 : -1;
  }
  close(lines.length);
}

function totalsFound(lines: readonly TotalInput[]): (TotalReason | null)[] {
  const out = totalsAhead(lines);
  const { wording } = factsOf(lines);
  let runSum = 0;
  let runCount = 0;
  let totalsSum = 0;
  let totalsCount = 0;
  let allSum = 0;
  let allCount = 0;
  // Whether the lines counted so far (in the run, in all) include one with a taakveld.
  let runCoded = false;
  let allCoded = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TotalInput;
    const a = l.amount;
    if (wording[i]) {
      out[i] = "wording";
    } else if (
      // (A total ahead of its parts is known already.)
      out[i] === null &&
      a !== null &&
      a !== 0 &&
      !coded(l) &&
      // The lines above may add up to one more or less than it: a table in thousands rounds each line.
      ((runCount >= 2 && runCoded && sameRounded(a, runSum, runCount)) || (totalsCount >= 2 && allCoded && same(a, totalsSum)) || (allCount >= 2 && allCoded && runCount < allCount && same(a, allSum)))
    ) {
      out[i] = "sum";
    }
    if (out[i] !== null) {
      if (a !== null) {
        totalsSum += a;
        totalsCount++;
      }
      runSum = 0;
      runCount = 0;
      runCoded = false;
      continue;
    }
    if (a === null) {
      // A heading starts a new group.
      runSum = 0;
      runCount = 0;
      runCoded = false;
      continue;
    }
    runSum += a;
    runCount++;
    allSum += a;
    allCount++;
    if (coded(l)) {
      runCoded = true;
      allCoded = true;
    }
  }
  return out;
}
