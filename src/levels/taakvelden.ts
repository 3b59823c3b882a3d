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

import { normalize } from "./normalize";
import type { Owner } from "./types";

export interface TaakveldDef {
  readonly code: string;
  readonly names: readonly string[];
  /** Built-in rule id; null when the code alone says nothing about level. */
  readonly rule: string | null;
  readonly weight: number;
}

const defs: TaakveldDef[] = [];
function tv(code: string, rule: string | null, weight: number, ...names: string[]): void {
  defs.push({ code, names, rule, weight });
}

const ADMIN = "admin_other";
tv("0.1", ADMIN, 0.8, "Bestuur");
tv("0.2", ADMIN, 0.8, "Burgerzaken");
tv("0.3", ADMIN, 0.8, "Beheer overige gebouwen en gronden");
tv("0.4", ADMIN, 0.8, "Overhead", "Ondersteuning organisatie");
tv("0.5", ADMIN, 0.8, "Treasury");
tv("0.61", ADMIN, 0.8, "OZB woningen");
tv("0.62", ADMIN, 0.8, "OZB niet-woningen");
tv("0.63", ADMIN, 0.8, "Parkeerbelasting");
tv("0.64", ADMIN, 0.8, "Belastingen overig");
tv("0.7", ADMIN, 0.8, "Algemene uitkering en overige uitkeringen gemeentefonds");
tv("0.8", ADMIN, 0.8, "Overige baten en lasten");
tv("0.9", ADMIN, 0.8, "Vennootschapsbelasting (VpB)", "Vennootschapsbelasting");
tv("0.10", ADMIN, 0.8, "Mutaties reserves");
tv("0.11", ADMIN, 0.8, "Resultaat van de rekening van baten en lasten", "Resultaat");
tv("1.1", "local_public_good", 0.7, "Crisisbeheersing en brandweer");
tv("1.2", "local_public_good", 0.7, "Openbare orde en veiligheid");
tv("2.1", "shared_public_good", 0.7, "Verkeer en vervoer", "Verkeer, wegen en water");
tv("2.2", "local_public_good", 0.7, "Parkeren");
tv("2.3", "local_economy", 0.6, "Recreatieve havens");
tv("2.4", "shared_public_good", 0.6, "Economische havens en waterwegen");
tv("2.5", "shared_public_good", 0.7, "Openbaar vervoer");
tv("3.1", "business_sites", 0.4, "Economische ontwikkeling");
tv("3.2", "business_sites", 0.7, "Fysieke bedrijfsinfrastructuur");
tv("3.3", "local_economy", 0.7, "Bedrijvenloket en bedrijfsregelingen");
tv("3.4", "local_economy", 0.7, "Economische promotie");
// 4.1 is the gemeente as board of its own public schools: no level signal.
tv("4.1", null, 0, "Openbaar basisonderwijs");
tv("4.2", "school_housing", 0.75, "Onderwijshuisvesting");
tv("4.3", "school_attendance", 0.4, "Onderwijsbeleid en leerlingzaken");
tv("5.1", "merit_goods", 0.7, "Sportbeleid en activering");
tv("5.2", "merit_goods", 0.7, "Sportaccommodaties");
tv("5.3", "merit_goods", 0.7, "Cultuurpresentatie, cultuurproductie en cultuurparticipatie");
tv("5.4", "merit_goods", 0.7, "Musea");
tv("5.5", "merit_goods", 0.7, "Cultureel erfgoed");
tv("5.6", "merit_goods", 0.7, "Media");
tv("5.7", "local_public_good", 0.7, "Openbaar groen en (openlucht) recreatie");
tv("6.1", "social_care", 0.65, "Samenkracht en burgerparticipatie");
tv("6.2", "social_care", 0.75, "Wijkteams", "Toegang en eerstelijnsvoorzieningen");
tv("6.3", "income_benefits", 0.6, "Inkomensregelingen");
tv("6.4", "labour_participation", 0.75, "Begeleide participatie", "WSW en beschut werk");
tv("6.5", "labour_participation", 0.7, "Arbeidsparticipatie");
tv("6.6", "social_care", 0.75, "Maatwerkvoorzieningen (Wmo)");
tv("6.71", "social_care", 0.75, "Maatwerkdienstverlening 18+");
tv("6.72", "social_care", 0.75, "Maatwerkdienstverlening 18-");
tv("6.81", "social_care", 0.75, "Geëscaleerde zorg 18+");
tv("6.82", "social_care", 0.75, "Geëscaleerde zorg 18-");
tv("7.1", "social_care", 0.7, "Volksgezondheid");
tv("7.2", "local_public_good", 0.75, "Riolering");
tv("7.3", "local_public_good", 0.75, "Afval");
tv("7.4", "shared_public_good", 0.6, "Milieubeheer");
tv("7.5", "local_public_good", 0.75, "Begraafplaatsen en crematoria");
tv("8.1", "local_public_good", 0.7, "Ruimtelijke ordening", "Ruimte en leefomgeving");
tv("8.2", "local_public_good", 0.6, "Grondexploitatie (niet-bedrijventerreinen)", "Grondexploitatie");
tv("8.3", "local_public_good", 0.6, "Wonen en bouwen");

