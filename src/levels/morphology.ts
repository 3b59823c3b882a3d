// Reading words the vocabulary does not list, the way a Dutch reader would:
// an inflected form ("wijkraden" is "wijkraad", "bruggen" is "brug"), a new
// compound whose head is known ("leefruimte" ends in "ruimte"), or a word
// spelled close to a known one (character trigrams). Only lines that nothing
// else recognised come here, and what is read this way is marked as such.

import { KNOWLEDGE } from "./knowledge/load";
import { foldedBuffer, foldInto, normalize } from "./normalize";
import { remembered } from "./memo";
import { isWord, replaceWords, WORD_CACHE_BITS, WordCache } from "./word-cache";

/** Words shorter than this are too ambiguous to read by form alone. */
const MIN_WORD = 5;
/** A compound head must be a real word: "ruimte", "school", not "en". */
const MIN_HEAD = 5;
/** Dice coefficient of character trigrams above which two words are taken as the same. */
const NGRAM_MIN = 0.8;
/** Endings that make another word of a verb or noun: present participles ("werkend(en)"), agents ("werker"). */
const DERIVING_ENDINGS: ReadonlySet<string> = new Set(["d", "de", "den", "nd", "nde", "nden", "er", "ers"]);

/**
 * A rough Dutch stem, enough to make singular and plural meet: plural and
 * inflection endings off ("-en", "-s", "-e", "-heden" -> "-heid"), a doubled
 * consonant undone ("brugg" -> "brug") and doubled vowels made single
 * ("raad" -> "rad", so "raden" and "raad" meet).
 */
export function dutchStem(word: string): string {
  let w = word;
  if (w.endsWith("heden")) w = `${w.slice(0, -5)}heid`;
  else if (w.length > 6 && w.endsWith("ingen")) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith("en")) w = w.slice(0, -2);
  else if (w.length > 5 && (w.endsWith("s") || w.endsWith("e"))) w = w.slice(0, -1);
  w = w.replace(/([bcdfgklmnprst])\1$/, "$1");
  return w.replace(/([aeou])\1/g, "$1");
}

interface Known {
  /** The term as written in the vocabulary (folded). */
  readonly term: string;
  readonly length: number;
}

const BY_STEM = new Map<string, Known>();
/** Abbreviations: the start of known words ("cult" for cultuur), with the tasks those words name. */
const BY_PREFIX = new Map<string, { term: string; tasks: Set<string> }>();
/** The shortest abbreviation read; shorter ones ("co", "pr") say too little. */
const MIN_PREFIX = 4;
const TRIGRAMS = new Map<string, Known[]>();
const HEADS = new Map<string, Known>();
/** Single words that name a task, as the vocabulary lists them. */
const TASK_WORDS = new Set<string>();
/** Longest first, so that "netwerk" is tried before "net" and "plannen" before "plan". */
const GENERIC_HEADS = [...KNOWLEDGE.heads].sort((a, b) => b.length - a.length);

