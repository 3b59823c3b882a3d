// A word ending in a street's last part ("straat", "laan", "weg") is a street's
// name, a place: the words inside it name no task ("Zwembadweg reconstructie"
// is roadwork, not the pool; "Sportlaan" is no sport), and Dutch streets are
// named after mayors and aldermen ("Reconstructie Burgemeester de Withstraat"),
// where the title is part of the name and says nothing about the council's own
// costs. Read as words they made a street's rebuilding a swimming pool or the
// administration, with confidence. Which words are titles and which endings make
// a street is data (knowledge/terms.tsv, kinds "title" and "street"); this is
// the rule that applies them.

/** The words a street's name may hold between its title and its last word ("van der" in "Burgemeester van der Hoevenlaan"). */
const MAX_WORDS_BETWEEN = 3;

/**
 * Clears `alive` for the hits a street's name holds: every hit inside a word
 * ending in a street's last part (`isStreet[pattern]`) that ends before that
 * part, and every hit of a title (`isTitle[pattern]`) the street follows within
 * a few words. Hit h is pattern `pats[h]` from `starts[h]` up to `ends[h]` in
 * the folded text `b`.
 */
export function streetNames(
  b: Uint16Array,
  hits: number,
  pats: Int32Array,
  starts: Int32Array,
  ends: Int32Array,
  isTitle: Uint8Array,
  isStreet: Uint8Array,
  alive: Uint8Array,
): void {
  for (let j = 0; j < hits; j++) {
    if (!isStreet[pats[j] as number]) continue;
    const suffix = starts[j] as number;
    const word = wordStart(b, suffix);
    for (let i = 0; i < hits; i++) {
      if (i === j || !alive[i]) continue;
      const s = starts[i] as number;
      const e = ends[i] as number;
      if (s >= word && e <= suffix) alive[i] = 0;
      else if (e <= word && isTitle[pats[i] as number] && wordsBetween(b, e, word) <= MAX_WORDS_BETWEEN) alive[i] = 0;
    }
  }
}

function wordStart(b: Uint16Array, at: number): number {
  let start = at;
  while (start > 0 && b[start - 1] !== 0x20) start--;
  return start;
}

/** The whole words between `from` (the end of a word) and `word` (the start of a later one). */
function wordsBetween(b: Uint16Array, from: number, word: number): number {
  let words = 0;
  for (let k = from; k < word; k++) if (b[k] === 0x20 && k + 1 < word && b[k + 1] !== 0x20) words++;
  return words;
}
