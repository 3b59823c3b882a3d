import { detectHeader } from "../../src/budget/table";
import { readBudgetRows } from "../../src/budget/reader";
import { budgetCaption } from "../../src/budget/caption";

describe("detectHeader", () => {
  test("skips title rows and prefers Omschrijving and Lasten", () => {
    const rows: unknown[][] = [
      ["Gemeente Lindewaard"],
      ["Programmabegroting 2025"],
      ["Bedragen x € 1.000"],
      [],
      ["Programma", "Taakveld", "Omschrijving", "Baten 2025", "Lasten 2025", "Saldo"],
      ["1 Bestuur", "0.1", "Gemeenteraad", 0, 812, -812],
    ];
    const h = detectHeader(rows);
    // The programme column says what the lines belong to: context, not the description.
    expect(h).toEqual({
      headerRow: 5,
      columns: { description: 2, taakveld: 1, amount: 4, context: [0] },
      amountHeader: "Lasten 2025",
      source: "header",
    });
  });

  describe("a ledger export: cost centre and kind of money", () => {
    test("the cost centre is the description, the kind of money its own column: its codes are no amounts", () => {
      const h = detectHeader([
        ["Kostensoort", "Omschrijving kostensoort", "Kostenplaats", "Omschrijving kostenplaats", "Bedrag"],
        [4300, "Salarissen", 7200, "Riolering", 412],
        [4710, "Kapitaallasten", 7200, "Riolering", 1250],
        [8100, "Rioolheffing", 7200, "Riolering", -2100],
        [4420, "Inkoop zorg", 6710, "Maatwerkvoorzieningen Wmo", 3400],
        [8350, "Eigen bijdragen", 6710, "Maatwerkvoorzieningen Wmo", -120],
        [4510, "Onderhoud gebouwen", 5300, "Sportaccommodaties", 310],
      ]);
      // Leftmost, and more varied than the cost centres, the kinds of money still are no description.
      expect(h?.columns).toEqual({ description: 3, amount: 4, costType: 1 });
    });

    test("Iv3 economic categories (\"1.1 Salarissen\") are no taakvelden, and a bare Kostensoort column no amount", () => {
      const h = detectHeader([
        ["Kostensoort", "Economische categorie", "Kostenplaats", "Lasten"],
        [4300, "1.1 Salarissen en sociale lasten", "Jeugdzorg", 250],
        [4710, "2.1 Kapitaallasten", "Riolering", 500],
        [8110, "6.1 Belastingen", "Algemene middelen", -3000],
        [4600, "4.3.1 Subsidies", "Bibliotheek", 800],
      ]);
      expect(h?.columns).toEqual({ description: 2, amount: 3, costType: 1 });
    });

    test("codes of the kind of money followed by their names under a bare \"Omschrijving\": those names are the cost type, the cost centre's the description", () => {
      const h = detectHeader([
        ["Grootboekrekening", "Omschrijving", "Kostenplaats", "Omschrijving", "Bedrag"],
        [4300, "Salarissen", 7200, "Riolering", 412],
        [8100, "Rioolheffing", 7200, "Riolering", -2100],
        [4420, "Inkoop zorg", 6710, "Maatwerkvoorzieningen Wmo", 3400],
        [4510, "Onderhoud gebouwen", 5300, "Sportaccommodaties", 310],
      ]);
      expect(h?.columns).toMatchObject({ description: 3, amount: 4, costType: 1 });
    });

    test("an Iv3 matrix (taakveld by economic category): the taakveld is the description, the numbered category the cost type; a subsidy list's Categorie is no cost type", () => {
      const matrix = detectHeader([
        ["Taakveld", "Categorie", "Lasten", "Baten"],
        ["0.1 Bestuur", "1.1 Salarissen en sociale lasten", 2100, 0],
        ["0.1 Bestuur", "3.4.2 Overige goederen en diensten", 430, 0],
        ["6.3 Inkomensregelingen", "4.3.1 Sociale uitkeringen in geld", 14200, 0],
        ["7.2 Riolering", "2.1 Kapitaallasten", 1860, 0],
        ["7.2 Riolering", "3.8 Belastingen", 0, 3115],
      ]);
      expect(matrix?.columns).toMatchObject({ description: 0, taakveld: 0, amount: 2, costType: 1 });
      const subsidies = detectHeader([
        ["Ontvanger", "Categorie", "Bedrag"],
        ["Voetbalvereniging SV", "Sport", 12500],
        ["Harmonie Crescendo", "Cultuur", 8000],
        ["Stichting Welzijn", "Welzijn", 86500],
      ]);
      expect(subsidies?.columns.costType).toBeUndefined();
    });

    test("an English ledger: the account is the kind of money, the cost centre the description", () => {
      const h = detectHeader([
        ["Cost centre", "Account", "Amount"],
        ["Street lighting", "Salaries", 120],
        ["Street lighting", "Electricity", 80],
        ["Libraries", "Grants", 300],
        ["Waste collection", "Waste levy income", -900],
        ["Parks", "Maintenance", 210],
      ]);
      expect(h?.columns).toMatchObject({ description: 0, amount: 2, costType: 1 });
    });

    test("a ledger of nothing but kinds of money reads them as its lines", () => {
      const h = detectHeader([
        ["Kostensoort", "Bedrag"],
        ["Salarissen", 100],
        ["Inhuur derden", 50],
        ["Huisvesting", 30],
      ]);
      expect(h?.columns.description).toBe(0);
      expect(h?.columns.costType).toBeUndefined();
    });
  });

  test("finds a header in row 25", () => {
    const rows: unknown[][] = Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? [`Toelichting regel ${i}`] : []));
    rows.push(["Omschrijving", "Iv3", "Begroting 2025"]);
    rows.push(["Raad", "0.1", "100"]);
    expect(detectHeader(rows)?.headerRow).toBe(25);
    expect(detectHeader(rows)?.amountHeader).toBe("Begroting 2025");
  });

  test("does not look beyond row 30", () => {
    const rows: unknown[][] = Array.from({ length: 30 }, () => ["tekst"]);
    rows.push(["Omschrijving", "Taakveld", "Lasten"]);
    expect(detectHeader(rows)).toBeNull();
  });

  test("English headers with an owner column", () => {
    const h = detectHeader([["Description", "Function", "Budget", "Level"]]);
    expect(h?.columns).toEqual({ description: 0, taakveld: 1, amount: 2, owner: 3 });
  });

  test("prefers the latest year among equal amount columns and reports it", () => {
    const h = detectHeader([["Omschrijving", "Begroting 2024", "Begroting 2025", "Rekening 2023"]]);
    expect(h?.columns.amount).toBe(2);
    expect(h?.amountHeader).toBe("Begroting 2025");
  });

  test("a two-row header: the row naming most columns wins over the merged band above it", () => {
    const rows: unknown[][] = [
      ["Programma", null, "Begroting 2025", null],
      ["Omschrijving", "Taakveld", "Lasten", "Baten"],
    ];
    expect(detectHeader(rows)?.headerRow).toBe(2);
    expect(detectHeader(rows)?.columns).toEqual({ description: 0, taakveld: 1, amount: 2 });
  });

  test("a header of two rows: the years over 'L | B | S' (or 'Lasten | Baten') name each column, and the lower row is no budget line", () => {
    const rows: unknown[][] = [
      ["Bedragen x € 1.000"],
      ["Taakveld", null, "Rekening 2021", null, null, "Begroting 2022", null, null, "Begroting 2023", null, null, "Begroting 2024", null, null],
      [null, null, "L", "B", "S", "L", "B", "S", "L", "B", "S", "L", "B", "S"],
      ["0.1", "Bestuur", "4.005", "1.207", "-2.798", "4.803", "3", "-4.801", "3.615", "3", "-3.613", "3.460", "3", "-3.458"],
      ["0.2", "Burgerzaken", "1.578", "668", "-910", "1.363", "596", "-767", "1.415", "616", "-799", "1.333", "616", "-718"],
    ];
    const h = detectHeader(rows);
    // Two years after the accounts of 2021: the budget of 2023.
    expect(h).toMatchObject({ headerRow: 3, headerLines: 2, columns: { description: 1, taakveld: 0, amount: 8 }, amountHeader: "Begroting 2023 Lasten" });
    const r = readBudgetRows(rows);
    expect(r.lines.map((l) => [l.description, l.amount])).toEqual([["Bestuur", 3615], ["Burgerzaken", 1415]]);
    // Repeated (unmerged) upper names and no name over the descriptions.
    const zeeland = detectHeader([
      [null, "Begroting 2019 na wijziging", "Begroting 2019 na wijziging", "Realisatie 2019", "Realisatie 2019"],
      [null, "Lasten", "Baten", "Lasten", "Baten"],
      ["02 Fysieke leefomgeving", 3311, "-", 2694, "-"],
      ["04 Economie", 515, 80, 466, 80],
    ]);
    expect(zeeland).toMatchObject({ headerRow: 2, headerLines: 2, columns: { description: 0, amount: 1 } });
    // A line under column names is no second header row, whatever it holds.
    expect(detectHeader([[null, "Omschrijving", "Toelichting", "Lasten"], [null, "Wegen", "zie paragraaf", 120], [null, "Riolering", "idem", 80]])?.headerRow).toBe(1);
  });

  test("the budget year among several: named above the table, two after the accounts, the latest budget before estimates, else the first of an estimate; a span of years above all", () => {
    const amount = (head: unknown[], above: unknown[][] = []) => {
      const h = detectHeader([...above, head, ["Wegen", 1, 2, 3, 4], ["Riolering", 5, 6, 7, 8]]);
      return h?.amountHeader;
    };
    expect(amount(["Omschrijving", "2025", "2026", "2027", "2028"])).toBe("2025");
    expect(amount(["Omschrijving", "2024", "2025", "2026", "2027"], [["Kadernota 2025-2028"]])).toBe("2025");
    expect(amount(["Omschrijving", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027"], [["Vastgesteld op 8 november 2024"]])).toBe("Begroting 2025");
    expect(amount(["Omschrijving", "Rekening 2023", "Begroting 2024", "Begroting 2025", "Begroting 2026"])).toBe("Begroting 2025");
    expect(amount(["Omschrijving investeringen 2024", "2024", "2025", "2026", "2027"])).toBe("2024");
    expect(amount(["Omschrijving", "2024", "2025", "2026", "Totaal 2024 t/m 2026"])).toBe("Totaal 2024 t/m 2026");
  });

  test("'Omschrijving taakveld' is not the taakveld code column", () => {
    const h = detectHeader([["Taakveld", "Omschrijving taakveld", "Omschrijving", "Lasten"]]);
    expect(h?.columns).toEqual({ description: 2, taakveld: 0, amount: 3 });
  });

  test("header text with accents, line breaks and compounds", () => {
    const h = detectHeader([["Productomschrijving", "Taakveld-\ncode", "Exploitatie-\nlasten (x € 1.000)"]]);
    expect(h?.columns).toEqual({ description: 0, taakveld: 1, amount: 2 });
  });

  test("no header: null", () => {
    expect(detectHeader([["a", "b"], [1, 2]])).toBeNull();
    expect(detectHeader([])).toBeNull();
  });
});

describe("readBudgetRows", () => {
  const header = ["Programma", "Taakveld", "Omschrijving", "Lasten", "Baten", "Niveau"];

  test("reads lines with 1-based rows, skips blanks, keeps sections and subtotals as lines", () => {
    const rows: unknown[][] = [
      ["Begroting 2025"],
      header,
      ["Programma 1 Bestuur"],
      [null, "0.1", "Gemeenteraad", "1.234", null, "gemeente"],
      [],
      [null, 6.3, "Bijstand (BUIG)", 9876.5, 9000, null],
      [null, "6.71a", " Huishoudelijke  hulp ", "€ 2.100,-", "", ""],
      ["Totaal programma 1", null, null, { formula: "SUM(D4:D7)", result: 13210.5 }],
    ];
    const r = readBudgetRows(rows);
    expect(r.error).toBeNull();
    expect(r.header?.headerRow).toBe(2);
    expect(r.problems).toEqual([]);
    // A row without figures is a heading; the lines below it carry it as context.
    const context = ["Programma 1 Bestuur"];
    expect(r.lines).toEqual([
      { row: 3, description: "Programma 1 Bestuur", taakveld: null, amount: null, owner: null, kind: "heading" },
      { row: 4, description: "Gemeenteraad", taakveld: "0.1", amount: 1234, owner: "gemeente", context },
      { row: 6, description: "Bijstand (BUIG)", taakveld: 6.3, amount: 9876.5, owner: null, context },
      { row: 7, description: "Huishoudelijke hulp", taakveld: "6.71a", amount: 2100, owner: null, context },
      { row: 8, description: "Totaal programma 1", taakveld: null, amount: 13210.5, owner: null, context },
    ]);
  });

  test("the title printed above a table is the outermost heading of its lines; a unit line and column names are not", () => {
    const rows: unknown[][] = [
      ["Operationeel doel 2.1.3 Provinciale openbaar vervoervoorzieningen"],
      ["Bedragen x € 1.000"],
      ["Lasten", "Begroot 2017", "Begroot 2018"],
      ["Apparaatskosten", "267", "290"],
      ["Programma 4 Mobiliteit"],
      ["Kapitaallasten", "0", "821"],
    ];
    const r = readBudgetRows(rows);
    expect(r.header?.headerRow).toBe(3);
    const title = "Operationeel doel 2.1.3 Provinciale openbaar vervoervoorzieningen";
    expect(r.lines.map((l) => [l.description, l.context])).toEqual([
      ["Apparaatskosten", [title]],
      ["Programma 4 Mobiliteit", [title]],
      ["Kapitaallasten", ["Programma 4 Mobiliteit", title]],
    ]);
    // Column names above the header (a band) end the search: no title.
    const banded = readBudgetRows([["Programma", "Begroting 2025"], ["Omschrijving", "Lasten"], ["Apparaatskosten", "5"]]);
    expect(banded.lines[0]?.context).toBeUndefined();
  });

  test("a programme column filled in once per programme carries its text down to the blank rows of that programme", () => {
    const rows: unknown[][] = [
      ["Programma", "Taakveld", "Omschrijving", "Lasten"],
      ["Sociaal domein", "6.1", "Samenkracht en burgerparticipatie", "1.000"],
      ["", "6.3", "Inkomensregelingen", "5.000"],
      ["", "", "Subsidies", "300"],
      ["Economie", "3.1", "Economische ontwikkeling", "200"],
      ["", "", "Subsidies", "100"],
    ];
    const r = readBudgetRows(rows);
    expect(r.header?.columns.carried).toEqual([0]);
    expect(r.lines.map((l) => [l.description, l.context])).toEqual([
      ["Samenkracht en burgerparticipatie", ["Sociaal domein"]],
      ["Inkomensregelingen", ["Sociaal domein"]],
      ["Subsidies", ["Sociaal domein"]],
      ["Economische ontwikkeling", ["Economie"]],
      ["Subsidies", ["Economie"]],
    ]);
    // A programme column filled in on every line but one: that one (a total) belongs to no programme.
    const filled = readBudgetRows([
      ["Omschrijving", "Programma", "2025"],
      ["Reconstructies verhardingen", "Buitenruimte", "998"],
      ["Bruggen", "Buitenruimte", "61"],
      ["Beschoeiingen", "Buitenruimte", "87"],
      ["Natuurvelden sportpark", "Sport", "68"],
      ["Investeringen met een maatschappelijk nut", "", "1.214"],
    ]);
    expect(filled.header?.columns.carried).toBeUndefined();
    expect(filled.lines[4]?.context).toBeUndefined();
    // A column of notes on single lines is no group, however few lines it has a note for.
    const notes = readBudgetRows([
      ["Omschrijving", "Toelichting", "2025"],
      ["Wijkteams", "Incidenteel", "998"],
      ["Subsidies", "", "61"],
      ["Jeugdhulp", "", "87"],
      ["Lasten", "", "68"],
    ]);
    expect(notes.header?.columns.context).toEqual([1]);
    expect(notes.header?.columns.carried).toBeUndefined();
    expect(notes.lines[1]?.context).toBeUndefined();
  });

  test("a heading's number with its name in the next cell is one heading, above the table or in it; a number beside figures is not joined", () => {
    const rows: unknown[][] = [
      ["6.2", "Zorgdragen voor erfgoed samen met partners"],
      ["Lasten", "Begroot 2018", "Begroot 2019"],
      ["Apparaatskosten", "760", "774"],
      ["Operationeel doel 3.1.2", "Beoordelen versterkingsplannen primaire keringen"],
      ["Directe lasten", "454", "279"],
      ["Programma 4", "1.200", "1.300"],
    ];
    const r = readBudgetRows(rows);
    const title = "6.2 Zorgdragen voor erfgoed samen met partners";
    const goal = "Operationeel doel 3.1.2 Beoordelen versterkingsplannen primaire keringen";
    expect(r.lines.map((l) => [l.description, l.context])).toEqual([
      ["Apparaatskosten", [title]],
      [goal, [title]],
      ["Directe lasten", [goal, title]],
      ["Programma 4", [goal, title]],
    ]);
  });

  test("a unit stated under the header sets the unit, and it and a legend of marks are headings, not budget lines with amounts; a chapter column (§) is no taakveld", () => {
    const rows: unknown[][] = [
      ["Investeringen ten laste van 2026", "Brutokrediet", "Type"],
      ["(bedragen x € 1.000)"],
      ["Riolering aanpassing Grote Bottel", "521", "^"],
      ["Vervangingsinvesteringen Buitendienst", "150", "*"],
      ["Totaal investeringen", "671"],
      ["* = Vervangingsinvestering"],
      ["^ = Nieuwe investering"],
    ];
    const r = readBudgetRows(rows);
    expect(r.lines.map((l) => [l.description, l.kind ?? "line"])).toEqual([
      ["(bedragen x € 1.000)", "heading"],
      ["Riolering aanpassing Grote Bottel", "line"],
      ["Vervangingsinvesteringen Buitendienst", "line"],
      ["Totaal investeringen", "line"],
      ["* = Vervangingsinvestering", "heading"],
      ["^ = Nieuwe investering", "heading"],
    ]);
    expect(budgetCaption(rows, 1).factor).toBe(1000);
    const par = detectHeader([["Omschrijving", "§", "2025"], ["Resultaat eerste burap", "3.1", "-1.166,3"], ["Nieuw beleid", "3.2", "0,0"], ["Inkomensmaatregelen", "4.1", "250"]]);
    expect(par?.columns).toEqual({ description: 0, amount: 2 });
  });

  test("the header printed again over a second block heads that block: no unreadable amount", () => {
    const r = readBudgetRows([
      ["Lasten (x 1.000)", "Rekening 2023", "Begroting 2024"],
      ["Programma 1", "100", "110"],
      ["Baten (x 1.000)", "Rekening 2023", "Begroting 2024"],
      ["Programma 1", "20", "25"],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.lines.map((l) => [l.description, l.amount, l.kind ?? "line"])).toEqual([
      ["Programma 1", 110, "line"],
      ["Baten (x 1.000)", null, "heading"],
      ["Programma 1", 25, "line"],
    ]);
  });

  test("codes opening the descriptions are taakvelden where their names follow; a proposal list's item numbers are not, though 1.1 and 2.1 are codes too", () => {
    const overview = readBudgetRows([
      ["Taakveld", "Lasten", "Baten"],
      ["0.1 Bestuur", "3.179", "466"],
      ["1.1 Crisisbeheersing en brandweer", "2.000", "0"],
      ["6.3 Inkomens-regelingen", "9.000", "8.000"],
    ]);
    expect(overview.lines.map((l) => l.taakveld)).toEqual(["0.1", "1.1", "6.3"]);
    // Headed by the list's subject, not "Taakveld": only the codes' company says what they are.
    const withNames = readBudgetRows([
      ["Overzicht", "2026"],
      ["0.1 Bestuur", "3.179"],
      ["1.1 Crisisbeheersing en brandweer", "2.000"],
      ["6.3 Inkomensregelingen", "9.000"],
    ]);
    expect(withNames.lines.map((l) => l.taakveld)).toEqual(["0.1", "1.1", "6.3"]);
    const proposals = readBudgetRows([
      ["Autonome ontwikkelingen", "2026", "2027"],
      ["1.1 Kleinere bezetting college 2026", "-68", "0"],
      ["1.2 Opzet regionale bedrijfsvoeringsorganisatie", "216", "62"],
      ["2.1 Vertraging invoering eigen bijdrage WMO", "230", "230"],
    ]);
    expect(proposals.lines.map((l) => [l.description, l.taakveld])).toEqual([
      ["1.1 Kleinere bezetting college 2026", null],
      ["1.2 Opzet regionale bedrijfsvoeringsorganisatie", null],
      ["2.1 Vertraging invoering eigen bijdrage WMO", null],
    ]);
  });

  test("a column headed as numbers holds taakvelden only where the descriptions beside them name theirs", () => {
    const items = readBudgetRows([
      ["Nr.", "Onderwerp", "2026"],
      ["1.1", "Kleinere bezetting college", "68"],
      ["1.2", "Hogere bijdrage Veiligheidsregio", "-212"],
      ["2.1", "Jeugdhulp: stijging maatwerk", "-1.450"],
    ]);
    expect(items.lines.map((l) => [l.description, l.taakveld])).toEqual([
      ["Kleinere bezetting college", null],
      ["Hogere bijdrage Veiligheidsregio", null],
      ["Jeugdhulp: stijging maatwerk", null],
    ]);
    const overview = readBudgetRows([
      ["Nr.", "Doel", "Begroot lasten"],
      ["0.1", "Bestuur", "2.087.994"],
      ["0.2", "Burgerzaken", "1.033.209"],
      ["1.1", "Crisisbeheersing en brandweer", "2.000.000"],
    ]);
    expect(overview.lines.map((l) => l.taakveld)).toEqual(["0.1", "0.2", "1.1"]);
  });

  test("a figure with its sign written twice is reported, and its row is a line, not a heading", () => {
    const r = readBudgetRows([
      ["Onderwerp", "2026"],
      ["Autonome ontwikkelingen", ""],
      ["Hogere bijdrage Veiligheidsregio", "-212 N"],
      ["Jeugdhulp: stijging maatwerk", "-1.450"],
    ]);
    expect(r.lines.map((l) => [l.description, l.amount, l.kind ?? "line", l.context])).toEqual([
      ["Autonome ontwikkelingen", null, "heading", undefined],
      ["Hogere bijdrage Veiligheidsregio", null, "line", ["Autonome ontwikkelingen"]],
      ["Jeugdhulp: stijging maatwerk", -1450, "line", ["Autonome ontwikkelingen"]],
    ]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[3, "amountNotNumber"]]);
  });

  test("an error written as a Dutch Excel saves it in a csv ('#VERW!', '#DEEL/0!', '#N/B') is an error cell, not a description or a figure", () => {
    const r = readBudgetRows([
      ["Onderwerp", "2026"],
      ["Riolering", "#DEEL/0!"],
      ["#VERW!", "-10"],
      ["Afval", "#N/B"],
    ]);
    expect(r.lines.map((l) => [l.row, l.description, l.amount])).toEqual([
      [2, "Riolering", null],
      [4, "Afval", null],
    ]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([
      [2, "errorCell"],
      [3, "errorCell"],
      [4, "errorCell"],
    ]);
    expect(r.problems[1]?.message.nl).toContain("#VERW!");
    // Each named as the user's Excel shows it.
    expect(r.problems[1]?.message.en).toContain("#REF!");
    expect(r.problems[0]?.message.en).toContain("#DIV/0!");
  });

  test("a row whose figure is an error value is a line whose amount was not read, not a heading", () => {
    const r = readBudgetRows([
      ["Onderwerp", "2026"],
      ["Jeugdzorg", { error: "#DIV/0!" }],
      ["Wmo", 120],
    ]);
    expect(r.lines.map((l) => [l.row, l.description, l.amount, l.kind])).toEqual([
      [2, "Jeugdzorg", null, undefined],
      [3, "Wmo", 120, undefined],
    ]);
    expect(r.lines[1]?.context).toBeUndefined();
    expect(r.problems[0]?.message.nl).toBe("Rij 2: kolom bedrag bevat de foutwaarde #DEEL/0!.");
    expect(r.problems[0]?.message.en).toContain("#DIV/0!");
  });

  test("reports unreadable lines with their row numbers instead of dropping them", () => {
    const rows: unknown[][] = [
      header,
      [null, "0.1", "Raad", "veel geld"],
      [null, null, null, 500],
      [null, "7.2", "Riolering", { error: "#REF!" }],
      [null, "7.3", { error: "#DIV/0!" }, 20],
      [null, "#N/A", "Afval", "#DIV/0!"],
    ];
    const r = readBudgetRows(rows);
    expect(r.lines.map((l) => [l.row, l.description, l.amount, l.taakveld])).toEqual([
      [2, "Raad", null, "0.1"],
      [4, "Riolering", null, "7.2"],
      [6, "Afval", null, null],
    ]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([
      [2, "amountNotNumber"],
      [3, "descriptionMissing"],
      [4, "errorCell"],
      [5, "errorCell"],
      [6, "errorCell"],
      [6, "errorCell"],
    ]);
    for (const p of r.problems) {
      expect(p.message.nl).toContain(`Rij ${p.row}`);
      expect(p.message.en).toContain(`Row ${p.row}`);
    }
    expect(r.problems[2]?.message.en).toContain("#REF!");
    expect(r.problems[2]?.message.nl).toContain("#VERW!");
  });

  test("row offset and hidden rows (task pane ranges)", () => {
    const rows: unknown[][] = [
      ["Omschrijving", "Lasten"],
      ["Raad", 1],
      ["Geheim", 2],
    ];
    const r = readBudgetRows(rows, { rowOffset: 4, hiddenRows: new Set([7]) });
    expect(r.header?.headerRow).toBe(5);
    expect(r.lines).toEqual([
      { row: 6, description: "Raad", taakveld: null, amount: 1, owner: null },
      { row: 7, description: "Geheim", taakveld: null, amount: 2, owner: null, hidden: true },
    ]);
  });

  test("repeated page headers are skipped", () => {
    const rows: unknown[][] = [["Omschrijving", "Lasten"], ["Raad", 1], ["Omschrijving", "Lasten"], ["Griffie", 2]];
    expect(readBudgetRows(rows).lines.map((l) => l.row)).toEqual([2, 4]);
  });

  test("rich text and hyperlink cells read as text", () => {
    const rows: unknown[][] = [
      ["Omschrijving", "Lasten"],
      [{ richText: [{ text: "Wmo " }, { text: "begeleiding", font: { bold: true } }] }, 10],
      [{ text: "Bibliotheek", hyperlink: "https://example.org" }, { sharedFormula: "B2", result: 11 }],
    ];
    expect(readBudgetRows(rows).lines.map((l) => [l.description, l.amount])).toEqual([
      ["Wmo begeleiding", 10],
      ["Bibliotheek", 11],
    ]);
  });

  test("empty sheet and missing header are coded errors", () => {
    const empty = readBudgetRows([[], [null, "  "]]);
    expect(empty.error?.code).toBe("emptySheet");
    expect(empty.lines).toEqual([]);
    const none = readBudgetRows([["a", "b"]]);
    expect(none.error?.code).toBe("noHeader");
    expect(none.error?.message.nl).toMatch(/kopregel/);
  });

  test("a table published without a header: its first line is a line, and figures with a unit word are amounts", () => {
    const r = readBudgetRows([
      ["Mutatie algemene uitkering meicirculaire", "€ 28,8 mln", "(programma Algemene middelen)"],
      ["Actualisatie kapitaallasten", "€ 14,5 mln", "(programma Algemene middelen)"],
      ["Jeugdhulp persoonsgebondenbudget", "- € 14,1 mln", "(programma Zorg, welzijn en wijkteams)"],
    ]);
    expect(r.lines.map((l) => [l.row, l.description, l.amount])).toEqual([
      [1, "Mutatie algemene uitkering meicirculaire", 28_800_000],
      [2, "Actualisatie kapitaallasten", 14_500_000],
      [3, "Jeugdhulp persoonsgebondenbudget", -14_100_000],
    ]);
    // A name beside its figure under a one-word title is a line, not the header.
    expect(readBudgetRows([["Lasten", ""], ["Begroot", "€ 48.660.137"], ["Realisatie", "€ 50.928.446"]]).lines.map((l) => l.description)).toEqual(["Lasten", "Begroot", "Realisatie"]);
  });

  test("a figure that names its own unit is kept in the unit the table states, never scaled twice", () => {
    const thousands = readBudgetRows([
      ["Bedragen x € 1.000"],
      ["Omschrijving", "Bedrag"],
      ["Jeugdhulp", "12.400"],
      ["Tekort jeugdzorg", "2,1 mln"],
      ["Uitvoering Wmo", "€ 0,5 miljoen"],
      ["Onvoorzien", "-750 duizend"],
    ]);
    expect(thousands.lines.map((l) => l.amount)).toEqual([12_400, 2_100, 500, -750]);
    // The unit in the amount header counts the same as a title line's.
    expect(readBudgetRows([["Omschrijving", "Lasten (x € 1 mln)"], ["Wegen", "3,5"], ["Bruggen", "250 duizend"]]).lines.map((l) => l.amount)).toEqual([3.5, 0.25]);
    // Where the table states no unit, amounts are euros and a unit word makes them so.
    expect(readBudgetRows([["Omschrijving", "Bedrag"], ["Wegen", "2,1 mln"], ["Bruggen", "12.400"]]).lines.map((l) => l.amount)).toEqual([2_100_000, 12_400]);
    // A unit stated outside the rows handed over (the pane finds it above its region) counts too; the rows' own beats it.
    const rows = [["Omschrijving", "Bedrag"], ["Wegen", "2,1 mln"], ["Bruggen", "12.400"]];
    expect(readBudgetRows(rows, { factor: 1000 }).lines.map((l) => l.amount)).toEqual([2_100, 12_400]);
    expect(readBudgetRows([["x € 1 mln"], ...rows], { factor: 1000 }).lines.map((l) => l.amount)).toEqual([2.1, 12_400]);
  });

  test("a figure written in a text (\"budget € 750.000 voor 2013\") is read and said; a text naming a sum alone in its row stays the line", () => {
    const prose = readBudgetRows([
      ["Vrijetijdseconomie", "budget € 750.000 voor 2013"],
      ["Green Deal zonneceltechnologie", "budget € 5,4 miljoen voor de periode 2013-2020"],
      ["Wegen", "€ 1.200.000"],
    ]);
    expect(prose.lines.map((l) => [l.description, l.amount])).toEqual([
      ["Vrijetijdseconomie", 750_000],
      ["Green Deal zonneceltechnologie", 5_400_000],
      ["Wegen", 1_200_000],
    ]);
    expect(prose.problems.map((p) => [p.row, p.code])).toEqual([
      [1, "amountInText"],
      [2, "amountInText"],
    ]);
    expect(prose.problems[0]?.message.nl).toContain("€ 750.000");
    // In a table of thousands a sum with its own unit word is taken in thousands; the text's other digits ("2013") say nothing of the decimal mark.
    expect(readBudgetRows([["Bedragen x € 1.000"], ["Omschrijving", "Bedrag"], ["Vrijetijdseconomie", "budget € 0,75 mln voor 2013"], ["Wegen", "1.200"]]).lines.map((l) => l.amount)).toEqual([750, 1200]);
    expect(readBudgetRows([["Omschrijving", "Bedrag"], ["Vrijetijdseconomie", "budget € 750.000 voor 2013"], ["Wegen", "1.200"]]).lines.map((l) => l.amount)).toEqual([750_000, 1200]);
    // A list of one text per row that names its sum: the texts are the lines.
    const single = readBudgetRows([["De geselecteerde voorstellen met de rijksbijdrage:"], ["Het Hogeland € 12,1 miljoen"], ["Regio Centra Groningen € 20 miljoen"], ["Oost-Groningen € 12,5 miljoen"]]);
    expect(single.lines.map((l) => [l.description, l.amount])).toEqual([
      ["Het Hogeland € 12,1 miljoen", 12_100_000],
      ["Regio Centra Groningen € 20 miljoen", 20_000_000],
      ["Oost-Groningen € 12,5 miljoen", 12_500_000],
    ]);
    expect(single.problems.map((p) => p.code)).toEqual(["amountInText", "amountInText", "amountInText"]);
  });

  test("a second table beside the first (\"Lasten | Bedrag | Baten | Bedrag\") is not part of it: the user is told, and it is read on its own; a column of notes or of markers right of the figures is no table", () => {
    const beside = readBudgetRows([
      ["Staat van lasten en baten 2026"],
      ["Bedragen x € 1.000"],
      ["Lasten", "Bedrag", "Baten", "Bedrag"],
      ["Personeelskosten", "4.200", "Leges", "800"],
      ["Subsidies welzijn", "1.300", "Rijksbijdragen", "2.100"],
      ["Onderhoud wegen", "900", "Huren", "300"],
      ["Bibliotheek", "600", "Rioolheffing", "1.900"],
      ["Jeugdzorg", "2.500"],
    ]);
    expect(beside.lines.map((l) => l.description)).toEqual(["Personeelskosten", "Subsidies welzijn", "Onderhoud wegen", "Bibliotheek", "Jeugdzorg"]);
    expect(beside.problems.map((p) => [p.row, p.code])).toEqual([[3, "tableBeside"]]);
    expect(beside.problems[0]?.message.nl).toContain('omschrijvingen "Baten", bedragen "Bedrag"');
    // The second table's lines on their own rows; the longer first table adds none.
    expect(beside.beside).toMatchObject({ description: 2, amount: 3 });
    expect(beside.beside?.result.lines.map((l) => [l.row, l.description, l.amount])).toEqual([
      [4, "Leges", 800],
      [5, "Rijksbijdragen", 2100],
      [6, "Huren", 300],
      [7, "Rioolheffing", 1900],
    ]);
    // Its lines stand under the title printed above both tables.
    expect(beside.beside?.result.lines[0]?.context).toContain("Staat van lasten en baten 2026");
    expect(beside.beside?.result.problems).toEqual([]);
    // A table read from columns the user picked looks for no other table beside it.
    expect(readBudgetRows([["Lasten", "Bedrag", "Baten", "Bedrag"], ["Leges", "800", "Huren", "300"]], { header: { headerRow: 1, columns: { description: 0, amount: 1 } } }).beside).toBeUndefined();
    const notes = readBudgetRows([
      ["Omschrijving", "2026", "Toelichting"],
      ["Bibliotheek", "600", "Nieuwe vestiging in het centrum"],
      ["Zwembad", "410", "Exploitatie na renovatie"],
      ["Wegen", "900", "Groot onderhoud Dorpsstraat"],
    ]);
    expect(notes.problems).toEqual([]);
    const markers = readBudgetRows([
      ["Omschrijving", "2026", "I/S", "2027"],
      ["Bibliotheek", "600", "Structureel", "600"],
      ["Zwembad", "410", "Incidenteel", "0"],
      ["Wegen", "900", "Structureel", "900"],
      ["Groen", "300", "Structureel", "300"],
    ]);
    expect(markers.problems).toEqual([]);
  });

  test("a budget's outline without figures (\"Programma 1 …\", \"Doel 1.1 …\") is a list of lines, its first row too; a document's contents or a column of notes is not", () => {
    const outline = [
      ["Programma 1 Groen en Water"],
      ["Doel 1.1 Voldoende schoon en zoet water"],
      ["Doel 1.2 Behoud van biodiversiteit"],
      ["Programma 2 Mobiliteit"],
      ["Doel 2.1 Een adequaat regionaal openbaar vervoersaanbod"],
      ["Doel 2.2 Betere bereikbaarheid en verkeersveiligheid"],
    ];
    const read = readBudgetRows(outline);
    expect(read.lines.map((l) => l.description)).toEqual(outline.map((r) => r[0]));
    expect(read.lines.every((l) => l.amount === null)).toBe(true);
    // Fewer than five parts is too little to tell an outline from a note.
    expect(readBudgetRows(outline.slice(0, 4)).lines).toEqual([]);
    // A document's table of contents names chapters, not parts of a budget.
    const contents = [["Hoofdstuk 1 Inleiding"], ["Hoofdstuk 2 Programma's"], ["Hoofdstuk 3 Paragrafen"], ["Hoofdstuk 4 Financiële begroting"], ["Hoofdstuk 5 Bijlagen"], ["Hoofdstuk 6 Begrippenlijst"]];
    expect(readBudgetRows(contents).lines).toEqual([]);
    // Notes, numbered or not, are no outline: most of them must name a numbered part.
    const notes = [["Programma 1 Groen en Water"], ["Het college besluit de nota vast te stellen."], ["Zie de toelichting in de bijlage."], ["Met dank aan de ambtelijke organisatie."], ["Vragen kunnen naar de griffie."], ["Doel 1.1 Schoon water"]];
    expect(readBudgetRows(notes).lines).toEqual([]);
  });

  test("the rows of a statement of reserves are reserves, known by the table's header; a table of lasten and baten with a saldo is not one", () => {
    const kinds = (rows: unknown[][]) => readBudgetRows(rows).lines.map((l) => l.kind ?? "line");
    expect(kinds([["", "Eind-saldo 2016", "Begin-saldo 2017", "Bij 2017", "Af 2017", "Eind-saldo 2017"], ["B029  Bodem", "4.672", "4.672", "0", "-366", "4.306"], ["B032  Nieuwe Natuur", "16.257", "16.257", "0", "-471", "15.786"]])).toEqual(["reserve", "reserve"]);
    expect(kinds([["Reserve (bedragen x € 1.000)", "Beginsaldo", "Storting", "Onttrekking", "Eindsaldo"], ["Algemene reserves", "", "", "", ""], ["Mobiliteitsbeleid", "3.014", "450", "-1.124", "2.545"]])).toEqual(["heading", "reserve"]);
    expect(kinds([["Omschrijving", "Lasten", "Baten", "Saldo"], ["Bodem", "4.672", "100", "-4.572"]])).toEqual(["line"]);
    expect(kinds([["Omschrijving", "Saldo 2024", "Bij", "Af"], ["Bodem", "4.672", "100", "-4.572"]])).toEqual(["line"]);
  });

  test("a programme table closed by a total of reserve movements lists reserve movements; not where a total of tasks stands above it", () => {
    const kinds = (rows: unknown[][]) => readBudgetRows(rows).lines.map((l) => l.kind ?? "line");
    const movements = [
      ["Nr.", "Omschrijving", "lasten", "baten", "saldo"],
      ["02", "Sociaal domein", "10", "0", "10"],
      ["06", "Openbare ruimte", "1", "0", "1"],
      ["", "totaal mutatie reserves", "11", "0", "11"],
    ];
    expect(kinds(movements)).toEqual(["reserve", "reserve", "reserve"]);
    expect(kinds([...movements.slice(0, 3), ["", "Totaal mutaties in reserves", "11", "0", "11"]])).toEqual(["reserve", "reserve", "reserve"]);
    // A programme overview whose closing row is the result, with reserve rows above it: tasks stay tasks.
    expect(kinds([...movements.slice(0, 3), ["", "Toevoegingen reserves", "5", "0", "5"], ["", "Resultaat", "16", "0", "16"]])).toEqual(["line", "line", "line", "line"]);
    // Two tables on one sheet: the first closed by its own total.
    expect(kinds([...movements.slice(0, 3), ["", "Totaal programma's", "11", "0", "11"], ["", "Algemene reserve", "3", "0", "3"], ["", "Totaal reserves", "3", "0", "3"]])).toEqual(["line", "line", "line", "line", "line"]);
  });

  test("a sum with a note in brackets is read; a row naming several sums is a line that still heads the rows below it", () => {
    const r = readBudgetRows([
      ["Regeling", "Bedrag"],
      ["Aed's (artikel 11)", "€ 20.780,- (dit is voor het jaar 2023 én 2024 samen)"],
      ["Sport – jeugdleden (artikel 8)", "Per jeugdlid met barinkomsten: € 13,14. Per jeugdlid zonder: € 26,27."],
      ["Maximumbedrag per subsidie:", "€ 378,85"],
    ]);
    expect(r.lines.map((l) => [l.description, l.amount, l.kind ?? "line"])).toEqual([
      ["Aed's (artikel 11)", 20_780, "line"],
      ["Sport – jeugdleden (artikel 8)", null, "line"],
      ["Maximumbedrag per subsidie:", 378.85, "line"],
    ]);
    expect(r.lines[2]?.context).toContain("Sport – jeugdleden (artikel 8)");
    // The row whose sums could not be read as one amount is listed.
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([
      [2, "amountInText"],
      [3, "amountNotNumber"],
    ]);
  });

  test("a small figure without a unit in a column whose figures name one (\"16 miljoen\", \"44,8\") is read in that unit, and said", () => {
    const news = readBudgetRows([
      ["Vitaal Platteland", "5,7 miljoen"],
      ["Cultuur en maatschappij", "16 miljoen"],
      ["Regionale economie", "18,9 miljoen"],
      ["Verkeer en vervoer", "44,8"],
      ["Ruimte en wonen", "3,6"],
    ]);
    expect(news.lines.map((l) => l.amount)).toEqual([5_700_000, 16_000_000, 18_900_000, 44_800_000, 3_600_000]);
    expect(news.problems.map((p) => [p.row, p.code])).toEqual([
      [4, "amountInColumnUnit"],
      [5, "amountInColumnUnit"],
    ]);
    expect(news.problems[0]?.message.nl).toContain("44.800.000");
    expect(news.problems[0]?.message.en).toContain("44,800,000");
    // A figure written out ("250.000") is euros; so is every figure where few name a unit, or the table states its own.
    expect(readBudgetRows([["Omschrijving", "Bedrag"], ["Wegen", "2,1 mln"], ["Bruggen", "250.000"]]).lines.map((l) => l.amount)).toEqual([2_100_000, 250_000]);
    expect(readBudgetRows([["Omschrijving", "Bedrag"], ["Wegen", "2,1 mln"], ["Bruggen", "12"], ["Kades", "8"]]).lines.map((l) => l.amount)).toEqual([2_100_000, 12, 8]);
    expect(readBudgetRows([["Bedragen x € 1.000"], ["Omschrijving", "Bedrag"], ["Wegen", "2,1 mln"], ["Bruggen", "12"]]).lines.map((l) => l.amount)).toEqual([2_100, 12]);
  });

  test("a row without a figure is a heading, unless it is a dashed item or says the figure does not apply", () => {
    const r = readBudgetRows([
      ["Omschrijving", "Lasten"],
      ["Bereikbaarheid", ""],
      ["Fietsparkeren", "120"],
      ["Wegen", "300"],
      ["Openbaar vervoer", "40"],
      ["– Overige inzet", ""],
      ["Vastgoed", "n.v.t."],
      ["Markt fase 1", "+ PM"],
    ]);
    expect(r.lines.map((l) => [l.description, l.kind ?? "line"])).toEqual([
      ["Bereikbaarheid", "heading"],
      ["Fietsparkeren", "line"],
      ["Wegen", "line"],
      ["Openbaar vervoer", "line"],
      ["– Overige inzet", "line"],
      ["Vastgoed", "line"],
      ["Markt fase 1", "line"],
    ]);
  });

  test("an explicit header overrides detection", () => {
    const rows: unknown[][] = [["x", "y"], ["Raad", "5"]];
    const r = readBudgetRows(rows, { header: { headerRow: 1, columns: { description: 0, amount: 1 } } });
    expect(r.lines).toEqual([{ row: 2, description: "Raad", taakveld: null, amount: 5, owner: null }]);
  });
});

describe("tables of indicators and ratios beside the money", () => {
  test("a table of indicators ('Indicator | Eenheid | ... | Bron') or financial ratios ('Kengetal') is no budget table", () => {
    expect(
      detectHeader([
        ["Indicator", "Eenheid", "Jaar", "Gemeente", "Nederland", "Bron"],
        ["Banen", "Aantal per 1.000 inwoners 15-64 jaar", 2023, 812, 806, "LISA"],
        ["Jongeren met jeugdhulp", "%", 2023, 11.6, 12.9, "CBS"],
      ]),
    ).toBeNull();
    // Years written as numbers are column names too.
    expect(
      detectHeader([
        ["Kengetallen", 2024, 2025, 2026],
        ["Netto schuldquote", 0.85, 0.9, 0.92],
        ["Solvabiliteitsratio", 0.21, 0.2, 0.19],
      ]),
    ).toBeNull();
    expect(
      detectHeader([
        ["Kengetal", "Rekening 2024", "Begroting 2025", "Begroting 2026"],
        ["Netto schuldquote", 0.85, 0.9, 0.92],
        ["Solvabiliteitsratio", 0.21, 0.2, 0.19],
      ]),
    ).toBeNull();
  });

  test("under a budget table, an indicator table's rows are passed over to the next empty row, and said; its unit texts do not turn 1.200 into 1,2", () => {
    const r = readBudgetRows([
      ["Omschrijving", "Lasten 2026"],
      ["Economische zaken", "450"],
      ["Bedrijventerreinen", "1.200"],
      [],
      ["Indicator", "Eenheid", "Waarde"],
      ["Functiemenging", "%", "52,1"],
      ["Vestigingen", "Aantal per 1.000 inwoners 15-64 jaar", "140"],
      [],
      ["Toerisme", "300"],
    ]);
    expect(r.lines.map((l) => [l.row, l.description, l.amount])).toEqual([
      [2, "Economische zaken", 450],
      [3, "Bedrijventerreinen", 1200],
      [9, "Toerisme", 300],
    ]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[5, "indicatorTable"]]);
    expect(r.problems[0]?.message.nl).toContain('tabel van indicatoren of kengetallen ("Indicator")');
  });

  test("an empty row a workbook did not store (a gap in the rows) ends the indicator table too", () => {
    const rows: (unknown[] | undefined)[] = [
      ["Omschrijving", "Lasten 2026"],
      ["Wmo", 100],
      ["Indicator", "Eenheid", "Waarde"],
      ["Cliënten Wmo", "Aantal per 10.000 inwoners", 610],
      undefined,
      ["GGD Regio", 1200],
    ];
    const r = readBudgetRows(rows);
    expect(r.lines.map((l) => [l.row, l.description, l.amount])).toEqual([
      [2, "Wmo", 100],
      [6, "GGD Regio", 1200],
    ]);
  });

  test("a budget line about indicators is a line, and columns headed as amounts stay amounts however small", () => {
    const r = readBudgetRows([
      ["Omschrijving", "Rekening 2024", "Begroting 2025", "Begroting 2026"],
      ["Monitoring indicatoren", 4.1, 5.2, 6.1],
      ["Jeugd", 6.1, 0.2, 7.1],
    ]);
    expect(r.header?.columns).toEqual({ description: 0, amount: 3 });
    expect(r.lines.map((l) => [l.description, l.taakveld, l.amount, l.context])).toEqual([
      ["Monitoring indicatoren", null, 6.1, undefined],
      ["Jeugd", null, 7.1, undefined],
    ]);
  });
});

describe("a later table under the first", () => {
  test("with its amounts in a column of its own ('Naam | Bijdrage 2026'), its lines take their amounts from it, and the user is told", () => {
    const r = readBudgetRows([
      ["Omschrijving", "Rekening 2024", "Begroting 2026"],
      ["Wmo", 90, 100],
      ["Jeugdhulp", 180, 200],
      [],
      ["Verbonden partijen"],
      ["Naam", "Bijdrage 2026"],
      ["GR Werkbedrijf Regio", 4300],
      ["GGD Regio", 1200],
    ]);
    expect(r.lines.map((l) => [l.row, l.description, l.amount])).toEqual([
      [2, "Wmo", 100],
      [3, "Jeugdhulp", 200],
      [5, "Verbonden partijen", null],
      [6, "Naam", null],
      [7, "GR Werkbedrijf Regio", 4300],
      [8, "GGD Regio", 1200],
    ]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[6, "newTable"]]);
    expect(r.problems[0]?.message.nl).toBe('Rij 6: hier begint een volgende tabel ("Naam" | "Bijdrage 2026"); haar posten zijn getoetst met de bedragen uit haar eigen kolom "Bijdrage 2026".');
    // Its header row stays what it was read as before: the heading of the lines under it.
    expect(r.lines.find((l) => l.row === 6)?.kind).toBe("heading");
  });

  test("with its amounts in the same column the table goes on as read; a heading beside a column's label starts no table", () => {
    const r = readBudgetRows([
      ["Omschrijving", "Lasten 2026"],
      ["Wmo", 100],
      [],
      ["Omschrijving", "Krediet"],
      ["Vervanging tractie", 250],
    ]);
    expect(r.lines.map((l) => [l.row, l.description, l.amount])).toEqual([
      [2, "Wmo", 100],
      [4, "Omschrijving", null],
      [5, "Vervanging tractie", 250],
    ]);
    expect(r.problems).toEqual([]);
  });

  test("a heading beside a column's label ('0011 Bestuurlijke samenwerking | Baten') is no table header", () => {
    const r = readBudgetRows([
      ["Omschrijving", "Lasten", "Baten"],
      ["Raad", 100, 0],
      ["0011 Bestuurlijke samenwerking", null, "Baten"],
      ["Regiobijdrage", 20, 0],
    ]);
    expect(r.problems.map((p) => p.code)).not.toContain("newTable");
    expect(r.lines.find((l) => l.description === "Regiobijdrage")?.amount).toBe(20);
  });
});
