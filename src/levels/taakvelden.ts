// Iv3 taakvelden as a prior: a code says roughly what a line is about, the
// description says exactly. Weights are how far a code alone can be trusted:
// 3.1 Economische ontwikkeling holds sound site policy and stimulus alike, so
// it stays below the confidence threshold on its own; 0.x lines are
// financing and overhead by definition.
//
// Three generations are accepted side by side because budgets mix them when
// multi-year figures are carried forward: 2017–2022 (6.2 Wijkteams, 6.71,
// 6.72, 6.81, 6.82), 2023 (6.71a–d and friends) and 2025 (6.21–6.23, 6.60,
// 6.711–6.714, ..., 8.1 Ruimte en leefomgeving).

import { KNOWLEDGE } from "./knowledge/load";
import { normalize } from "./normalize";
import { remembered } from "./memo";
import type { Owner } from "./types";

export interface TaakveldDef {
  /** A number of its own, 0 up, so what the check works out per taakveld is kept in an array. */
  readonly id: number;
  readonly code: string;
  readonly names: readonly string[];
  /**
   * The first word of each name, folded: a description that opens with one names this
   * taakveld ("6.3 Inkomensregelingen"), where "1.1 Kleinere bezetting" only numbers an item.
   */
  readonly firstWords: readonly string[];
  /** Built-in rule id; null when the code alone says nothing about level. */
  readonly rule: string | null;
  readonly weight: number;
}

// The list itself is data: knowledge/taakvelden.tsv (scheme, code, name, task, weight).
const defs: TaakveldDef[] = [];
let ids = 0;
for (const row of KNOWLEDGE.taakvelden) {
  if (row.scheme !== "gemeente" || row.code === "") continue;
  const known = defs.find((d) => d.code === row.code);
  if (known) {
    (known.names as string[]).push(row.name);
    (known.firstWords as string[]).push(firstWord(row.name));
  } else {
    const names = row.name === "" ? [] : [row.name];
    defs.push({ id: ids++, code: row.code, names, firstWords: names.map(firstWord), rule: row.task, weight: row.weight });
  }
}

/** A text's first word, folded as descriptions are ("Inkomens-regelingen" → "inkomens"). */
export function firstWord(name: string): string {
  return normalize(name).split(" ")[0] ?? "";
}

export const TAAKVELDEN: ReadonlyMap<string, TaakveldDef> = new Map(defs.map((d) => [d.code, d]));

/**
 * A code as budgets write it: an Iv3 code ("6.71a"), or a municipality's own
 * sub-taakveld, the Iv3 code with a letter of its own ("1.1A", "0.4T", "6.3B"):
 * that one is its Iv3 taakveld's.
 */
export function taakveldByCode(code: string): TaakveldDef | undefined {
  const d = TAAKVELDEN.get(code);
  if (d !== undefined) return d;
  const last = code.charCodeAt(code.length - 1);
  return last >= 0x61 && last <= 0x7a ? TAAKVELDEN.get(code.slice(0, -1)) : undefined;
}

// Provinces use their own Iv3 list, whose numbers mean other things; only the
// names carry over, and they are broad, hence the low weights (taakvelden.tsv).
const PROVINCIAL: readonly [string, string | null, number][] = KNOWLEDGE.taakvelden
  .filter((r) => r.scheme === "provincie")
  .map((r) => [r.name, r.task, r.weight]);

const MUNICIPAL_BY_NAME = new Map<string, TaakveldDef>();
for (const d of defs) for (const n of d.names) if (n !== "") MUNICIPAL_BY_NAME.set(normalize(n), d);
const PROVINCIAL_BY_NAME = new Map<string, TaakveldDef>(
  PROVINCIAL.map(([name, rule, weight]) => [normalize(name), { id: ids++, code: name, names: [name], firstWords: [firstWord(name)], rule, weight }]),
);

const CODE_RE = /^\d{1,2}\.\d{1,3}[a-z]?$/;

/** A taakveld as found on a line: a known code (or none) and the folded name after it. */
export interface TaakveldRef {
  /** Candidate definitions; two when a number cannot tell 0.1 from 0.10. */
  readonly candidates: readonly TaakveldDef[];
  readonly numeric: boolean;
}

const EMPTY: TaakveldRef = { candidates: [], numeric: false };
const refCache = new Map<string, TaakveldRef>();
const provincialCache = new Map<string, TaakveldRef>();
const numberCache = new Map<number, TaakveldRef>();

