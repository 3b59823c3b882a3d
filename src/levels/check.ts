// Classifies one budget line. The cost per line is one fold of the
// description, one automaton pass and a little arithmetic over the rules it
// hit; every table is built once at load and the per-line scratch arrays are
// reused, so memory does not grow with the number of lines.
//
// Deciding: each hit votes for a rule with a weight; a taakveld adds a vote
// of its own. The strongest rule wins, but its confidence shrinks when a rule
// with a different outcome is nearly as strong, and below CONFIDENT the
// answer is UNKNOWN. That is what keeps a vague description under a broad
// taakveld, or two contradicting phrases, from producing a confident verdict.

import { buildAutomaton, hitEnd, hitPat, hitStart, INFIX, PREFIX, scan, SUFFIX, WORD, type MatchMode } from "./automaton";
import { BUILTIN_RULES, ruleIndex, TRANSFER_REASON, WINDFALL_REASON, type Cell, type RuleDef } from "./builtin";
import { CATEGORY_LABELS } from "./categories";
import { parseOwner } from "./labels";
import { foldedBuffer, foldInto, normalize } from "./normalize";
import {
  MOD_HELP,
  MOD_LOCAL,
  MOD_LOCAL_TAX,
  MOD_NATIONAL,
  MOD_PROVINCIAL,
  MOD_RETURN,
  MOD_TARGETED,
  MOD_TRANSFER,
  MOD_UNIVERSAL,
  MOD_WINDFALL,
  PATTERN_GROUPS,
  type ModeCode,
} from "./patterns";
import { matchUserRules, userResult, type CompiledRules } from "./rules";
import { parseTaakveld, TAAKVELDEN, type TaakveldDef } from "./taakvelden";
import { OWNER_LEVEL, type LineInput, type LineResult, type Owner, type Text } from "./types";

/** Below this the honest answer is UNKNOWN. */
export const CONFIDENT = 0.5;
const MAX_BUILTIN_CONFIDENCE = 0.95;
/** A taakveld that agrees with the description makes it a little surer. */
const AGREEMENT_BONUS = 0.15;
/** A rival with another outcome at nine tenths of the winner's score leaves it below CONFIDENT. */
const RIVAL_PENALTY = 0.6;

// ── compile the built-in patterns once ──

const MODE_OF: Record<ModeCode, MatchMode> = { W: WORD, P: PREFIX, S: SUFFIX, I: INFIX };
const texts: string[] = [];
const modes: MatchMode[] = [];
const pRule: number[] = [];
const pMod: number[] = [];
const pWeight: number[] = [];
const pAbsorb: number[] = [];
for (const grp of PATTERN_GROUPS) {
  const rule = typeof grp.target === "string" ? ruleIndex(grp.target) : -1;
  const mod = typeof grp.target === "number" ? grp.target : 0;
  for (const raw of grp.texts) {
    const t = normalize(raw);
    if (t === "") continue;
    texts.push(t);
    modes.push(MODE_OF[grp.mode]);
    pRule.push(rule);
    pMod.push(mod);
    pWeight.push(grp.weight);
    pAbsorb.push(grp.absorbs ? 1 : 0);
  }
}
const AUTOMATON = buildAutomaton(texts, modes);
const P_RULE = Int16Array.from(pRule);
const P_MOD = Int32Array.from(pMod);
const P_WEIGHT = Float64Array.from(pWeight);
const P_ABSORB = Uint8Array.from(pAbsorb);

const NR = BUILTIN_RULES.length;
const idxOrMinus = (id: string | undefined): number => (id === undefined ? -1 : ruleIndex(id));
const HELP_TO = Int16Array.from(BUILTIN_RULES, (r) => idxOrMinus(r.helpSwitch));
const TARGETED_TO = Int16Array.from(BUILTIN_RULES, (r) => idxOrMinus(r.targetedSwitch));
const PROVINCIAL_TO = Int16Array.from(BUILTIN_RULES, (r) => idxOrMinus(r.provincialSwitch));
const NATIONAL_TO = Int16Array.from(BUILTIN_RULES, (r) => idxOrMinus(r.nationalSwitch));
const LOCAL_TO = Int16Array.from(BUILTIN_RULES, (r) => idxOrMinus(r.localSwitch));
const IS_NEUTRAL = Uint8Array.from(BUILTIN_RULES, (r) => (r.category === "administration" ? 1 : 0));
const IS_DOMINANT = Uint8Array.from(BUILTIN_RULES, (r) => (r.dominant ? 1 : 0));
const RULE_IDS = BUILTIN_RULES.map((r) => `builtin:${r.id}`);

