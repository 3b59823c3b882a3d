// Dutch streets are named after mayors and aldermen ("Reconstructie Burgemeester
// de Withstraat", "Onderhoud Wethouder Nijhuisplein"). There the title is part
// of a place's name and says nothing about the council's own costs: read as a
// word it made a street's reconstruction administration, with confidence. Which
// words are titles and which endings make a street is data (knowledge/terms.tsv,
// kinds "title" and "street"); this is the rule that joins them.

/** The words a street's name may hold between its title and its last word ("van der" in "Burgemeester van der Hoevenlaan"). */
const MAX_WORDS_BETWEEN = 3;

/**
 * Clears `alive` for every hit of a title (`isTitle[pattern]`) that a street's
 * last part (`isStreet[pattern]`) follows within a few words in the folded text
 * `b`: the title is part of the street's name. Hit h is pattern `pats[h]` from
 * `starts[h]` up to `ends[h]`.
 */
export function titlesInStreetNames(
  b: Uint16Array,
  hits: number,
  pats: Int32Array,
  starts: Int32Array,
  ends: Int32Array,
  isTitle: Uint8Array,
  isStreet: Uint8Array,
  alive: Uint8Array,
): void {
  for (let i = 0; i < hits; i++) {
    if (!alive[i] || !isTitle[pats[i] as number]) continue;
    const from = ends[i] as number;
    for (let j = 0; j < hits; j++) {
      if (!isStreet[pats[j] as number] || (starts[j] as number) < from) continue;
      if (wordsBetween(b, from, starts[j] as number) <= MAX_WORDS_BETWEEN) {
        alive[i] = 0;
        break;
      }
    }
  }
}

/** The whole words between `from` (the end of a word) and the word that holds `at`. */
function wordsBetween(b: Uint16Array, from: number, at: number): number {
  let start = at;
  while (start > from && b[start - 1] !== 0x20) start--;
  let words = 0;
  for (let k = from; k < start; k++) if (b[k] === 0x20 && k + 1 < start && b[k + 1] !== 0x20) words++;
  return words;
}
