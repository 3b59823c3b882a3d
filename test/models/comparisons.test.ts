// The comparisons the essay's arguments need (README reference: REVOLVING.COMPARE,
// VVE.OPTIONS, AGGLOMERATION.DENSITY, MULTIYEAR), each against values worked
// out by hand below, in the core and through Excel's adapter, the engine and
// the command line alike, in English and in Dutch.

import type { Lang } from "../../src/core/types";
import { allHosts, matches, type Want } from "../helpers/hosts";
import { call } from "./helpers";
import { localizeTable } from "../../src/i18n/localize";
import { isTableResult, show } from "./helpers";

type Grid = readonly (readonly Want[])[];
interface Case {
  readonly what: string;
  readonly formula: string;
  /** Body rows (header and labels left out: their wording is checked once per function below). */
  readonly body: Grid;
}

const DIV0: Want = { error: "#DIV/0!" };

// ---------------------------------------------------------------- REVOLVING.COMPARE
//
// capital 1000, 2 years, defaults 10%, financing rate 5%, recovery 50%, interest 10%, no costs:
//   g  = 0.9·1.1 + 0.1·0.5 = 1.04;   K0 = 1000, K1 = 1040, K2 = 1081.6
//   write-downs = (1000 + 1040)·0.1·0.5 = 102;   interest = (1000 + 1040)·0.9·0.1 = 183.6
//   budget cost = 102 + 0 − 183.6 = −81.6: the budget shows a profit of 81.6 (= K2 − K0)
//   economic cost S = 1000 − 1081.6/1.05² = 1000 − 981.0430839 = 18.9569161
//   euros for firms per euro of subsidy = 1000/S = 52.75…;  subsidy element = S/1000
const S_A = 1000 - 1081.6 / 1.05 ** 2;
// the same with loans outstanding for 2 more years: V = 1081.6·(1.04/1.05)², S = 1000·(1 − (1.04/1.05)⁴)
const V_B = 1081.6 * (1.04 / 1.05) ** 2;
const S_B = 1000 * (1 - (1.04 / 1.05) ** 4);
// the example: €10m that only keeps its nominal value (g = 1) over 10 years at 3%:
//   the budget shows 0, the economic cost is 10m·(1 − 1.03^−10) = 2,559,060.56
const S_C = 10_000_000 * (1 - 1.03 ** -10);

const REVOLVING: readonly Case[] = [
  {
    what: "a fund whose budget shows a profit still costs money",
    formula: "=BL.REVOLVING.COMPARE(1000, 2, 0.1, 0.05, 0.5, 0.1)",
    body: [[1000, S_A], [102, null], [0, null], [183.6, null], [-81.6, S_A], [1081.6, 0], [1081.6, 0], [S_A, S_A], [1000 / S_A, 1], [S_A / 1000, 1]],
  },
  {
    what: "loans outstanding at the horizon valued over their remaining life",
    formula: "=BL.REVOLVING.COMPARE(1000, 2, 0.1, 0.05, 0.5, 0.1, 0, 2)",
    body: [[1000, S_B], [102, null], [0, null], [183.6, null], [-81.6, S_B], [1081.6, 0], [V_B, 0], [S_B, S_B], [1000 / S_B, 1], [S_B / 1000, 1]],
  },
  {
    what: "the issue's €10m fund at 3%",
    formula: "=BL.REVOLVING.COMPARE(10000000, 10, 0, 0.03)",
    body: [[10_000_000, S_C], [0, null], [0, null], [0, null], [0, S_C], [10_000_000, 0], [10_000_000, 0], [S_C, S_C], [10_000_000 / S_C, 1], [S_C / 10_000_000, 1]],
  },
  {
    // at a financing rate of 0 a fund that keeps its value costs nothing: the ratio has no answer
    what: "no cost at a financing rate of 0",
    formula: "=BL.REVOLVING.COMPARE(1000, 3, 0, 0)",
    body: [[1000, 0], [0, null], [0, null], [0, null], [0, 0], [1000, 0], [1000, 0], [0, 0], [DIV0, 1], [0, 1]],
  },
];

