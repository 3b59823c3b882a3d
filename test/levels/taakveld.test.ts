import { type Owner } from "../../src/levels";
import { checkLineRaw } from "../../src/levels/check";

// The engine's own confidence: how strongly a code alone counts. (checkLine maps it
// to what it is worth on real budgets; that map is tested with the corpus.)
const check = (description: string, taakveld: string | number | null, owner: Owner = "gemeente") =>
  checkLineRaw({ description, taakveld }, { owner });

describe("taakveld as a default the description refines", () => {
  test.each([
    // 2017-2022 codes
    ["6.2 Wijkteams", "social_care"],
    ["6.4 Begeleide participatie", "labour_participation"],
    ["6.71", "social_care"],
    ["6.82", "social_care"],
    // 2023 codes
    ["6.2 Toegang en eerstelijnsvoorzieningen", "social_care"],
    ["6.4 WSW en beschut werk", "labour_participation"],
    ["6.71c", "social_care"],
    ["6.73b Pgb jeugd", "social_care"],
    ["6.81b", "social_care"],
    // 2025 scheme
    ["6.21", "social_care"],
    ["6.60", "social_care"],
    ["6.712", "social_care"],
    ["6.763", "social_care"],
    ["6.822", "social_care"],
    ["6.92", "social_care"],
    ["8.1 Ruimte en leefomgeving", "public_goods"],
    // main list
    ["7.2 Riolering", "public_goods"],
    ["4.2", "school_housing"],
    ["5.2 Sportaccommodaties", "merit_goods"],
  ])("vague description under %s follows the taakveld", (taakveld, category) => {
    const r = check("Diverse lasten", taakveld);
    expect(r.category).toBe(category);
    expect(r.rule).toMatch(/^builtin:taakveld /);
    expect(r.confidence).toBeLessThanOrEqual(0.8);
  });

  test("0.x taakvelden are neutral", () => {
    for (const tv of ["0.1", "0.4 Overhead", "0.5", "0.61", "0.7", "0.10", "0.11", 0.1, 0.4]) {
      expect(check("Diverse lasten", tv).verdict).toBe("NEUTRAL");
    }
  });

  test("numbers and text give the same answer; 0.1 may be 0.10", () => {
    expect(check("Diverse lasten", 6.3)).toMatchObject({ category: "income_redistribution", verdict: "OK" });
    expect(check("Diverse lasten", 6.71).category).toBe("social_care");
    expect(check("Diverse lasten", 6.6).category).toBe("social_care");
    expect(check("Mutaties reserves", 0.1).verdict).toBe("NEUTRAL");
    expect(check("Diverse lasten", "6,3").category).toBe("income_redistribution");
    expect(check("Diverse lasten", "Inkomensregelingen").category).toBe("income_redistribution");
  });

  test("the description refines or overrides the taakveld", () => {
    expect(check("Algemene arbeidsbemiddeling", "6.5")).toMatchObject({ verdict: "NOT_GOVERNMENT", level: "MARKT" });
    expect(check("Minimabeleid", "6.3")).toMatchObject({ verdict: "CONDITIONAL", category: "supplementary_income" });
    expect(check("Crisispakket ondernemers", "3.1")).toMatchObject({ verdict: "WRONG_LEVEL", level: "RIJK" });
    expect(check("Herstructurering bedrijventerreinen", "3.1")).toMatchObject({ verdict: "OK", category: "business_sites" });
    expect(check("Clusterbeleid", "3.1").verdict).toBe("QUESTIONABLE");
    expect(check("Afvalstoffenheffing", "7.3").verdict).toBe("NEUTRAL");
  });

  test("agreement raises confidence", () => {
    expect(check("Bijstandsuitkeringen", "6.3").confidence).toBeGreaterThanOrEqual(check("Bijstandsuitkeringen", null).confidence);
    expect(check("Bijstandsuitkeringen", "6.3").rule).toBe("builtin:income_benefits");
  });

  test("under 3.1 a line without a cyclical cue is local economic policy, with one it is stimulus", () => {
    // LEVELS.md, "Stimulus needs a cyclical cue": 3.1 holds business climate and local economy tasks.
    expect(check("Economische zaken overig", "3.1")).toMatchObject({ verdict: "OK", level: "GEMEENTE" });
    expect(check("Diverse lasten", "3.1")).toMatchObject({ verdict: "OK", level: "GEMEENTE" });
    expect(check("Crisispakket lokale ondernemers", "3.1")).toMatchObject({ verdict: "WRONG_LEVEL", level: "RIJK" });
  });

  test("a weak taakveld default does not win against a contradicting description", () => {
    // 3.2 says business sites, the text weakly says sustainability: neither is sure enough.
    expect(check("Duurzaamheid", "3.2").verdict).toBe("UNKNOWN");
  });

  test("a code inside the description counts as a taakveld", () => {
    expect(check("6.3 Inkomensregelingen", null)).toMatchObject({ verdict: "OK", category: "income_redistribution" });
    expect(check("6.72d Diverse lasten", null)).toMatchObject({ category: "social_care", rule: "builtin:taakveld 6.72d" });
    // A percentage is no code: "2.5" is not taakveld 2.5 (public transport); the line is an indexation.
    expect(check("2.5 procent indexatie", null)).toMatchObject({ verdict: "NEUTRAL", category: "administration" });
    expect(check("2.5 procent indexatie", null).rule).not.toMatch(/taakveld/);
  });

  test("a municipality's sub-taakveld ('3.3B', '1.1A') is its Iv3 taakveld's; a 2023 letter code stays itself", () => {
    expect(check("3.3B - Diverse lasten", null)).toMatchObject({ verdict: "OK", rule: "builtin:taakveld 3.3" });
    expect(check("Diverse lasten", "1.1A")).toMatchObject({ verdict: "OK", category: "public_goods" });
    expect(check("6.72d Diverse lasten", null).rule).toBe("builtin:taakveld 6.72d");
    expect(check("Diverse lasten", "9.9Z").verdict).toBe("UNKNOWN");
  });

  test("unknown or foreign codes are ignored, not guessed", () => {
    expect(check("Diverse lasten", "9.99").verdict).toBe("UNKNOWN");
    expect(check("Diverse lasten", 45356).verdict).toBe("UNKNOWN");
    expect(check("Diverse lasten", "").verdict).toBe("UNKNOWN");
  });

  test("provinces: municipal codes do not apply, provincial names do", () => {
    expect(check("Diverse lasten", "6.3", "provincie").verdict).toBe("UNKNOWN");
    expect(check("Diverse lasten", "Natuur", "provincie")).toMatchObject({ verdict: "OK", level: "PROVINCIE", category: "public_goods" });
    expect(check("Diverse lasten", "Bestuur", "provincie").verdict).toBe("NEUTRAL");
    expect(check("Diverse lasten", "Regionale economie", "provincie").verdict).toBe("UNKNOWN");
    expect(check("Clusterbeleid", "Regionale economie", "provincie").verdict).toBe("QUESTIONABLE");
  });
});
