// Reading words the vocabulary does not list, the way a Dutch reader would:
// an inflected form ("wijkraden" is "wijkraad", "bruggen" is "brug"), a new
// compound whose head is known ("leefruimte" ends in "ruimte"), or a word
// spelled close to a known one (character trigrams). Only lines that nothing
// else recognised come here, and what is read this way is marked as such.

import { KNOWLEDGE } from "./knowledge/load";
import { normalize } from "./normalize";
import { remembered } from "./memo";

/** Words shorter than this are too ambiguous to read by form alone. */
export const FORM_MIN = 5;
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
/** The last words of phrases that name a task, by their stem. */
const PHRASE_ENDS = new Map<string, string>();
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
  if (term.includes(" ")) {
    // The last word of a phrase that names a task, in another form, makes the phrase again:
    // "strategische grondaankopen" is "strategische grondaankoop".
    const last = term.slice(term.lastIndexOf(" ") + 1);
    if (last.length >= FORM_MIN && !/\d/.test(last)) {
      const stem = dutchStem(last);
      if (!PHRASE_ENDS.has(stem)) PHRASE_ENDS.set(stem, last);
    }
    continue;
  }
  if (term.length < FORM_MIN || /\d/.test(term)) continue;
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
export function readAbbreviation(w: string): string | null {
  if (w.length < MIN_PREFIX || w.length > 8) return null;
  const ab = BY_PREFIX.get(w);
  return ab && ab.tasks.size === 1 ? ab.term : null;
}

/** Single words the vocabulary lists as they are (vague words and signals too): read as written. */
const AS_WRITTEN = new Set(KNOWLEDGE.terms.map((t) => normalize(t.term)).filter((t) => !t.includes(" ")));

/** The known word this word is a form of, or null. */
function readWord(w: string): string | null {
  if (w.length < FORM_MIN || /\d/.test(w) || AS_WRITTEN.has(w)) return null;
  // An inflected form or a compound with a known head; else a compound with a generic head
  // ("hoofdfietsnet"), read by its first part; else a word spelled close to a known one.
  return formOf(w) ?? modifierOf(w) ?? closeSpelling(w);
}

/** The known word `w` is an inflected form of ("bruggen": "brug"), or whose compound head it ends in ("leefruimte": "ruimte"). */
function formOf(w: string): string | null {
  const stem = dutchStem(w);
  const byStem = BY_STEM.get(stem);
  if (byStem) return byStem.term;
  for (let cut = 1; w.length - cut >= MIN_HEAD; cut++) {
    const head = w.slice(cut);
    const hit = HEADS.get(head) ?? HEADS.get(dutchStem(head));
    if (hit) return hit.term;
    // The longest head the vocabulary knows decides: a compound of a word that names no task ("project|gebonden",
    // bound to a project) is not one of a task word at its very end ("bonden", unions).
    if (AS_WRITTEN.has(head)) return null;
  }
  // Last, the end of a phrase in another form (a word of its own reads better by its head: "oppervlaktewater" is water).
  const end = PHRASE_ENDS.get(stem);
  return end !== undefined && end !== w ? end : null;
}

/** A verb's stem opens many compounds ("woon" in "woonbeleid", "leer" in "leerplan"): shorter than a word read by form. */
const MIN_VERB_STEM = 4;

/** A compound of a known word and a generic head (knowledge/heads.tsv): the known word. */
function modifierOf(w: string): string | null {
  for (const head of GENERIC_HEADS) {
    if (w.length - head.length < MIN_VERB_STEM || !w.endsWith(head)) continue;
    const first = w.slice(0, -head.length);
    // A linking "s" ("waterbeheers-plan", "stimulerings-fonds") is not part of the word.
    for (const part of first.endsWith("s") ? [first, first.slice(0, -1)] : [first]) {
      const known = verbOf(part) ?? (part.length < FORM_MIN ? null : TASK_WORDS.has(part) ? part : formOf(part));
      if (known !== null) return known;
    }
  }
  return null;
}

/**
 * The verb a compound's first part is the stem of, where the vocabulary lists that verb as a
 * task: Dutch compounds open with a verb's stem, its vowel doubled ("woon" is "wonen",
 * "parkeer" is "parkeren") or, in a short one, its consonant single ("werk" is "werken",
 * "stop" is "stoppen"). A longer part with a single vowel is read as any word is: "pensioen"
 * in "pensioenvoorziening" is no verb, and the plural "pensioenen" says nothing of it.
 */
function verbOf(stem: string): string | null {
  if (stem.length < MIN_VERB_STEM) return null;
  const single = stem.replace(/([aeou])\1([^aeiou])$/, "$1$2");
  if (single !== stem) return TASK_WORDS.has(`${single}en`) ? `${single}en` : null;
  if (stem.length >= FORM_MIN) return null;
  for (const verb of [`${stem}en`, `${stem}${stem.slice(-1)}en`]) if (TASK_WORDS.has(verb)) return verb;
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

/** The known word the folded word `w` is a form of, or null (also for words shorter than {@link FORM_MIN}). */
export function wordReading(w: string): string | null {
  return remembered(cache, w, 20000, readWord);
}

/** An abbreviation is the last three to eight letters before a full stop ("Cult." in "Cult.-pres."). */
const ABBREVIATION_MIN = 3;
const ABBREVIATION_MAX = 8;
const LETTER = /\p{L}/u;
const NO_WORDS: readonly string[] = [];

function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  // Outside ASCII the Unicode class decides (rare in Dutch budgets, so the test is cheap overall).
  return LETTER.test(String.fromCharCode(c));
}

/**
 * The words written with a full stop right after them ("Cult.-pres." holds "cult" and
 * "pres"), folded. A walk back from each full stop: a regular expression over the whole
 * line cost more than the rest of the line's reading. Folding a word uses the fold buffer,
 * so when this finds any, the caller must fold its line into the buffer again.
 */
export function abbreviationsIn(original: string): readonly string[] {
  let out: string[] | null = null;
  for (let dot = original.indexOf("."); dot >= 0; dot = original.indexOf(".", dot + 1)) {
    let from = dot;
    while (from > 0 && isLetter(original.charCodeAt(from - 1))) from--;
    const letters = dot - from;
    if (letters >= ABBREVIATION_MIN) (out ??= []).push(normalize(original.slice(dot - Math.min(letters, ABBREVIATION_MAX), dot)));
  }
  return out ?? NO_WORDS;
}
