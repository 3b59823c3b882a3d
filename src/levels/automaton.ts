// One Aho-Corasick automaton per rule set finds every pattern in a folded
// description in a single left-to-right pass, whatever the number of
// patterns. The goto function is completed into a dense table so the scan is
// one array lookup per character; word-boundary conditions are checked only
// when a pattern ends, because Dutch compounds need stems that match at the
// start of a word ("bijstand" in "bijstandsuitkeringen") or at its end
// ("reserve" in "egalisatiereserve") rather than whole words.

import { foldedBuffer } from "./normalize";

/** Where a pattern may sit inside the words of a line. */
export const WORD = 0; // whole words only
export const PREFIX = 1; // starts a word, may run into a compound
export const SUFFIX = 2; // ends a word, may be the head of a compound
export const INFIX = 3; // anywhere
/**
 * Starts a word and opens a compound: a WORD or PREFIX pattern may start
 * right after it ("buurt|bibliotheek", "dorps|plein"). Never reported as a hit.
 */
export const LEAD = 4;

export type MatchMode = typeof WORD | typeof PREFIX | typeof SUFFIX | typeof INFIX | typeof LEAD;

// Symbols: 0 space, 1-26 a-z, 27-36 0-9, 37 dot, 38 any other letter.
const NSYM = 39;
const SPACE = 0;
const SYM = new Uint8Array(65536).fill(38);
SYM[0x20] = SPACE;
SYM[0x2e] = 37;
for (let c = 0x61; c <= 0x7a; c++) SYM[c] = c - 0x60;
for (let c = 0x30; c <= 0x39; c++) SYM[c] = c - 0x30 + 27;

export interface Automaton {
  /**
   * The goto function completed with the failure links: one row of NSYM next
   * states per state. 16 bits a state while they fit (the built-in rules have
   * about 20,000), which halves the table the scan reads from at random.
   */
  readonly delta: Uint16Array | Int32Array;
  /**
   * Per state: bit 7 set when the state reports a pattern (itself or along its
   * dictionary links); the low bits hold 1 + the symbol that leads to state + 1
   * when that state is its child in the trie, else 0. Inserting a pattern
   * numbers its new states in a row, so a text that follows a pattern walks
   * through this small array instead of the large goto table, and states
   * that report nothing are stepped over without a lookup.
   */
  readonly chain: Uint8Array;
  /** First pattern ending at a state, or -1. */
  readonly outHead: Int32Array;
  /** Nearest proper suffix state that has an output, or 0. */
  readonly dictLink: Int32Array;
  readonly patNext: Int32Array;
  readonly patLen: Int32Array;
  readonly patMode: Uint8Array;
  readonly size: number;
}

/** Builds from folded pattern texts (callers fold them with `normalize`). */
export function buildAutomaton(texts: readonly string[], modes: readonly MatchMode[]): Automaton {
  let cap = 1;
  for (const t of texts) cap += t.length;
  const go = new Int32Array(cap * NSYM).fill(-1);
  const outHead = new Int32Array(cap).fill(-1);
  const patNext = new Int32Array(texts.length).fill(-1);
  const patLen = new Int32Array(texts.length);
  const patMode = new Uint8Array(texts.length);
  const chainSym = new Uint8Array(cap);
  let states = 1;
  texts.forEach((t, p) => {
    let s = 0;
    for (let i = 0; i < t.length; i++) {
      const a = SYM[t.charCodeAt(i)] as number;
      let nx = go[s * NSYM + a] as number;
      if (nx < 0) {
        nx = states++;
        go[s * NSYM + a] = nx;
        if (nx === s + 1) chainSym[s] = a + 1;
      }
      s = nx;
    }
    patLen[p] = t.length;
    patMode[p] = modes[p] ?? PREFIX;
    // Keep the chain in insertion order so earlier patterns report first.
    if (outHead[s] === -1) outHead[s] = p;
    else {
      let q = outHead[s] as number;
      while ((patNext[q] as number) >= 0) q = patNext[q] as number;
      patNext[q] = p;
    }
  });

  const delta = go.slice(0, states * NSYM);
  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states);
  const queue = new Int32Array(states);
  let qh = 0;
  let qt = 0;
  for (let a = 0; a < NSYM; a++) {
    const t = delta[a] as number;
    if (t < 0) delta[a] = 0;
    else {
      fail[t] = 0;
      queue[qt++] = t;
    }
  }
  while (qh < qt) {
    const s = queue[qh++] as number;
    const f = fail[s] as number;
    dictLink[s] = (outHead[f] as number) >= 0 ? f : (dictLink[f] as number);
    for (let a = 0; a < NSYM; a++) {
      const t = delta[s * NSYM + a] as number;
      if (t < 0) delta[s * NSYM + a] = delta[f * NSYM + a] as number;
      else {
        fail[t] = delta[f * NSYM + a] as number;
        queue[qt++] = t;
      }
    }
  }
  const chain = new Uint8Array(states);
  for (let t = 0; t < states; t++) {
    chain[t] = ((outHead[t] as number) >= 0 || (dictLink[t] as number) > 0 ? 0x80 : 0) | (chainSym[t] as number);
  }
  // A big user rule set keeps 32-bit states; the built-in one fits in 16.
  const table = states <= 0xffff ? Uint16Array.from(delta) : delta;
  return { delta: table, chain, outHead: outHead.subarray(0, states), dictLink, patNext, patLen, patMode, size: texts.length };
}

