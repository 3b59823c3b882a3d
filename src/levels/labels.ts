// Labels for display, and the reverse: reading what people type in a rules
// sheet or an owner column ("Verkeerd niveau", "wrong level", "Provinciaal").

import { CATEGORY_CODES, CATEGORY_LABELS, type CategoryCode } from "./categories";
import { normalize } from "./normalize";
import { LEVELS, VERDICTS, type Level, type LineResult, type Owner, type Text, type Verdict } from "./types";

export { CATEGORY_LABELS };

export const LEVEL_LABELS: Record<Level, Text> = {
  RIJK: { nl: "Rijk", en: "national government" },
  PROVINCIE: { nl: "Provincie", en: "province" },
  GEMEENTE: { nl: "Gemeente", en: "municipality" },
  WATERSCHAP: { nl: "Waterschap", en: "water board" },
  MARKT: { nl: "Markt", en: "market" },
};

export const VERDICT_LABELS: Record<Verdict, Text> = {
  OK: { nl: "Juist niveau", en: "Right level" },
  CONDITIONAL: { nl: "Voorwaardelijk", en: "Conditional" },
  QUESTIONABLE: { nl: "Twijfelachtig", en: "Questionable" },
  WRONG_LEVEL: { nl: "Verkeerd niveau", en: "Wrong level" },
  NOT_GOVERNMENT: { nl: "Geen overheidstaak", en: "Not a government task" },
  NEUTRAL: { nl: "Niet van toepassing", en: "Not applicable" },
  UNKNOWN: { nl: "Onbekend", en: "Unknown" },
};

/** "Verkeerd niveau: Rijk" / "Wrong level: national government"; other verdicts show their label. */
export function verdictText(r: LineResult, lang: "nl" | "en"): string {
  const label = VERDICT_LABELS[r.verdict][lang];
  if (r.verdict === "WRONG_LEVEL" && r.level !== null) return `${label}: ${LEVEL_LABELS[r.level][lang]}`;
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
]);

/** Accepts gemeente/provincie/rijk and English equivalents, in any case, with or without accents. */
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

const VERDICT_WORDS = table<Verdict>(
  VERDICTS.map((v): [Verdict, string[]] => [v, [VERDICT_LABELS[v].nl, VERDICT_LABELS[v].en]]),
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
