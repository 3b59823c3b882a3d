// A line nothing recognised is read two other ways: with its misspelt words
// corrected (typos.ts), and with its unknown words read by their form or as
// abbreviations (morphology.ts). Both readings come from one walk over the
// words in the fold buffer with one cache lookup per word, and a reading is
// built as a string only once one of its words reads otherwise: about a third
// of published budget lines come here, and most of them have no other reading.

import { hitEnd, hitStart } from "./automaton";
import { abbreviationsIn, FORM_MIN, readAbbreviation, wordReading } from "./morphology";
import { foldedBuffer, foldedString, foldInto } from "./normalize";
import { TYPO_MIN } from "./typos";
import { isWord, WORD_CACHE_BITS, WordCache } from "./word-cache";

/** What a word reads as otherwise: its correction, and the known word it is a form of (null: none). */
interface WordReadings {
  readonly corrected: string | null;
  readonly form: string | null;
}
const AS_WRITTEN: WordReadings = { corrected: null, form: null };

/** The two other readings of a line (null where no word reads otherwise). */
export interface OtherReadings {
  corrected: string | null;
  byForm: string | null;
}

/**
 * The reader for a corrector of misspelt words: given the fold of `original` in the
 * buffer (`n` chars) and the number of hits its scan left in hitStart/hitEnd, it writes
 * both readings to `out`. A word a pattern matched is spelt right: it is not corrected.
 */
export function otherReader(correct: (word: string) => string | null): (n: number, original: string, hits: number, out: OtherReadings) => void {
  const words = new WordCache<WordReadings>(
    WORD_CACHE_BITS,
    (w) => {
      const corrected = w.length >= TYPO_MIN ? correct(w) : null;
      const reading = wordReading(w);
      const form = reading === w ? null : reading;
      return corrected === null && form === null ? AS_WRITTEN : { corrected, form };
    },
    AS_WRITTEN,
  );

  return (n, original, hits, out) => {
    const abbreviated = abbreviationsIn(original);
    // Folding the abbreviations used the buffer: fold the line into it again.
    if (abbreviated.length > 0) foldInto(original);
    const b = foldedBuffer();
    let folded = "";
    let corrected = "";
    let byForm = "";
    // Where the last replaced word of each reading ended; -1 while none was.
    let lastC = -1;
    let lastF = -1;
    for (let at = 0; at < n; ) {
      let end = at;
      while (end < n && b[end] !== 0x20) end++;
      let c: string | null = null;
      let f: string | null = null;
      // A word a pattern matched whole is known as written: it has no other reading to look up
      // (a third of the words that come here). One a pattern touches is spelt right.
      const cover = end - at >= FORM_MIN ? hitCover(at, end, hits) : WHOLE;
      if (cover !== WHOLE) {
        const r = words.get(b, at, end);
        c = r.corrected !== null && cover === NONE ? r.corrected : null;
        f = r.form;
      }
      for (const a of abbreviated) {
        if (!isWord(a, b, at, end)) continue;
        f = readAbbreviation(a) ?? f;
        break;
      }
      if (c !== null || f !== null) {
        if (lastC < 0 && lastF < 0) folded = foldedString(n);
        if (c !== null) {
          corrected += folded.slice(Math.max(lastC, 0), at) + c;
          lastC = end;
        }
        if (f !== null) {
          byForm += folded.slice(Math.max(lastF, 0), at) + f;
          lastF = end;
        }
      }
      at = end + 1;
    }
    out.corrected = lastC < 0 ? null : corrected + folded.slice(lastC);
    out.byForm = lastF < 0 ? null : byForm + folded.slice(lastF);
  };
}

const NONE = 0;
const PART = 1;
const WHOLE = 2;

/** How the scan's `hits` cover the word from `at` up to `end`: one spans it WHOLE, one overlaps a PART of it, or NONE. */
function hitCover(at: number, end: number, hits: number): typeof NONE | typeof PART | typeof WHOLE {
  let cover: typeof NONE | typeof PART = NONE;
  for (let h = 0; h < hits; h++) {
    const s = hitStart[h] as number;
    const e = hitEnd[h] as number;
    if (s <= at && e >= end) return WHOLE;
    if (s < end && e > at) cover = PART;
  }
  return cover;
}
