import fc from "fast-check";
import { checkLine, compileRules, type LineInput, type LineResult, type Owner } from "../../src/levels";
import { generateLines } from "../helpers/lines";

// Phrases from every category, Dutch and English, plus noise words, so the
// generated lines exercise real rules and not only UNKNOWN. Left out: the few
// abbreviations that count only in capitals ("OM", "VVE"), whose letter case is
// their meaning ("om te", an owners' association "VvE"; tested in error-classes).
const WORDS = [
  "bijstandsuitkeringen", "armoedebestrijding", "re-integratie", "arbeidsbemiddeling", "stimuleringspakket",
  "straatverlichting", "provinciale wegen", "defensie", "dijkversterking", "bedrijventerreinen", "citymarketing",
  "clusterbeleid", "revolverend fonds", "energietransitie", "laadpalen", "bibliotheek", "voorschoolse educatie", "leerplicht",
  "klassenverkleining", "onderwijshuisvesting", "omscholing", "regio deal", "jeugdzorg", "totaal", "reserve", "ozb",
  "kwijtschelding", "eigen middelen", "alle kinderen", "Essent", "social assistance", "youth care", "smaller classes",
  "Financiële", "bijdrage", "subsidie", "diversen", "extra", "2025", "6.3", "Inkomensregelingen", "Wmo", "GOAB",
  "economische", "ontwikkeling", "café", "één", "coördinatie", "naïeve", "ruïne",
];
const TAAKVELDEN: (string | number | null)[] = [null, "6.3", 6.3, "0.10", 0.1, "3.1", "7.2 Riolering", "6.71a", "6.712", "Natuur"];
const OWNERS: (Owner | undefined)[] = [undefined, "gemeente", "provincie", "rijk"];

const lineArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
  seps: fc.array(fc.constantFrom(" ", "  ", " - ", ", ", " (", ") ", "/"), { minLength: 5, maxLength: 5 }),
  taakveld: fc.constantFrom(...TAAKVELDEN),
  owner: fc.constantFrom(...OWNERS),
});

function join(words: string[], seps: string[]): string {
  return words.map((w, i) => (i === 0 ? w : (seps[i % seps.length] ?? " ") + w)).join("");
}

function essence(r: LineResult): [string, string | null, string | null, string] {
  return [r.verdict, r.level, r.category, r.rule];
}

const ACCENT: Record<string, string> = { a: "á", e: "ë", i: "ï", o: "ó", u: "ü", c: "ç", n: "ñ", A: "Â", E: "É", O: "Ö" };
const STRIP: Record<string, string> = { é: "e", ë: "e", è: "e", ï: "i", ó: "o", ö: "o", ü: "u", á: "a", ç: "c", ñ: "n" };

function run(description: string, taakveld: string | number | null, owner: Owner | undefined, amount?: number | null): LineResult {
  const line: LineInput = { description, taakveld };
  if (amount !== undefined) line.amount = amount;
  return checkLine(line, owner === undefined ? {} : { owner });
}

