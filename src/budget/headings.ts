// Which headings a budget line stands under. A published budget nests its
// headings (a programme, a taakveld under it) and lists them one after another
// (programme 1, then programme 2): a heading of the same kind as one above it
// closes that one and everything under it, so a line under "Hoofdstuk 3" is
// never also read under the "Hoofdstuk 6" that came before. Headings that name
// only a kind of money ("Subsidies", "Opdrachten", "Bijdrage medeoverheden", the
// Rijk's instruments under each article) are of one kind too: the next one
// closes the last, so the lines under it keep the article above them.

import { moneyReading } from "../levels";

/** How many headings a line keeps: its own section and the one that holds it. */
const DEPTH = 2;

/** Words that open a numbered heading ("Programma 3 Economie", "Hoofdstuk 2", "§ 4.1"). */
const HEADING_WORD = /^\s*(hoofdstuk|programma|deelprogramma|subprogramma|paragraaf|par\.|§|thema|beleidsveld|taakveld|product|artikel|doel|operationeel doel|chapter|programme|section)\s*(\d{1,3}(?:[.\-]\d{1,3})*)[a-d]?\b/i;
/** A heading opened by its number alone ("6. Sociaal domein", "6.1 Samenkracht", "02-Woonplaats Zeeland"). */
const HEADING_CODE = /^\s*(\d{1,3}(?:[.\-]\d{1,3})*)[a-d]?(?:[.)]|\s|-)\s*\p{L}/u;

/** "Hoofdstuk 2 Duurzame ruimtelijke ontwikkeling": a numbered section's heading, never a column's name. */
export function namesNumberedSection(text: string): boolean {
  return HEADING_WORD.test(text) && text.trim().split(/\s+/).length >= 3;
}

/**
 * The kind of a heading, as far as its form tells: its opening word and how
 * deep its number goes ("programma:1", "code:2"), or null for a heading
 * without a number.
 */
export function headingRank(text: string): string | null {
  const w = HEADING_WORD.exec(text);
  if (w) return `${(w[1] as string).toLowerCase()}:${depth(w[2] as string)}`;
  const c = HEADING_CODE.exec(text);
  if (c) return `code:${depth(c[1] as string)}`;
  return null;
}

/** Heading words that name a part of a budget's own structure (not a document's: "Hoofdstuk", "Paragraaf"). */
const OUTLINE_WORDS: ReadonlySet<string> = new Set(["programma", "deelprogramma", "subprogramma", "thema", "beleidsveld", "taakveld", "product", "artikel", "doel", "operationeel doel", "programme"]);

/** "Programma 1 Groen en Water", "Doel 1.2 Schoon water": a numbered part of a budget's outline. */
export function namesBudgetPart(text: string): boolean {
  const w = HEADING_WORD.exec(text);
  return w !== null && OUTLINE_WORDS.has((w[1] as string).toLowerCase()) && /\p{L}{3,}/u.test(text.slice(w[0].length));
}

/**
 * "Operationeel doel 3.1.2", "Programma 4", "6.2": a heading's number with no name. Published
 * tables often print the name in the next cell ("Operationeel doel 3.1.2 | Beoordelen
 * versterkingsplannen primaire keringen"); the two together are the heading.
 */
export function bareDesignation(text: string): boolean {
  const w = HEADING_WORD.exec(text);
  if (w) return !/\p{L}/u.test(text.slice(w[0].length));
  return /^\s*\d{1,3}(?:[.\-]\d{1,3})*[a-d]?[.)]?\s*$/.test(text);
}

function depth(code: string): number {
  return code.split(/[.\-]/).filter((s) => s !== "").length;
}

/**
 * The headings after `heading`, nearest first. Only a number shows that two
 * headings are of one kind: an unnumbered heading after another may be its
 * sibling or its child ("Diverse aanpassingen" under a goal), so the one
 * above stays as the wider context.
 */
export function nextHeadings(stack: readonly string[], heading: string): string[] {
  const rank = siblingRank(heading);
  // Each heading above is ranked once (a money reading is a whole reading of its words).
  const ranks = stack.map(siblingRank);
  // A heading that names only a kind of money holds lines, never a heading of a task: the next one closes it.
  const from = rank !== "money" && ranks[0] === "money" ? 1 : 0;
  if (rank !== null) {
    const same = ranks.indexOf(rank, from);
    if (same >= 0) return [heading, ...stack.slice(same + 1)].slice(0, DEPTH);
  }
  return [heading, ...stack.slice(from).filter((h) => h !== heading)].slice(0, DEPTH);
}

/** The kind a heading shares with its siblings: its numbered form, else "money" for one naming only a kind of money. */
function siblingRank(text: string): string | null {
  return headingRank(text) ?? (moneyReading(text) === "money" ? "money" : null);
}