function trigrams(w: string): string[] {
  const padded = `_${w}_`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

for (const t of KNOWLEDGE.terms) {
  // Single words that name a task; signals and places are not read by form.
  if (t.task === null || t.match === "lead") continue;
  const term = normalize(t.term);
  if (term.includes(" ") || term.length < MIN_WORD || /\d/.test(term)) continue;
  const k: Known = { term, length: term.length };
  TASK_WORDS.add(term);
  for (let len = MIN_PREFIX; len < term.length; len++) {
    const prefix = term.slice(0, len);
    const hit = BY_PREFIX.get(prefix);
    if (hit) hit.tasks.add(t.task);
    else BY_PREFIX.set(prefix, { term, tasks: new Set([t.task]) });
  }
  const stem = dutchStem(term);
  if (!BY_STEM.has(stem)) BY_STEM.set(stem, k);
  if (!HEADS.has(term)) HEADS.set(term, k);
  if (!HEADS.has(stem)) HEADS.set(stem, k);
  for (const g of new Set(trigrams(term))) {
    const list = TRIGRAMS.get(g);
    if (list) list.push(k);
    else TRIGRAMS.set(g, [k]);
  }
}

/** An abbreviation ("cult." in "Cult.-pres."): the start of known words that all name one task. */
function readAbbreviation(w: string): string | null {
  if (w.length < MIN_PREFIX || w.length > 8) return null;
  const ab = BY_PREFIX.get(w);
  return ab && ab.tasks.size === 1 ? ab.term : null;
}

/** Single words the vocabulary lists as they are (vague words and signals too): read as written. */
const AS_WRITTEN = new Set(KNOWLEDGE.terms.map((t) => normalize(t.term)).filter((t) => !t.includes(" ")));

/** The known word this word is a form of, or null. */
function readWord(w: string): string | null {
  if (w.length < MIN_WORD || /\d/.test(w) || AS_WRITTEN.has(w)) return null;
  // An inflected form or a compound with a known head; else a compound with a generic head
  // ("hoofdfietsnet"), read by its first part; else a word spelled close to a known one.
  return formOf(w) ?? modifierOf(w) ?? closeSpelling(w);
}

/** The known word `w` is an inflected form of ("bruggen": "brug"), or whose compound head it ends in ("leefruimte": "ruimte"). */
function formOf(w: string): string | null {
  const byStem = BY_STEM.get(dutchStem(w));
  if (byStem) return byStem.term;
  for (let cut = 1; w.length - cut >= MIN_HEAD; cut++) {
    const head = w.slice(cut);
    const hit = HEADS.get(head) ?? HEADS.get(dutchStem(head));
    if (hit) return hit.term;
  }
  return null;
}

/** A compound of a known word and a generic head (knowledge/heads.tsv): the known word. */
function modifierOf(w: string): string | null {
  for (const head of GENERIC_HEADS) {
    if (w.length - head.length < MIN_WORD || !w.endsWith(head)) continue;
    const first = w.slice(0, -head.length);
    // A linking "s" ("waterbeheers-plan", "stimulerings-fonds") is not part of the word.
    for (const part of first.endsWith("s") ? [first, first.slice(0, -1)] : [first]) {
      const known = TASK_WORDS.has(part) ? part : formOf(part);
      if (known !== null) return known;
    }
  }
  return null;
}

function closeSpelling(w: string): string | null {
  const grams = new Set(trigrams(w));
  const shared = new Map<Known, number>();
  for (const g of grams) for (const k of TRIGRAMS.get(g) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
  let best: Known | null = null;
  let bestScore = NGRAM_MIN;
  for (const [k, n] of shared) {
    // A known word that is this word with a participle or agent ending added is another word, not
    // a misspelling: "werkenden" (the employed) is not what "werken" (to work) means. (A compound
    // the word opens, "participatie" in "participatiewet", still reads as it.)
    if (k.length > w.length && k.term.startsWith(w) && DERIVING_ENDINGS.has(k.term.slice(w.length))) continue;
    const dice = (2 * n) / (grams.size + k.length);
    if (dice >= bestScore) {
      best = k;
      bestScore = dice;
    }
  }
  return best?.term ?? null;
}

const cache = new Map<string, string | null>();

function readingOf(w: string): string | null {
  return remembered(cache, w, 20000, readWord);
}

const READINGS = new WordCache<string | null>(WORD_CACHE_BITS, readingOf, null);
const ABBREVIATED = /(\p{L}{3,8})\./gu;

/**
 * Whether the original text may hold an abbreviation ("Cult.-pres."): a full stop right
 * after a letter. A cheap test, so that the Unicode regular expression runs only then.
 */
function mayAbbreviate(original: string): boolean {
  for (let i = original.indexOf("."); i >= 0; i = original.indexOf(".", i + 1)) {
    if (i === 0) continue;
    const c = original.charCodeAt(i - 1);
    // Any char outside ASCII may be a letter: the regular expression decides.
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
    if (c >= 0x80) return true;
  }
  return false;
}

/**
 * The folded text in the fold buffer (`n` chars, the fold of `original`) with
 * its unknown words replaced by the known words they are forms of, or null
 * when no word could be read that way. Words written with a full stop after
 * them in the original are read as abbreviations ("Cult.-pres./productie").
 * Read in the buffer, so a line whose words have no other reading builds no
 * strings.
 */
export function readByForm(n: number, original: string): string | null {
  if (!mayAbbreviate(original)) return replaceWords(n, formAt);
  const abbreviated = new Set<string>();
  for (const m of original.matchAll(ABBREVIATED)) abbreviated.add(normalize(m[1] as string));
  // Folding the abbreviations used the buffer: fold the line into it again.
  foldInto(original);
  if (abbreviated.size === 0) return replaceWords(n, formAt);
  return replaceWords(n, (b, at, end) => {
    let w = "";
    for (let i = at; i < end; i++) w += String.fromCharCode(b[i] as number);
    return (abbreviated.has(w) ? readAbbreviation(w) : null) ?? formAt(b, at, end);
  });
}

/** The known word the word in b from `at` up to `end` is a form of, or null. Shorter words have none (readWord): not even looked up. */
function formAt(b: Uint16Array, at: number, end: number): string | null {
  if (end - at < MIN_WORD) return null;
  const hit = READINGS.get(b, at, end);
  return hit !== null && !isWord(hit, b, at, end) ? hit : null;
}
