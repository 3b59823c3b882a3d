// Reference values (formulajs style): [args, expected] per function, checked at
// 1e-9 relative. Every expected number below was computed by an independent
// Python implementation of MODELS.md (/tmp/blref/ref.py, not part of the repo)
// or by hand, as the comments show; nothing is taken from src/.

import type { InArg } from "../../src/core/types";
import { explain } from "../../src/i18n/messages";
import { localizeTable } from "../../src/i18n/localize";
import { ALL_IDS, call, col, expectClose, expectTable, isBLError, isTableResult, show, spec, type ExpCell } from "./helpers";

const NA = "#N/A" as const;
type Case = readonly [readonly InArg[], number | typeof NA];

// Hand derivations of some of the values below:
//  CAPITAL(1e6, 10, 0.1): g = 0.9, 1e6·0.9^10 = 348678.4401
//  CAPITAL(1000, 3, 1, 0, 0, 0.5): g = 0·1 + 1·0 − 0.5 = −0.5 → clamped to 0 → 0; with years 0: 1000·0^0 = 1000
//  LOSSRATE(0.1): 1 − 0.9/1 = 0.1;  LOSSRATE(0, 0, 0.05, 0, 0): 1 − 1.05 = −0.05 (the fund grows)
//  COST(1000, 3, 0.1): 1000 − 729 = 271
//  BREAKEVEN(0.3, 0.05, 0.01, 0.01): (0.05 − 0.01 − 0.01)/(1 + 0.05 − 0.3) = 0.03/0.75 = 0.04
//  BREAKEVEN(0, 0.05, 0.06): 0.05 − 0.06 < 0 → #N/A
//  ANNUALDEFAULT(0.19, 2): 1 − 0.81^(1/2) = 0.1;  (0.5, 0.5): 1 − 0.5^2 = 0.75
//  VVE.UNIVERSAL(1200, 0.15, 8100, 1.5, 0.9) = 1200·0.9·8100·1.5 = 13,122,000
//  VVE.TARGETED(1200, .15, 8100, 1.5, .9, .85, .05, 40): participants 1200·(.1275+.0425)·.9 = 183.6;
//      cost 1200·40 + 183.6·8100·1.5 = 48,000 + 2,230,740 = 2,278,740
//  GROUPS({57;64;49}, 28) = 3 + 3 + 2 = 8
//  HEADROOM(42000, .64, .72) = 42000·0.08 = 3360;  YEARS(.64, .72, .005) = .08/.005 = 16
//  MAXRATE(1.8, 0.4) = 0.6/2.8;  MULTIPLIER(0.5, 0) = 1/(1 − 0.5) = 2, LEAKAGE = 1 − 2·0.5 = 0
//  PRODUCTIVITY(48000, 40000) = 1.2^0.5 − 1;  with sorting 0: 0.2;  with sorting 1: 0
const SCALARS: Readonly<Record<string, readonly Case[]>> = {
  "REVOLVING.CAPITAL": [
    [[1000000, 10, 0.1], 348678.4401000001],
    [[1000000, 0, 0.5], 1000000.0],
    [[1000, 5, 0.08, 0.25, 0.04, 0.01], 844.6624906493123],
    [[1000, 5, 0.08, 0, 0, 0], 659.0815232000001],
    [[1000, 5, 0.08], 659.0815232000001],
    [[1000, 3, 1, 0, 0, 0.5], 0.0],
    [[1000, 0, 1, 0, 0, 0.5], 1000.0],
    [[500, 20, 0.01, 0.5, 0.06, 0.005], 1311.569176268531],
    [[0, 7, 0.2, 0.1, 0.1, 0.1], 0.0],
    [[250000, 1000, 0, 0, 0, 0], 250000],
    [[1000000, 12, 0.06, 0.2, 0.03, 0.01], 695561.0325011715],
  ],
  "REVOLVING.LOSSRATE": [
    [[0.05, 0.3, 0.03, 0.01, 0.02], 0.03578431372549029],
    [[0.1], 0.09999999999999998],
    [[0, 0, 0.05, 0, 0], -0.050000000000000044],
    [[1, 0, 0, 0.5, 0], 1.0],
    [[0.1, 0, 0, 0, -0.5], -0.8],
    [[0.1, 0, 0, 0, 0], 0.09999999999999998],
    [[0.2, 0.5, 0.1, 0.02, 1], 0.52],
  ],
  "REVOLVING.COST": [
    [[10000000, 10, 0.06, 0.2, 0.03, 0.01, 0.02], 3938069.0476876376],
    [[1000, 0, 0.3, 0, 0, 0, 0.05], 0.0],
    [[1000, 3, 0.1], 270.9999999999999],
    [[1000, 3, 0.1, 0, 0, 0, 0], 270.9999999999999],
    [[5000000, 25, 0.04, 0.4, 0.05, 0.015, 0.03], 2012426.8847491378],
    [[1000, 2, 1, 0, 0, 0.5, 0.1], 1000.0],
  ],
  "REVOLVING.BREAKEVEN": [
    [[0.3, 0.05, 0.01, 0.01], 0.04],
    [[], 0.0],
    [[0, 0, 0, 0], 0.0],
    [[0.5, 0.1], 0.16666666666666666],
    [[0, 0.05, 0.06], NA],
    [[0.2, 0.03, 0, 0.04], NA],
    [[0, 0.1, 0, -0.5], 0.5454545454545454],
    [[1, 0.5, 0.1, 0.1], 0.6000000000000001],
  ],
  "REVOLVING.ANNUALDEFAULT": [
    [[0.3, 5], 0.06885008490516231],
    [[0, 3], 0.0],
    [[0.5, 0.5], 0.75],
    [[0.19, 2], 0.09999999999999998],
    [[0.999, 10], 0.49881276637272765],
    [[0.3, 1], 0.30000000000000004],
  ],
  "VVE.UNIVERSAL": [
    [[1200, 0.15, 8100, 1.5, 0.9], 13122000.0],
    [[100, 0.2, 1000], 100000],
    [[100, 0.2, 1000, 1, 1], 100000],
    [[0, 0.5, 8000, 2, 0.5], 0.0],
    [[350, 1, 5000, 0.5, 0.77], 673750.0],
  ],
  "VVE.TARGETED": [
    [[1200, 0.15, 8100, 1.5, 0.9, 0.85, 0.05, 40], 2278740.0000000005],
    [[100, 0.2, 1000], 20000.0],
    [[100, 0.2, 1000, 1, 1, 1, 0, 0], 20000.0],
    [[500, 0.3, 8000, 2, 0.8, 0.9, 0.1, 25], 2188500.0],
    [[100, 0, 1000, 1, 1, 1, 0, 10], 1000],
  ],
  "CLASSSIZE.GROUPS": [
    [[col(57, 64, 49), 28], 8],
    [[col(0), 5], 0],
    [[col(30), 30], 1],
    [[col(31), 30], 2],
    [[col(1, 1, 1, 1), 1], 4],
    [[col(100, 0, 7), 10], 11],
  ],
  "PARTICIPATION.HEADROOM": [
    [[42000, 0.64, 0.72], 3359.999999999998],
    [[1000, 0.8, 0.7], 0],
    [[1000, 0.7, 0.7], 0],
    [[0, 0.3, 0.9], 0.0],
    [[12345, 0, 1], 12345],
  ],
  "PARTICIPATION.YEARS": [
    [[0.64, 0.72, 0.005], 15.999999999999991],
    [[0.72, 0.72, 0.005], 0],
    [[0.8, 0.72, -0.01], 0],
    [[0.8, 0.72, 0], 0],
    [[0.6, 0.72, 0], NA],
    [[0.6, 0.72, -0.01], NA],
    [[0, 1, 0.04], 25.0],
    [[0.25, 0.35, 0.01], 9.999999999999998],
  ],
  "TAXMIGRATION.STAYERS": [
    [[5000, 0.05, 0.02, 1.8, 0.4], 4544.147888931992],
    [[5000, 0.05, 0.02, 1.8], 4727.870339234823],
    [[1000, 0.1, 0.1, 2, 0.3], 1000.0],
    [[1000, 0.02, 0.05, 1.5, 0.5], 1101.6485962545541],
    [[1000, 0.3, 0, 0, 0], 1000.0],
    [[800, 0.5, 0.1, 0.7], 530.1505709000945],
  ],
  "TAXMIGRATION.REVENUE": [
    [[5000, 120000, 0.05, 0.02, 1.8, 0.4], 27264887.333591953],
    [[5000, 120000, 0.05, 0.02, 1.8], 28367222.03540894],
    [[1000, 50000, 0, 0.1, 2, 0.2], 0.0],
    [[300, 80000, 0.2, 0.1, 0.5, 0], 4525483.399593905],
  ],
  "TAXMIGRATION.MAXRATE": [
    [[1.8, 0.4], 0.2142857142857143],
    [[0], 1.0],
    [[0, 0], 1.0],
    [[1, 0.5], 0.25],
    [[2, 0.99], 0.003333333333333336],
  ],
  "STIMULUS.MULTIPLIER": [
    [[0.8, 0.6, 0.3], 0.5154639175257733],
    [[0.5, 0], 2.0],
    [[0.8, 1], 0.0],
    [[0.5, 0, 0], 2.0],
    [[1, 0.2, 0.1], 2.857142857142858],
    [[0.9, 0.5], 0.9090909090909091],
    [[0, 0.5, 0.5], 0.5],
  ],
  "STIMULUS.LEAKAGE": [
    [[0.8, 0.6, 0.3], 0.7731958762886597],
    [[0.5, 0], 0.0],
    [[0.8, 1], 1.0],
    [[0.5, 0, 0], 0.0],
    [[1, 0.2, 0.1], 0.7142857142857142],
    [[0.9, 0.5], 0.9090909090909092],
    [[0, 0.5, 0.5], 0.5],
  ],
  "AGGLOMERATION.PRODUCTIVITY": [
    [[48000, 40000], 0.09544511501033215],
    [[48000, 40000, 0], 0.19999999999999996],
    [[48000, 40000, 1], 0.0],
    [[40000, 48000, 0.5], -0.0871290708247231],
    [[52000, 41000, 0.3], 0.18101017919950135],
    [[40000, 40000, 0.7], 0.0],
  ],};

