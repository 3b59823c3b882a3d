// How much of a line the vocabulary explains. An answer read from one known
// word among many the check does not know ("Bijdrage Stichting Vrienden van de
// Oude Kerk te Hoogland") rests on little: the unknown words may name the task
// that decides. Such answers were right less often than the rest on budgets the
// vocabulary was not fitted to, so the check says it is less sure of them
// (check.ts, FEW_KNOWN_AT).

import { isWord } from "./word-cache";

/** Shorter words are articles, prepositions and abbreviations: they name no task. */
const MIN_LETTERS = 4;

/** Longer function words that name no task either (folded, Dutch and English). */
const LITTLE_WORDS: readonly string[] = [
  "voor", "naar", "over", "door", "onder", "tussen", "zijn", "wordt", "worden", "deze", "alle",
  "vanuit", "tegen", "vanaf", "tijdens", "waarvan", "inzake", "with", "from", "other", "this", "that",
];
const LITTLE_BY_LENGTH: string[][] = [];
for (const w of LITTLE_WORDS) (LITTLE_BY_LENGTH[w.length] ??= []).push(w);

function isLittle(b: Uint16Array, at: number, end: number): boolean {
  const list = LITTLE_BY_LENGTH[end - at];
  if (list === undefined) return false;
  for (const w of list) if (isWord(w, b, at, end)) return true;
  return false;
}

/**
 * The number of words, up to `limit`, in the first `n` folded chars of `b` that
 * no matched pattern touches: words of four letters or more, without digits,
 * that are not function words. A hit h counts where `counted[h]` is 1; it spans
 * `starts[h]` up to `ends[h]`.
 */
export function unknownWordCount(
  b: Uint16Array,
  n: number,
  hits: number,
  starts: Int32Array,
  ends: Int32Array,
  counted: Uint8Array,
  limit: number,
): number {
  let k = 0;
  for (let at = 0; at < n && k < limit; ) {
    let end = at;
    let letters = true;
    while (end < n && b[end] !== 0x20) {
      // Folded text holds lowercase letters, digits and dots: anything below "a" is no letter.
      if ((b[end] as number) < 0x61) letters = false;
      end++;
    }
    if (letters && end - at >= MIN_LETTERS && !touched(at, end, hits, starts, ends, counted) && !isLittle(b, at, end)) k++;
    at = end + 1;
  }
  return k;
}

function touched(at: number, end: number, hits: number, starts: Int32Array, ends: Int32Array, counted: Uint8Array): boolean {
  for (let h = 0; h < hits; h++) if (counted[h] && (starts[h] as number) < end && (ends[h] as number) > at) return true;
  return false;
}