const HITS_CAP = 96;
export const MAX_HITS = HITS_CAP;
/** Hits of the last scan, reused across lines so scanning allocates nothing. */
export const hitPat = new Int32Array(MAX_HITS);
export const hitStart = new Int32Array(MAX_HITS);
export const hitEnd = new Int32Array(MAX_HITS);

// Module-local copies: the exported constants compile to property reads of the exports object.
const M_WORD = 0;
const M_SUFFIX = 2;
const M_INFIX = 3;
const M_LEAD = 4;

// Positions right after a LEAD pattern in the current scan count as word starts.
let soft = new Int32Array(512);
let softGen = 0;

/**
 * Scans the first `n` folded chars (from `foldInto`) and returns the number
 * of hits written to hitPat/hitStart/hitEnd (end is exclusive).
 *
 * The scan waits on its loads, not on arithmetic: each char's state depends on
 * the last one's, and half to two thirds of the chars follow the chain array,
 * the rest read a row of the goto table. Folding and scanning stay two passes:
 * one pass that steps the automaton as it folds was measured 5-10% slower over
 * the whole check.
 */
export function scan(a: Automaton, n: number): number {
  const text = foldedBuffer();
  const { delta, chain, outHead, dictLink, patNext, patLen, patMode } = a;
  const hp = hitPat;
  const hs = hitStart;
  const he = hitEnd;
  let state = 0;
  let c = chain[0] as number;
  let hits = 0;
  if (soft.length < n + 2) soft = new Int32Array(Math.max(n + 2, soft.length * 2));
  softGen = (softGen + 1) | 0;
  if (softGen === 0) {
    soft.fill(0);
    softGen = 1;
  }
  const gen = softGen;
  for (let i = 0; i < n; i++) {
    const sym = SYM[text[i] as number] as number;
    state = (c & 0x7f) === sym + 1 ? state + 1 : (delta[state * NSYM + sym] as number);
    c = chain[state] as number;
    if (c < 0x80) continue;
    let s = (outHead[state] as number) >= 0 ? state : (dictLink[state] as number);
    while (s > 0) {
      for (let p = outHead[s] as number; p >= 0; p = patNext[p] as number) {
        const start = i + 1 - (patLen[p] as number);
        const mode = patMode[p] as number;
        if (mode !== M_INFIX && mode !== M_SUFFIX && start > 0 && text[start - 1] !== 0x20) {
          if (mode === M_LEAD || soft[start] !== gen) continue;
        }
        if (mode === M_LEAD) {
          // Only a compound opens: "wijk" alone is a word, not a lead.
          if (i + 1 < n && text[i + 1] !== 0x20) soft[i + 1] = gen;
          continue;
        }
        if ((mode === M_WORD || mode === M_SUFFIX) && i + 1 < n && text[i + 1] !== 0x20) continue;
        if (hits < HITS_CAP) {
          hp[hits] = p;
          hs[hits] = start;
          he[hits] = i + 1;
          hits++;
        }
      }
      s = dictLink[s] as number;
    }
  }
  return hits;
}