// 2023: the social domain split by kind of care.
const LETTERED: readonly [string, string, string[]][] = [
  ["6.71", "abcd", ["Huishoudelijke hulp (Wmo)", "Begeleiding (Wmo)", "Dagbesteding (Wmo)", "Overige maatwerkarrangementen (Wmo)"]],
  ["6.72", "abcd", ["Jeugdhulp begeleiding", "Jeugdhulp behandeling", "Jeugdhulp dagbesteding", "Jeugdhulp zonder verblijf overig"]],
  ["6.73", "abc", ["Pgb (Wmo)", "Pgb jeugd", "Pgb overig"]],
  ["6.74", "abc", ["Jeugdhulp met verblijf", "Jeugdhulp crisis", "Gesloten plaatsing"]],
  ["6.81", "ab", ["Beschermd wonen (Wmo)", "Maatschappelijke- en vrouwenopvang (Wmo)"]],
  ["6.82", "ab", ["Jeugdbescherming", "Jeugdreclassering"]],
];
for (const [base, letters, names] of LETTERED) {
  [...letters].forEach((l, i) => tv(base + l, "social_care", 0.75, names[i] ?? ""));
}
// 2025: renumbered social domain; every code in these ranges is care or access to it.
for (const code of [
  "6.21", "6.22", "6.23", "6.60", "6.711", "6.712", "6.713", "6.714", "6.751", "6.752", "6.753",
  "6.761", "6.762", "6.763", "6.791", "6.792", "6.811", "6.812", "6.821", "6.822", "6.91", "6.92",
]) {
  tv(code, "social_care", 0.75);
}

export const TAAKVELDEN: ReadonlyMap<string, TaakveldDef> = new Map(defs.map((d) => [d.code, d]));

// Provinces use their own Iv3 list, whose numbers mean other things; only the
// names carry over, and they are broad, hence the low weights.
const PROVINCIAL: readonly [string, string | null, number][] = [
  ["Bestuur", ADMIN, 0.8],
  ["Algemene dekkingsmiddelen", ADMIN, 0.8],
  ["Verkeer en vervoer", "regional_public_good", 0.6],
  ["Landwegen", "regional_public_good", 0.6],
  ["Waterwegen", "regional_public_good", 0.6],
  ["Openbaar vervoer", "regional_public_good", 0.6],
  ["Water", "shared_public_good", 0.5],
  ["Milieu", "shared_public_good", 0.5],
  ["Natuur", "regional_public_good", 0.6],
  ["Regionale economie", null, 0],
  ["Cultuur en maatschappij", "merit_goods", 0.5],
  ["Ruimte", "shared_public_good", 0.5],
];

const MUNICIPAL_BY_NAME = new Map<string, TaakveldDef>();
for (const d of defs) for (const n of d.names) if (n !== "") MUNICIPAL_BY_NAME.set(normalize(n), d);
const PROVINCIAL_BY_NAME = new Map<string, TaakveldDef>(
  PROVINCIAL.map(([name, rule, weight]) => [normalize(name), { code: name, names: [name], rule, weight }]),
);

const CODE_RE = /^\d{1,2}\.\d{1,3}[a-d]?$/;

/** A taakveld as found on a line: a known code (or none) and the folded name after it. */
export interface TaakveldRef {
  /** Candidate definitions; two when a number cannot tell 0.1 from 0.10. */
  readonly candidates: readonly TaakveldDef[];
  readonly numeric: boolean;
}

const EMPTY: TaakveldRef = { candidates: [], numeric: false };
const refCache = new Map<string, TaakveldRef>();

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

function fromText(s: string, owner: Owner): TaakveldRef {
  const folded = normalize(s);
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
      const d = TAAKVELDEN.get(first);
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

/** Reads a taakveld cell: "6.3", "6.3 Inkomensregelingen", 6.3, "6,3", "Inkomensregelingen", "Natuur". */
export function parseTaakveld(x: unknown, owner: Owner): TaakveldRef {
  if (typeof x === "number") return owner === "provincie" ? EMPTY : fromNumber(x);
  if (typeof x !== "string") return EMPTY;
  const key = owner === "provincie" ? "p\u0000" + x : "m\u0000" + x;
  const hit = refCache.get(key);
  if (hit) return hit;
  const ref = fromText(x, owner);
  // Taakveld columns repeat a few dozen values; bound the cache anyway.
  if (refCache.size > 4096) refCache.clear();
  refCache.set(key, ref);
  return ref;
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
