// BL.LEVEL / BL.NIVEAU and BL.LEVELCHECK / BL.NIVEAUTOETS (MODELS.md §8):
// reference answers taken from LEVELS.md, in the core, the engine and both languages.

import { specById } from "../../src/catalogue";
import { explain } from "../../src/i18n/messages";
import { callFunction } from "../../src/core/validate";
import type { BLError, InArg, Lang, LocalText } from "../../src/core/types";
import { evaluateFormulas } from "../../engine/evaluate";

const level = specById("LEVEL")!;
const check = specById("LEVELCHECK")!;

function text(r: unknown, lang: Lang): string {
  expect((r as LocalText).kind).toBe("text");
  return (r as LocalText).text[lang];
}

// [description, taakveld, owner, level (nl), verdict (nl)]: each from LEVELS.md.
const CASES: [string, InArg, InArg, string, string][] = [
  // 16. Class size: Rijk; a province adding money is conditional; wrong level for a gemeente.
  ["Klassenverkleining groep 3 en 4", "4.3", "gemeente", "Rijk", "Volgens Allers (2017) beter bij een ander niveau: Rijk"],
  ["Klassenverkleining groep 3 en 4", undefined, "provincie", "Provincie", "Voorwaardelijk"],
  ["Klassenverkleining groep 3 en 4", undefined, "rijk", "Rijk", "Juist niveau"],
  // 5. Business-cycle stimulus: not for gemeente or provincie.
  ["Stimuleringspakket lokale economie bij de recessie", "3.1", "gemeente", "Rijk", "Volgens Allers (2017) beter bij een ander niveau: Rijk"],
  // 9. Cluster policy: questionable at every level.
  ["Bijdrage campus en science park", "3.1", "provincie", "Provincie", "Twijfelachtig"],
  // 4. Job mediation for people who manage themselves: market.
  ["Loopbaancoaching voor werkenden", undefined, undefined, "Markt", "Geen overheidstaak"],
  // 20. Social care: gemeente.
  ["Maatwerkvoorzieningen Wmo", 6.6, "gemeente", "Gemeente", "Juist niveau"],
  // 21. Totals and overhead: not applicable.
  ["Totaal lasten programma 2", undefined, "gemeente", "Gemeente", "Niet van toepassing"],
  // Nothing to go on: unknown.
  ["Diversen", undefined, "gemeente", "Onbekend", "Onbekend"],
];

describe("BL.LEVEL and BL.LEVELCHECK", () => {
  test.each(CASES)("%s [%s] %s", (description, taakveld, owner, lvl, verdict) => {
    const args = [description, taakveld, owner];
    expect(text(callFunction(level, args), "nl")).toBe(lvl);
    expect(text(callFunction(check, args), "nl")).toBe(verdict);
  });

  test("the engine answers in the user's language under both names", () => {
    const [nlLevel, nlCheck] = evaluateFormulas(['=BL.NIVEAU("Klassenverkleining", "4.3")', '=BL.NIVEAUTOETS("Klassenverkleining", , "rijk")'], "nl");
    expect(nlLevel).toBe("Rijk");
    expect(nlCheck).toBe("Juist niveau");
    const [enCheck] = evaluateFormulas(['=BL.LEVELCHECK("Klassenverkleining", 4.3, "gemeente")'], "en");
    expect(enCheck).toBe("Better at another level, according to Allers (2017): national government");
  });

  test("a numeric taakveld is accepted as a number, an owner outside the three is #VALUE!", () => {
    expect(text(callFunction(check, ["Maatwerkvoorzieningen Wmo", 6.6]), "nl")).toBe("Juist niveau");
    const e = callFunction(check, ["Bijstand", undefined, "stad"]) as BLError;
    expect(e.code).toBe("#VALUE!");
    expect(explain(e, "nl", check)).toBe('eigenaar moet gemeente, provincie, rijk of waterschap zijn; gegeven is "stad".');
    expect(explain(e, "en", check)).toBe('owner must be gemeente, provincie, rijk or waterschap; got "stad".');
  });

  test("a taakveld the check cannot read is #VALUE!, not passed over: an owner in its place says where the owner goes", () => {
    const swapped = callFunction(check, ["Subsidie lokale voetbalclub", "waterschap"]) as BLError;
    expect(swapped.code).toBe("#VALUE!");
    expect(explain(swapped, "nl", check)).toBe(
      'taakveld "waterschap" is een overheid, geen taakveld: wiens begroting het is, hoort in eigenaar, het derde argument; laat taakveld leeg ("") als er geen taakveld is.',
    );
    const unknown = callFunction(level, ["Subsidie", "xyz"]) as BLError;
    expect(unknown.code).toBe("#VALUE!");
    expect(explain(unknown, "en", level)).toMatch(/^taakveld "xyz" is not an Iv3 taakveld: give a code such as 6.3/);
    expect((callFunction(check, ["Bijstand", 42]) as BLError).code).toBe("#VALUE!");
    // Read as before: a code as text or number, a code with its name, a name alone, an empty taakveld;
    // a province's bare code is left to the description, as on a sheet.
    for (const tv of ["6.3", 6.3, "6.3 Inkomensregelingen", "Inkomensregelingen", "", "  "]) {
      expect(text(callFunction(check, ["Bijstandsuitkeringen", tv, "gemeente"]), "nl")).toBe("Juist niveau");
    }
    expect(text(callFunction(check, ["Natuurbeheer", "7.4", "provincie"]), "nl")).toBe("Juist niveau");
    expect(text(callFunction(check, ["Natuurbeheer", 7.4, "provincie"]), "nl")).toBe("Juist niveau");
  });

  test("a missing description or a boolean owner is #VALUE! naming the argument", () => {
    const missing = callFunction(level, []) as BLError;
    expect(missing.code).toBe("#VALUE!");
    expect(explain(missing, "nl", level)).toMatch(/omschrijving/);
    const bool = callFunction(level, ["Bijstand", undefined, true]) as BLError;
    expect(explain(bool, "en", level)).toMatch(/owner must be text/);
  });

  test("letter case, accents and surrounding space do not change the answer", () => {
    const a = text(callFunction(check, ["  KLASSENVERKLEINING  "]), "en");
    const b = text(callFunction(check, ["klassenverkléining"]), "en");
    expect(a).toBe(b);
  });
});
