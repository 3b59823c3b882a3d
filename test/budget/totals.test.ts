// Totals that stand above their parts, as the Rijk and many provinces print
// them, and the money words that take the task of the heading they stand under.
import { enclosingTotals, findTotals } from "../../src/budget/totals";
import { readBudgetRows } from "../../src/budget/reader";
import { checkBudget } from "../../src/check/budget";

const line = (description: string, amount: number | null, taakveld: string | null = null) => ({ description, amount, taakveld });

describe("totals ahead of their parts", () => {
  test("a line the next lines add up to, looking unlike them, is their total; nested totals too", () => {
    const lines = [
      line("Uitgaven", 367_889),
      line("Programma uitgaven", 367_889),
      line("Opdracht Inzet", null),
      line("– Crisisbeheersingsoperaties", 364_800),
      line("– Financiering nationale inzet", 3_089),
      line("– Overige inzet", 0),
    ];
    expect(findTotals(lines)).toEqual(["ahead", "ahead", null, null, null, null]);
  });

  test("a programme's \"Lasten\" above its other summary rows and the taakvelden that add up to it is their total; where they do not add up, it is not", () => {
    const summary = [line("Lasten", 2_610), line("Baten", -450), line("Saldo van baten en lasten", 2_160), line("Onttrekkingen aan reserves", -80), line("Resultaat", 2_080), line("Taakvelden", null)];
    const taakvelden = [line("3.1 Economische ontwikkeling", 1_300), line("3.3 Bedrijvenloket en bedrijfsregelingen", 330), line("3.4 Economische promotie", 980)];
    expect(findTotals([...summary, ...taakvelden])[0]).toBe("ahead");
    expect(findTotals([...summary, ...taakvelden.slice(0, 2)])[0]).toBeNull();
    // "Baten" above the taakvelden's baten, listed after their lasten, is theirs.
    const baten = [line("Baten per taakveld", null), line("3.1 Economische ontwikkeling", -100), line("3.4 Economische promotie", -350)];
    expect(findTotals([...summary, ...taakvelden, ...baten]).slice(0, 2)).toEqual(["ahead", "ahead"]);
    // A task line with the same sum is no total: only a line naming a kind of money is.
    expect(findTotals([line("Bibliotheek", 2_610), ...summary.slice(1), ...taakvelden])[0]).toBeNull();
  });

  test("items written short in lower case are peers, not parts: equal amounts in a row make no total", () => {
    const lines = [line("Meddo Renov Toplaag kunstgras", 524), line("KD VV MEC oefenhoek/trainingsveld", 40), line("FC Trias natuurgrasvelden fase 1", 40), line("verv gravelverharding Hickory", 40), line("verv kunstgrasstroken Archeus", 45)];
    expect(findTotals(lines)).toEqual([null, null, null, null, null]);
    // A lone lower-case item under a line, before the next kind of money, is still its part.
    expect(findTotals([line("Sportverenigingen", 23_101), line("innovatiesubsidie", 23_101), line("Totaal", 23_101)])).toEqual(["ahead", null, "ahead"].map((x, i) => (i === 2 ? expect.anything() : x)));
  });

  test("a number in a column of its own numbers the line: '2 | Landelijk gebied' over unnumbered grants is their total", () => {
    const read = readBudgetRows([
      ["Progr.", "Omschrijving", "Bedrag 2019"],
      ["2", "Landelijk gebied", "431.600"],
      ["", "Gemeente Houten", "16.600"],
      ["", "Stichting Nationaal Park", "400.000"],
      ["", "Natuurlijk Utrecht", "15.000"],
      ["3", "Bodem, water en milieu", "540.000"],
      ["", "Natuur en Milieu Federaties", "450.000"],
      ["", "Omgevingsdienst Regio", "90.000"],
    ]);
    expect(findTotals(read.lines)).toEqual(["ahead", null, null, null, "ahead", null, null]);
  });

  test("codes written with a dash are taakvelden; a programme's number in their column is none, and its total may round by one", () => {
    const read = readBudgetRows([
      ["Lasten per programma/taakveld", "", "2023"],
      ["1-1", "Crisisbeheersing en brandweer", "1.792"],
      ["1-2", "Openbare orde en veiligheid", "762"],
      ["P 2", "OPENBARE ORDE EN VEILIGHEID", "2.553"],
      ["2-1", "Verkeer en vervoer", "3.220"],
      ["2-2", "Parkeren", "35"],
      ["P 3", "VERKEER", "3.255"],
    ]);
    expect(read.lines.map((l) => l.taakveld)).toEqual(["1-1", "1-2", "P 2", "2-1", "2-2", "P 3"]);
    expect(findTotals(read.lines).map((t) => t !== null)).toEqual([false, false, true, false, false, true]);
    // Off by more than rounding, or coded like its parts: no total.
    expect(findTotals([line("A", 1_792, "1.1"), line("B", 762, "1.2"), line("C", 2_560, null)])[2]).toBeNull();
    expect(findTotals([line("A", 1_792, "1.1"), line("B", 762, "1.2"), line("C", 2_554, "1.3")])[2]).toBeNull();
  });

  test("a numbered line like its siblings, which are all totals, is one too where the lines under it add up to less (a table copied short)", () => {
    const head = [line("1 Bestuur", 41_861), line("Bestuur", 41_861), line("3 Economie", 1_830_002), line("Circulaire economie", 52_100), line("Marketing", 1_777_902)];
    expect(findTotals([...head, line("6 Stedelijke ontwikkeling", 611_138), line("Energietransitie", 394_122)])).toEqual(["ahead", null, "ahead", null, null, "ahead", null]);
    // Parts adding up to more than it, or a sibling that is no total, leave it a line.
    expect(findTotals([...head, line("6 Stedelijke ontwikkeling", 611_138), line("Energietransitie", 694_122)])[5]).toBeNull();
    expect(findTotals([...head, line("5 Wonen", 7_000), line("6 Stedelijke ontwikkeling", 611_138), line("Energietransitie", 394_122)])[6]).toBeNull();
    // One sibling total is not yet a pattern.
    expect(findTotals([line("1 Bestuur", 41_861), line("Bestuur", 41_861), line("6 Stedelijke ontwikkeling", 611_138), line("Energietransitie", 394_122)])[2]).toBeNull();
  });

  test("a numbered line above its unnumbered parts, and rounding of one in a table of thousands", () => {
    expect(findTotals([line("1. Passend sportaanbod", 1_772), line("Sport in de buurt", 1_041), line("Veilig sportklimaat", 731)])).toEqual(["ahead", null, null]);
    expect(findTotals([line("Sportverenigingen", 202_838), line("innovatiesubsidie", 23_101), line("start- en stimuleringssubsidie", 179_738)])).toEqual(["ahead", null, null]);
  });

  test("a line naming only money over the one item it holds is its total, where the next line starts another", () => {
    const lines = [line("Inkomensoverdrachten", 15_266), line("Financiële voorziening topsporters", 15_266), line("Opdrachten", 4_738), line("Kennis en innovatie", 4_738), line("Ontvangsten", 60)];
    expect(findTotals(lines)).toEqual(["ahead", null, "ahead", null, null]);
    // At the end of the table nothing shows the item stands alone.
    expect(findTotals(lines.slice(2, 4))).toEqual([null, null]);
    // Two proposals of equal amount in a list are two proposals, whatever the first one's words.
    expect(findTotals([line("Exploitatielasten fietsenstalling", -500), line("Verkeersmanagement", -500), line("Wijkbudgetten", 120)])).toEqual([null, null, null]);
  });

  test("an instrument over parts that name money too is their total where the next instrument begins; zeros are no part", () => {
    const lines = [
      line("4.1 Curaçao, Sint Maarten en Aruba", 4_764),
      line("Subsidies (regelingen)", 1_600),
      line("Diverse subsidies", 1_600),
      line("Noodpakketten", 0),
      line("Opdrachten", 1_214),
      line("Opdrachten landen", 1_214),
      line("Inkomensoverdrachten", 1_950),
      line("Toeslagen op pensioenen", 1_950),
      line("Ontvangsten", 60),
    ];
    expect(findTotals(lines)).toEqual(["ahead", "ahead", null, null, "ahead", null, "ahead", null, null]);
    // The next article, numbered, ends the one item's group, even when it shows zeros.
    expect(findTotals([line("2. Uitblinken in sport", 2_850), line("Subsidies", 2_850), line("Topsportevenementen", 2_850), line("3. Borgen van kennis", 0), line("Kennis als fundament", 0), line("4. Sport verenigt", 900)])).toEqual(["ahead", "ahead", null, null, null, null]);
    // "Lasten" over "Baten": a total word is no part.
    expect(findTotals([line("Lasten", 500), line("Baten", 500), line("Saldo", 0)])[0]).toBeNull();
  });

  test("what is left of a budget after its use is a balance, and the budget is not the total of use and balance", () => {
    expect(findTotals([line("Begroot", 205_976), line("Gerealiseerd", 169_956), line("Ruimte", 36_020)])).toEqual([null, null, "remainder"]);
    expect(findTotals([line("Begrote lasten", 39_459), line("Besteed en verplicht", 25_236), line("Ruimte", 14_223)])).toEqual([null, null, "remainder"]);
    // Without a line of use above it, the difference is a coincidence, not a balance.
    expect(findTotals([line("Wegen", 300), line("Fietspaden", 100), line("Ruimtelijke ordening", 200)])).toEqual([null, null, null]);
  });

  test("a code above the codes it opens is their parent", () => {
    expect(findTotals([line("Algemeen waterbeleid", 34_564, "11.01"), line("Opdrachten", 2_436, "11.01.01"), line("Subsidies", 32_128, "11.01.02")])).toEqual(["parent", null, null]);
  });

  test("a named programme over the items that add up to it is their total, even over one item, and with a negative item late", () => {
    const rows = [
      line("Programma 1 Ruimtelijke ontwikkeling", 55), line("1. Binnenstedelijke ontwikkeling", 55),
      line("Programma 2 Landelijk gebied", 236), line("3. Agenda Vitaal Platteland", 232), line("4. VVN leges", 95), line("5. Ganzenakkoord", 29), line("6. Opdrachtgeversunit RUD", -120),
      line("Programma 3 Bodem, water en milieu", 40), line("7. Zoetwatermaatregelen", 40),
    ];
    expect(findTotals(rows)).toEqual(["ahead", null, "ahead", null, null, null, null, "ahead", null]);
    // One item of the same amount with another item after it (not the next programme): no total.
    expect(findTotals([line("Programma 1 Ruimte", 55), line("1. Binnenstedelijke ontwikkeling", 55), line("2. Kantorenaanpak", 30)])).toEqual([null, null, null]);
  });

  test("a named programme is unlike the items under it even where they are written alike: over the items that add up to it, it is their total", () => {
    const rows = [
      line("Programma 1 Ruimtelijke ontwikkeling", 3_012), line("Opnemen grondexploitatie Hart van de Heuvelrug", 3_012),
      line("Programma 2 Landelijk gebied", 2_466), line("Cofinanciering Europees Plattelandsontwikkelingsprogramma", 2_000),
      line("Subsidies natuur en landschap", 399), line("Frictiebudget nieuw coalitieakkoord", 67),
      line("Programma 3 Bodem, water en milieu", -300), line("Kasritmewijziging impuls waterkwaliteit", -300),
    ];
    expect(findTotals(rows)).toEqual(["ahead", null, "ahead", null, null, null, "ahead", null]);
    // Items that do not add up to it: the programme's line is a line.
    expect(findTotals([line("Programma 2 Landelijk gebied", 2_466), line("Cofinanciering POP3", 2_000), line("Subsidies natuur", 300)])).toEqual([null, null, null]);
    // Without a section's name and number, lines written alike stay lines whatever they add up to.
    expect(findTotals([line("Landelijk gebied", 2_466), line("Cofinanciering POP3", 2_000), line("Subsidies natuur", 466)])).toEqual([null, null, null]);
  });

  test("a numbered section over one item written in lower case is its total where the next section follows", () => {
    const rows = [
      line("Paragraaf 2.4 Investeringsimpuls goederenvervoer over water", 50_000), line("voor de aanleg van een walstroomfaciliteit", 50_000),
      line("voor de aanleg van een LNG-vulpunt", 0), line("Paragraaf 2.5 Waterveiligheid", 1_245_000),
    ];
    expect(findTotals(rows)).toEqual(["ahead", null, null, null]);
    // Where another item follows instead, the one item may be the section's own money: no total.
    expect(findTotals([rows[0]!, rows[1]!, line("voor de aanleg van een kade", 20_000)])).toEqual([null, null, null]);
  });

  test("a numbered article right above an instrument total is a total too, where the copy stops before its parts add up", () => {
    const rows = [line("4.2 Caribisch Nederland", 9_868), line("Subsidies (regelingen)", 500), line("Subsidies Caribisch Nederland", 500), line("Opdrachten", 1_391), line("Versterken bestuurskracht", 800), line("Opdrachten Caribisch Nederland", 591)];
    expect(findTotals(rows)[0]).toBe("ahead");
    // Above a line that names a task, it is no total.
    expect(findTotals([line("4.2 Caribisch Nederland", 9_868), line("Subsidies Caribisch Nederland", 500), line("Opdrachten landen", 300)])[0]).toBeNull();
  });

  test("a municipality's own sub-taakveld code ('1.1A') is the whole code: it opens no '1.2' below it", () => {
    const rows = [line("0.4T - Overhead (MO)", 64), line("0.8 - Overige baten en lasten", -41), line("1.1A - Crisisbeheersing en Brandweer", 688), line("1.2 - Openbare orde en veiligheid", -9)];
    expect(findTotals(rows)).toEqual([null, null, null, null]);
    // The code as written still opens its own parts.
    expect(findTotals([line("6.3 Inkomensregelingen", 1_638), line("6.3.1 Bijstand", 1_000), line("6.3.2 Minimabeleid", 638)])[0]).toBe("parent");
  });

  test("a number column beside the description is read as the row's code, and shows the parent", () => {
    const read = readBudgetRows([
      ["Artikel", "Omschrijving", "2014"],
      ["11.01", "Algemeen waterbeleid", "34.564"],
      ["11.01.01", "Opdrachten", "2.436"],
      ["11.01.02", "Subsidies", "32.128"],
      ["11.02", "Waterveiligheid", "2.860"],
    ]);
    expect(read.lines.map((l) => l.code)).toEqual(["11.01", "11.01.01", "11.01.02", "11.02"]);
    expect(findTotals(read.lines)).toEqual(["parent", null, null, null]);
  });

  test('"Uitgaven" above lines that add up to it is their total, even where they look like it', () => {
    const lines = [line("Uitgaven:", 3_000), line("Opdrachten", 1_000), line("Subsidies", 2_000)];
    expect(findTotals(lines)).toEqual(["ahead", null, null]);
  });

  test("lines that look alike stay lines whatever they add up to; zeros are no parts", () => {
    expect(findTotals([line("Regeling 3", 300), line("Regeling 1", 100), line("Regeling 2", 200)])).toEqual([null, null, null]);
    expect(findTotals([line("8.1.2 Onvoorzien", -1_050), line("812130 Stelpost", -1_050), line("Perspectief", 0)])).toEqual([null, null, null]);
    // Past the total with parts of one sign, and no part of the other sign after them: the sum never comes back.
    expect(findTotals([line("Subsidie A", 500), line("- deel 1", 400), line("- deel 2", 300), line("- deel 3", 100)])).toEqual([null, null, null, null]);
    // A negative part after them can bring it back: 400 + 300 - 200 is the 500 above.
    expect(findTotals([line("Subsidie A", 500), line("- deel 1", 400), line("- deel 2", 300), line("- deel 3", -200)])).toEqual(["ahead", null, null, null]);
  });
});

