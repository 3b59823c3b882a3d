import { normalize } from "../../src/levels";

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