describe("reference values, scalar functions", () => {
  for (const [id, cases] of Object.entries(SCALARS)) {
    test.each(cases.map((c, i) => [i, c[0], c[1]] as const))(`${id} case %i: %j → %p`, (_i, args, expected) => {
      const r = call(id, args);
      if (expected === NA) {
        if (!isBLError(r)) throw new Error(`expected #N/A, got ${show(r)}`);
        expect(r.code).toBe("#N/A");
        const s = spec(id);
        expect(explain(r, "en", s).length).toBeGreaterThan(10);
        expect(explain(r, "nl", s).length).toBeGreaterThan(10);
      } else {
        expectClose(r, expected, `${id}${show(args)}`);
      }
    });
  }
});

describe("reference edge cases", () => {
  test("omitted optional arguments equal the defaults given explicitly", () => {
    expect(call("REVOLVING.CAPITAL", [1000, 5, 0.08])).toBe(call("REVOLVING.CAPITAL", [1000, 5, 0.08, 0, 0, 0]));
    expect(call("REVOLVING.BREAKEVEN", [])).toBe(call("REVOLVING.BREAKEVEN", [0, 0, 0, 0]));
    expect(call("AGGLOMERATION.PRODUCTIVITY", [48000, 40000])).toBe(call("AGGLOMERATION.PRODUCTIVITY", [48000, 40000, 0.5]));
    expect(call("TAXMIGRATION.MAXRATE", [1.8])).toBe(call("TAXMIGRATION.MAXRATE", [1.8, 0]));
  });

  test("years 0: CAPITAL is the capital, COST is 0", () => {
    expect(call("REVOLVING.CAPITAL", [1234.5, 0, 0.3, 0.1, 0.02, 0.01])).toBe(1234.5);
    expectClose(call("REVOLVING.COST", [1234.5, 0, 0.3, 0.1, 0.02, 0.01, 0.05]), 0, "COST years 0");
  });

  test("g below 0 counts as 0: a fund eaten by costs ends at 0, not negative or alternating", () => {
    // g = (1−1)(1+0) + 1·0 − 0.5 = −0.5 → 0
    expect(call("REVOLVING.CAPITAL", [1000, 3, 1, 0, 0, 0.5])).toBe(0);
    expect(call("REVOLVING.CAPITAL", [1000, 2, 1, 0, 0, 0.5])).toBe(0);
    expectClose(call("REVOLVING.LOSSRATE", [1, 0, 0, 0.5, 0]), 1, "LOSSRATE clamped");
  });

  test("BREAKEVEN #N/A explains why in both languages", () => {
    const r = call("REVOLVING.BREAKEVEN", [0, 0.05, 0.06, 0]);
    if (!isBLError(r)) throw new Error(show(r));
    expect(r.code).toBe("#N/A");
    const s = spec("REVOLVING.BREAKEVEN");
    expect(explain(r, "en", s)).toMatch(/interest_rate/);
    expect(explain(r, "en", s)).toContain("-0.01");
    expect(explain(r, "nl", s)).toMatch(/rentevoet/);
    expect(explain(r, "nl", s)).toContain("-0,01");
  });

  test("PARTICIPATION.YEARS: 0 at or above the ceiling (whatever the increase), #N/A when it never gets there", () => {
    expect(call("PARTICIPATION.YEARS", [0.72, 0.72, 0.005])).toBe(0);
    expect(call("PARTICIPATION.YEARS", [0.72, 0.72, 0])).toBe(0);
    expect(call("PARTICIPATION.YEARS", [0.9, 0.72, -0.5])).toBe(0);
    for (const inc of [0, -0.01, -1e-12]) {
      const r = call("PARTICIPATION.YEARS", [0.6, 0.72, inc]);
      if (!isBLError(r)) throw new Error(`increase ${inc}: ${show(r)}`);
      expect(r.code).toBe("#N/A");
      const s = spec("PARTICIPATION.YEARS");
      expect(explain(r, "en", s)).toContain("annual_increase");
      expect(explain(r, "nl", s)).toContain("jaarlijkse_stijging");
    }
  });
});