const OWNER_INDEX: Record<Owner, number> = { gemeente: 0, provincie: 1, rijk: 2 };
const TRANSFER_CELL: Cell = { verdict: "OK", level: null, reason: TRANSFER_REASON, factor: 1 };
// Windfall variants are built once so a line never allocates a cell.
const WINDFALL_CELLS: (Cell | null)[][] = BUILTIN_RULES.map((r) =>
  (["gemeente", "provincie", "rijk"] as const).map((o) =>
    r.windfall && r[o].verdict === "CONDITIONAL" ? { ...r[o], reason: WINDFALL_REASON, factor: r[o].factor * 0.9 } : null,
  ),
);

// ── per-line scratch, reused ──

const score = new Float64Array(NR);
const count = new Uint8Array(NR);
const touched = new Int32Array(NR);
let nTouched = 0;
const alive = new Uint8Array(hitPat.length);

function touch(r: number): void {
  if (score[r] === 0 && count[r] === 0) touched[nTouched++] = r;
}

function move(from: number, to: number): void {
  if (to < 0 || (score[from] as number) <= 0) return;
  touch(to);
  if ((score[from] as number) > (score[to] as number)) score[to] = score[from] as number;
  score[from] = 0;
}

function cellOf(r: number, owner: Owner, mods: number): Cell {
  const def = BUILTIN_RULES[r] as RuleDef;
  if (owner === "gemeente") {
    if (mods & MOD_LOCAL_TAX && def.localTax) return def.localTax;
    if (mods & MOD_UNIVERSAL && def.universal) return def.universal;
    if (mods & MOD_RETURN && def.returnSchool) return def.returnSchool;
  } else if (owner === "rijk" && mods & MOD_TRANSFER && def.transfer) {
    return TRANSFER_CELL;
  }
  if (mods & MOD_WINDFALL) {
    const w = WINDFALL_CELLS[r]?.[OWNER_INDEX[owner]];
    if (w) return w;
  }
  return def[owner];
}

function resolveOwner(line: LineInput, fallback: Owner | undefined): Owner {
  const own = line.owner;
  if (own === "gemeente" || own === "provincie" || own === "rijk") return own;
  if (own !== null && own !== undefined) {
    const parsed = parseOwner(own);
    if (parsed) return parsed;
  }
  if (fallback === "gemeente" || fallback === "provincie" || fallback === "rijk") return fallback;
  return parseOwner(fallback) ?? "gemeente";
}

/** A code opening the description ("6.3 Inkomensregelingen"), read straight from the fold buffer. */
function leadingCode(n: number): TaakveldDef | null {
  const b = foldedBuffer();
  const c0 = b[0] as number;
  if (n < 3 || c0 < 0x30 || c0 > 0x39) return null;
  let end = 0;
  while (end < n && end < 7 && b[end] !== 0x20) end++;
  if (end < n && b[end] !== 0x20) return null;
  let code = "";
  for (let i = 0; i < end; i++) code += String.fromCharCode(b[i] as number);
  const def = TAAKVELDEN.get(code);
  if (!def) return null;
  // "2.5 procent" is a quantity, "6.72d ..." or "0.10 ..." is a code: short
  // codes count only when the taakveld's own name follows.
  if (!/^\d\.\d$/.test(code)) return def;
  let rest = "";
  for (let i = end + 1; i < n && i < end + 40; i++) rest += String.fromCharCode(b[i] as number);
  return def.names.some((name) => rest !== "" && normalizedFirstWord(name) === rest.split(" ")[0]) ? def : null;
}

const firstWords = new Map<string, string>();
function normalizedFirstWord(name: string): string {
  let w = firstWords.get(name);
  if (w === undefined) {
    // Folding here would overwrite the line's buffer, so names are folded with a plain regex.
    w = name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^a-z0-9]+/)[0] ?? "";
    firstWords.set(name, w);
  }
  return w;
}

const NO_SIGNAL: Text = {
  nl: "Geen regel herkent deze omschrijving; beoordeel de regel zelf of leg een eigen regel vast.",
  en: "No rule recognises this description; judge the line yourself or add a rule of your own.",
};

function unknown(reason: Text): LineResult {
  return { level: null, verdict: "UNKNOWN", category: null, rule: "builtin:none", confidence: 0, reason };
}