// ---------------------------------------------------------------- VVE.OPTIONS
//
// 1000 children, 20% target children, €1000 per programme year, 1 year, full take-up,
// perfect screening, effect 1 per target child and 0.1 per other child, base 50% of the hours:
//   universal: 1000 participants, 200 reached, cost 1,000,000, effect 200 + 800·0.1 = 280
//   targeted:  200 participants,  200 reached, cost   200,000, effect 200
//   hybrid:    1000 in the base, 200 with every hour; cost (1000·0.5 + 200·0.5)·1000 = 600,000;
//              effect 200·1 + 0 + 800·0.5·0.1 = 240
//   extra over targeted: universal 80 units for 800,000 → 10,000 each; hybrid 40 for 400,000 → 10,000
const VVE_PLAIN: Grid = [
  [1000, 200, 1000],
  [200, 200, 200],
  [200, 200, 200],
  [1_000_000, 200_000, 600_000],
  [0, 0, 0],
  [0, 0, 0],
  [1_000_000, 200_000, 600_000],
  [280, 200, 240],
  [1_000_000 / 280, 1000, 2500],
  [80, null, 40],
  [800_000, null, 400_000],
  [10_000, null, 10_000],
];
// with a GOAB grant of 300,000 and parents paying €100 per full programme year:
//   parents: universal 1000·100 = 100,000; targeted 200·100 = 20,000; hybrid (500 + 100)·100 = 60,000
//   grant used: universal 300,000; targeted min(300,000, 180,000) = 180,000; hybrid 300,000
//   net: universal 600,000; targeted 0; hybrid 240,000
//   per extra effect unit: universal 600,000/80 = 7,500; hybrid 240,000/40 = 6,000
const VVE_NET: Grid = [
  [1000, 200, 1000],
  [200, 200, 200],
  [200, 200, 200],
  [1_000_000, 200_000, 600_000],
  [100_000, 20_000, 60_000],
  [300_000, 180_000, 300_000],
  [600_000, 0, 240_000],
  [280, 200, 240],
  [600_000 / 280, 0, 1000],
  [80, null, 40],
  [600_000, null, 240_000],
  [7500, null, 6000],
];
// effect_other 0: universal adds no effect over targeted, so its cost per extra unit has no answer
const VVE_NOEXTRA: Grid = [
  [1000, 200, 1000],
  [200, 200, 200],
  [200, 200, 200],
  [1_000_000, 200_000, 600_000],
  [0, 0, 0],
  [0, 0, 0],
  [1_000_000, 200_000, 600_000],
  [200, 200, 200],
  [5000, 1000, 3000],
  [0, null, 0],
  [800_000, null, 400_000],
  [DIV0, null, DIV0],
];

const VVE: readonly Case[] = [
  { what: "gross", formula: "=BL.VVE.OPTIONS(1000, 0.2, 1000, 1, 1, 1, 1, 0, 0, 1, 0.1, 0.5)", body: VVE_PLAIN },
  { what: "net of the GOAB grant and parents' contributions", formula: "=BL.VVE.OPTIONS(1000, 0.2, 1000, 1, 1, 1, 1, 0, 0, 1, 0.1, 0.5, 300000, 100)", body: VVE_NET },
  { what: "no effect for other children", formula: "=BL.VVE.OPTIONS(1000, 0.2, 1000, 1, 1, 1, 1, 0, 0, 1, 0, 0.5)", body: VVE_NOEXTRA },
];

// ---------------------------------------------------------------- AGGLOMERATION.DENSITY
//
// density 100 → 400 with elasticity 0.5: 4^0.5 − 1 = 1; wages 90,000 vs 40,000: premium 1.25,
// net of half sorting 2.25^0.5 − 1 = 0.5; density multiple for that: 2.25^(0.5/0.5) = 2.25
// With the Dutch elasticity 0.048 (default): 1.2^0.048 − 1 = e^(0.048·ln 1.2) − 1 ≈ 0.00879,
// while the net premium 1.2^0.5 − 1 ≈ 0.0954 would need a density 1.2^(0.5/0.048) ≈ 6.68 times as high.
const AGGLOMERATION: readonly Case[] = [
  { what: "round numbers", formula: "=BL.AGGLOMERATION.DENSITY(100, 400, 90000, 40000, 0.5, 0.5)", body: [[3], [1], [1.25], [0.5], [2.25]] },
  {
    what: "the Dutch density elasticity",
    formula: "=BL.AGGLOMERATION.DENSITY(2000, 2400, 48000, 40000)",
    body: [[0.2], [Math.exp(0.048 * Math.log(1.2)) - 1], [0.2], [Math.sqrt(1.2) - 1], [Math.exp((0.5 / 0.048) * Math.log(1.2))]],
  },
  { what: "no density effect", formula: "=BL.AGGLOMERATION.DENSITY(100, 200, 50000, 40000, 0, 0)", body: [[1], [0], [0.25], [0.25], [DIV0]] },
];