// ---------------------------------------------------------------- spill tables

type Rows = readonly (readonly ExpCell[])[];
interface TableCase {
  readonly id: string;
  readonly args: readonly InArg[];
  readonly header: { readonly en: readonly string[]; readonly nl: readonly string[] };
  /** body rows in English; labels in column `labelCols` are translated through `nlLabels` for the Dutch check */
  readonly body: Rows;
}

const REV_HEADER = {
  en: ["Year", "Capital at start", "Interest", "Defaults", "Recoveries", "Management costs", "Capital at end", "Present value of end capital"],
  nl: ["Jaar", "Kapitaal begin", "Rente", "Wanbetaling", "Terugvordering", "Beheerkosten", "Kapitaal eind", "Contante waarde eindkapitaal"],
};
const VVE_HEADER = { en: ["Item", "Universal", "Targeted"], nl: ["Post", "Algemeen", "Gericht"] };
const VVE_ROWS = {
  en: ["Participants", "Target children reached", "Cost", "Deadweight share", "Cost per target child reached", "Effect units", "Cost per effect unit", "Target children missed"],
  nl: ["Deelnemers", "Bereikte doelgroepkinderen", "Kosten", "Aandeel zonder achterstand", "Kosten per bereikt doelgroepkind", "Effecteenheden", "Kosten per effecteenheid", "Gemiste doelgroepkinderen"],
};
const CLS_HEADER = { en: ["Item", "Value", "Carried by"], nl: ["Post", "Waarde", "Gedragen door"] };
const CLS_ROWS = {
  en: ["Groups now", "Groups at target", "Extra groups", "Extra teacher FTE", "Teacher cost per year", "Extra classrooms", "Classroom investment", "Housing cost per year", "Total cost per year", "Cost per pupil per year"],
  nl: ["Groepen nu", "Groepen bij doel", "Extra groepen", "Extra fte leraren", "Personeelskosten per jaar", "Extra lokalen", "Investering lokalen", "Huisvestingslasten per jaar", "Totale kosten per jaar", "Kosten per leerling per jaar"],
};
// Carried by: teacher cost RIJK, investment and housing GEMEENTE (MODELS.md §3).
const CLS_CARRIER = {
  en: [null, null, null, null, "National government", null, "Municipality", "Municipality", null, null],
  nl: [null, null, null, null, "Rijk", null, "Gemeente", "Gemeente", null, null],
};
const PART_HEADER = { en: ["Year", "Population", "Employed", "Participation rate", "Groups at ceiling"], nl: ["Jaar", "Bevolking", "Werkenden", "Participatiegraad", "Groepen op plafond"] };
const TAX_HEADER = {
  en: ["Year", "Rich households", "Poor households", "Required rate", "Tax per rich household", "Status"],
  nl: ["Jaar", "Rijke huishoudens", "Arme huishoudens", "Benodigd tarief", "Belasting per rijk huishouden", "Status"],
};
const STATUS = { en: { stable: "stable", collapse: "collapse" }, nl: { stable: "stabiel", collapse: "ineenstorting" } };
const VAR_HEADER = { en: ["Measure", "Value"], nl: ["Maat", "Waarde"] };
const VAR_ROWS = { en: ["HHI", "Total entropy", "Unrelated variety", "Related variety"], nl: ["HHI", "Totale entropie", "Ongerelateerde variëteit", "Gerelateerde variëteit"] };

