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

import { msg, text } from "../i18n/catalogue";
import { buildAutomaton, hitEnd, hitPat, hitStart, INFIX, LEAD, PREFIX, scan, SUFFIX, WORD, type MatchMode } from "./automaton";
import { BUILTIN_RULES, HEADING_REASON, ruleIndex, TRANSFER_REASON, WINDFALL_REASON, type Cell, type RuleDef } from "./builtin";
import { parseOwner } from "./labels";
import { foldedBuffer, foldedLongWordCount, foldedString, foldInto, normalize } from "./normalize";
import {
  MOD_FUNDING,
  MOD_GUARANTEE,
  MOD_LOCAL,
  MOD_LOCAL_TAX,
  MOD_NATIONAL,
  MOD_PAYEE,
  MOD_PRIVATE_PAYEE,
  MOD_RETURN,
  MOD_SUPERVISION,
  MOD_TRANSFER,
  MOD_UNIVERSAL,
  MOD_WINDFALL,
  PATTERN_GROUPS,
  SIGNAL_BIT,
  WHOLE_LINE_TERMS,
  type ModeCode,
} from "./patterns";
import { calibrated } from "./calibration";
import { otherReader, type OtherReadings } from "./other-readings";
import { typoCorrector } from "./typos";
import { BufferWordSet, isWord } from "./word-cache";
import { unknownWordCount } from "./unknown-words";
import { remembered } from "./memo";
import { streetNames } from "./street-names";
import { matchUserRules, userResult, type CompiledRules } from "./rules";
import { taskName } from "./rule-names";
import { parseTaakveld, taakveldByCode, type TaakveldDef } from "./taakvelden";
import { OWNER_LEVEL, type Level, type LineInput, type LineResult, type Owner, type Text } from "./types";

/** Below this the honest answer is UNKNOWN. */
export const CONFIDENT = 0.5;
const MAX_BUILTIN_CONFIDENCE = 0.95;
/** A taakveld that agrees with the description makes it a little surer. */
const AGREEMENT_BONUS = 0.15;
/** A rival with another outcome at nine tenths of the winner's score leaves it below CONFIDENT. */
const RIVAL_PENALTY = 0.6;

// ── compile the built-in patterns once ──

const MODE_OF: Record<ModeCode, MatchMode> = { W: WORD, P: PREFIX, S: SUFFIX, I: INFIX, L: LEAD };
const texts: string[] = [];
const modes: MatchMode[] = [];
const pRule: number[] = [];
const pMod: number[] = [];
const pWeight: number[] = [];
const pAbsorb: number[] = [];
const pCost: number[] = [];
const pInst: number[] = [];
const pVague: number[] = [];
const pTitle: number[] = [];
const pStreet: number[] = [];
/** Per pattern: for an abbreviation that counts only in capitals, the test of the original text; else null. */
const pCapitals: (RegExp | null)[] = [];
/** Per pattern: 1 for a phrase of several words matched at the start of its last word ("business park" in "business parks"). */
const pPhraseStart: number[] = [];
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
    pCost.push(grp.costType ? 1 : 0);
    pInst.push(grp.institution ? 1 : 0);
    // 2 for a vague word naming one of the Rijk's financial instruments.
    pVague.push(grp.instrument ? 2 : grp.vague ? 1 : 0);
    pTitle.push(grp.title ? 1 : 0);
    pStreet.push(grp.street ? 1 : 0);
    pPhraseStart.push(t.includes(" ") && MODE_OF[grp.mode] === PREFIX ? 1 : 0);
    pCapitals.push(grp.capitals ? new RegExp(`(?<![\\p{L}\\p{N}])${t.toUpperCase()}(?![\\p{L}\\p{N}])`, "u") : null);
  }
}
const AUTOMATON = buildAutomaton(texts, modes);
const P_RULE = Int16Array.from(pRule);
const P_MOD = Int32Array.from(pMod);
const P_WEIGHT = Float64Array.from(pWeight);
const P_ABSORB = Uint8Array.from(pAbsorb);
const P_COST = Uint8Array.from(pCost);
const P_INST = Uint8Array.from(pInst);
const P_VAGUE = Uint8Array.from(pVague);
const P_TITLE = Uint8Array.from(pTitle);
const P_STREET = Uint8Array.from(pStreet);
const P_CAPITALS: readonly (RegExp | null)[] = pCapitals;
const P_PHRASE_START = Uint8Array.from(pPhraseStart);
/** The folded length of the text last scanned: where a word ends, for coveredByLonger. */
let scannedLength = 0;
/** The text being judged as written (before folding): where an abbreviation must show its capitals. */
let judgedText = "";

const NR = BUILTIN_RULES.length;
const WHOLE_LINES = new Map<string, { rule: number; weight: number; cost: boolean }>(
  WHOLE_LINE_TERMS.filter((t) => t.task !== null).map((t) => [normalize(t.term), { rule: ruleIndex(t.task as string), weight: t.weight, cost: t.cost }]),
);
// By folded length, so a line is compared in the fold buffer without building its string.
const WHOLE_BY_LENGTH: { text: string; rule: number; weight: number; cost: boolean }[][] = [];
for (const [text, v] of WHOLE_LINES) (WHOLE_BY_LENGTH[text.length] ??= []).push({ text, ...v });

/** The whole-line term that the folded line in the buffer is, if any. */
function wholeLine(n: number, numbered: boolean): { rule: number; weight: number; cost: boolean } | undefined {
  const b = foldedBuffer();
  // A programme's number before the term is no word of it: "4 Sociaal" is "Sociaal". (Not where
  // the number is a taakveld's code: "6.3 Uitgaven" is the spending of income schemes.)
  let from = 0;
  while (numbered && from < n && ((b[from] as number) === 0x2e || isDigit(b[from] as number))) from++;
  from = from > 0 && from < n && b[from] === 0x20 ? from + 1 : 0;
  const list = WHOLE_BY_LENGTH[n - from];
  if (list === undefined) return undefined;
  for (const e of list) if (bufferStartsWith(b, e.text, from)) return e;
  return undefined;
}
const idxOrMinus = (id: string | undefined): number => (id === undefined ? -1 : ruleIndex(id));
/**
 * The signals that turn one task into another (refinements.tsv, column "becomes"), in the
 * order they apply, each with the task every rule becomes (-1: stays). A national cue
 * outranks a local one ("unless").
 */