describe("verdict invariances (property-based)", () => {
  test("independent of letter case", () => {
    fc.assert(
      fc.property(lineArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), ({ words, seps, taakveld, owner }, flips) => {
        const d = join(words, seps);
        const mixed = [...d].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join("");
        expect(essence(run(mixed, taakveld, owner))).toEqual(essence(run(d, taakveld, owner)));
        expect(essence(run(d.toUpperCase(), taakveld, owner))).toEqual(essence(run(d, taakveld, owner)));
      }),
      { numRuns: 300 },
    );
  });

  test("independent of surrounding whitespace", () => {
    const ws = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\r"), maxLength: 6 });
    fc.assert(
      fc.property(lineArb, ws, ws, ({ words, seps, taakveld, owner }, before, after) => {
        const d = join(words, seps);
        expect(essence(run(before + d + after, taakveld, owner))).toEqual(essence(run(d, taakveld, owner)));
      }),
      { numRuns: 300 },
    );
  });

  test("independent of diacritics, added or stripped", () => {
    fc.assert(
      fc.property(lineArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), ({ words, seps, taakveld, owner }, picks) => {
        const d = join(words, seps);
        const accented = [...d].map((ch, i) => (picks[i % picks.length] ? (ACCENT[ch] ?? ch) : ch)).join("");
        const stripped = [...d].map((ch) => STRIP[ch] ?? ch).join("");
        const decomposed = d.normalize("NFD");
        const base = essence(run(d, taakveld, owner));
        expect(essence(run(accented, taakveld, owner))).toEqual(base);
        expect(essence(run(stripped, taakveld, owner))).toEqual(base);
        expect(essence(run(decomposed, taakveld, owner))).toEqual(base);
      }),
      { numRuns: 300 },
    );
  });

  test("independent of the amount", () => {
    const amount = fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.constant(Number.NaN), fc.constant(-0));
    fc.assert(
      fc.property(lineArb, amount, amount, ({ words, seps, taakveld, owner }, a, b) => {
        const d = join(words, seps);
        expect(run(d, taakveld, owner, a)).toEqual(run(d, taakveld, owner, b));
        expect(run(d, taakveld, owner, a)).toEqual(run(d, taakveld, owner));
      }),
      { numRuns: 300 },
    );
  });

  test("invariances hold with user rules too", () => {
    const { rules, problems } = compileRules([
      { row: 2, pattern: "financiële bijdrage", verdict: "NEUTRAL" },
      { row: 3, pattern: "/caf[eé]/", level: "markt" },
    ]);
    expect(problems).toEqual([]);
    fc.assert(
      fc.property(lineArb, fc.boolean(), ({ words, seps, taakveld }, upper) => {
        const d = join(words, seps);
        const variant = (upper ? d.toUpperCase() : d).normalize("NFD");
        const a = checkLine({ description: d, taakveld }, { rules });
        const b = checkLine({ description: ` ${variant} `, taakveld }, { rules });
        expect(essence(b)).toEqual(essence(a));
      }),
      { numRuns: 300 },
    );
  });

  test("results are well-formed for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(...TAAKVELDEN), fc.constantFrom(...OWNERS), (d, taakveld, owner) => {
        const r = run(d, taakveld, owner);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.reason.nl.length > 0 && r.reason.en.length > 0).toBe(true);
        expect(r.verdict === "UNKNOWN").toBe(r.level === null);
        if (r.verdict === "UNKNOWN") expect(r.category).toBeNull();
        if (r.verdict === "NOT_GOVERNMENT") expect(r.level).toBe("MARKT");
      }),
      { numRuns: 500 },
    );
  });

  test("naming a payee never changes the verdict: the answer stays, less or equally sure, and stays an answer", () => {
    // Each payee against the same name without the payee's term: a name before the line changes
    // more than the payee (the line no longer starts with its taakveld's name), and that is not the payee's doing.
    const payees = fc.constantFrom(["Stichting Vrienden van Oost", "Vrienden van Oost"], ["Gemeente Westdorp:", "Westdorp:"], ["Noorderlicht BV", "Noorderlicht"]);
    fc.assert(
      fc.property(lineArb, payees, ({ words, seps, taakveld, owner }, [payee, name]) => {
        const d = join(words, seps);
        const plain = run(`${name} ${d}`, taakveld, owner);
        const paid = run(`${payee} ${d}`, taakveld, owner);
        // The payee's own words may tip which of two rules of one verdict decides, never the verdict.
        expect([paid.verdict, paid.level]).toEqual([plain.verdict, plain.level]);
        if (plain.verdict !== "UNKNOWN" && plain.rule.startsWith("builtin:")) {
          expect(paid.confidence).toBeLessThanOrEqual(plain.confidence);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("the benchmark lines are deterministic and all check cleanly", () => {
    const a = generateLines(2000, 3);
    expect(generateLines(2000, 3)).toEqual(a);
    expect(generateLines(2000, 4)).not.toEqual(a);
    const seen = new Set<string>();
    for (const l of a) seen.add(checkLine(l).verdict);
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });
});