type Lang2 = "en" | "nl";
/** Label column + value columns, in one language. */
function labelled(labels: readonly string[], values: readonly (readonly ExpCell[])[], extra?: readonly ExpCell[]): ExpCell[][] {
  return labels.map((lab, i) => [lab, ...(values[i] ?? []), ...(extra ? [extra[i] ?? null] : [])]);
}

interface LangCase {
  readonly id: string;
  readonly args: readonly InArg[];
  readonly rows: (lang: Lang2) => ExpCell[][];
}

const vveCompareEx: ExpCell[][] = [[1080.0, 163.20000000000005], [162.0, 122.4], [13122000.0, 2030880.0000000007], [0.85, 0.25000000000000017], [81000.0, 16592.1568627451], [253.8, 126.48], [51702.127659574464, 16056.925996204938], [18.0, 57.599999999999994]];
const vveCompareDefaults: ExpCell[][] = [[100, 20.0], [20.0, 20.0], [100000, 20000.0], [0.8, 0.0], [5000.0, 1000.0], [20.0, 20.0], [5000.0, 1000.0], [0.0, 0.0]];
// target_share 0: nobody reached, the targeted arm has no participants → #DIV/0! cells
const vveCompareP0: ExpCell[][] = [[100, 0], [0, 0], [100000, 0], [1.0, "#DIV/0!"], ["#DIV/0!", "#DIV/0!"], [0, 0], ["#DIV/0!", "#DIV/0!"], [0, 0]];

