// Contract version 2 as a user meets it: the same formula in Excel (through the
// custom-function adapter), in the workbench's engine and on the command line
// gives the hand-derived answer below, in English and in Dutch.

import type { Lang } from "../../src/core/types";
import { allHosts, matches, type Want } from "../helpers/hosts";

interface HostCase {
  readonly formula: string;
  readonly want: Record<Lang, Want | readonly (readonly Want[])[]>;
}

const same = (w: Want | readonly (readonly Want[])[]) => ({ en: w, nl: w });

const CASES: readonly HostCase[] = [
  // BREAKEVEN: 1 + 0 − 1 = 0, no longer a division by zero; 0.36/0.3 = 1.2 capped at 1
  { formula: "=BL.REVOLVING.BREAKEVEN(1, 0, 0, 0)", want: same(1) },
  { formula: "=BL.REVOLVING.BREAKEVEN(1, 0.3, 0, -0.06)", want: same(1) },
  // No break-even: 0.02 − 0.01 − 0.03 < 0. The fund loses value at the rate given, which is "real" only when that rate is inflation.
  {
    formula: "=BL.REVOLVING.BREAKEVEN(0, 0.02, 0.01, 0.03)",
    want: {
      en: { error: "#N/A", says: "the fund loses present value (contante waarde) at the discount rate given even if every loan is repaid" },
      nl: { error: "#N/A", says: "dus verliest het fonds contante waarde tegen de gegeven disconteringsvoet, ook als elke lening wordt terugbetaald" },
    },
  },
  // MAXRATE with the default national rate: (1 − 0.495)/(1 + 1.8) = 0.505/2.8
  { formula: "=BL.TAXMIGRATION.MAXRATE(1.8)", want: same(0.505 / 2.8) },
  // an explicit 0 still means no national tax: 1/(1 + 1) = 0.5
  { formula: "=BL.TAXMIGRATION.MAXRATE(1, 0)", want: same(0.5) },
  // half a point typed as 0.5
  {
    formula: "=BL.PARTICIPATION.YEARS(0.64, 0.72, 0.5)",
    want: { en: { error: "#VALUE!", says: "0.5 percentage point is 0.005" }, nl: { error: "#VALUE!", says: "0,5 procentpunt is 0,005" } },
  },
  // SBI codes as numbers
  {
    formula: "=BL.VARIETY({50;50}, {1.11;2.1})",
    want: { en: { error: "#VALUE!", says: "as text" }, nl: { error: "#VALUE!", says: "als tekst" } },
  },
  // SPIRAL statuses: no migration (elasticity 0) keeps the rate at 3000·3000/(100,000·2000) = 0.045
  {
    formula: "=BL.TAXMIGRATION.SPIRAL(2000, 3000, 100000, 3000, 0, 2)",
    want: {
      en: [
        ["Year", "Rich households", "Poor households", "Required rate", "Tax per rich household", "Status"],
        [0, 2000, 3000, 0.045, 4500, "start"],
        [1, 2000, 3000, 0.045, 4500, "steady"],
        [2, 2000, 3000, 0.045, 4500, "steady"],
      ],
      nl: [
        ["Jaar", "Rijke huishoudens", "Arme huishoudens", "Benodigd tarief", "Belasting per rijk huishouden", "Status"],
        [0, 2000, 3000, 0.045, 4500, "start"],
        [1, 2000, 3000, 0.045, 4500, "gelijkblijvend"],
        [2, 2000, 3000, 0.045, 4500, "gelijkblijvend"],
      ],
    },
  },
];

describe("contract version 2 in Excel's adapter, the engine and the command line", () => {
  test.each(CASES.flatMap((c) => (["en", "nl"] as const).map((lang) => [c.formula, lang, c] as const)))("%s (%s)", async (_f, lang, c) => {
    const answers = await allHosts(c.formula, lang);
    const problems = Object.entries(answers).flatMap(([host, got]) => {
      const p = matches(got, c.want[lang]);
      return p ? [`${host}: ${p}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
