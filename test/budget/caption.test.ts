import { budgetCaption, sheetTitle } from "../../src/budget/caption";

describe("budgetCaption: the unit and the organisation a budget states above its table", () => {
  test.each([
    ["Bedragen x € 1.000 (fictieve gemeente, voorbeeldbestand)", 1000],
    ["Alle bedragen × €1000", 1000],
    ["(bedragen in € 1.000)", 1000],
    ["Lasten 2025 (x 1.000 euro)", 1000],
    ["bedragen in duizenden euro's", 1000],
    ["Amounts in thousands of euros", 1000],
    ["Expenditure 2026 (EUR thousands)", 1000],
    ["in thousand euros", 1000],
    ["Budget (EUR millions)", 1000000],
    ["(€ 000)", 1000],
    ["Bedragen x € 1.000.000", 1000000],
    ["bedragen in € mln", 1000000],
    // The Rijk's tables.
    ["(in miljarden euro, min = onderschrijding)", 1000000000],
    ["Bedragen x € 1.000.000.000", 1000000000],
    ["bedragen in € mld", 1000000000],
    ["Programmabegroting 2025", null],
    ["Totaal 1.000 woningen", null],
  ])("%s → %s", (text, factor) => {
    expect(budgetCaption([[text], ["Omschrijving", "Lasten"]], 2).factor).toBe(factor);
  });

  test("the amount header's own unit wins, and the organisation comes from a title line", () => {
    const rows = [[null, "Gemeente Lindewaard – Programmabegroting 2025"], ["Bedragen x € 1.000.000"], ["Omschrijving", "Lasten (x € 1.000)"]];
    expect(budgetCaption(rows, 3, "Lasten (x € 1.000)")).toEqual({ organisation: "Gemeente Lindewaard", factor: 1000 });
    expect(budgetCaption([["Provincie Zuiderkwartier"], ["Omschrijving"]], 2).organisation).toBe("Provincie Zuiderkwartier");
    expect(budgetCaption([["Begroting van de gemeente Bergen op Zoom 2025"], ["x"]], 2).organisation).toBe("gemeente Bergen op Zoom");
    expect(budgetCaption([["Omschrijving", "Lasten"]], 1)).toEqual({ organisation: null, factor: null });
    // A ministry's budget names the ministry, up to its chapter number.
    expect(budgetCaption([["Vaststelling begroting Ministerie van Onderwijs, Cultuur en Wetenschap (VIII) 2026"], ["x"]], 2).organisation).toBe(
      "Ministerie van Onderwijs, Cultuur en Wetenschap",
    );
    // A unit stated right under the header.
    expect(budgetCaption([["Omschrijving", "Lasten"], ["(bedragen x € 1.000)"], ["Wegen", "5"]], 1).factor).toBe(1000);
    expect(budgetCaption([["Omschrijving", "Lasten"], ["Wegen x € 1.000 extra"], ["Riolering", "5"]], 1).factor).toBeNull();
  });
});

describe("sheetTitle: the government another sheet is titled with", () => {
  test("a cell in its first rows that opens with a government's name", () => {
    expect(sheetTitle([["Waterschap De Lage Venen — Begroting 2026"], [], ["Product", "Lasten"]])).toBe("Waterschap De Lage Venen");
    expect(sheetTitle([[null, " Provincie Zuiderkwartier"]])).toBe("Provincie Zuiderkwartier");
  });

  test("not a budget line that names a government it pays, nor a title further down", () => {
    expect(sheetTitle([["Omschrijving", "Lasten"], ["Bijdrage gemeente Ede", 100]])).toBeNull();
    expect(sheetTitle([[], [], [], ["Gemeente Lindewaard"]])).toBeNull();
  });
});