const clsEx: ExpCell[] = [10, 13, 3, 3, 255000, 2, 341640, 12488.90567748579, 267488.9056774858, 1065.6928513047244];
// hand: 60 pupils, 30 → 2 groups, 20 → 3 groups; 1 extra; 50,000; 1 room · 50 m² · 2,000 = 100,000; /40 = 2,500; total 52,500; /60 = 875
const clsI0: ExpCell[] = [2, 3, 1, 1, 50000, 1, 100000, 2500.0, 52500.0, 875.0];
const clsSpare: ExpCell[] = [4, 6, 2, 2, 100000, 0, 0, 0.0, 100000.0, 952.3809523809524];
const clsZero: ExpCell[] = [0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, "#DIV/0!"];

const projEx: ExpCell[][] = [[0, 99000.0, 59940.0, 0.6054545454545455, 0], [1, 99150.0, 60418.5, 0.6093645990922845, 0], [2, 99300.0, 60902.0, 0.613313192346425, 0], [3, 99450.0, 61390.5, 0.6173001508295626, 0], [4, 99600.0, 61884.0, 0.6213253012048193, 0], [5, 99750.0, 62382.5, 0.6253884711779448, 0], [6, 99900.0, 62886.0, 0.6294894894894895, 0], [7, 100050.0, 63394.5, 0.6336281859070465, 0], [8, 100200.0, 63908.0, 0.6378043912175648, 0], [9, 100350.0, 64426.5, 0.642017937219731, 0], [10, 100500.0, 64950.0, 0.6462686567164179, 1]];
// group 1 above its ceiling stays at 0.9 (and counts as at ceiling); group 2 falls 0.2 a year and stops at 0
const projSmall: ExpCell[][] = [[0, 1500.0, 1150.0, 0.7666666666666667, 1], [1, 1550.0, 1095.0, 0.7064516129032258, 1], [2, 1600.0, 1040.0, 0.65, 1], [3, 1650.0, 1035.0, 0.6272727272727273, 1], [4, 1700.0, 1080.0, 0.6352941176470588, 1]];

