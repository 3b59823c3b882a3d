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
});
