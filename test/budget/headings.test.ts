import { bareDesignation, headingRank, namesNumberedSection, nextHeadings } from "../../src/budget/headings";
import { readBudgetRows } from "../../src/budget/reader";

describe("headingRank: the kind of a heading, as its number shows", () => {
  test.each([
    ["Hoofdstuk 2 Duurzame ruimtelijke ontwikkeling", "hoofdstuk:1"],
    ["Programma 3 Economie", "programma:1"],
    ["Paragraaf 2.1 Effectuering Ruimtelijk Beleid", "paragraaf:2"],
    ["6. Sociaal domein", "code:1"],
    ["6.1 Samenkracht en burgerparticipatie", "code:2"],
    ["02-Woonplaats Zeeland", "code:1"],
    ["Sport", null],
    ["Programma 2024", null],
  ])("%s → %s", (text, rank) => {
    expect(headingRank(text)).toBe(rank);
  });
});

describe("bareDesignation: a heading's number without its name", () => {
  test.each([
    ["Operationeel doel 3.1.2", true],
    ["Programma 4", true],
    ["6.2", true],
    ["7.", true],
    ["Programma 4 Mobiliteit", false],
    ["6.2 Erfgoed", false],
    ["2025", false],
    ["Apparaatskosten", false],
  ])("%s → %s", (text, bare) => {
    expect(bareDesignation(text)).toBe(bare);
  });
});

describe("nextHeadings: a heading of the kind of one above closes it", () => {
  test("a sibling replaces its sibling and what stood under it", () => {
    expect(nextHeadings(["Hoofdstuk 6 Regionale economie"], "Hoofdstuk 3 Milieu")).toEqual(["Hoofdstuk 3 Milieu"]);
    expect(nextHeadings(["6.1 Samenkracht", "6. Sociaal domein"], "7. Volksgezondheid en milieu")).toEqual(["7. Volksgezondheid en milieu"]);
    expect(nextHeadings(["6.1 Samenkracht", "6. Sociaal domein"], "6.2 Toegang")).toEqual(["6.2 Toegang", "6. Sociaal domein"]);
  });

  test("a heading of another kind, or without a number, stands under the one above", () => {
    expect(nextHeadings(["6. Sociaal domein"], "6.1 Samenkracht")).toEqual(["6.1 Samenkracht", "6. Sociaal domein"]);
    expect(nextHeadings(["Gemeenschapsaccommodaties", "Maatschappelijke participatie"], "Sport")).toEqual(["Sport", "Gemeenschapsaccommodaties"]);
  });

  test("a heading naming only a kind of money closes the last one, and holds no heading of a task", () => {
    // The Rijk's instruments under an article: each closes the one before, the article stays above.
    const article = "36.2 Nationale Veiligheid en terrorismebestrijding";
    let stack = nextHeadings([], article);
    for (const instrument of ["Bijdrage agentschappen", "Bijdrage ZBO's/RWT's", "Bijdrage medeoverheden", "Subsidies", "Opdrachten"]) {
      stack = nextHeadings(stack, instrument);
      expect(stack).toEqual([instrument, article]);
    }
    // A goal after "Diverse aanpassingen" (a kind of change, not a task) does not stand under it.
    expect(nextHeadings(["Diverse aanpassingen van geringe omvang", "Instandhouding wegen"], "Openbaar vervoer")).toEqual(["Openbaar vervoer", "Instandhouding wegen"]);
  });
});

describe("a numbered section's heading is never read as column names", () => {
  test("namesNumberedSection", () => {
    expect(namesNumberedSection("Hoofdstuk 2 Duurzame ruimtelijke ontwikkeling en waterbeheer")).toBe(true);
    expect(namesNumberedSection("Programma")).toBe(false);
    expect(namesNumberedSection("Ontwikkeling")).toBe(false);
  });

  test("a list opening with 'Hoofdstuk 2 …' reads that row as a heading and every line under the heading it stands under", () => {
    const rows = [
      ["Hoofdstuk 2 Duurzame ruimtelijke ontwikkeling en waterbeheer", ""],
      ["Ontwikkeling forten", "€ 100.000"],
      ["Hoofdstuk 6 Regionale Economie", ""],
      ["Haalbaarheidsprojecten MKB", "€ 200.000"],
      ["Hoofdstuk 3 Milieu, energie en klimaat", ""],
      ["Scan VvE's", "€ 100.000"],
    ];
    const read = readBudgetRows(rows);
    expect(read.lines.map((l) => [l.row, l.kind ?? "line"])).toEqual([
      [1, "heading"],
      [2, "line"],
      [3, "heading"],
      [4, "line"],
      [5, "heading"],
      [6, "line"],
    ]);
    expect(read.lines[5]?.context).toEqual(["Hoofdstuk 3 Milieu, energie en klimaat"]);
    // A heading stands under what holds it, never under the sibling it closes.
    expect(read.lines[2]?.context).toBeUndefined();
    expect(read.lines[4]?.context).toBeUndefined();
  });

  test("a heading's context is the heading that holds it", () => {
    const rows = [
      ["Omschrijving", "Bedrag"],
      ["Programma 1 Economie", ""],
      ["1.1 Bedrijven", ""],
      ["Acquisitie", "100"],
      ["1.2 Toerisme", ""],
      ["Promotie", "10"],
      ["Programma 2 Zorg", ""],
      ["Wmo", "200"],
    ];
    const read = readBudgetRows(rows);
    expect(read.lines.map((l) => [l.description, l.context ?? []])).toEqual([
      ["Programma 1 Economie", []],
      ["1.1 Bedrijven", ["Programma 1 Economie"]],
      ["Acquisitie", ["1.1 Bedrijven", "Programma 1 Economie"]],
      ["1.2 Toerisme", ["Programma 1 Economie"]],
      ["Promotie", ["1.2 Toerisme", "Programma 1 Economie"]],
      ["Programma 2 Zorg", []],
      ["Wmo", ["Programma 2 Zorg"]],
    ]);
  });
});
