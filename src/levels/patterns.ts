// How budgets name things, as the engine matches them. The vocabulary itself
// is data (knowledge/terms.tsv): each term points at a task (with a weight: how
// sure the term alone makes us) or at a signal that changes a task's verdict
// (who pays, who is targeted). Matches: word (whole word), start (stems inside
// compounds), end (compound heads), inside (anywhere), lead (a compound's first
// part). A longer hit that covers a shorter one of another task wins outright
// ("bijzondere bijstand" is not "bijstand", "rioolheffing" is not "riool").

export const MOD_LOCAL_TAX = 1;
export const MOD_UNIVERSAL = 2;
export const MOD_TARGETED = 4;
export const MOD_WINDFALL = 8;
export const MOD_TRANSFER = 16;
export const MOD_RETURN = 32;
export const MOD_HELP = 64;
export const MOD_PROVINCIAL = 128;
export const MOD_NATIONAL = 256;
export const MOD_LOCAL = 512;
/** "gefinancierd uit", "funded from": what follows names the money, not the task. */
export const MOD_FUNDING = 1024;
/** "toezicht op", "interbestuurlijk toezicht": the line supervises what it names. */
export const MOD_SUPERVISION = 2048;
/** "garantstelling", "borgstelling": the government carries a risk rather than a cost. */
export const MOD_GUARANTEE = 4096;
/** "Stichting X", "Gemeente Soest: ...", "X B.V.": the line names who gets the money rather than the task. */
export const MOD_PAYEE = 8192;
/**
 * "Stichting X", "X B.V.": a private organisation gets the money. Whether that
 * leaves the task open depends on the owner (PRIVATE_PAYEE_OPEN in check.ts).
 */
export const MOD_PRIVATE_PAYEE = 16384;
/** "verhoging norm", "verruiming", "bovenwettelijk": the owner adds to a statutory scheme of its own accord. */
export const MOD_TOP_UP = 32768;
/** "om bedrijven aan te trekken", "dan buurgemeenten": a tax line meant to draw residents or firms from neighbours. */
export const MOD_TAX_COMPETITION = 65536;

/** W whole word, P start of a word, S end of a word, I anywhere, L a compound's first part ("buurt|bibliotheek"). */
export type ModeCode = "W" | "P" | "S" | "I" | "L";

export interface PatternGroup {
  /** A built-in rule id, or a modifier bit. */
  readonly target: string | number;
  readonly weight: number;
  readonly mode: ModeCode;
  readonly texts: readonly string[];
  /** A modifier phrase that also explains away rule hits inside it ("specifieke uitkering" is no benefit). */
  readonly absorbs?: boolean;
  /**
   * A cost type (kapitaallasten, rente, afschrijving, huur): neutral on its
   * own, but it gives way to the task it is the cost of ("Kapitaallasten
   * brandweerkazerne" is fire service).
   */
  readonly costType?: boolean;
  /**
   * Names an institution rather than a task ("waterschap"): in a line about
   * supervision it is the object supervised and says nothing about the task.
   */
  readonly institution?: boolean;
  /** A vague word: no task of its own, but the line may take its heading's task. */
  readonly vague?: boolean;
  /** A vague word naming one of the Rijk's financial instruments ("Opdrachten"). */
  readonly instrument?: boolean;
  /** An abbreviation that counts only written in capitals ("OM", not "om"). */
  readonly capitals?: boolean;
  /** A title that may open a street's name ("Burgemeester"). */
  readonly title?: boolean;
  /** A street's last part ("straat"). */
  readonly street?: boolean;
}

import { KNOWLEDGE, type MatchKind, type Signal } from "./knowledge/load";

export const SIGNAL_BIT: Readonly<Record<Signal, number>> = {
  local_tax: MOD_LOCAL_TAX,
  universal: MOD_UNIVERSAL,
  targeted: MOD_TARGETED,
  windfall: MOD_WINDFALL,
  transfer: MOD_TRANSFER,
  return_to_school: MOD_RETURN,
  help: MOD_HELP,
  provincial: MOD_PROVINCIAL,
  national: MOD_NATIONAL,
  local: MOD_LOCAL,
  funding: MOD_FUNDING,
  supervision: MOD_SUPERVISION,
  guarantee: MOD_GUARANTEE,
  payee: MOD_PAYEE,
  private_payee: MOD_PRIVATE_PAYEE,
  top_up: MOD_TOP_UP,
  tax_competition: MOD_TAX_COMPETITION,
};

const MODE: Readonly<Record<Exclude<MatchKind, "line">, ModeCode>> = { word: "W", start: "P", end: "S", inside: "I", lead: "L" };

/** Terms that must be the whole line ("Uitgaven" alone is a total; "Uitgaven jeugdzorg" is not). */
export const WHOLE_LINE_TERMS = KNOWLEDGE.terms.filter((t) => t.match === "line");

export const PATTERN_GROUPS: readonly PatternGroup[] = KNOWLEDGE.terms.filter((t): t is typeof t & { match: Exclude<MatchKind, "line"> } => t.match !== "line").map((t) => ({
  // A compound prefix is neither task nor signal: target 0 (no signal bits).
  target: t.signal !== null ? SIGNAL_BIT[t.signal] : (t.task ?? 0),
  weight: t.weight,
  mode: MODE[t.match],
  texts: [t.term],
  // A place name absorbs the task words inside it, like a signal phrase does.
  ...(t.absorbs || t.place ? { absorbs: true } : {}),
  ...(t.cost ? { costType: true } : {}),
  ...(t.institution ? { institution: true } : {}),
  ...(t.vague ? { vague: true } : {}),
  ...(t.instrument ? { instrument: true } : {}),
  ...(t.capitals ? { capitals: true } : {}),
  ...(t.title ? { title: true } : {}),
  ...(t.street ? { street: true } : {}),
}));
