// How much of a line the vocabulary explains. An answer read from one known
// word among many the check does not know ("Bijdrage Stichting Vrienden van de
// Oude Kerk te Hoogland") rests on little: the unknown words may name the task
// that decides. Such answers were right less often than the rest on budgets the
// vocabulary was not fitted to, so the check says it is less sure of them
// (check.ts, FEW_KNOWN_AT).

import { LONG_WORD } from "./normalize";
import { BufferWordSet } from "./word-cache";

/**
 * Shorter words are articles, prepositions and abbreviations: they name no task. The fold
 * counts the words this long (foldedLongWordCount), so a line with too few is not walked.
 */
const MIN_LETTERS = LONG_WORD;

/** Longer function words that name no task either (folded, Dutch and English). */
const LITTLE_WORDS = new BufferWordSet([
  "voor", "naar", "over", "door", "onder", "tussen", "zijn", "wordt", "worden", "deze", "alle",
  "vanuit", "tegen", "vanaf", "tijdens", "waarvan", "inzake", "with", "from", "other", "this", "that",
]);

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
  // Where hits open and close, as differences: a running sum over the chars is then
  // the number of hits over each char, found in the one walk over the words.
  if (depth.length < n + 1) depth = new Int32Array(Math.max(n + 1, depth.length * 2));
  // A local view: the module variable would be read again at every char.
  const d = depth;
  for (let h = 0; h < hits; h++) {
    if (!counted[h]) continue;
    const s = starts[h] as number;
    const e = ends[h] as number;
    d[s] = (d[s] as number) + 1;
    d[e] = (d[e] as number) - 1;
  }
  let k = 0;
  let over = 0;
  for (let at = 0; at < n; ) {
    let end = at;
    let letters = true;
    let touched = false;
    while (end < n && b[end] !== 0x20) {
      // Folded text holds lowercase letters, digits and dots: anything below "a" is no letter.
      if ((b[end] as number) < 0x61) letters = false;
      over += d[end] as number;
      if (over > 0) touched = true;
      end++;
    }
    if (end < n) over += d[end] as number;
    if (letters && end - at >= MIN_LETTERS && !touched && !LITTLE_WORDS.has(b, at, end) && ++k >= limit) break;
    at = end + 1;
  }
  // Leave the differences at zero for the next line.
  for (let h = 0; h < hits; h++) {
    d[starts[h] as number] = 0;
    d[ends[h] as number] = 0;
  }
  return k;
}

/** Differences of the number of hits over each char (see unknownWordCount); all zero between calls. */
let depth = new Int32Array(256);
