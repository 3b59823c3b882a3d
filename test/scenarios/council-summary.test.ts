// The council's level-check summary adds the budget's amounts as the budget
// states them: text figures count, and a figure naming its own unit ("2,1 mln")
// is taken in the table's unit, so the summary never shows 2.1 billion.

import { summarizeLevelResults } from "../../src/scenarios/council";

describe("summarizeLevelResults over result columns beside the budget", () => {
  const budget = (unit: string | null): unknown[][] => [
    ...(unit ? [[unit]] : []),
    ["Omschrijving", "Bedrag", "Oordeel"],
    ["Jeugdhulp", 12_400, "Juist niveau"],
    ["Tekort jeugdzorg", "2,1 mln", "Juist niveau"],
    ["Wegen", "1.500", "Juist niveau"],
  ];

  test("in a table of thousands, own-unit figures are converted once and text figures are read", () => {
    const s = summarizeLevelResults({ Begroting: budget("Bedragen x € 1.000") }, "nl");
    expect(s?.factor).toBe(1000);
    expect(s?.lines).toBe(3);
    expect(s?.rows.reduce((a, r) => a + r.amount, 0)).toBe(12_400 + 2_100 + 1_500);
  });

  test("in a table that states no unit, the amounts are euros", () => {
    const s = summarizeLevelResults({ Begroting: budget(null) }, "nl");
    expect(s?.factor).toBeNull();
    expect(s?.rows.reduce((a, r) => a + r.amount, 0)).toBe(12_400 + 2_100_000 + 1_500);
  });

  test("it adds the amounts the check read, where the column settles what a cell cannot say alone", () => {
    // "44,8" among figures in millions is 44.8 million, as the check read it (the reader's column rule).
    const news = [
      ["Programma", "Bedrag", "Oordeel"],
      ["Vitaal Platteland", "5,7 miljoen", "Juist niveau"],
      ["Cultuur en maatschappij", "16 miljoen", "Voorwaardelijk"],
      ["Verkeer en vervoer", "44,8", "Juist niveau"],
    ];
    const s = summarizeLevelResults({ Begroting: news }, "nl");
    expect(s?.rows.reduce((a, r) => a + r.amount, 0)).toBe(5_700_000 + 16_000_000 + 44_800_000);
  });
});
