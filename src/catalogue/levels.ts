import { invalid } from "../core/errors";
import { defineFunction } from "../core/spec";
import type { LocalText, Result } from "../core/types";
import { checkLine, LEVEL_LABELS, parseOwner, readsAsTaakveld, verdictText, type LineResult } from "../levels";

const essay = { en: "Who does what? (Wie doet wat?)", nl: "Wie doet wat?" };

const params = [
  { id: "description", nl: "omschrijving", type: "text", help: { en: "The budget line as written in the budget, e.g. \"Bijzondere bijstand\".", nl: "De begrotingsregel zoals die in de begroting staat, bijv. \"Bijzondere bijstand\"." } },
  { id: "taakveld", nl: "taakveld", type: "code", default: "", help: { en: "Iv3 taakveld, as text or number, with or without its name (\"6.3\", \"6.71a\", \"6.711 Maatwerkvoorzieningen\"). Optional; one that is no taakveld is #VALUE!.", nl: "Iv3-taakveld, als tekst of getal, met of zonder naam (\"6.3\", \"6.71a\", \"6.711 Maatwerkvoorzieningen\"). Optioneel; iets wat geen taakveld is geeft #WAARDE!." } },
  { id: "owner", nl: "eigenaar", type: "text", default: "gemeente", help: { en: "Whose budget this is: gemeente, provincie, rijk or waterschap. Default gemeente.", nl: "Wiens begroting dit is: gemeente, provincie, rijk of waterschap. Standaard gemeente." } },
] as const;

const UNKNOWN_LEVEL = { en: "Unknown", nl: "Onbekend" };

function check(a: { description: string; taakveld: string | number; owner: string }, answer: (r: LineResult) => LocalText): Result {
  const owner = parseOwner(a.owner);
  if (!owner) return invalid("owner", { arg: "owner", value: a.owner });
  const taakveld = typeof a.taakveld === "string" && a.taakveld.trim() === "" ? null : a.taakveld;
  // A taakveld the check cannot read would be passed over without a word, and the answer would
  // look as if it had counted: "waterschap" in the taakveld's place (the owner is the third
  // argument) made a football club's subsidy "right" for a water board.
  if (taakveld !== null && !readsAsTaakveld(taakveld, owner)) {
    const isOwner = typeof taakveld === "string" && parseOwner(taakveld) !== null;
    return invalid(isOwner ? "taakveldIsOwner" : "taakveld", { arg: "taakveld", value: String(taakveld) });
  }
  return answer(checkLine({ description: a.description, taakveld, owner }, { owner }));
}

export const LEVEL_FUNCTIONS = [
  defineFunction({
    id: "LEVEL",
    name: { en: "LEVEL", nl: "NIVEAU" },
    description: { en: "The level of government that should carry a budget line (Rijk, provincie, gemeente, waterschap, or the market).", nl: "Het bestuursniveau dat een begrotingsregel hoort te dragen (Rijk, provincie, gemeente, waterschap of de markt)." },
    essay,
    params,
    result: "scalar",
    text: true,
    example: '=BL.LEVEL("Klassenverkleining groep 3 en 4", "4.3", "gemeente")',
    compute: (a) => check(a, (r) => ({ kind: "text", text: r.level ? LEVEL_LABELS[r.level] : UNKNOWN_LEVEL })),
  }),
  defineFunction({
    id: "LEVELCHECK",
    name: { en: "LEVELCHECK", nl: "NIVEAUTOETS" },
    description: { en: "Whether a budget line sits at the right level of government, e.g. \"Better at another level, according to Allers (2017): national government\".", nl: "Of een begrotingsregel op het juiste bestuursniveau staat, bijv. \"Volgens Allers (2017) beter bij een ander niveau: Rijk\"." },
    essay,
    params,
    result: "scalar",
    text: true,
    example: '=BL.LEVELCHECK("Stimuleringspakket tegen de recessie", "3.1", "gemeente")',
    compute: (a) => check(a, (r) => ({ kind: "text", text: { en: verdictText(r, "en"), nl: verdictText(r, "nl") } })),
  }),
];