describe("the total above a line names it", () => {
  test("an instrument line under its article's parent code takes the article's task; a line after the article does not", () => {
    const read = readBudgetRows([
      ["Artikel", "Omschrijving", "2014"],
      ["12.1", "Politie", "3.000"],
      ["12.1.1", "Opdrachten", "1.000"],
      ["12.1.2", "Subsidies", "2.000"],
      ["", "Overige uitgaven", "77"],
    ]);
    expect(enclosingTotals(read.lines, findTotals(read.lines))).toEqual([null, ["Politie"], ["Politie"], null]);
    const { checked } = checkBudget(read.lines, { owner: "rijk" });
    expect(checked.map((c) => [c.result.verdict, c.total ?? false])).toEqual([
      ["NEUTRAL", true],
      ["OK", false],
      ["OK", false],
      [checked[3]?.result.verdict, false],
    ]);
    expect(checked[1]?.result.context).toBe("Politie");
  });

  test("one sub-item is enough to show a total above it", () => {
    expect(findTotals([line("Opdrachten", 6_556), line("– Overige opdrachten", 6_556)])).toEqual(["ahead", null]);
    expect(findTotals([line("Opdrachten", 6_556), line("Overige opdrachten", 6_556)])).toEqual([null, null]);
  });
});

describe("money words under a heading", () => {
  const owner = { owner: "rijk" as const };

  test('"Uitgaven" under an article heading takes the article\'s task; above the article\'s parts it is its total', () => {
    const read = readBudgetRows([
      ["Nr", "Artikel", "2024"],
      ["1", "Politie", ""],
      ["", "Uitgaven", "11,0"],
      ["", "Ontvangsten", "5,3"],
      ["2", "Koninklijke Marechaussee", ""],
      ["", "Uitgaven", "919,4"],
    ]);
    const { checked } = checkBudget(read.lines, owner);
    const money = checked.filter((c) => c.line.description === "Uitgaven" || c.line.description === "Ontvangsten");
    expect(money.map((c) => [c.result.verdict, c.total ?? false])).toEqual([
      ["OK", false],
      ["OK", false],
      ["OK", false],
    ]);

    const top = readBudgetRows([
      ["Artikel 1", "2024"],
      ["Uitgaven", "367.889"],
      ["– Crisisbeheersingsoperaties", "364.800"],
      ["– Financiering nationale inzet", "3.089"],
    ]);
    const first = checkBudget(top.lines, owner).checked[0];
    expect([first?.line.description, first?.result.verdict, first?.total]).toEqual(["Uitgaven", "NEUTRAL", true]);
  });
});