// ---------------------------------------------------------------- MULTIYEAR
//
// €1000 at 2024 prices, budget year 2026, indexation 10%, discount 10%:
//   2026: 1000·1.1² = 1210, contante waarde 1210;  2027: 1331, /1.1 = 1210
//   2028: 1464.1, /1.21 = 1210;  2029: 1610.51, /1.331 = 1210;  totals 4000, 5615.61, 4840
// price year after the budget year: €1000 at 2028 prices, 10%: 2026 1000/1.21, 2027 1000/1.1, 2028 1000, 2029 1100
const MULTIYEAR: readonly Case[] = [
  { what: "indexed and discounted", formula: "=BL.MULTIYEAR(1000, 2026, 2024, 0.1, 0.1)", body: [[2026, 1000, 1210, 1210], [2027, 1000, 1331, 1210], [2028, 1000, 1464.1, 1210], [2029, 1000, 1610.51, 1210], ["Total", 4000, 5615.61, 4840]] },
  { what: "defaults: no indexation, no discount", formula: "=BL.MULTIYEAR(250, 2026, 2026)", body: [[2026, 250, 250, 250], [2027, 250, 250, 250], [2028, 250, 250, 250], [2029, 250, 250, 250], ["Total", 1000, 1000, 1000]] },
  {
    what: "a price year after the budget year",
    formula: "=BL.MULTIYEAR(1000, 2026, 2028, 0.1, 0, 4)",
    body: [[2026, 1000, 1000 / 1.21, 1000 / 1.21], [2027, 1000, 1000 / 1.1, 1000 / 1.1], [2028, 1000, 1000, 1000], [2029, 1000, 1100, 1100], ["Total", 4000, 1000 / 1.21 + 1000 / 1.1 + 2100, 1000 / 1.21 + 1000 / 1.1 + 2100]],
  },
];

const HEADERS: Readonly<Record<string, Record<Lang, { header: readonly string[]; labels: readonly string[] }>>> = {
  "REVOLVING.COMPARE": {
    en: {
      header: ["Item", "Revolving fund", "Subsidy of the same cost"],
      labels: [
        "Money for firms (lent or granted)",
        "Write-downs on defaulted loans in the budget (nominal)",
        "Management costs in the budget (nominal)",
        "Interest received in the budget (nominal)",
        "Cost shown in the budget (nominal)",
        "Book value of the loans at the horizon",
        "Value of the outstanding loans at the horizon",
        "Economic cost: present value (contante waarde) at the financing rate",
        "Euros for firms per euro of subsidy",
        "Subsidy element per euro for firms",
      ],
    },
    nl: {
      header: ["Post", "Revolverend fonds", "Subsidie met dezelfde kosten"],
      labels: [
        "Geld voor bedrijven (geleend of geschonken)",
        "Afwaarderingen op niet-terugbetaalde leningen in de begroting (nominaal)",
        "Beheerkosten in de begroting (nominaal)",
        "Ontvangen rente in de begroting (nominaal)",
        "Kosten zichtbaar in de begroting (nominaal)",
        "Boekwaarde van de leningen aan het eind",
        "Waarde van de uitstaande leningen aan het eind",
        "Economische kosten: contante waarde tegen de financieringsrente",
        "Euro voor bedrijven per euro subsidie",
        "Subsidie-element per euro voor bedrijven",
      ],
    },
  },
  "VVE.OPTIONS": {
    en: {
      header: ["Item", "Universal", "Targeted", "Universal base, targeted extra hours"],
      labels: [
        "Participants",
        "Target children reached",
        "Target children with every hour",
        "Gross cost",
        "Parents' contributions",
        "GOAB grant used",
        "Net municipal cost",
        "Effect units",
        "Net cost per effect unit",
        "Extra effect units over targeted",
        "Extra net cost over targeted",
        "Net cost per extra effect unit over targeted",
      ],
    },
    nl: {
      header: ["Post", "Algemeen", "Gericht", "Algemene basis, gerichte extra uren"],
      labels: [
        "Deelnemers",
        "Bereikte doelgroepkinderen",
        "Doelgroepkinderen met alle uren",
        "Bruto kosten",
        "Ouderbijdragen",
        "Ingezette GOAB-uitkering",
        "Netto gemeentelijke kosten",
        "Effecteenheden",
        "Netto kosten per effecteenheid",
        "Extra effecteenheden ten opzichte van gericht",
        "Extra netto kosten ten opzichte van gericht",
        "Netto kosten per extra effecteenheid ten opzichte van gericht",
      ],
    },
  },
  "AGGLOMERATION.DENSITY": {
    en: {
      header: ["Measure", "Value"],
      labels: ["Change in density", "Productivity effect of that change", "Wage premium of the city", "Wage premium net of sorting", "Density multiple that would explain the net premium"],
    },
    nl: {
      header: ["Maat", "Waarde"],
      labels: ["Verandering van de dichtheid", "Productiviteitseffect van die verandering", "Loonpremie van de stad", "Loonpremie zonder sortering", "Dichtheidsfactor die de premie zonder sortering zou verklaren"],
    },
  },
  MULTIYEAR: {
    en: { header: ["Year", "In prices of the price year", "In prices of each year", "Present value (contante waarde) in the budget year"], labels: [] },
    nl: { header: ["Jaar", "In prijzen van het prijspeil", "In prijzen van elk jaar", "Contante waarde in het begrotingsjaar"], labels: [] },
  },
};