type SpiralRow = [number, number, number, number, number, "stable" | "collapse"];
const spiralEx: SpiralRow[] = [[0, 2000, 3000, 0.045, 4500.0, "stable"], [1, 1711.2499999999998, 3000, 0.05259313367421477, 5259.313367421477, "stable"], [2, 1664.7459850034227, 3000, 0.05406230188313982, 5406.230188313982, "stable"], [3, 1655.8220568063114, 3000, 0.05435366658515752, 5435.3666585157525, "stable"], [4, 1654.055117605897, 3000, 0.054411729719301784, 5441.172971930178, "stable"], [5, 1653.7031148215792, 3000, 0.0544233116533195, 5442.33116533195, "stable"], [6, 1653.6329048185053, 3000, 0.054425622360168235, 5442.562236016824, "stable"], [7, 1653.6188974282763, 3000, 0.054426083385941494, 5442.608338594149, "stable"], [8, 1653.6161027200205, 3000, 0.05442617536921641, 5442.617536921641, "stable"], [9, 1653.615545123672, 3000, 0.054426193721630135, 5442.619372163013, "stable"], [10, 1653.615433872601, 3000, 0.05442619738328702, 5442.619738328703, "stable"]];
// collapse in year 1 (s_1 = 1.61 ≥ 1 − 0.3): the table ends there although years = 10
const spiralCollapse1: SpiralRow[] = [[0, 1000, 3000, 0.3, 15000.0, "stable"], [1, 186.58892128279876, 3000, 1.6078125000000005, 80390.62500000003, "collapse"]];
// collapse in year 5
const spiralCollapse5: SpiralRow[] = [[0, 2000, 3000, 0.0675, 6750.0, "stable"], [1, 1240.8047363281248, 3000, 0.10880035838636572, 10880.035838636571, "stable"], [2, 898.3739684539045, 3000, 0.15027149576955584, 15027.149576955584, "stable"], [3, 631.2867178020616, 3000, 0.21384894722643114, 21384.894722643112, "stable"], [4, 343.12620498600864, 3000, 0.3934412412642887, 39344.12412642887, "stable"], [5, 28.093086389930875, 3000, 4.805452776751033, 480545.27767510334, "collapse"]];
// poor households respond: P_target = 3000·((10000 + 3000)/10000)^1 = 3900, half the gap closed per year
const spiralPoor: SpiralRow[] = [[0, 2000, 3000, 0.045, 4500.0, "stable"], [1, 2018.2644628099174, 3450.0, 0.05128168379673232, 5128.168379673232, "stable"], [2, 2004.476993510576, 3675.0, 0.055001878473502325, 5500.187847350233, "stable"], [3, 1984.132554498796, 3787.5, 0.05726683922521616, 5726.683922521615, "stable"], [4, 1965.8159757769597, 3843.75, 0.05865884773595069, 5865.8847735950685, "stable"], [5, 1951.6691222176325, 3871.875, 0.059516364058685614, 5951.636405868561, "stable"], [6, 1941.5289767132567, 3885.9375, 0.060044494003561474, 6004.449400356148, "stable"]];
const spiralAdj: SpiralRow[] = [[0, 2000, 3000, 0.075, 7500.0, "stable"], [1, 1669.9218750000002, 3000.0, 0.08982456140350875, 8982.456140350876, "stable"], [2, 1449.7199274706231, 3000.0, 0.1034682611155868, 10346.82611155868, "stable"], [3, 1291.604434554374, 3000.0, 0.11613462758956276, 11613.462758956277, "stable"], [4, 1170.2712837244076, 3000.0, 0.128175408630572, 12817.5408630572, "stable"], [5, 1071.4173865533924, 3000.0, 0.1400014615056137, 14000.146150561372, "stable"], [6, 986.3340277173633, 3000.0, 0.15207829780256038, 15207.829780256037, "stable"], [7, 909.2237554905262, 3000.0, 0.16497589190141101, 16497.5891901411, "stable"], [8, 835.7533653533512, 3000.0, 0.17947878670710582, 17947.878670710583, "stable"], [9, 762.1552406023607, 3000.0, 0.19681029796691973, 19681.029796691975, "stable"], [10, 684.5188169095775, 3000.0, 0.21913203303484124, 21913.203303484126, "stable"]];
const spiralNeighbour: SpiralRow[] = [[0, 1000, 1000, 0.03333333333333333, 2000.0, "stable"], [1, 1019.3535215813677, 1281.25, 0.04189746974835387, 2513.8481849012323, "stable"], [2, 1019.0549089666007, 1421.875, 0.046509597192752175, 2790.5758315651306, "stable"], [3, 1013.5602441263904, 1492.1875, 0.049074126201748336, 2944.4475721049002, "stable"]];
// rich 0.5 < 1: collapse at once
const spiralTiny: SpiralRow[] = [[0, 0.5, 10, 0.02, 2000.0, "collapse"]];

const spiralRows = (rows: SpiralRow[]) => (lang: Lang2): ExpCell[][] => [TAX_HEADER[lang], ...rows.map((r) => [...r.slice(0, 5), STATUS[lang][r[5]]] as ExpCell[])];

const revEx: ExpCell[][] = [[1, 1000000, 36800.0, 80000.0, 20000.0, 10000.0, 966800.0000000001, 947843.137254902], [2, 966800.0000000001, 35578.240000000005, 77344.00000000001, 19336.000000000004, 9668.000000000002, 934702.2400000002, 898406.6128412151], [3, 934702.2400000002, 34397.04243200001, 74776.17920000001, 18694.044800000003, 9347.022400000002, 903670.1256320003, 851548.5424459673], [4, 903670.1256320003, 33255.06062325761, 72293.61005056002, 18073.402512640005, 9036.701256320002, 873668.277461018, 807134.4419968249], [5, 873668.277461018, 32150.992610565463, 69893.46219688143, 17473.365549220358, 8736.682774610179, 844662.4906493123, 765036.8416887553]];
// hand: K 1000, d 0.1: year 1 defaults 100, end 900; year 2 start 900, defaults 90, end 810; no discount → PV = end
const revSimple: ExpCell[][] = [[1, 1000, 0.0, 100.0, 0.0, 0, 900.0, 900.0], [2, 900.0, 0.0, 90.0, 0.0, 0.0, 810.0, 810.0]];
// g clamped at 0: after year 1 nothing is left
const revClamp: ExpCell[][] = [[1, 1000, 0, 1000, 0, 500.0, 0.0, 0.0], [2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]];