describe("a heading whose lines are only totals", () => {
  test('"Totaal lasten" and "Totaal baten" right under a taakveld, with no lines to add up, are its own money; the balance stays a total', () => {
    const read = readBudgetRows([
      ["Taakveld", "Begroting 2024"],
      ["6.1 Samenkracht en burgerparticipatie", ""],
      ["Totaal lasten (4)", "2.043"],
      ["Totaal baten (8)", "6"],
      ["Saldo", "-2.037"],
      ["7.1 Volksgezondheid", ""],
      ["Totaal lasten (4)", "1.357"],
      ["Totaal baten (8)", "0"],
      ["Saldo", "-1.357"],
      ["Totaal programma 1", "-3.394"],
    ]);
    const { checked } = checkBudget(read.lines, { owner: "gemeente" });
    expect(checked.filter((c) => c.line.kind !== "heading").map((c) => [c.line.description, c.total ?? false, c.result.verdict])).toEqual([
      ["Totaal lasten (4)", false, "OK"],
      ["Totaal baten (8)", false, "OK"],
      ["Saldo", true, "NEUTRAL"],
      ["Totaal lasten (4)", false, "OK"],
      ["Totaal baten (8)", false, "OK"],
      ["Saldo", true, "NEUTRAL"],
      ["Totaal programma 1", true, "NEUTRAL"],
    ]);
  });

  test("where a balance comes first, or lines stand under the heading, totals stay totals", () => {
    const balanceFirst = [line("5801 Mediabeleid", null), line("Saldo", -50), line("Totaal lasten", 8437), line("Totaal baten", 1292)];
    expect(findTotals(balanceFirst.map((l) => ({ ...l, ...(l.amount === null ? { kind: "heading" } : {}) })))).toEqual([null, "wording", "wording", "wording"]);
    const withLines = [line("6.1 Samenkracht", null), line("Buurthuizen", 300), line("Vrijwilligerswerk", 200), line("Totaal lasten", 500)];
    expect(findTotals(withLines.map((l) => ({ ...l, ...(l.amount === null ? { kind: "heading" } : {}) })))).toEqual([null, null, null, "wording"]);
  });
});
