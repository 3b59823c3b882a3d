// Which lines of a budget are totals and subtotals: their amounts repeat the
// lines above them, so a summary that adds them counts money twice. A total is
// recognised by its wording where a budget puts it (at the start: "Totaal
// lasten", "Subtotaal", "Som der lasten", "Saldo van baten en lasten"; or as
// the last word: "Programma 3 totaal") and by its position (its amount equals
// the sum of the lines above it, back to the previous total or heading, while
// it has no taakveld of its own and they do) —
// never by a word somewhere in the text: "Subsidie Totaal Voetbal" is a
// subsidy to a football club, not a total.

/** What a line needs for the decision: its description, taakveld and amount, in sheet order. */
export interface TotalInput {
  readonly description: string;
  readonly taakveld?: string | number | null;
  readonly amount: number | null;
}

/** True when a line names a taakveld (a code, or text in the taakveld column). */
function coded(l: TotalInput): boolean {
  return l.taakveld !== undefined && l.taakveld !== null && String(l.taakveld).trim() !== "";
}

export type TotalReason = "wording" | "sum";

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
  const out: (TotalReason | null)[] = new Array<TotalReason | null>(lines.length).fill(null);
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
    if (totalWording(l.description)) {
      out[i] = "wording";
    } else if (
      a !== null &&
      a !== 0 &&
      !coded(l) &&
      ((runCount >= 2 && runCoded && same(a, runSum)) || (totalsCount >= 2 && allCoded && same(a, totalsSum)) || (allCount >= 2 && allCoded && runCount < allCount && same(a, allSum)))
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
