import { otherFigures, readFigures, splitFigures } from "../../src/budget/pasted";

const figuresInText = (...a: Parameters<typeof readFigures>) => readFigures(...a).inText;
const figureCountsDiffer = (...a: Parameters<typeof readFigures>) => readFigures(...a).unclear;
import type { FiguresInText } from "../../src/budget/layout";
import { readBudgetRows } from "../../src/budget/reader";

describe("splitFigures: the figures at the end of a text pasted from a PDF", () => {
  test.each([
    ["0.1 Bestuur 3.179 466 -2.713", 3, "0.1 Bestuur", ["3.179", "466", "-2.713"]],
    // "18+" and "6.71a" are words of the text, not figures.
    ["6.71a Maatwerkdienstverlening 18+ 8.990 450 -8.540", 3, "6.71a Maatwerkdienstverlening 18+", ["8.990", "450", "-8.540"]],
    // A dash is nothing; a currency sign goes with its figure.
    ["Sporthal Zuid € 1.250 - € 1.250", 3, "Sporthal Zuid", ["1.250", "-", "1.250"]],
    ["Bijstand (BUIG) 21.560,5", 1, "Bijstand (BUIG)", ["21.560,5"]],
    // No more than asked, and never the first word.
    ["Riolering 5.100 6.020 920", 2, "Riolering 5.100", ["6.020", "920"]],
    ["2026 1.200", 3, "2026", ["1.200"]],
    ["Groot onderhoud 2026-2028", 3, "Groot onderhoud 2026-2028", []],
  ])("%s (%d)", (text, max, rest, figures) => {
    expect(splitFigures(text, max)).toEqual({ text: rest, figures });
  });
});

describe("figuresInText: whether a column's texts end in their figures", () => {
  const rows = (texts: string[]) => texts.map((t) => [t]);

  test("the header's last words say which figure is the amount", () => {
    const body = rows(["0.1 Bestuur 3.179 466 -2.713", "6.3 Inkomensregelingen 21.560 17.230 -4.330", "6. Sociaal domein", "Totaal 24.739 17.696 -7.043"]);
    expect(figuresInText(body, 0, "Taakveld Lasten Baten Saldo")).toEqual({ count: 3, pick: 0, name: "Lasten", names: ["Lasten", "Baten", "Saldo"] });
    expect(figuresInText(body, 0, "Omschrijving Baten Lasten Saldo")).toEqual({ count: 3, pick: 1, name: "Lasten", names: ["Baten", "Lasten", "Saldo"] });
    // No names: the first figure.
    expect(figuresInText(body, 0, null)).toEqual({ count: 3, pick: 0, name: null, names: [] });
  });

  test("a list whose texts do not end in figures, or end in a year, has none", () => {
    expect(figuresInText(rows(["Groot onderhoud fase 2", "Sporthal", "Renovatie zwembad", "Bibliotheek"]), 0, "Omschrijving")).toBeNull();
    expect(figuresInText(rows(["Evaluatie woonvisie 2025", "Actualisatie GRP 2026", "Visie centrum 2030"]), 0, "Onderwerp")).toBeNull();
    expect(figuresInText(rows(["Riolering 5.100"]), 0, "Omschrijving")).toBeNull();
  });
});