const SWITCHES = (["help", "supervision", "top_up", "tax_competition", "targeted", "provincial", "national", "local"] as const).map((signal) => ({
  bit: SIGNAL_BIT[signal],
  unless: signal === "local" ? MOD_NATIONAL : 0,
  to: Int16Array.from(BUILTIN_RULES, (r) => idxOrMinus(r.becomes[signal])),
}));
const SWITCH_BITS = SWITCHES.reduce((bits, s) => bits | s.bit, 0);
const TAXES = ruleIndex("taxes");
const HEADING = ruleIndex("heading");
const TOTAL = ruleIndex("total");
const RESERVES = ruleIndex("reserves");
// Neutral: no policy task for a gemeente (totals, finance, overhead). Civil affairs is
// administration too, but a statutory task the gemeente carries: not neutral.
const IS_NEUTRAL = Uint8Array.from(BUILTIN_RULES, (r) => (r.gemeente.verdict === "NEUTRAL" ? 1 : 0));
const IS_DOMINANT = Uint8Array.from(BUILTIN_RULES, (r) => (r.dominant ? 1 : 0));
const RULE_IDS = BUILTIN_RULES.map((r) => `builtin:${r.id}`);
// The rules' objects differ in shape (optional refinements), so reading `.category` off them
// on every line is a megamorphic lookup: the categories are kept in an array of their own.
const RULE_CATEGORY: readonly string[] = BUILTIN_RULES.map((r) => r.category);
// Rules compare categories as numbers: a string comparison per touched rule costs more.
const CATEGORY_IDS = new Map<string, number>();
const RULE_CATEGORY_ID = Int32Array.from(RULE_CATEGORY, (c) => {
  let id = CATEGORY_IDS.get(c);
  if (id === undefined) CATEGORY_IDS.set(c, (id = CATEGORY_IDS.size));
  return id;
});

const OWNER_INDEX: Record<Owner, number> = { gemeente: 0, provincie: 1, rijk: 2, waterschap: 3 };
const TRANSFER_CELL: Cell = { verdict: "OK", level: null, reason: TRANSFER_REASON, factor: 1 };
// Windfall variants are built once so a line never allocates a cell.
const WINDFALL_CELLS: (Cell | null)[][] = BUILTIN_RULES.map((r) =>
  (["gemeente", "provincie", "rijk", "waterschap"] as const).map((o) =>
    r.windfall && r[o].verdict === "CONDITIONAL" ? { ...r[o], reason: WINDFALL_REASON, factor: r[o].factor * 0.9 } : null,
  ),
);

// ── per-line scratch, reused ──

const score = new Float64Array(NR);
const count = new Uint8Array(NR);
const touched = new Int32Array(NR);
let nTouched = 0;
const alive = new Uint8Array(hitPat.length);
/** Per hit of the scan: its rule (-1 for a modifier), and 1 when it can explain away a shorter hit inside it. */
const hitRule = new Int16Array(hitPat.length);
const absorbs = new Uint8Array(hitPat.length);
/** 1 for a hit that stands (an abbreviation written in capitals only where it must be): its words are known. */
const matched = new Uint8Array(hitPat.length);

function touch(r: number): void {
  if (score[r] === 0 && count[r] === 0) touched[nTouched++] = r;
}

function move(from: number, to: number): void {
  if (to < 0 || (score[from] as number) <= 0) return;
  touch(to);
  if ((score[from] as number) > (score[to] as number)) score[to] = score[from] as number;
  score[from] = 0;
}

// Each rule's cell per owner in one flat array (rule * 4 + owner index): reading
// `def[owner]` with a changing owner name is a slow keyed lookup on every line.
const OWNER_ORDER = ["gemeente", "provincie", "rijk", "waterschap"] as const;
const CELLS: readonly Cell[] = BUILTIN_RULES.flatMap((r) => OWNER_ORDER.map((o) => r[o]));
const OWN_LEVEL = OWNER_ORDER.map((o) => OWNER_LEVEL[o]);

/**
 * Whether a longer absorbing phrase covers hit `i`: a phrase of another rule than
 * `rule` (ANY_RULE: of any), as "t b v" (ten behoeve van) covers the company "b v".
 */
function coveredByLonger(i: number, hits: number, rule: number): boolean {
  const si = hitStart[i] as number;
  const ei = hitEnd[i] as number;
  for (let j = 0; j < hits; j++) {
    const sj = hitStart[j] as number;
    let ej = hitEnd[j] as number;
    // A phrase matched at the start of its last word covers that word's plural or inflection:
    // "business park" covers "parks" in "business parks" as it would "park" (not a compound:
    // "economische structuur" does not cover "structuurversterking").
    if (P_PHRASE_START[hitPat[j] as number] && ej < ei) ej = inflectedEnd(ej);
    if (sj <= si && ej >= ei && ej - sj > ei - si && j !== i && hitRule[j] !== rule && absorbs[j]) return true;
  }
  return false;
}
const ANY_RULE = -2;

/**
 * Where the word ends whose start a phrase matched up to `at`, when what follows is only an
 * inflection ("s", "e", "en", "es", "n"); else `at` itself.
 */
function inflectedEnd(at: number): number {
  const text = foldedBuffer();
  let end = at;
  while (end < scannedLength && text[end] !== 0x20) end++;
  const rest = end - at;
  if (rest === 0 || rest > 2) return at;
  const a = text[at] as number;
  const b = rest === 2 ? (text[at + 1] as number) : 0;
  // s, e, n; en, es
  if (rest === 1) return a === 0x73 || a === 0x65 || a === 0x6e ? end : at;
  return a === 0x65 && (b === 0x6e || b === 0x73) ? end : at;
}

/**
 * Per owner (OWNER_ORDER): whether a private organisation as payee leaves open whose task
 * the money pays. A province's and a water board's grants reach foundations doing local
 * tasks; a municipality's foundations do its own, and the Rijk's national ones do national
 * tasks (in the corpus' development split such lines were right 10 of 12 and 4 of 4 times).
 */
const PRIVATE_PAYEE_OPEN: readonly boolean[] = OWNER_ORDER.map((o) => o === "provincie" || o === "waterschap");

/** Whether a signal names a payee that leaves the owner's task open (see PRIVATE_PAYEE_OPEN). */
function namesPayee(mods: number, owner: Owner): boolean {
  return (mods & MOD_PAYEE) !== 0 || ((mods & MOD_PRIVATE_PAYEE) !== 0 && (PRIVATE_PAYEE_OPEN[ownerIndex(owner)] as boolean));
}

function ownerIndex(owner: Owner): number {
  return owner === "gemeente" ? 0 : owner === "provincie" ? 1 : owner === "rijk" ? 2 : 3;
}

function cellOf(r: number, owner: Owner, mods: number): Cell {
  if (mods !== 0) {
    const def = BUILTIN_RULES[r] as RuleDef;
    if (mods & MOD_GUARANTEE && def.guarantee) return def.guarantee;
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
  }
  return CELLS[r * 4 + ownerIndex(owner)] as Cell;
}