const TABLES: readonly LangCase[] = [
  { id: "REVOLVING.TABLE", args: [1000000, 5, 0.08, 0.25, 0.04, 0.01, 0.02], rows: (lang) => [REV_HEADER[lang], ...revEx] },
  { id: "REVOLVING.TABLE", args: [1000, 2, 0.1], rows: (lang) => [REV_HEADER[lang], ...revSimple] },
  { id: "REVOLVING.TABLE", args: [1000, 2, 1, 0, 0, 0.5, 0.1], rows: (lang) => [REV_HEADER[lang], ...revClamp] },
  { id: "VVE.COMPARE", args: [1200, 0.15, 8100, 1.5, 0.9, 0.8, 0.85, 0.05, 40, 1, 0.1], rows: (lang) => [VVE_HEADER[lang], ...labelled(VVE_ROWS[lang], vveCompareEx)] },
  { id: "VVE.COMPARE", args: [100, 0.2, 1000], rows: (lang) => [VVE_HEADER[lang], ...labelled(VVE_ROWS[lang], vveCompareDefaults)] },
  { id: "VVE.COMPARE", args: [100, 0, 1000], rows: (lang) => [VVE_HEADER[lang], ...labelled(VVE_ROWS[lang], vveCompareP0)] },
  { id: "CLASSSIZE.COST", args: [col(57, 64, 49, 81), 30, 24, 85000, 60, 2847, 1, 40, 0.02], rows: (lang) => [CLS_HEADER[lang], ...labelled(CLS_ROWS[lang], clsEx.map((v) => [v]), CLS_CARRIER[lang])] },
  { id: "CLASSSIZE.COST", args: [col(60), 30, 20, 50000, 50, 2000], rows: (lang) => [CLS_HEADER[lang], ...labelled(CLS_ROWS[lang], clsI0.map((v) => [v]), CLS_CARRIER[lang])] },
  { id: "CLASSSIZE.COST", args: [col(60, 45), 30, 20, 50000, 50, 2000, 5, 30, 0.03], rows: (lang) => [CLS_HEADER[lang], ...labelled(CLS_ROWS[lang], clsSpare.map((v) => [v]), CLS_CARRIER[lang])] },
  { id: "CLASSSIZE.COST", args: [col(0), 30, 20, 50000], rows: (lang) => [CLS_HEADER[lang], ...labelled(CLS_ROWS[lang], clsZero.map((v) => [v]), CLS_CARRIER[lang])] },
  {
    id: "PARTICIPATION.PROJECT",
    args: [col(40000, 41000, 18000), col(39000, 40500, 21000), col(0.73, 0.64, 0.25), col(0.8, 0.72, 0.35), col(0.002, 0.006, 0.01), 10],
    rows: (lang) => [PART_HEADER[lang], ...projEx],
  },
  { id: "PARTICIPATION.PROJECT", args: [col(1000, 500), col(1200, 500), col(0.9, 0.5), col(0.8, 0.6), col(0.01, -0.2), 4], rows: (lang) => [PART_HEADER[lang], ...projSmall] },
  // the same ranges laid out as rows instead of columns
  { id: "PARTICIPATION.PROJECT", args: [[[1000, 500]], [[1200, 500]], [[0.9, 0.5]], [[0.8, 0.6]], [[0.01, -0.2]], 4], rows: (lang) => [PART_HEADER[lang], ...projSmall] },
  { id: "TAXMIGRATION.SPIRAL", args: [2000, 3000, 100000, 3000, 2, 10, 0.4], rows: spiralRows(spiralEx) },
  { id: "TAXMIGRATION.SPIRAL", args: [1000, 3000, 50000, 5000, 3, 10, 0.3], rows: spiralRows(spiralCollapse1) },
  { id: "TAXMIGRATION.SPIRAL", args: [2000, 3000, 100000, 4500, 4, 10, 0.4], rows: spiralRows(spiralCollapse5) },
  { id: "TAXMIGRATION.SPIRAL", args: [2000, 3000, 100000, 3000, 2, 6, 0.4, 0.05, 0.5, 1, 10000], rows: spiralRows(spiralPoor) },
  { id: "TAXMIGRATION.SPIRAL", args: [2000, 3000, 100000, 5000, 3, 10, 0.4, 0, 0.5], rows: spiralRows(spiralAdj) },
  { id: "TAXMIGRATION.SPIRAL", args: [1000, 1000, 60000, 2000, 1.5, 3, 0.3, 0.05, 0.5, 2, 8000], rows: spiralRows(spiralNeighbour) },
  { id: "TAXMIGRATION.SPIRAL", args: [0.5, 10, 100000, 100, 1, 5], rows: spiralRows(spiralTiny) },
  {
    id: "VARIETY",
    args: [col(120, 80, 40, 300, 60), col("2511", "2562", "2822", "4711", "4719")],
    rows: (lang) => [VAR_HEADER[lang], ...labelled(VAR_ROWS[lang], [0.32222222222222224, 1.9446232142545792, 1.2309595631140104, 0.7136636511405687].map((v) => [v]))],
  },
  // hand: two equal sectors → HHI 0.5, entropy 1 bit; with 1 digit both are in group "0" → unrelated 0, related 1
  { id: "VARIETY", args: [col(50, 50), col("01", "02"), 1], rows: (lang) => [VAR_HEADER[lang], ...labelled(VAR_ROWS[lang], [[0.5], [1], [0], [1]])] },
  // with 2 digits they are different groups → unrelated 1, related 0
  { id: "VARIETY", args: [col(50, 50), col("01", "02"), 2], rows: (lang) => [VAR_HEADER[lang], ...labelled(VAR_ROWS[lang], [[0.5], [1], [1], [0]])] },
  // non-digits dropped ("A01.1" → 011, "47-11" → 4711), a sector with 0 employment
  {
    id: "VARIETY",
    args: [col(10, 20, 30, 40, 0), col("A01.1", "01.2", "47-11", "4719", "9999"), 2],
    rows: (lang) => [VAR_HEADER[lang], ...labelled(VAR_ROWS[lang], [0.30000000000000004, 1.8464393446710154, 0.8812908992306926, 0.9651484454403227].map((v) => [v]))],
  },
  // numbers as codes, a code shorter than group_digits
  {
    id: "VARIETY",
    args: [col(5, 15, 25, 35, 45), col(2511, 2512, 2521, 2611, 1), 3],
    rows: (lang) => [VAR_HEADER[lang], ...labelled(VAR_ROWS[lang], [0.264, 2.0620426920153516, 1.9322381921018907, 0.12980449991346127].map((v) => [v]))],
  },
];

