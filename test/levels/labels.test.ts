import { parseVerdict } from "../../src/levels/labels";
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  categoryNumber,
  checkLine,
  LEVEL_LABELS,
  LEVELS,
  parseOwner,
  VERDICT_LABELS,
  VERDICTS,
  verdictText,
} from "../../src/levels";

describe("labels", () => {
  test("every code has both languages", () => {
    for (const l of LEVELS) expect(LEVEL_LABELS[l].nl && LEVEL_LABELS[l].en).toBeTruthy();
    for (const v of VERDICTS) expect(VERDICT_LABELS[v].nl && VERDICT_LABELS[v].en).toBeTruthy();
    expect(CATEGORY_CODES).toHaveLength(21);
    for (const c of CATEGORY_CODES) expect(CATEGORY_LABELS[c]?.nl && CATEGORY_LABELS[c]?.en).toBeTruthy();
    expect(categoryNumber("income_redistribution")).toBe(1);
    expect(categoryNumber("administration")).toBe(21);
    expect(categoryNumber("nope")).toBeNull();
  });

  test("LEVELS.md wording of the verdicts; a wrong level as the essay's view (issue 14), not an audit finding", () => {
    expect(VERDICT_LABELS.OK.nl).toBe("Juist niveau");
    expect(VERDICT_LABELS.WRONG_LEVEL.nl).toBe("Volgens Allers (2017) beter bij een ander niveau");
    expect(VERDICT_LABELS.WRONG_LEVEL.en).toBe("Better at another level, according to Allers (2017)");
    expect(VERDICT_LABELS.NEUTRAL.nl).toBe("Niet van toepassing");
  });

  test("verdictText names the level for a wrong level", () => {
    const r = checkLine({ description: "Klassenverkleining" });
    expect(verdictText(r, "nl")).toBe("Volgens Allers (2017) beter bij een ander niveau: Rijk");
    expect(verdictText(r, "en")).toBe("Better at another level, according to Allers (2017): national government");
    expect(verdictText(checkLine({ description: "Jeugdzorg" }), "nl")).toBe("Juist niveau");
    expect(verdictText(checkLine({ description: "Vacaturebank" }), "en")).toBe("Not a government task");
  });

  test("the former label and what sheets show still read as WRONG_LEVEL (rules sheets, earlier Niveaucheck sheets)", () => {
    for (const typed of ["Verkeerd niveau", "wrong level", "WRONG_LEVEL", "volgens allers (2017) beter bij een ander niveau", "Better at another level, according to Allers (2017)"]) expect([typed, parseVerdict(typed)]).toEqual([typed, "WRONG_LEVEL"]);
    // the council summary reads "<verdict>: <level>" by the part before the colon
    const r = checkLine({ description: "Klassenverkleining" });
    for (const lang of ["nl", "en"] as const) expect(parseVerdict(verdictText(r, lang).split(":")[0]!)).toBe("WRONG_LEVEL");
  });

  test.each([
    ["gemeente", "gemeente"], ["Gemeente", "gemeente"], [" MUNICIPALITY ", "gemeente"], ["municipal", "gemeente"],
    ["provincie", "provincie"], ["Provinciaal", "provincie"], ["province", "provincie"], ["PROVINCIAL", "provincie"],
    ["rijk", "rijk"], ["Rijksoverheid", "rijk"], ["national", "rijk"], ["State", "rijk"], ["Het Rijk", "rijk"],
    ["Rïjk", "rijk"], ["Gemeénte", "gemeente"],
    ["waterschap", "waterschap"], ["Hoogheemraadschap", "waterschap"], ["Wetterskip", "waterschap"], ["water board", "waterschap"],
  ])("parseOwner(%j)", (input, owner) => {
    expect(parseOwner(input)).toBe(owner);
  });

  test.each([[null], [undefined], [3], [""], ["markt"], ["stad"], [{}]])("parseOwner(%j) is null", (input) => {
    expect(parseOwner(input)).toBeNull();
  });
});
