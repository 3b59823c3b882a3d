// Labels for display, and the reverse: reading what people type in a rules
// sheet or an owner column ("Verkeerd niveau", "wrong level", "Provinciaal").

import { CATEGORY_CODES, CATEGORY_LABELS, type CategoryCode } from "./categories";
import { normalize } from "./normalize";
import { msg, text } from "../i18n/catalogue";
import { LEVELS, VERDICTS, type Level, type LineResult, type Owner, type Text, type Verdict } from "./types";

export { CATEGORY_LABELS };

// The words themselves live in the message catalogue (src/i18n); these records keep the shape callers use.
export const LEVEL_LABELS: Record<Level, Text> = {
  RIJK: text("level.RIJK"),
  PROVINCIE: text("level.PROVINCIE"),
  GEMEENTE: text("level.GEMEENTE"),
  WATERSCHAP: text("level.WATERSCHAP"),
  MARKT: text("level.MARKT"),
};

export const VERDICT_LABELS: Record<Verdict, Text> = {
  OK: text("verdict.OK"),
  CONDITIONAL: text("verdict.CONDITIONAL"),
  QUESTIONABLE: text("verdict.QUESTIONABLE"),
  WRONG_LEVEL: text("verdict.WRONG_LEVEL"),
  NOT_GOVERNMENT: text("verdict.NOT_GOVERNMENT"),
  NEUTRAL: text("verdict.NEUTRAL"),
  UNKNOWN: text("verdict.UNKNOWN"),
};

/** "Volgens Allers (2017) beter bij een ander niveau: Rijk" for a wrong level; other verdicts show their label. */
export function verdictText(r: Pick<LineResult, "verdict" | "level">, lang: "nl" | "en"): string {
  const label = VERDICT_LABELS[r.verdict][lang];
  if (r.verdict === "WRONG_LEVEL" && r.level !== null) return msg(lang, "verdict.withLevel", label, LEVEL_LABELS[r.level][lang]);
  return label;
}

const OWNER_WORDS: ReadonlyMap<string, Owner> = new Map<string, Owner>([
  ...["gemeente", "gemeenten", "gemeentelijk", "gemeentelijke", "gem", "municipality", "municipalities", "municipal", "local", "lokaal", "city"].map(
    (w): [string, Owner] => [w, "gemeente"],
  ),
  ...["provincie", "provincies", "provinciaal", "provinciale", "prov", "province", "provinces", "provincial", "regional"].map(
    (w): [string, Owner] => [w, "provincie"],
  ),
  ...["rijk", "het rijk", "rijksoverheid", "rijks", "nationaal", "nationale overheid", "national", "national government",
    "central government", "state", "staat", "central"].map((w): [string, Owner] => [w, "rijk"]),
  ...["waterschap", "waterschappen", "hoogheemraadschap", "hoogheemraadschappen", "wetterskip", "water board", "water boards",
    "waterboard", "water authority", "regional water authority"].map((w): [string, Owner] => [w, "waterschap"]),
]);

/** Accepts gemeente/provincie/rijk/waterschap and English equivalents, in any case, with or without accents. */
export function parseOwner(x: unknown): Owner | null {
  if (typeof x !== "string") return null;
  return OWNER_WORDS.get(normalize(x)) ?? null;
}

function table<T extends string>(entries: readonly (readonly [T, readonly string[]])[]): ReadonlyMap<string, T> {
  const m = new Map<string, T>();
  for (const [code, words] of entries) {
    m.set(normalize(code), code);
    for (const w of words) m.set(normalize(w), code);
  }
  return m;
}

const LEVEL_WORDS = table<Level>(
  LEVELS.map((l): [Level, string[]] => {
    const extra: Record<Level, string[]> = {
      RIJK: ["national", "national government", "rijksoverheid", "central government", "state", "nationaal"],
      PROVINCIE: ["province", "provincial", "provinciaal"],
      GEMEENTE: ["municipality", "municipal", "gemeentelijk", "local"],
      WATERSCHAP: ["water board", "waterboard", "water authority", "waterschappen"],
      MARKT: ["market", "private sector", "bedrijfsleven", "geen overheid"],
    };
    return [l, [LEVEL_LABELS[l].nl, LEVEL_LABELS[l].en, ...extra[l]]];
  }),
);

// LEVELS.md's short label, shown before the essay's-view wording: rules sheets and earlier check sheets still read.
const FORMER_LABELS: Partial<Record<Verdict, readonly string[]>> = { WRONG_LEVEL: ["Verkeerd niveau", "Wrong level"] };

const VERDICT_WORDS = table<Verdict>(
  VERDICTS.map((v): [Verdict, string[]] => [v, [VERDICT_LABELS[v].nl, VERDICT_LABELS[v].en, ...(FORMER_LABELS[v] ?? [])]]),
);

const CATEGORY_WORDS = table<CategoryCode>(
  CATEGORY_CODES.map((c, i): [CategoryCode, string[]] => {
    const l = CATEGORY_LABELS[c];
    return [c, [String(i + 1), ...(l ? [l.nl, l.en] : [])]];
  }),
);

export function parseLevel(x: string): Level | null {
  return LEVEL_WORDS.get(normalize(x)) ?? null;
}

export function parseVerdict(x: string): Verdict | null {
  return VERDICT_WORDS.get(normalize(x)) ?? null;
}

export function parseCategory(x: string): CategoryCode | null {
  return CATEGORY_WORDS.get(normalize(x)) ?? null;
}
