import fc from "fast-check";
import { hitEnd, hitStart } from "../../src/levels/automaton";
import { foldedString, foldInto } from "../../src/levels/normalize";
import { otherReader, type OtherReadings } from "../../src/levels/other-readings";

describe("other readings of a line", () => {
  // A corrector that knows one typo, so that what the walk does with its answer shows.
  const read = otherReader((w) => (w === "subsidei" ? "subsidie" : null));
  const out: OtherReadings = { corrected: null, byForm: null };
  const readLine = (line: string, hits: [number, number][] = []): OtherReadings => {
    const n = foldInto(line);
    hits.forEach(([s, e], i) => {
      hitStart[i] = s;
      hitEnd[i] = e;
    });
    read(n, line, hits.length, out);
    return { ...out };
  };

  test("a line whose words read only as written has neither reading", () => {
    expect(readLine("Kosten van de raad")).toEqual({ corrected: null, byForm: null });
  });

  test("a misspelt word is corrected in the folded line, unless a pattern matched it", () => {
    expect(readLine("Subsidei Kunst").corrected).toBe("subsidie kunst");
    // A hit over chars 0-8 ("subsidei") says the word is spelt as the vocabulary has it.
    expect(readLine("Subsidei Kunst", [[0, 8]]).corrected).toBeNull();
  });

  test("an inflected word reads as the known word, and a word with a full stop after it as the abbreviation it opens", () => {
    expect(readLine("Nieuwe bibliotheken").byForm).toBe("nieuwe bibliotheek");
    expect(readLine("Gem. riol.").byForm).toBe("gem riolering");
    // Without the full stop "riol" is no abbreviation (and too short to read by its form).
    expect(readLine("Gem riol").byForm).toBeNull();
  });

  test("the last word of a known phrase in another form makes the phrase again; a word that reads by its own head keeps that reading", () => {
    // "strategische grondaankoop" is a phrase of the vocabulary; "grondaankoop" is no word of its own there.
    expect(readLine("Strategische grondaankopen").byForm).toBe("strategische grondaankoop");
    // "oppervlaktewater" ends in "water", a word of its own: it is not read as the end of a phrase.
    expect(readLine("Kwaliteit oppervlaktewater").byForm).toBe("kwaliteit water");
  });

  test("both readings come from one walk: each replaces only its own words", () => {
    expect(readLine("Subsidei wijkraden")).toEqual({ corrected: "subsidie wijkraden", byForm: "subsidei wijkraad" });
  });
});

describe("other readings, for any line", () => {
  const read = otherReader((w) => (w.length > 7 ? `${w.slice(0, -1)}x` : null));
  const out: OtherReadings = { corrected: null, byForm: null };
  const WORDS = ["Gem.", "riol.", "bibliotheken", "wijkraden", "Subsidie", "kosten", "6.3", "één", "coördinatie", "Cult.-pres.", "x", "a.b.c.", "-", "2025"];

  test("a reading has as many words as the line and differs in one at least; a line with a word the corrector changes has a corrected reading", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), fc.constantFrom(" ", ", ", "/", " - "), (words, sep) => {
        const line = words.join(sep);
        const n = foldInto(line);
        const folded = foldedString(n).split(" ");
        read(n, line, 0, out);
        for (const reading of [out.corrected, out.byForm]) {
          if (reading === null) continue;
          const parts = reading.split(" ");
          expect(parts).toHaveLength(folded.length);
          // At least one word differs, or the reading would be null.
          expect(parts.some((p, i) => p !== folded[i])).toBe(true);
        }
        // The corrector here changes every word of eight letters or more, so a line with one has a corrected reading.
        expect(out.corrected !== null).toBe(folded.some((w) => w.length > 7));
      }),
    );
  });
});