function unsure(best: number, rival: number, conf: number): LineResult {
  const a = CATEGORY_LABELS[(BUILTIN_RULES[best] as RuleDef).category];
  const b = rival >= 0 ? CATEGORY_LABELS[(BUILTIN_RULES[rival] as RuleDef).category] : undefined;
  const reason: Text =
    b && rival !== best
      ? {
          nl: `Tegenstrijdige signalen (${a?.nl ?? ""} tegenover ${b.nl}); beoordeel de regel zelf.`,
          en: `Conflicting signals (${a?.en ?? ""} versus ${b.en}); judge the line yourself.`,
        }
      : {
          nl: `Te zwak signaal voor een oordeel (mogelijk ${a?.nl ?? ""}); beoordeel de regel zelf.`,
          en: `Signal too weak for a verdict (possibly ${a?.en ?? ""}); judge the line yourself.`,
        };
  return { level: null, verdict: "UNKNOWN", category: null, rule: "builtin:none", confidence: round(conf), reason };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

const NO_CODES: readonly string[] = [];
const NO_DEFS: readonly TaakveldDef[] = [];

export function checkLine(line: LineInput, options?: { owner?: Owner; rules?: CompiledRules }): LineResult {
  const owner = resolveOwner(line, options?.owner);
  // The taakveld is read before the description is folded: reading it may fold too.
  const tvRef = line.taakveld === null || line.taakveld === undefined ? null : parseTaakveld(line.taakveld, owner);
  const desc = typeof line.description === "string" ? line.description : String(line.description ?? "");
  const n = foldInto(desc);
  let candidates: readonly TaakveldDef[] = tvRef ? tvRef.candidates : NO_DEFS;
  if (candidates.length === 0 && owner !== "provincie") {
    const lead = leadingCode(n);
    if (lead) candidates = [lead];
  }

  const rules = options?.rules;
  if (rules && rules.size > 0) {
    const codes = candidates.length === 0 ? NO_CODES : candidates.map((c) => c.code);
    const hit = matchUserRules(rules, n, codes);
    if (hit) return userResult(hit, owner);
  }

  // ── description ──
  const hits = scan(AUTOMATON, n);
  let mods = 0;
  for (let i = 0; i < hits; i++) {
    const p = hitPat[i] as number;
    const r = P_RULE[p] as number;
    if (r < 0) {
      mods |= P_MOD[p] as number;
      alive[i] = 0;
      continue;
    }
    alive[i] = 1;
  }
  // A longer phrase of another rule that covers this hit explains it away.
  for (let i = 0; i < hits; i++) {
    if (!alive[i]) continue;
    const si = hitStart[i] as number;
    const ei = hitEnd[i] as number;
    const ri = P_RULE[hitPat[i] as number];
    for (let j = 0; j < hits; j++) {
      const pj = hitPat[j] as number;
      if (j === i || P_RULE[pj] === ri || ((P_RULE[pj] as number) < 0 && !P_ABSORB[pj])) continue;
      const sj = hitStart[j] as number;
      const ej = hitEnd[j] as number;
      if (sj <= si && ej >= ei && ej - sj > ei - si) {
        alive[i] = 0;
        break;
      }
    }
  }
  for (let i = 0; i < hits; i++) {
    if (!alive[i]) continue;
    const r = P_RULE[hitPat[i] as number] as number;
    if (IS_DOMINANT[r]) return resultOf(r, owner, 0, MAX_BUILTIN_CONFIDENCE, -1, "");
  }

  nTouched = 0;
  for (let i = 0; i < hits; i++) {
    if (!alive[i]) continue;
    const p = hitPat[i] as number;
    const r = P_RULE[p] as number;
    touch(r);
    if (count[r]! < 255) count[r]!++;
    const w = P_WEIGHT[p] as number;
    if (w > (score[r] as number)) score[r] = w;
  }
  try {
    return decide(owner, mods, candidates, tvRef?.numeric ?? false);
  } finally {
    for (let k = 0; k < nTouched; k++) {
      const r = touched[k] as number;
      score[r] = 0;
      count[r] = 0;
    }
    nTouched = 0;
  }
}

function decide(owner: Owner, mods: number, candidates: readonly TaakveldDef[], numeric: boolean): LineResult {
  for (let k = 0; k < nTouched; k++) {
    const r = touched[k] as number;
    const c = count[r] as number;
    if (c > 1) score[r] = (score[r] as number) + 0.05 * Math.min(3, c - 1);
  }
  // Modifiers that turn one rule into another; iterate over a snapshot because move() may touch.
  const snapshot = nTouched;
  for (let k = 0; k < snapshot; k++) {
    const r = touched[k] as number;
    if (mods & MOD_HELP) move(r, HELP_TO[r] as number);
    if (mods & MOD_TARGETED) move(r, TARGETED_TO[r] as number);
    if (mods & MOD_PROVINCIAL) move(r, PROVINCIAL_TO[r] as number);
    if (mods & MOD_NATIONAL) move(r, NATIONAL_TO[r] as number);
    else if (mods & MOD_LOCAL) move(r, LOCAL_TO[r] as number);
  }
  // "Bijstand uit de OZB" is about funding bijstand, not about the tax.
  if (mods & (MOD_LOCAL_TAX | MOD_TRANSFER)) {
    let policy = false;
    for (let k = 0; k < nTouched; k++) {
      const r = touched[k] as number;
      if ((score[r] as number) > 0 && !IS_NEUTRAL[r]) policy = true;
    }
    if (policy) for (let k = 0; k < nTouched; k++) if (IS_NEUTRAL[touched[k] as number]) score[touched[k] as number] = 0;
  }

  // ── taakveld ──
  let tvOnly = -1;
  let tvCode = "";
  if (candidates.length > 0) {
    let def = candidates[0] as TaakveldDef;
    if (candidates.length > 1) {
      // A bare number cannot tell 0.1 from 0.10: let the description choose.
      for (const c of candidates) {
        if (c.rule !== null && sameCategoryHit(ruleIndex(c.rule)) >= 0) {
          def = c;
          break;
        }
      }
    }
    if (def.rule !== null) {
      const tr = ruleIndex(def.rule);
      const agree = sameCategoryHit(tr);
      if (agree >= 0) score[agree] = (score[agree] as number) + AGREEMENT_BONUS;
      else {
        touch(tr);
        score[tr] = numeric ? def.weight * 0.95 : def.weight;
        tvOnly = tr;
        tvCode = def.code;
      }
    }
  }

  let best = -1;
  let bestScore = 0;
  for (let k = 0; k < nTouched; k++) {
    const r = touched[k] as number;
    const s = score[r] as number;
    if (s > bestScore || (s === bestScore && s > 0 && r < best)) {
      best = r;
      bestScore = s;
    }
  }
  if (best < 0) return unknown(NO_SIGNAL);

  const bestCell = cellOf(best, owner, mods);
  const bestLevel = bestCell.level ?? OWNER_LEVEL[owner];
  let rival = -1;
  let rivalScore = 0;
  for (let k = 0; k < nTouched; k++) {
    const r = touched[k] as number;
    const s = score[r] as number;
    if (r === best || s <= rivalScore) continue;
    const c = cellOf(r, owner, mods);
    if (c.verdict !== bestCell.verdict || (c.level ?? OWNER_LEVEL[owner]) !== bestLevel) {
      rival = r;
      rivalScore = s;
    }
  }
  const ratio = rivalScore / bestScore;
  const conf = Math.min(MAX_BUILTIN_CONFIDENCE, bestScore) * (1 - RIVAL_PENALTY * ratio * ratio) * bestCell.factor;
  if (conf < CONFIDENT) return unsure(best, rival, conf);
  return resultOf(best, owner, mods, conf, tvOnly, tvCode);
}

/** The touched rule of the same category as `r` with the highest score, or -1. */
function sameCategoryHit(r: number): number {
  const cat = (BUILTIN_RULES[r] as RuleDef).category;
  let found = -1;
  for (let k = 0; k < nTouched; k++) {
    const q = touched[k] as number;
    if ((score[q] as number) > 0 && (BUILTIN_RULES[q] as RuleDef).category === cat) {
      if (found < 0 || (score[q] as number) > (score[found] as number)) found = q;
    }
  }
  return found;
}

function resultOf(r: number, owner: Owner, mods: number, conf: number, tvOnly: number, tvCode: string): LineResult {
  const cell = cellOf(r, owner, mods);
  return {
    level: cell.level ?? OWNER_LEVEL[owner],
    verdict: cell.verdict,
    category: (BUILTIN_RULES[r] as RuleDef).category,
    rule: r === tvOnly ? `builtin:taakveld ${tvCode}` : (RULE_IDS[r] as string),
    confidence: round(conf),
    reason: cell.reason,
  };
}