function fromNumber(x: number): TaakveldRef {
  if (!Number.isFinite(x) || x <= 0 || x >= 10) return EMPTY;
  const s = String(Math.round(x * 1000) / 1000);
  const out: TaakveldDef[] = [];
  const exact = TAAKVELDEN.get(s);
  if (exact) out.push(exact);
  // Spreadsheets drop trailing zeros: 0.10 arrives as 0.1, 6.60 as 6.6.
  if (/^\d\.\d$/.test(s)) {
    const padded = TAAKVELDEN.get(s + "0");
    if (padded) out.push(padded);
  }
  return out.length === 0 ? EMPTY : { candidates: out, numeric: true };
}

/** A code written with a dash for its dot ("0-1", "6-71a"), as some budgets print them. */
const DASHED_CODE = /^(\s*)(\d{1,2})-(\d{1,3}[a-z]?)(?=\s|$)/i;

/** A text that opens with a code, with the code's dash (if it was written with one) made the dot: "6-71 Wmo" is "6.71 Wmo". */
export function withCodeDot(s: string): string {
  return s.replace(DASHED_CODE, "$1$2.$3");
}

function fromText(s: string, owner: Owner): TaakveldRef {
  const folded = normalize(withCodeDot(s));
  if (folded === "") return EMPTY;
  const words = folded.split(" ");
  let i = 0;
  while (i < words.length && (words[i] === "taakveld" || words[i] === "tv" || words[i] === "iv3")) i++;
  const first = words[i] ?? "";
  let name = folded;
  if (CODE_RE.test(first)) {
    name = words.slice(i + 1).join(" ");
    // Provincial numbers mean something else; trust only the name there.
    if (owner !== "provincie") {
      const d = taakveldByCode(first);
      if (d) return { candidates: [d], numeric: false };
    }
  }
  if (name === "") return EMPTY;
  const byName = owner === "provincie" ? lookupName(PROVINCIAL_BY_NAME, name) : lookupName(MUNICIPAL_BY_NAME, name);
  const fallback = byName ?? (owner === "provincie" ? lookupName(MUNICIPAL_BY_NAME, name) : lookupName(PROVINCIAL_BY_NAME, name));
  return fallback ? { candidates: [fallback], numeric: false } : EMPTY;
}

function lookupName(map: ReadonlyMap<string, TaakveldDef>, name: string): TaakveldDef | undefined {
  const exact = map.get(name);
  if (exact) return exact;
  for (const [n, d] of map) if (name.startsWith(n + " ")) return d;
  return undefined;
}

/** Reads a taakveld cell: "6.3", "6.3 Inkomensregelingen", 6.3, "6,3", "6-3", "Inkomensregelingen", "Natuur". */
export function parseTaakveld(x: unknown, owner: Owner): TaakveldRef {
  if (typeof x === "number") {
    if (owner === "provincie") return EMPTY;
    return remembered(numberCache, x, 4096, fromNumber);
  }
  if (typeof x !== "string") return EMPTY;
  // Provinces read names only, so their cache is apart (a key per call would allocate).
  const cache = owner === "provincie" ? provincialCache : refCache;
  const hit = cache.get(x);
  if (hit) return hit;
  const ref = fromText(x, owner);
  // Taakveld columns repeat a few dozen values; bound the cache anyway.
  if (cache.size > 4096) cache.clear();
  cache.set(x, ref);
  return ref;
}

/**
 * Whether a taakveld given to a cell function can be read as one: a known code (a number or
 * text), a code with a name, or a name of the list. A province's budget reads names only, so
 * a bare number or code there is left to the description, as on a sheet, not refused.
 */
export function readsAsTaakveld(x: string | number, owner: Owner): boolean {
  if (owner === "provincie" && (typeof x === "number" || CODE_RE.test(normalize(withCodeDot(x)).split(" ")[0] ?? ""))) return true;
  return parseTaakveld(x, owner).candidates.length > 0;
}

/** A user rule's taakveld, as the code it must equal; null when unreadable or unknown. */
export function userTaakveldCodes(x: string | number): string[] | null {
  if (typeof x === "number") {
    const ref = fromNumber(x);
    return ref.candidates.length === 0 ? null : ref.candidates.map((d) => d.code);
  }
  const folded = normalize(x);
  const first = folded.split(" ")[0] ?? "";
  if (CODE_RE.test(first)) return TAAKVELDEN.has(first) || isLetterFamily(first) ? [first] : null;
  const d = lookupName(MUNICIPAL_BY_NAME, folded);
  return d ? [d.code] : null;
}

/** "6.71" as a user rule covers 6.71a–d; the bare code exists in the 2017 list too. */
function isLetterFamily(code: string): boolean {
  for (const k of TAAKVELDEN.keys()) if (k.startsWith(code) && /[a-d]$/.test(k) && k.length === code.length + 1) return true;
  return false;
}