function resolveOwner(line: LineInput, fallback: Owner | undefined): Owner {
  const own = line.owner;
  if (own === "gemeente" || own === "provincie" || own === "rijk" || own === "waterschap") return own;
  if (own !== null && own !== undefined) {
    const parsed = parseOwner(own);
    if (parsed) return parsed;
  }
  if (fallback === "gemeente" || fallback === "provincie" || fallback === "rijk" || fallback === "waterschap") return fallback;
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
  const def = taakveldByCode(code);
  if (!def) return null;
  // "2.5 procent" is a quantity, "6.72d ..." or "0.10 ..." is a code: short
  // codes count only when the taakveld's own name follows.
  if (end !== 3 || b[1] !== 0x2e || !isDigit(b[2] as number)) return def;
  // The next word (within 39 chars) is compared in the buffer: no string per line.
  const from = end + 1;
  if (from >= n) return null;
  const restEnd = Math.min(n, end + 40);
  let to = from;
  while (to < restEnd && b[to] !== 0x20) to++;
  for (const w of def.firstWords) if (isWord(w, b, from, to)) return def;
  return null;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Where the first word of the folded text in the buffer starts, after any
 * leading code ("0.7 Algemene ...").
 */
function firstWordStart(n: number): number {
  const b = foldedBuffer();
  let i = 0;
  // Skip leading codes: words of digits and dots, perhaps a letter (6.71a).
  for (;;) {
    while (i < n && b[i] === 0x20) i++;
    let j = i;
    while (j < n && ((b[j] as number) === 0x2e || ((b[j] as number) >= 0x30 && (b[j] as number) <= 0x39))) j++;
    if (j > i && j < n && (b[j] as number) >= 0x61 && (b[j] as number) <= 0x64 && (j + 1 === n || b[j + 1] === 0x20)) j++;
    if (j > i && (j === n || b[j] === 0x20)) {
      i = j;
      continue;
    }
    break;
  }
  return i;
}

/** Whether `word` is the word at `i` in the first `n` chars of the buffer. Compared in the buffer: no string per line. */
function wordAt(n: number, i: number, word: string): boolean {
  const b = foldedBuffer();
  if (word === "" || n - i < word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return false;
  return i + word.length === n || b[i + word.length] === 0x20;
}


const NO_SIGNAL: Text = text("levels.noSignal");

function unknown(reason: Text): LineResult {
  return { level: null, verdict: "UNKNOWN", category: null, rule: "builtin:none", confidence: 0, reason };
}

// The reasons of unsure answers, worded once per pair of tasks. They name tasks, not
// categories: two tasks of one category can part ("lokaal collectief goed" against
// "regionaal collectief goed"), and a reason naming one category twice says nothing.
const unsureReasons = new Map<number, Text>();

function unsure(best: number, rival: number, conf: number): LineResult {
  const key = best * 1024 + (rival === best ? 1023 : rival + 1);
  let reason = unsureReasons.get(key);
  if (reason === undefined) {
    const a = taskName((BUILTIN_RULES[best] as RuleDef).id);
    const b = rival >= 0 ? taskName((BUILTIN_RULES[rival] as RuleDef).id) : undefined;
    reason =
      b && rival !== best
        ? { nl: msg("nl", "levels.conflict", a?.nl ?? "", b.nl), en: msg("en", "levels.conflict", a?.en ?? "", b.en) }
        : { nl: msg("nl", "levels.weak", a?.nl ?? ""), en: msg("en", "levels.weak", a?.en ?? "") };
    unsureReasons.set(key, reason);
  }
  return { level: null, verdict: "UNKNOWN", category: null, rule: "builtin:none", confidence: round(conf), reason };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

const NO_CODES: readonly string[] = [];
const NO_DEFS: readonly TaakveldDef[] = [];

/**
 * The level check of one line. Its confidence is calibrated: "0.9" means that
 * of the development corpus' answers given this way, about nine in ten were
 * right (knowledge/calibration.tsv). A user's own rule keeps its own.
 */
export function checkLine(line: LineInput, options?: { owner?: Owner; rules?: CompiledRules }): LineResult {
  const owner = resolveOwner(line, options?.owner);
  payeeRaw = -1;
  const r = check(line, owner, options);
  // Every path builds a fresh result, so the calibrated figure replaces the raw one in place.
  // Only a check with user rules can answer by one ("user:row 3"); without, the prefix test is skipped.
  const userRules = options?.rules !== undefined && options.rules.size > 0;
  if (r.verdict !== "UNKNOWN" && !(userRules && r.rule.startsWith("user:")) && r.rule !== "override") {
    const worth = calibrated(r.confidence, r.verdict, owner);
    // Naming a payee weakens an answer: it never makes it look surer than the same answer unnamed,
    // where the table's bands (fitted on few lines each) happen to rate the weaker band higher.
    r.confidence = payeeRaw >= 0 ? Math.min(worth, calibrated(payeeRaw, r.verdict, owner)) : worth;
  }
  return r;
}

/** The check with the engine's own (uncalibrated) confidence: for fitting the calibration. */
export function checkLineRaw(line: LineInput, options?: { owner?: Owner; rules?: CompiledRules }): LineResult {
  return check(line, resolveOwner(line, options?.owner), options);
}

/**
 * A line with this many words the vocabulary does not know (unknown-words.ts) was read from
 * the few it knows: its answer is less sure by FEW_KNOWN_FACTOR. When it was chosen, on the
 * calibration split with each government left out in turn, this cut the confidently wrong
 * answers from 184 to 170 of 2,222 lines and the Brier score from 0.104 to 0.102 (docs/levels.md).
 */
const FEW_KNOWN_AT = 4;
const FEW_KNOWN_FACTOR = 0.75;

function check(line: LineInput, owner: Owner, options?: { owner?: Owner; rules?: CompiledRules }): LineResult {
  const desc = typeof line.description === "string" ? line.description : String(line.description ?? "");
  const result = judge(desc, line.taakveld ?? null, owner, options?.rules, false, line.amount !== null && line.amount !== undefined);
  // Module state of the last judge(), read at once as the others are (a heading's judge() leaves this one alone).
  const unknownWords = lineUnknownWords;
  if (judgedUser) return result;
  const r = answer(line, owner, options, result);
  if (unknownWords < FEW_KNOWN_AT || r.verdict === "UNKNOWN") return r;
  r.confidence = round(r.confidence * FEW_KNOWN_FACTOR);
  if (payeeRaw >= 0) payeeRaw = round(payeeRaw * FEW_KNOWN_FACTOR);
  r.reason = remembered(fewKnownReasons, r.reason, 2000, fewKnown);
  return r;
}

// Most answers share their cell's reason: its note about few known words is worded once per reason.
const fewKnownReasons = new Map<Text, Text>();
function fewKnown(reason: Text): Text {
  return { nl: msg("nl", "levels.fewKnown", reason.nl), en: msg("en", "levels.fewKnown", reason.en) };
}

/** The answer for a line whose own words gave `result` (no user rule decided). */
function answer(line: LineInput, owner: Owner, options: { owner?: Owner; rules?: CompiledRules } | undefined, result: LineResult): LineResult {
  const costOnly = judgedCostOnly;
  const payee = judgedPayee;
  const kind = judgedKind;
  // In the Rijk's budget a line naming only a financial instrument, with no heading to name a task, sums that instrument's lines.
  // (Its reason quotes the line as written: "Bijdragen aan ZBO's/RWT's", not the folded "bijdragen aan zbo".)
  const alone = judgedInstrument && owner === "rijk" ? (r: LineResult) => instrumentTotal(r, shorten(String(line.description ?? ""))) : kindOnly;
  const context = line.context ?? NO_CONTEXT;
  // A heading row structures the budget; the lines under it carry the money (LEVELS.md allows
  // NEUTRAL for a heading). A user's own rule still decides above.
  // A total or reserve movement stays what it is, figures or not.
  if (line.kind === "heading") return result.rule === RULE_IDS[TOTAL] || result.rule === RULE_IDS[RESERVES] ? result : headingResult(owner);
  // A row of a statement of reserves is a reserve, whatever it is for ("Bodem", "Nieuwe natuur"):
  // its balance and movements are financing (LEVELS.md 21). A total stays a total.
  if (line.kind === "reserve") return result.rule === RULE_IDS[TOTAL] ? result : resultOf(RESERVES, owner, 0, RESERVE_CONFIDENCE, -1, "");
  // A ledger row booked as a tax, a general grant or a reserve movement is that, whatever
  // the cost centre it is booked on (LEVELS.md, revenue lines): "Riolering | Rioolheffing".
  if (line.costType) {
    const booked = bookedResult(line.costType, owner, options?.rules);
    if (booked !== null) return { ...booked };
  }
  // The line's own words decide, unless they name only a kind of money ("Kapitaallasten",
  // "Lasten", "Subsidies") or nothing known: then the heading above it, or the row's
  // other text, says which task it is (LEVELS.md, "Headings are context").
  if (result.verdict !== "UNKNOWN" && !costOnly) return payee < 1 ? weakened(result, payee) : result;
  // A taakveld code of administration ("0.3 Beheer overige gebouwen") says whose it is: the heading does not.
  if (costOnly && judgedCoded) return result;
  if (context.length === 0) return costOnly ? capped(alone(result, kind)) : result;
  for (const text of context) {
    const c = contextResult(text, owner, options?.rules);
    if (c === null) continue;
    if (costOnly && c.read.category === "administration") return alone(result, kind);
    // A fresh object per line: checkLine calibrates the confidence in place.
    const u = c.under;
    const under = { level: u.level, verdict: u.verdict, category: u.category, rule: u.rule, confidence: u.confidence, reason: u.reason, context: u.context as string };
    return payee < 1 ? weakened(under, payee) : under;
  }
  return costOnly ? capped(alone(result, kind)) : result;
}

/**
 * A Rijk article lists its money per instrument ("Subsidies", "Opdrachten", "Bijdrage aan
 * agentschappen"), each above the lines it sums. Alone, with no heading to name a task, such a
 * line is most likely that sum: a total, given with little confidence (its lines may be missing).
 */
function instrumentTotal(r: LineResult, written: string): LineResult {
  if (r.verdict !== "UNKNOWN" || r.reason !== NO_SIGNAL) return r;
  const total = resultOf(TOTAL, "rijk", 0, INSTRUMENT_CONFIDENCE, -1, "");
  return { ...total, reason: remembered(instrumentReasons, written, 200, (k) => ({ nl: msg("nl", "levels.instrument", k), en: msg("en", "levels.instrument", k) })) };
}
const instrumentReasons = new Map<string, Text>();
/** An instrument line read as its sum without seeing the lines it sums. */
const INSTRUMENT_CONFIDENCE = 0.5;

// A few dozen kinds of money stand alone in budgets: each one's reason is worded once.
const kindReasons = new Map<string, Text>();

/**
 * An unanswered line that names only a kind of money (`kind`, "subsidies") says so, rather than
 * that no rule knows its words: the words are known, the task is missing. A conflict keeps its reason.
 */
function kindOnly(r: LineResult, kind: string): LineResult {
  if (kind === "" || r.verdict !== "UNKNOWN" || r.reason !== NO_SIGNAL) return r;
  return { ...r, reason: remembered(kindReasons, kind, 2000, (k) => ({ nl: msg("nl", "levels.kindOnly", k), en: msg("en", "levels.kindOnly", k) })) };
}

/**
 * A line that names who gets the money ("Stichting Landschap Erfgoed, Natuurwerkdag",
 * "Gemeente Soest: Verkeersplan") leaves open whether the owner pays for its own task or
 * for the recipient's: real budgets' grant lists split about evenly between the two. The
 * answer stands, less sure (by the payee term's weight), but never below an answer.
 */
function weakened(r: LineResult, factor: number): LineResult {
  if (r.verdict === "UNKNOWN") return r;
  payeeRaw = r.confidence;
  r.confidence = Math.max(CONFIDENT, round(r.confidence * factor));
  r.reason = { nl: msg("nl", "levels.payee", r.reason.nl), en: msg("en", "levels.payee", r.reason.en) };
  return r;
}

function capped(r: LineResult): LineResult {
  return { ...r, confidence: Math.min(r.confidence, COST_ONLY_CONFIDENCE) };
}

const NO_CONTEXT: readonly string[] = [];
/**
 * A line that names only a kind of money ("Apparaatskosten") and has no heading
 * to say whose: administration as far as the words go, but it may belong to any
 * task, so the answer is given without much confidence.
 */
const COST_ONLY_CONFIDENCE = 0.6;
/** A reserve known from its table, not its words: the header could be misread. */
const RESERVE_CONFIDENCE = 0.9;
/** A verdict borrowed from a heading is a little less sure than one the line earns itself. */
const CONTEXT_FACTOR = 0.85;

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function headingResult(owner: Owner): LineResult {
  return { level: OWNER_LEVEL[owner], verdict: "NEUTRAL", category: "administration", rule: RULE_IDS[HEADING] as string, confidence: MAX_BUILTIN_CONFIDENCE, reason: HEADING_REASON };
}

/**
 * Readings kept per owner under one set of user rules (headings, kinds of money: a budget repeats
 * them over many lines); another set of rules starts them over.
 */
function ownerCaches<V>(): (owner: Owner, rules: CompiledRules | undefined) => Map<string, V> {
  const caches: readonly Map<string, V>[] = OWNER_ORDER.map(() => new Map());
  let forRules: CompiledRules | undefined;
  return (owner, rules) => {
    if (rules !== forRules) {
      for (const c of caches) c.clear();
      forRules = rules;
    }
    return caches[ownerIndex(owner)] as Map<string, V>;
  };
}

const BOOKED_RULES: ReadonlySet<string> = new Set(RULE_IDS.filter((_, i) => BUILTIN_RULES[i]?.booked === true));
// A ledger books thousands of rows on a few dozen kinds of money: each kind's reading is kept.
const bookedCache = ownerCaches<LineResult | null>();

/** The answer for a row booked as `costType`, where that kind of money decides (tasks.tsv "booked"); else null. */
function bookedResult(costType: string, owner: Owner, rules: CompiledRules | undefined): LineResult | null {
  return remembered(bookedCache(owner, rules), costType, 2000, (text) => {
    const j = judge(text, null, owner, rules, true);
    if (!BOOKED_RULES.has(j.rule)) return null;
    return { ...j, reason: { nl: msg("nl", "levels.bookedAs", shorten(text), j.reason.nl), en: msg("en", "levels.bookedAs", shorten(text), j.reason.en) } };
  });
}

// Headings repeat over many lines: their reading is kept (per owner and rule set), with the
// answer a line under them gets, so that answer's reason is worded once per heading.
interface ContextReading {
  readonly read: LineResult;
  readonly under: LineResult;
}
const contextCache = ownerCaches<ContextReading | null>();

function contextResult(text: string, owner: Owner, rules: CompiledRules | undefined): ContextReading | null {
  const cache = contextCache(owner, rules);
  const key = typeof text === "string" ? text : `${text as unknown as string}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // A heading is read for its words: "Programma 3 Economie" names the economy, not just a programme.
  const j = judge(text, null, owner, rules, true);
  // A total ("Totalen per beleidsregel") or a reserve movement names no task for the lines under it.
  const r = j.verdict === "UNKNOWN" || judgedCostOnly || j.rule === RULE_IDS[TOTAL] || j.rule === RULE_IDS[RESERVES] ? null : j;
  const reading: ContextReading | null =
    r === null
      ? null
      : {
          read: r,
          under: {
            ...r,
            confidence: round(r.confidence * CONTEXT_FACTOR),
            reason: { nl: msg("nl", "levels.readUnder", shorten(text), r.reason.nl), en: msg("en", "levels.readUnder", shorten(text), r.reason.en) },
            context: text,
          },
        };
  if (cache.size > 2000) cache.clear();
  cache.set(key, reading);
  return reading;
}

// What the last judge() found besides its result (module state, not an object per line).
/** The text named only cost types or generic words. */
let judgedCostOnly = false;
/** A user rule decided. */
let judgedUser = false;
/** The text came with a taakveld (given, or a code opening it). */
let judgedCoded = false;
/** The text named who gets the money ("Stichting X", "Gemeente Soest: ..."): what that leaves of an answer's confidence. */
let judgedPayee = 1;
/** The words of the line's own text (not a heading's) that no pattern matched, counted up to FEW_KNOWN_AT. */
let lineUnknownWords = 0;
/** The raw confidence of the last answer a payee weakened, before it was (-1: none). */
let payeeRaw = -1;
/** The vague word of a line that named only a kind of money and was left unanswered ("subsidies"); "" otherwise. */
let judgedKind = "";
/** That vague word names one of the Rijk's financial instruments ("opdrachten"). */
let judgedInstrument = false;

/** One text (a line's description, or a heading) with its taakveld, by the user's rules and the built-in ones. */
function judge(desc: string, taakveld: string | number | null, owner: Owner, rules: CompiledRules | undefined, asContext = false, hasFigure = false): LineResult {
  judgedCostOnly = false;
  judgedUser = false;
  judgedPayee = 1;
  judgedKind = "";
  judgedInstrument = false;
  if (!asContext) lineUnknownWords = 0;
  judgedText = desc;
  // The taakveld is read before the description is folded: reading it may fold too.
  const tvRef = taakveld === null ? null : parseTaakveld(taakveld, owner);
  const n = foldInto(desc);
  let candidates: readonly TaakveldDef[] = tvRef ? tvRef.candidates : NO_DEFS;
  // Only a municipal budget numbers its lines by Iv3 taakveld: the Rijk's "7.1 Loonbijstelling" is an article's number.
  if (candidates.length === 0 && owner === "gemeente") {
    const lead = leadingCode(n);
    if (lead) candidates = [lead];
  }
  judgedCoded = candidates.length > 0;

  if (rules && rules.size > 0) {
    const codes = candidates.length === 0 ? NO_CODES : candidates.map((c) => c.code);
    const hit = matchUserRules(rules, n, codes);
    if (hit) {
      judgedUser = true;
      return userResult(hit, owner);
    }
  }

  // "Paragraaf 2.1 Effectuering Ruimtelijk Beleid | € 94.651": a heading's words with a figure of its own are a line.
  if (!asContext && !hasFigure && isHeading(n) && !namesAnItem(desc)) return headingResult(owner);

  // A line that is one of the whole-line terms ("Uitgaven", "Verplichtingen") and nothing else.
  const whole = wholeLine(n, candidates.length === 0);
  if (whole !== undefined) {
    // "Uitgaven" alone is the money side of whatever it stands under: a total at the
    // top of an article, the article's own task under its heading.
    judgedCostOnly = whole.cost;
    return resultOf(whole.rule, owner, 0, whole.weight, -1, "");
  }

  const numeric = tvRef?.numeric ?? false;
  const first = classify(n, owner, candidates, numeric);
  // Most lines have fewer words of four letters than FEW_KNOWN_AT: the fold counted them, so those are not walked again.
  if (!asContext && foldedLongWordCount() >= FEW_KNOWN_AT) lineUnknownWords = unknownWordCount(foldedBuffer(), n, lastHits, hitStart, hitEnd, matched, FEW_KNOWN_AT);
  const costOnly = lastCostOnly;
  judgedCostOnly = costOnly;
  judgedPayee = lastPayee;
  if (first.verdict !== "UNKNOWN" && !costOnly) return first;
  // The kind of line a line names and nothing else ("Subsidies", "Overig"), for the reason of an unanswered
  // line: the whole word its first vague term opens ("opdracht" in "opdrachten").
  if (costOnly && first.verdict === "UNKNOWN" && vagueEnd > vagueStart) {
    const b = foldedBuffer();
    let end = vagueEnd;
    while (end < n && b[end] !== 0x20) end++;
    judgedKind = foldedString(end).slice(vagueStart);
    judgedInstrument = vagueInstrument;
  }

  // ── typos and unknown forms: only a line nothing recognised pays for this ──
  // (Both readings are worked out from the buffer and the hits of the scan just made.)
  readOtherWays(n, desc, lastHits, other);
  const { corrected, byForm } = other;
  // The corrected reading first, then the reading by form: the order the confidences were calibrated in.
  const viaTypo = corrected === null ? null : readAs(corrected, TYPO_FACTOR, owner, candidates, numeric);
  if (viaTypo !== null) return viaTypo;
  const viaForm = byForm === null ? null : readAs(byForm, FORM_FACTOR, owner, candidates, numeric);
  if (viaForm !== null) return viaForm;
  judgedCostOnly = costOnly;
  return first;
}

/**
 * The line read another way (`reading`, a corrected or a form reading, already folded): its
 * answer, less sure by `factor` and saying so, or null where that reading is not sure enough
 * or names only a kind of money.
 */
function readAs(reading: string, factor: number, owner: Owner, candidates: readonly TaakveldDef[], numeric: boolean): LineResult | null {
  const r = classify(foldInto(reading), owner, candidates, numeric);
  const conf = r.confidence * factor;
  if (r.verdict === "UNKNOWN" || conf < CONFIDENT || lastCostOnly) return null;
  judgedCostOnly = false;
  return { ...r, confidence: round(conf), reason: { nl: msg("nl", "levels.readAs", r.reason.nl, reading), en: msg("en", "levels.readAs", r.reason.en, reading) } };
}

// ── headings: "Programma 4 Economie", "Hoofdstuk 2", "Taakveld 6.3" ──

// Looked up in the fold buffer, so the first word of a line is compared without building its string.
const HEADING_WORDS = new BufferWordSet([
  "programma", "deelprogramma", "beleidsprogramma", "begrotingsprogramma", "hoofdstuk", "taakveld", "hoofdtaakveld",
  "beleidsveld", "paragraaf", "programme", "program", "subprogramme", "chapter", "section",
]);

/** Whether the fold buffer holds `w` from `at` (a whole line's term when the rest of the line is as long as it). */
function bufferStartsWith(b: Uint16Array, w: string, at = 0): boolean {
  let i = 0;
  while (i < w.length && b[at + i] === w.charCodeAt(i)) i++;
  return i === w.length;
}
/** A number ("4", "6.3", "6.72a") or a roman numeral, as headings number themselves. */
const HEADING_CODE = /^(?:\d{1,2}(?:\.\d{1,3})?[a-d]?|[ivx]{1,5})$/;
/** A heading names its subject in a few words; a longer line says what is done. */
const HEADING_MAX_WORDS = 6;

function isHeading(n: number): boolean {
  const b = foldedBuffer();
  // The first word must be a heading word: compare without building a string for most lines.
  const c0 = b[0] as number;
  if (n < 7 || (c0 !== 0x70 && c0 !== 0x64 && c0 !== 0x62 && c0 !== 0x68 && c0 !== 0x74 && c0 !== 0x73 && c0 !== 0x63)) return false;
  let end = 0;
  while (end < n && end < 24 && b[end] !== 0x20) end++;
  if (end >= n || b[end] !== 0x20) return false;
  if (!HEADING_WORDS.has(b, 0, end)) return false;
  let codeEnd = end + 1;
  while (codeEnd < n && b[codeEnd] !== 0x20) codeEnd++;
  if (codeEnd - end - 1 > 9) return false;
  let code = "";
  for (let i = end + 1; i < codeEnd; i++) code += String.fromCharCode(b[i] as number);
  if (!HEADING_CODE.test(code)) return false;
  let words = 0;
  for (let i = codeEnd; i < n; i++) if (b[i] === 0x20) words++;
  return words <= HEADING_MAX_WORDS;
}

/** "Programma 4 Jeugd: leerlingenvervoer": a separator after the heading's name introduces an item under it. */
const ITEM_AFTER_NAME = /^\s*\S+\s+[0-9ivxIVX.,a-dA-D]+\s*[:.\-–—]?\s*[^:;–—]*?\p{L}[^:;–—]*?(?:[:;–—]| - )\s*[\p{L}\p{N}]/u;

function namesAnItem(desc: string): boolean {
  return ITEM_AFTER_NAME.test(desc);
}

/** Typo corrections and readings by form of the lines nothing recognised (other-readings.ts). */
const readOtherWays = otherReader(typoCorrector(texts, modes));
const other: OtherReadings = { corrected: null, byForm: null };

/** A corrected reading is less sure than the text as written. */
const TYPO_FACTOR = 0.85;
/** So is a word read by its form (an inflection, a compound's head, a near spelling). */
const FORM_FACTOR = 0.85;

// What a line needs of a taakveld, worked out once per code: its rule's index (-1 for none),
// whether that task names a policy (not administration), and the first word of each of its names.
interface TaakveldInfo {
  readonly rule: number;
  readonly policy: boolean;
  readonly firstWords: readonly string[];
  /** The rule id of an answer the code alone decides, built once rather than per line. */
  readonly ruleId: string;
}
/** By the taakveld's id: an array read, where a map would hash the definition on every line. */
const taakveldInfo: (TaakveldInfo | undefined)[] = [];

function infoOf(c: TaakveldDef): TaakveldInfo {
  let info = taakveldInfo[c.id];
  if (info === undefined) {
    const rule = c.rule === null ? -1 : ruleIndex(c.rule);
    info = { rule, policy: rule >= 0 && !IS_NEUTRAL[rule], firstWords: c.firstWords, ruleId: `builtin:taakveld ${c.code}` };
    taakveldInfo[c.id] = info;
  }
  return info;
}

function isPolicyCandidate(candidates: readonly TaakveldDef[]): boolean {
  for (const c of candidates) if (infoOf(c).policy) return true;
  return false;
}

const COMPOUND_PART_FACTOR = 0.9;

/** Hits of the last built-in scan (in hitStart/hitEnd): words they cover are spelt right. */
let lastHits = 0;
/** The last classified text named only cost types or generic words. */
let lastCostOnly = false;
/** What the last classified text's naming of a payee leaves of an answer's confidence (1: it named none). */
let lastPayee = 1;
/** Where the first vague word of the last classified text stands in the buffer ("subsidies", "overig"). */
let vagueStart = 0;
let vagueEnd = 0;
/** Whether that first vague word names one of the Rijk's financial instruments. */
let vagueInstrument = false;

/** The folded description in the shared buffer, classified by the built-in rules. */
function classify(n: number, owner: Owner, candidates: readonly TaakveldDef[], numeric: boolean): LineResult {
  const hits = scan(AUTOMATON, n);
  scannedLength = n;
  lastHits = hits;
  lastCostOnly = false;
  lastPayee = 1;
  const text = foldedBuffer();
  const pMode = AUTOMATON.patMode;
  // Local references: the imported arrays are otherwise read off the module object at every use.
  const hp = hitPat;
  const hs = hitStart;
  const he = hitEnd;
  let mods = 0;
  let vague = false;
  let fundEnd = n + 1;
  let nationalAt = -1;
  // Whether a task word ends inside a word: only then can a compound's head overrule its first part.
  let midWord = false;
  // Whether a term naming a payee matched (weighed once every hit's phrase is known).
  let payees = false;
  // Whether a word ends in a street's last part: its name may hold words that name no task.
  let streets = false;
  for (let i = 0; i < hits; i++) {
    const p = hp[i] as number;
    // "om te" is no Openbaar Ministerie: such an abbreviation counts only in capitals ("OM").
    const caps = P_CAPITALS[p];
    if (caps && !caps.test(judgedText)) {
      hitRule[i] = -1;
      alive[i] = 0;
      absorbs[i] = 0;
      matched[i] = 0;
      continue;
    }
    matched[i] = 1;
    const r = P_RULE[p] as number;
    hitRule[i] = r;
    if (r < 0) {
      if (P_VAGUE[p] && (!vague || ((hs[i] as number) === vagueStart && (he[i] as number) > vagueEnd))) {
        // The first vague words, the longest phrase that opens there: "bijdrage aan agentschappen", not "bijdrage".
        vague = true;
        vagueStart = hs[i] as number;
        vagueEnd = he[i] as number;
        vagueInstrument = P_VAGUE[p] === 2;
      }
      if (P_STREET[p]) streets = true;
      const m = P_MOD[p] as number;
      mods |= m;
      if (m & MOD_FUNDING && (he[i] as number) < fundEnd) fundEnd = he[i] as number;
      if (m & MOD_NATIONAL && (hs[i] as number) > nationalAt) nationalAt = hs[i] as number;
      if (namesPayee(m, owner)) payees = true;
      alive[i] = 0;
      // Only a modifier phrase that absorbs explains away the hits inside it.
      absorbs[i] = P_ABSORB[p] as number;
      continue;
    }
    alive[i] = 1;
    absorbs[i] = 1;
    const en = he[i] as number;
    if (en < n && text[en] !== 0x20) midWord = true;
    // A stem right after "buurt"/"wijk"/"dorps"/"stads" in one compound: the task is local.
    const st = hs[i] as number;
    const md = pMode[p] as number;
    if (st > 0 && text[st - 1] !== 0x20 && (md === WORD || md === PREFIX)) mods |= MOD_LOCAL;
  }
  // "Zwembadweg", "Burgemeester de Withstraat": a street's name is a place, the words in it no task.
  if (streets && hits > 1) streetNames(text, hits, hp, hs, he, P_TITLE, P_STREET, alive);
  // A longer phrase of another rule that covers this hit explains it away.
  if (hits > 1) {
    for (let i = 0; i < hits; i++) if (alive[i] && coveredByLonger(i, hits, hitRule[i] as number)) alive[i] = 0;
  }
  // A payee inside a longer phrase ("b v" in "t b v") is none.
  if (payees) {
    for (let i = 0; i < hits; i++) {
      const p = hp[i] as number;
      if (!namesPayee(P_MOD[p] as number, owner)) continue;
      if ((P_WEIGHT[p] as number) < lastPayee && !coveredByLonger(i, hits, ANY_RULE)) lastPayee = P_WEIGHT[p] as number;
    }
  }
  // A Dutch compound names a kind of its last part: "tuinbouwhistorie" is history, not horticulture.
  // A task word that opens a word gives way to another task's word that ends it.
  if (midWord && hits > 1) {
    for (let i = 0; i < hits; i++) {
      if (!alive[i]) continue;
      const si = hs[i] as number;
      const ei = he[i] as number;
      if ((si > 0 && text[si - 1] !== 0x20) || ei >= n || text[ei] === 0x20) continue;
      let end = ei;
      while (end < n && text[end] !== 0x20) end++;
      for (let j = 0; j < hits; j++) {
        if (j === i || !alive[j] || hitRule[j] === hitRule[i]) continue;
        if ((hs[j] as number) >= ei && (he[j] as number) === end) {
          alive[i] = 0;
          break;
        }
      }
    }
  }
  // Supervising a water board is not doing its work: the institution is only the object.
  if (mods & MOD_SUPERVISION) {
    for (let i = 0; i < hits; i++) if (alive[i] && P_INST[hp[i] as number]) alive[i] = 0;
  } else {
    // Nor is an institution's name its work where the line names another task: "Verkiezingen
    // waterschap" is an election, "Bijdrage waterschap riolering" sewerage.
    let task = false;
    for (let i = 0; i < hits; i++) if (alive[i] && !P_INST[hp[i] as number] && !IS_NEUTRAL[hitRule[i] as number]) task = true;
    if (task) for (let i = 0; i < hits; i++) if (alive[i] && P_INST[hp[i] as number]) alive[i] = 0;
  }
  let policy = false;
  for (let i = 0; i < hits; i++) {
    if (alive[i] && !IS_NEUTRAL[hitRule[i] as number]) policy = true;
  }
  // "X gefinancierd uit de OZB", "X funded from municipal taxes": the source of the money is no task.
  if (policy && fundEnd <= n) {
    for (let i = 0; i < hits; i++) {
      if (!alive[i] || (hs[i] as number) < fundEnd) continue;
      const r = hitRule[i] as number;
      if (!IS_NEUTRAL[r]) continue;
      alive[i] = 0;
      // The owner's own taxes, unless the clause names national ones.
      if (r === TAXES && nationalAt < fundEnd) mods |= MOD_LOCAL_TAX;
    }
  }
  // A cost type gives way to the task it is the cost of, named in the line or by its taakveld.
  let costs = false;
  let otherNeutral = false;
  for (let i = 0; i < hits; i++) {
    if (!alive[i]) continue;
    const p = hp[i] as number;
    if (P_COST[p]) costs = true;
    else if (IS_NEUTRAL[hitRule[i] as number]) otherNeutral = true;
  }
  if (costs && (policy || (!otherNeutral && isPolicyCandidate(candidates)))) {
    for (let i = 0; i < hits; i++) if (P_COST[hp[i] as number]) alive[i] = 0;
  }
  // Only cost types and generic words ("Kapitaallasten", "Lasten", "Subsidies"): the line
  // says what kind of money, not which task. Its heading or context may say the rest.
  lastCostOnly = (costs || vague) && !policy && !otherNeutral && !isPolicyCandidate(candidates);
  for (let i = 0; i < hits; i++) {
    if (!alive[i]) continue;
    const r = hitRule[i] as number;
    if (IS_DOMINANT[r]) return resultOf(r, owner, 0, MAX_BUILTIN_CONFIDENCE, -1, "");
  }

  nTouched = 0;
  for (let i = 0; i < hits; i++) {
    if (!alive[i]) continue;
    const p = hp[i] as number;
    const r = hitRule[i] as number;
    touch(r);
    if (count[r]! < 255) count[r]!++;
    // The second part of a compound is a weaker signal than a word of its own: a taakveld may outweigh it.
    const st = hs[i] as number;
    const w = (P_WEIGHT[p] as number) * (st > 0 && text[st - 1] !== 0x20 ? COMPOUND_PART_FACTOR : 1);
    if (w > (score[r] as number)) score[r] = w;
  }
  try {
    return decide(owner, mods, candidates, numeric, n);
  } finally {
    for (let k = 0; k < nTouched; k++) {
      const r = touched[k] as number;
      score[r] = 0;
      count[r] = 0;
    }
    nTouched = 0;
  }
}

/** Weight of a taakveld code whose own name is the line's description. */
const NAMED_TAAKVELD = 1.1;

function decide(owner: Owner, mods: number, candidates: readonly TaakveldDef[], numeric: boolean, n: number): LineResult {
  for (let k = 0; k < nTouched; k++) {
    const r = touched[k] as number;
    const c = count[r] as number;
    if (c > 1) score[r] = (score[r] as number) + 0.05 * Math.min(3, c - 1);
  }
  // Modifiers that turn one rule into another; iterate over a snapshot because move() may touch.
  const snapshot = nTouched;
  if (mods & SWITCH_BITS) {
    for (let k = 0; k < snapshot; k++) {
      const r = touched[k] as number;
      for (const s of SWITCHES) if (mods & s.bit && !(mods & s.unless)) move(r, s.to[r] as number);
    }
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
  let tvRule = "";
  if (candidates.length > 0) {
    let def = candidates[0] as TaakveldDef;
    let info = infoOf(def);
    if (candidates.length > 1) {
      // A bare number cannot tell 0.1 from 0.10: let the description choose.
      for (const c of candidates) {
        const ci = infoOf(c);
        if (ci.rule >= 0 && sameCategoryHit(ci.rule) >= 0) {
          def = c;
          info = ci;
          break;
        }
      }
    }
    if (info.rule >= 0) {
      const tr = info.rule;
      const agree = sameCategoryHit(tr);
      if (agree >= 0) score[agree] = (score[agree] as number) + AGREEMENT_BONUS;
      else {
        touch(tr);
        // A description that is the taakveld's own name ("Algemene uitk. en ov. uitk.
        // gem.fonds" under 0.7) says nothing beyond the code: the code decides.
        let named = false;
        // The first word is found once, however many names the taakveld has.
        const at = info.firstWords.length > 0 ? firstWordStart(n) : 0;
        for (const w of info.firstWords) if (wordAt(n, at, w)) named = true;
        score[tr] = named ? Math.max(def.weight, NAMED_TAAKVELD) : numeric ? def.weight * 0.95 : def.weight;
        tvOnly = tr;
        tvRule = info.ruleId;
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
  const ownLevel = OWN_LEVEL[ownerIndex(owner)] as Level;
  const bestLevel = bestCell.level ?? ownLevel;
  let rival = -1;
  let rivalScore = 0;
  for (let k = 0; k < nTouched; k++) {
    const r = touched[k] as number;
    const s = score[r] as number;
    if (r === best || s <= rivalScore) continue;
    const c = cellOf(r, owner, mods);
    if (c.verdict !== bestCell.verdict || (c.level ?? ownLevel) !== bestLevel) {
      rival = r;
      rivalScore = s;
    }
  }
  const ratio = rivalScore / bestScore;
  const conf = Math.min(MAX_BUILTIN_CONFIDENCE, bestScore) * (1 - RIVAL_PENALTY * ratio * ratio) * bestCell.factor;
  if (conf < CONFIDENT) {
    // Two tasks of one provincial programme ("Ruimte en wonen", "Milieu en energie"), one fitting the
    // province and the other fitting on conditions: the whole fits on those conditions (LEVELS.md: a
    // province programmes regionally what is partly the municipalities'). A weak answer all the same,
    // its confidence as low as the conflict made it. (For a gemeente's and the Rijk's lines the same
    // reading was measured and not kept: right 4 times in 7 and once in 7 on dev, never in 3 on cal.)
    const both = rival >= 0 && owner === "provincie" ? conditionalOfBoth(best, rival, owner, mods) : -1;
    if (both >= 0) return bothResult(both, both === best ? rival : best, owner, mods, conf, tvOnly, tvRule);
    return unsure(best, rival, conf);
  }
  return resultOf(best, owner, mods, conf, tvOnly, tvRule);
}

/** The touched rule of the same category as `r` with the highest score, or -1. */
function sameCategoryHit(r: number): number {
  const cat = RULE_CATEGORY_ID[r];
  let found = -1;
  for (let k = 0; k < nTouched; k++) {
    const q = touched[k] as number;
    if ((score[q] as number) > 0 && RULE_CATEGORY_ID[q] === cat) {
      if (found < 0 || (score[q] as number) > (score[found] as number)) found = q;
    }
  }
  return found;
}

/** The answer of `conditional` where the line names `ok` too: its reason names both (worded once per pair). */
function bothResult(conditional: number, ok: number, owner: Owner, mods: number, conf: number, tvOnly: number, tvRule: string): LineResult {
  const r = resultOf(conditional, owner, mods, conf, tvOnly, tvRule);
  const a = taskName((BUILTIN_RULES[ok] as RuleDef).id);
  const b = taskName((BUILTIN_RULES[conditional] as RuleDef).id);
  if (a === undefined || b === undefined) return r;
  const reason = remembered(bothReasons, `${ok}|${conditional}|${r.reason.en}`, 2000, () => ({
    nl: msg("nl", "levels.both", a.nl, b.nl, r.reason.nl),
    en: msg("en", "levels.both", a.en, b.en, r.reason.en),
  }));
  return { ...r, reason };
}
const bothReasons = new Map<string, Text>();

/** Of two rules whose verdicts for the owner are OK and CONDITIONAL, both at the owner's own level: the conditional one, else -1. */
function conditionalOfBoth(a: number, b: number, owner: Owner, mods: number): number {
  const ca = cellOf(a, owner, mods);
  const cb = cellOf(b, owner, mods);
  if (ca.level !== null || cb.level !== null) return -1;
  if (ca.verdict === "OK" && cb.verdict === "CONDITIONAL") return b;
  if (ca.verdict === "CONDITIONAL" && cb.verdict === "OK") return a;
  return -1;
}

/** `tvRule` is the rule id of the taakveld whose rule `tvOnly` is, when the code alone decided. */
function resultOf(r: number, owner: Owner, mods: number, conf: number, tvOnly: number, tvRule: string): LineResult {
  const cell = cellOf(r, owner, mods);
  return {
    level: cell.level ?? (OWN_LEVEL[ownerIndex(owner)] as Level),
    verdict: cell.verdict,
    category: RULE_CATEGORY[r] as string,
    rule: r === tvOnly ? tvRule : (RULE_IDS[r] as string),
    confidence: round(conf),
    reason: cell.reason,
  };
}

/**
 * Whether a line's words name only a kind of money ("Subsidies", "Opdrachten",
 * "Bijdragen aan medeoverheden") and no task — such a line above lines that add
 * up to it is their total, however alike they look: "total" where the words
 * read as a total by themselves ("Uitgaven", "Verplichtingen"), "money" where
 * they name only a kind of money, else null.
 */
export function moneyReading(description: string): "total" | "money" | null {
  // Whether words name a task does not depend on the owner (only the verdict does): any owner will do.
  const r = judge(description, null, "rijk", undefined, true);
  if (r.rule === RULE_IDS[TOTAL]) return "total";
  return judgedCostOnly ? "money" : null;
}
