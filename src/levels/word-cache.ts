// The readings of unknown words (typo corrections, readings by form) are
// functions of the word alone, and budgets repeat their words. This cache
// looks a word up straight from the fold buffer, so a line whose words were
// all seen before costs no string per word. It is direct-mapped: a slot
// holds the last word that hashed to it, so its memory is fixed.

/**
 * Slots of a word cache. The corpus' published dev lines hold about 2,700
 * distinct words of five letters or more: with 4,096 slots one lookup in six
 * still missed after the first pass over them (words sharing a slot push each
 * other out), with 16,384 one in twenty.
 */
export const WORD_CACHE_BITS = 14;

export class WordCache<T> {
  private readonly words: (string | null)[];
  private readonly values: T[];
  private readonly mask: number;

  constructor(
    bits: number,
    private readonly compute: (word: string) => T,
    empty: T,
  ) {
    this.words = new Array<string | null>(1 << bits).fill(null);
    this.values = new Array<T>(1 << bits).fill(empty);
    this.mask = (1 << bits) - 1;
  }

  /** compute() of the word in b from `start` up to `end`. */
  get(b: Uint16Array, start: number, end: number): T {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
    const slot = (h ^ (h >>> 15)) & this.mask;
    const w = this.words[slot];
    if (w !== null && w !== undefined && w.length === end - start) {
      let i = 0;
      while (i < w.length && w.charCodeAt(i) === b[start + i]) i++;
      if (i === w.length) return this.values[slot] as T;
    }
    let word = "";
    for (let i = start; i < end; i++) word += String.fromCharCode(b[i] as number);
    const v = this.compute(word);
    this.words[slot] = word;
    this.values[slot] = v;
    return v;
  }
}

/** Whether the word in b from `start` up to `end` is `w`. */
export function isWord(w: string, b: Uint16Array, start: number, end: number): boolean {
  if (w.length !== end - start) return false;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== b[start + i]) return false;
  return true;
}

/**
 * A set of words that a word of the fold buffer is looked up in without building its
 * string: the words are kept by length, so a word is compared only with those as long.
 */
export class BufferWordSet {
  private readonly byLength: readonly (readonly string[])[];

  constructor(words: Iterable<string>) {
    const byLength: string[][] = [];
    for (const w of words) (byLength[w.length] ??= []).push(w);
    // Dense, so that a lookup by any length up to the longest reads an array.
    this.byLength = Array.from({ length: byLength.length }, (_, len) => byLength[len] ?? []);
  }

  /** Whether the word in b from `start` up to `end` is one of the set. */
  has(b: Uint16Array, start: number, end: number): boolean {
    const list = this.byLength[end - start];
    if (list === undefined) return false;
    for (let i = 0; i < list.length; i++) if (isWord(list[i] as string, b, start, end)) return true;
    return false;
  }
}
