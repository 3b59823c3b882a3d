// Typos: a word one edit away from a known stem of seven letters or more.
//
// A symmetric-delete index (every stem and every stem with one letter
// dropped) finds the candidates for a word with a handful of map lookups; a
// candidate counts when it is one insertion, deletion, substitution or swap
// of neighbours away. A compound is read as a misspelt stem plus the rest
// ("bijstansuitkering" as "bijstand" + "uitkering"). Corrections are
// remembered per word: budgets repeat their words, so a typo is worked out once.

import { INFIX, LEAD, PREFIX, type MatchMode } from "./automaton";
import { remembered } from "./memo";

const FUZZY_MIN = 7;
/** Words shorter than this are never corrected (a stem may lose a letter: "bijstnd"). */
export const TYPO_MIN = FUZZY_MIN - 1;
/** The rest of a compound after a misspelt stem: shorter tails are inflections ("archeologisch"), not words. */
const COMPOUND_TAIL_MIN = 5;

/**
 * The corrector for the vocabulary's patterns (folded texts with their match modes):
 * the correction of a folded word, or null when it is known or nothing is one edit away.
 */
export function typoCorrector(texts: readonly string[], modes: readonly MatchMode[]): (word: string) => string | null {
  const fuzzyWords: string[] = [];
  const fuzzyPrefixable: boolean[] = [];
  const knownWords = new Set<string>();
  const fuzzyIndex = new Map<string, number[]>();
  const ids = new Map<string, number>();
  texts.forEach((t, p) => {
    if (modes[p] === LEAD) return;
    const words = t.split(" ");
    words.forEach((w, j) => {
      knownWords.add(w);
      if (w.length < FUZZY_MIN || /[0-9.]/.test(w)) return;
      // Only a pattern's last word, matched as a prefix or inside a word, may open a compound.
      const prefixable = j === words.length - 1 && (modes[p] === PREFIX || modes[p] === INFIX);
      let id = ids.get(w);
      if (id === undefined) {
        id = fuzzyWords.length;
        ids.set(w, id);
        fuzzyWords.push(w);
        fuzzyPrefixable.push(prefixable);
        for (const key of [w, ...deletions(w)]) {
          const list = fuzzyIndex.get(key);
          if (list === undefined) fuzzyIndex.set(key, [id]);
          else if (list[list.length - 1] !== id) list.push(id);
        }
      } else if (prefixable) fuzzyPrefixable[id] = true;
    });
  });
  const fuzzyMax = fuzzyWords.reduce((m, w) => Math.max(m, w.length), 0);

  /** The known stem one edit from `w`, or null; `prefixOnly` keeps stems that may open a compound. */
  function nearest(w: string, prefixOnly: boolean): string | null {
    let best: string | null = null;
    const consider = (key: string): void => {
      const list = fuzzyIndex.get(key);
      if (list === undefined) return;
      for (const id of list) {
        const v = fuzzyWords[id] as string;
        if (v === w || (prefixOnly && !fuzzyPrefixable[id])) continue;
        if ((best === null || v.length > best.length || (v.length === best.length && v < best)) && oneEdit(w, v)) best = v;
      }
    };
    consider(w);
    for (let i = 0; i < w.length; i++) consider(w.slice(0, i) + w.slice(i + 1));
    return best;
  }

  function correction(w: string): string | null {
    let out: string | null = null;
    if (w.length >= TYPO_MIN && !knownWords.has(w) && !/[0-9.]/.test(w)) {
      out = nearest(w, false);
      // A misspelt stem opening a compound, longest first: "bijstansuitkering" is "bijstand" + "uitkering".
      // A compound that opens with a known word is spelt right: "politiebudget" is "politie" + "budget",
      // not a misspelt "politiek" + "udget".
      if (out === null && opensWithKnown(w)) return null;
      for (let len = Math.min(w.length - COMPOUND_TAIL_MIN, fuzzyMax + 1); out === null && len >= TYPO_MIN; len--) {
        // (No head here is a known word: opensWithKnown returned above.)
        const head = w.slice(0, len);
        const stem = nearest(head, true);
        // "inkomensregelingen" starts with the stem "inkomens" as written: nothing to correct there.
        if (stem !== null && !w.startsWith(stem)) out = stem + w.slice(len);
      }
    }
    return out;
  }

  function opensWithKnown(w: string): boolean {
    for (let len = w.length - COMPOUND_TAIL_MIN; len >= TYPO_MIN; len--) if (knownWords.has(w.slice(0, len))) return true;
    return false;
  }

  const corrections = new Map<string, string | null>();
  return (w) => remembered(corrections, w, 20000, correction);
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** True when a and b are at most one edit apart (insert, delete, substitute, swap neighbours). */
function oneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return true;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
