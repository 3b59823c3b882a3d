import { normalize } from "../../src/levels";
import fc from "fast-check";
import { foldedLongWordCount, foldInto } from "../../src/levels/normalize";

describe("normalize", () => {
  test.each([
    ["Armoedebestrijding", "armoedebestrijding"],
    ["  Financiële   ondersteuning ", "financiele ondersteuning"],
    ["Re-integratie (Participatiewet)", "re integratie participatiewet"],
    ["6.3 Inkomensregelingen", "6.3 inkomensregelingen"],
    ["Taakveld 6,71a", "taakveld 6.71a"],
    ["Einde zin. Volgende", "einde zin volgende"],
    ["Groß ÆØ œuvre", "gross aeo oeuvre"],
    ["Regio’s & B&W", "regio s b w"],
    ["e\u0301e\u0300n", "een"],
    ["...", ""],
    ["Totaal 1.250,00", "totaal 1.250.00"],
  ])("%s", (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  test("long input survives buffer growth", () => {
    const s = "Ä".repeat(20000) + " bijstand";
    const out = normalize(s);
    expect(out.length).toBe(20000 + 9);
    expect(out.endsWith(" bijstand")).toBe(true);
  });
});

describe("the words of four chars or more, counted as the fold writes them", () => {
  test("equals the count of such words in the folded text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const folded = normalize(s);
        foldInto(s);
        const expected = folded === "" ? 0 : folded.split(" ").filter((w) => w.length >= 4).length;
        expect(foldedLongWordCount()).toBe(expected);
      }),
    );
    foldInto("Bijdrage ß-straße à la carte 2026");
    expect(foldedLongWordCount()).toBe(4); // bijdrage, strasse, carte, 2026
  });
});