/** The whole expected table in a language: header, then each body row behind its label. */
function expected(id: string, body: Grid, lang: Lang): Grid {
  const h = HEADERS[id]?.[lang];
  if (!h) throw new Error(`no wording for ${id}`);
  if (id === "MULTIYEAR") return [h.header, ...body.map((r) => (r[0] === "Total" ? [lang === "nl" ? "Totaal" : "Total", ...r.slice(1)] : r))];
  return [h.header, ...body.map((r, i) => [h.labels[i] ?? "?", ...r])];
}

const ALL: readonly (readonly [string, Case])[] = [
  ...REVOLVING.map((c) => ["REVOLVING.COMPARE", c] as const),
  ...VVE.map((c) => ["VVE.OPTIONS", c] as const),
  ...AGGLOMERATION.map((c) => ["AGGLOMERATION.DENSITY", c] as const),
  ...MULTIYEAR.map((c) => ["MULTIYEAR", c] as const),
];

describe("comparisons: hand-derived values in Excel's adapter, the engine and the command line", () => {
  test.each(ALL.flatMap(([id, c]) => (["en", "nl"] as const).map((lang) => [id, c.what, lang, c] as const)))("%s, %s (%s)", async (id, _what, lang, c) => {
    const want = expected(id, c.body, lang);
    const answers = await allHosts(c.formula, lang);
    const problems = Object.entries(answers).flatMap(([host, got]) => {
      const p = matches(got, want);
      return p ? [`${host}: ${p}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe("comparisons: properties the essay's arguments rest on", () => {
  test("REVOLVING.COMPARE: the economic cost is REVOLVING.COST at the financing rate when the loans count at book value", () => {
    for (const args of [[1000, 2, 0.1, 0.05, 0.5, 0.1], [10_000_000, 10, 0.06, 0.025, 0.2, 0.03, 0.01], [5_000_000, 25, 0.04, 0.03, 0.4, 0.05, 0.015]]) {
      const [capital, years, d, i, rec = 0, r = 0, c = 0] = args as number[];
      const t = call("REVOLVING.COMPARE", args);
      if (!isTableResult(t)) throw new Error(show(t));
      const cost = call("REVOLVING.COST", [capital, years, d, rec, r, c, i]) as number;
      const economic = localizeTable(t, "en")[8]?.[1] as number;
      expect(Math.abs(economic - cost)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(cost)));
    }
  });

  test("AGGLOMERATION.DENSITY: the net wage premium is AGGLOMERATION.PRODUCTIVITY", () => {
    const t = call("AGGLOMERATION.DENSITY", [2000, 2400, 52000, 41000, 0.048, 0.3]);
    if (!isTableResult(t)) throw new Error(show(t));
    expect(localizeTable(t, "en")[4]?.[1]).toBe(call("AGGLOMERATION.PRODUCTIVITY", [52000, 41000, 0.3]));
  });
});