describe("reference values, spill tables cell by cell (header and labels in en and nl)", () => {
  test.each(TABLES.map((t, i) => [i, t.id, t] as const))("table %i: %s", (_i, id, t) => {
    const r = call(id, t.args);
    for (const lang of ["en", "nl"] as const) expectTable(r, lang, t.rows(lang));
  });

  test("VARIETY: total entropy = unrelated + related in every reference case", () => {
    for (const t of TABLES.filter((x) => x.id === "VARIETY")) {
      const r = call("VARIETY", t.args);
      if (!isTableResult(r)) throw new Error(show(r));
      const v = localizeTable(r, "en").map((row) => row[1]);
      expectClose(v[2] as number, (v[3] as number) + (v[4] as number), "total = unrelated + related");
    }
  });

  test("SPIRAL stops at the collapse row although years asks for more", () => {
    const r = call("TAXMIGRATION.SPIRAL", [1000, 3000, 50000, 5000, 3, 10, 0.3]);
    if (!isTableResult(r)) throw new Error(show(r));
    expect(r.rows.length).toBe(3); // header + t = 0 + t = 1 (collapse)
    expect(r.rows[2]?.[5]).toEqual({ kind: "label", key: expect.any(String) });
    expect(localizeTable(r, "en")[2]?.[5]).toBe("collapse");
    expect(localizeTable(r, "nl")[2]?.[5]).toBe("ineenstorting");
  });
});

describe("coverage", () => {
  test("every catalogue function has reference values", () => {
    // The level-check functions (§8) have their reference values in test/levels/functions.test.ts.
    const covered = new Set([...Object.keys(SCALARS), ...TABLES.map((t) => t.id), "LEVEL", "LEVELCHECK"]);
    expect(ALL_IDS.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !ALL_IDS.includes(id))).toEqual([]);
  });
});