describe("a table pasted from a PDF into one column", () => {
  test("reads each line's amount from its text, its code as its taakveld, and a row without figures as a heading", () => {
    const r = readBudgetRows([
      ["Overzicht van baten en lasten per taakveld (bedragen x € 1.000)"],
      ["Taakveld Lasten Baten Saldo"],
      ["0. Bestuur en ondersteuning"],
      ["0.1 Bestuur 3.179 466 -2.713"],
      ["0.2 Burgerzaken 1.204 512 -692"],
      ["6. Sociaal domein"],
      ["6.71a Maatwerkdienstverlening 18+ 8.990 450 -8.540"],
      ["Totaal 13.373 1.428 -11.945"],
    ]);
    expect(r.header?.figuresInText).toEqual({ count: 3, pick: 0, name: "Lasten", names: ["Lasten", "Baten", "Saldo"] });
    expect(r.lines.map((l) => [l.row, l.description, l.taakveld, l.amount, l.kind ?? "line"])).toEqual([
      [3, "0. Bestuur en ondersteuning", null, null, "heading"],
      [4, "0.1 Bestuur", "0.1", 3179, "line"],
      [5, "0.2 Burgerzaken", "0.2", 1204, "line"],
      [6, "6. Sociaal domein", null, null, "heading"],
      [7, "6.71a Maatwerkdienstverlening 18+", "6.71a", 8990, "line"],
      [8, "Totaal", null, 13373, "line"],
    ]);
    expect(r.problems).toEqual([]);
  });

  test("a row broken over two lines (\"6.71a Maatwerkdienstverlening\" over \"18+ 8.990 …\") is one line on the first row; a heading over an item is not joined", () => {
    const r = readBudgetRows([
      ["Taakveld Lasten Baten Saldo"],
      ["6. Sociaal domein"],
      ["6.1 Samenkracht en burgerparticipatie 4.100 120 -3.980"],
      ["6.2 Toegang en eerstelijnsvoorzieningen 5.300 0 -5.300"],
      ["6.3 Inkomensregelingen 21.560 17.230 -4.330"],
      ["6.4 Begeleide participatie 3.900 400 -3.500"],
      ["6.71a Maatwerkdienstverlening"],
      ["18+ 8.990 450 -8.540"],
      ["6.72 Maatwerkdienstverlening"],
      ["18- 12.400 0 -12.400"],
      ["6.81a Geëscaleerde zorg"],
      ["18+ (excl. beschermd wonen) 2.100 0 -2.100"],
      ["7.2 Riolering"],
      ["Rioolvervanging Dorpsstraat 900 0 -900"],
      ["Rioolheffing 0 6.020 6.020"],
    ]);
    expect(r.lines.map((l) => [l.row, l.description, l.taakveld, l.amount, l.kind ?? "line"])).toEqual([
      [2, "6. Sociaal domein", null, null, "heading"],
      [3, "6.1 Samenkracht en burgerparticipatie", "6.1", 4100, "line"],
      [4, "6.2 Toegang en eerstelijnsvoorzieningen", "6.2", 5300, "line"],
      [5, "6.3 Inkomensregelingen", "6.3", 21560, "line"],
      [6, "6.4 Begeleide participatie", "6.4", 3900, "line"],
      [7, "6.71a Maatwerkdienstverlening 18+", "6.71a", 8990, "line"],
      [9, "6.72 Maatwerkdienstverlening 18-", "6.72", 12400, "line"],
      // Four words go on no name: a heading and its item.
      [11, "6.81a Geëscaleerde zorg", "6.81a", null, "heading"],
      [12, "18+ (excl. beschermd wonen)", null, 2100, "line"],
      [13, "7.2 Riolering", "7.2", null, "heading"],
      [14, "Rioolvervanging Dorpsstraat", null, 900, "line"],
      [15, "Rioolheffing", null, 0, "line"],
    ]);
    // The joined lines stand under the group heading, not under each other.
    expect(r.lines[6]?.context).toEqual(["6. Sociaal domein"]);
  });

  test("the user names another of the figures the header names as the amount (\"Baten\", case aside); a name it does not give is refused with the names it gives", () => {
    const pasted = [["Taakveld Lasten Baten Saldo"], ["0.1 Bestuur 3.179 466 -2.713"], ["7.2 Riolering 5.100 6.020 920"]];
    const baten = readBudgetRows(pasted, { amountColumn: "baten" });
    expect(baten.header?.figuresInText).toMatchObject({ pick: 1, name: "Baten" });
    expect(baten.header?.amountHeader).toBe("Baten");
    expect(baten.lines.map((l) => l.amount)).toEqual([466, 6020]);
    expect(readBudgetRows(pasted, { amountColumn: "Saldo" }).lines.map((l) => l.amount)).toEqual([-2713, 920]);
    const wrong = readBudgetRows(pasted, { amountColumn: "Begroting 2026" });
    expect(wrong.error?.code).toBe("amountColumnNotFound");
    expect(wrong.error?.message.nl).toContain('"Lasten", "Baten", "Saldo"');
    expect(otherFigures(baten.header?.figuresInText as FiguresInText)).toBe('"Lasten", "Saldo"');
  });

  test("figures with a decimal comma are read as decimals, the comma no separator", () => {
    const r = readBudgetRows([["Taakveld Lasten Baten Saldo"], ["0.1 Bestuur 3.179,5 466,2 -2.713,3"], ["7.2 Riolering 5.100,1 6.020,0 919,9"]], { amountColumn: "Saldo" });
    expect(r.lines.map((l) => [l.description, l.amount])).toEqual([
      ["0.1 Bestuur", -2713.3],
      ["7.2 Riolering", 919.9],
    ]);
  });

  test("thousands written with spaces (\"3 179\"): more numbers than the header names figures, so none is read as the amount, and the user is told why", () => {
    const rows = [["Taakveld Lasten Baten Saldo"], ["0.1 Bestuur 3 179 466 -2 713"], ["7.2 Riolering 5 100 6 020 920"], ["8.3 Wonen en bouwen 1 840 1 290 -550"]];
    const r = readBudgetRows(rows);
    expect(r.header?.figuresInText).toBeUndefined();
    expect(r.lines.map((l) => l.amount)).toEqual([null, null, null]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[1, "figuresUnclear"]]);
    expect(r.problems[0]?.message.nl).toContain("de kop noemt 3 bedragen, maar de meeste teksten eindigen op 5 getallen");
    expect(figureCountsDiffer(rows.slice(1), 0, "Taakveld Lasten Baten Saldo")).toEqual({ named: 3, found: 5 });
    // Where they agree, nothing differs.
    expect(figureCountsDiffer([["0.1 Bestuur 3.179 466 -2.713"]], 0, "Taakveld Lasten Baten Saldo")).toBeNull();
  });

  test("a table with a column of amounts is read from that column, whatever its texts end in", () => {
    const r = readBudgetRows([
      ["Omschrijving", "Lasten"],
      ["Sporthal fase 2", "1.200"],
      ["Zwembad fase 3", "800"],
    ]);
    expect(r.header?.figuresInText).toBeUndefined();
    expect(r.lines.map((l) => [l.description, l.amount])).toEqual([
      ["Sporthal fase 2", 1200],
      ["Zwembad fase 3", 800],
    ]);
  });
});
