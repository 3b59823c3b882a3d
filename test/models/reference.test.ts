// Reference values (formulajs style), checked at 1e-9 relative. The expected
// values come from an independent Python implementation of the contract
// (MODELS.md with "Contract version 2"), kept beside this file:
// reference/models.py computes them, reference/reference.py lists the cases
// and writes reference/reference.json. The first test re-runs the script, so
// the JSON cannot drift from it. Nothing here is taken from src/.
//
// Labels come out of the script in English as MODELS.md words them; their
// Dutch wording is written out below by hand.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InArg } from "../../src/core/types";
import { explain } from "../../src/i18n/messages";
import { localizeTable } from "../../src/i18n/localize";
import { ALL_IDS, call, expectClose, expectTable, isBLError, isTableResult, show, spec, type ExpCell } from "./helpers";

type RefCell = number | null | string | { label: string };
interface RefCase {
  readonly fn: string;
  readonly args: readonly InArg[];
  readonly expected: number | "#N/A" | "#VALUE!" | readonly (readonly RefCell[])[];
}

const DIR = join(__dirname, "reference");
const CASES = (JSON.parse(readFileSync(join(DIR, "reference.json"), "utf8")) as { cases: RefCase[] }).cases;

/** Every label the reference tables use, in Dutch (English is the script's own text). */
const NL: Readonly<Record<string, string>> = {
  // revolving
  Year: "Jaar",
  "Capital at start": "Kapitaal begin",
  Interest: "Rente",
  Defaults: "Wanbetaling",
  Recoveries: "Terugvordering",
  "Management costs": "Beheerkosten",
  "Capital at end": "Kapitaal eind",
  "Present value of end capital at the discount rate": "Contante waarde eindkapitaal tegen de disconteringsvoet",
  // VVE
  Item: "Post",
  Universal: "Algemeen",
  Targeted: "Gericht",
  Participants: "Deelnemers",
  "Target children reached": "Bereikte doelgroepkinderen",
  Cost: "Kosten",
  "Deadweight share": "Aandeel zonder achterstand",
  "Cost per target child reached": "Kosten per bereikt doelgroepkind",
  "Effect units": "Effecteenheden",
  "Cost per effect unit": "Kosten per effecteenheid",
  "Target children missed": "Gemiste doelgroepkinderen",
  // class size (contract 2: the essay's view of who pays, not money that will arrive)
  Value: "Waarde",
  "Who should pay, according to Allers (2017)": "Wie betaalt, volgens Allers (2017)",
  "Groups now": "Groepen nu",
  "Groups at target": "Groepen bij doel",
  "Extra groups": "Extra groepen",
  "Extra teacher FTE": "Extra fte leraren",
  "Teacher cost per year": "Personeelskosten per jaar",
  "Extra classrooms": "Extra lokalen",
  "Classroom investment": "Investering lokalen",
  "Housing cost per year": "Huisvestingslasten per jaar",
  "Total cost per year": "Totale kosten per jaar",
  "Cost per pupil per year": "Kosten per leerling per jaar",
  "according to Allers (2017): national government": "volgens Allers (2017): Rijk",
  "according to Allers (2017): municipality": "volgens Allers (2017): gemeente",
  // participation
  Population: "Bevolking",
  Employed: "Werkenden",
  "Participation rate": "Participatiegraad",
  "Groups at ceiling": "Groepen op plafond",
  // tax migration (contract 2 status codes)
  "Rich households": "Rijke huishoudens",
  "Poor households": "Arme huishoudens",
  "Required rate": "Benodigd tarief",
  "Tax per rich household": "Belasting per rijk huishouden",
  Status: "Status",
  start: "start",
  rising: "stijgend",
  falling: "dalend",
  steady: "gelijkblijvend",
  collapse: "ineenstorting",
  // variety
  Measure: "Maat",
  HHI: "HHI",
  "Total entropy": "Totale entropie",
  "Unrelated variety": "Ongerelateerde variëteit",
  "Related variety": "Gerelateerde variëteit",
  // the comparisons (README reference)
  "Revolving fund": "Revolverend fonds",
  "Subsidy of the same cost": "Subsidie met dezelfde kosten",
  "Money for firms (lent or granted)": "Geld voor bedrijven (geleend of geschonken)",
  "Write-downs on defaulted loans in the budget (nominal)": "Afwaarderingen op niet-terugbetaalde leningen in de begroting (nominaal)",
  "Management costs in the budget (nominal)": "Beheerkosten in de begroting (nominaal)",
  "Interest received in the budget (nominal)": "Ontvangen rente in de begroting (nominaal)",
  "Cost shown in the budget (nominal)": "Kosten zichtbaar in de begroting (nominaal)",
  "Book value of the loans at the horizon": "Boekwaarde van de leningen aan het eind",
  "Value of the outstanding loans at the horizon": "Waarde van de uitstaande leningen aan het eind",
  "Economic cost: present value (contante waarde) at the financing rate": "Economische kosten: contante waarde tegen de financieringsrente",
  "Euros for firms per euro of subsidy": "Euro voor bedrijven per euro subsidie",
  "Subsidy element per euro for firms": "Subsidie-element per euro voor bedrijven",
  "Universal base, targeted extra hours": "Algemene basis, gerichte extra uren",
  "Target children with every hour": "Doelgroepkinderen met alle uren",
  "Gross cost": "Bruto kosten",
  "Parents' contributions": "Ouderbijdragen",
  "GOAB grant used": "Ingezette GOAB-uitkering",
  "Net municipal cost": "Netto gemeentelijke kosten",
  "Net cost per effect unit": "Netto kosten per effecteenheid",
  "Extra effect units over targeted": "Extra effecteenheden ten opzichte van gericht",
  "Extra net cost over targeted": "Extra netto kosten ten opzichte van gericht",
  "Net cost per extra effect unit over targeted": "Netto kosten per extra effecteenheid ten opzichte van gericht",
  "Change in density": "Verandering van de dichtheid",
  "Productivity effect of that change": "Productiviteitseffect van die verandering",
  "Wage premium of the city": "Loonpremie van de stad",
  "Wage premium net of sorting": "Loonpremie zonder sortering",
  "Density multiple that would explain the net premium": "Dichtheidsfactor die de premie zonder sortering zou verklaren",
  "In prices of the price year": "In prijzen van het prijspeil",
  "In prices of each year": "In prijzen van elk jaar",
  "Present value (contante waarde) in the budget year": "Contante waarde in het begrotingsjaar",
  Total: "Totaal",
};

function expectedRows(rows: readonly (readonly RefCell[])[], lang: "en" | "nl"): ExpCell[][] {
  return rows.map((row) =>
    row.map((c): ExpCell => {
      if (c !== null && typeof c === "object") {
        if (lang === "en") return c.label;
        const nl = NL[c.label];
        if (nl === undefined) throw new Error(`no Dutch wording in this test for the label "${c.label}"`);
        return nl;
      }
      return c;
    }),
  );
}

describe("the reference script", () => {
  test("reference.json is what reference.py computes now (python3, standard library only)", () => {
    const r = spawnSync("python3", [join(DIR, "reference.py"), "--check"], { encoding: "utf8" });
    if (r.error) throw new Error(`python3 is needed to check the reference values: ${r.error.message}`);
    expect([r.status, r.stderr]).toEqual([0, ""]);
  });

  test("every catalogue function has reference cases (the level check's are in test/levels/functions.test.ts, the risk functions' in test/risk/functions.test.ts)", () => {
    const risk = ["RISK.CAPACITY", "RISK.SIMULATE", "RISK.CONTRIBUTIONS", "RISK.GRADE", "RISK.TRIANGULAR"];
    const covered = new Set([...CASES.map((c) => c.fn), "LEVEL", "LEVELCHECK", ...risk]);
    expect(ALL_IDS.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !ALL_IDS.includes(id))).toEqual([]);
  });
});

describe("reference values", () => {
  test.each(CASES.map((c, i) => [i, c.fn, c] as const))("case %i: %s", (_i, fn, c) => {
    const r = call(fn, c.args);
    const e = c.expected;
    if (typeof e === "number") {
      expectClose(r, e, `${fn}${show(c.args)}`);
    } else if (typeof e === "string") {
      if (!isBLError(r)) throw new Error(`${fn}${show(c.args)}: expected ${e}, got ${show(r)}`);
      expect(r.code).toBe(e);
      // an error is never bare: it explains itself in both languages
      expect(explain(r, "en", spec(fn)).length).toBeGreaterThan(10);
      expect(explain(r, "nl", spec(fn)).length).toBeGreaterThan(10);
    } else {
      for (const lang of ["en", "nl"] as const) expectTable(r, lang, expectedRows(e, lang));
    }
  });
});

// Values worked out by hand, so the script itself is checked too.
describe("hand-derived values", () => {
  test("REVOLVING: g = 0.9 for 10% defaults; the issue's €10m fund at 3% costs €2.56m", () => {
    // CAPITAL(1e6, 10, 0.1): 1e6 · 0.9^10 = 348,678.4401
    expectClose(call("REVOLVING.CAPITAL", [1000000, 10, 0.1]), 348678.4401, "CAPITAL");
    // COST(1000, 3, 0.1): 1000 − 729 = 271
    expectClose(call("REVOLVING.COST", [1000, 3, 0.1]), 271, "COST");
    // a fund that only keeps its nominal value (g = 1): 10,000,000 · (1 − 1/1.03^10) = 2,559,060.56…
    expectClose(call("REVOLVING.COST", [10000000, 10, 0, 0, 0, 0, 0.03]), 10000000 * (1 - 1 / 1.03 ** 10), "COST nominal");
    expect(Math.round(call("REVOLVING.COST", [10000000, 10, 0, 0, 0, 0, 0.03]) as number)).toBe(2559061);
  });

  test("BREAKEVEN (contract 2): capped at 1, and 1 when recoveries are full", () => {
    // (0.05 − 0.01 − 0.01)/(1 + 0.05 − 0.3) = 0.03/0.75 = 0.04
    expectClose(call("REVOLVING.BREAKEVEN", [0.3, 0.05, 0.01, 0.01]), 0.04, "BREAKEVEN");
    // rec 1, r 0: 1 + 0 − 1 = 0, which divided by zero in version 1
    expect(call("REVOLVING.BREAKEVEN", [1, 0, 0, 0])).toBe(1);
    // rec 1, r 0.3, discount −0.06: 0.36/0.3 = 1.2, which version 1 returned
    expect(call("REVOLVING.BREAKEVEN", [1, 0.3, 0, -0.06])).toBe(1);
    // the #N/A case stays: 0.05 − 0.06 < 0
    const na = call("REVOLVING.BREAKEVEN", [0, 0.05, 0.06]);
    expect(isBLError(na) && na.code).toBe("#N/A");
  });

  test("TAXMIGRATION (contract 2): national_rate defaults to 0.495", () => {
    // MAXRATE(1.8) = (1 − 0.495)/2.8 = 0.505/2.8 = 0.18035714…
    expectClose(call("TAXMIGRATION.MAXRATE", [1.8]), 0.505 / 2.8, "MAXRATE");
    // STAYERS(1000, 0.1, 0.1, 2) = 1000 (equal rates), with or without the default
    expectClose(call("TAXMIGRATION.STAYERS", [1000, 0.1, 0.1, 2]), 1000, "STAYERS equal rates");
    // STAYERS(1000, 0.105, 0, 1) = 1000 · (1 − 0.495 − 0.105)/(1 − 0.495) = 1000 · 0.4/0.505
    expectClose(call("TAXMIGRATION.STAYERS", [1000, 0.105, 0, 1]), (1000 * 0.4) / 0.505, "STAYERS");
    // an explicit 0 still means no national tax: 1000 · 0.895/1
    expectClose(call("TAXMIGRATION.STAYERS", [1000, 0.105, 0, 1, 0]), 895, "STAYERS national 0");
  });

  test("SPIRAL (contract 2): start, then rising towards the collapse", () => {
    // transfer 3000 · 3000 poor / (100,000 · 2000 rich) = 0.045 in year 0; with n = 0.495 and e = 2
    // R₁ = 2000 · ((0.505 − 0.045)/0.505)² = 2000 · 0.829720… = 1659.445…, s₁ = 9e6/(1e5 · 1659.445) = 0.054235
    const t = call("TAXMIGRATION.SPIRAL", [2000, 3000, 100000, 3000, 2, 1]);
    if (!isTableResult(t)) throw new Error(show(t));
    const rows = localizeTable(t, "en");
    expect(rows[1]).toEqual([0, 2000, 3000, 0.045, 4500, "start"]);
    expectClose(rows[2]?.[1], 2000 * (0.46 / 0.505) ** 2, "R1");
    expectClose(rows[2]?.[3], 9e6 / (1e5 * 2000 * (0.46 / 0.505) ** 2), "s1");
    expect(rows[2]?.[5]).toBe("rising");
  });

  test("PARTICIPATION (contract 2): the ceiling tolerance and the range of annual_increase", () => {
    // 0.50 + 0.005 · 36 = 0.6799999999999999 < 0.68 in floating point: still at the ceiling
    const t = call("PARTICIPATION.PROJECT", [[[1000]], [[1000]], [[0.5]], [[0.68]], [[0.005]], 36]);
    if (!isTableResult(t)) throw new Error(show(t));
    expect(t.rows[37]?.[4]).toBe(1);
    expect(t.rows[36]?.[4]).toBe(0);
    // (0.72 − 0.64)/0.005 = 16 years; 0.1 is the largest increase allowed: (1 − 0)/0.1 = 10
    expectClose(call("PARTICIPATION.YEARS", [0.64, 0.72, 0.005]), 16, "YEARS");
    expectClose(call("PARTICIPATION.YEARS", [0, 1, 0.1]), 10, "YEARS max increase");
    const bad = call("PARTICIPATION.YEARS", [0.64, 0.72, 0.5]);
    if (!isBLError(bad)) throw new Error(show(bad));
    expect(bad.code).toBe("#VALUE!");
    expect(explain(bad, "en", spec("PARTICIPATION.YEARS"))).toContain("0.5 percentage point is 0.005");
    expect(explain(bad, "nl", spec("PARTICIPATION.YEARS"))).toContain("0,5 procentpunt is 0,005");
  });

  test("VARIETY (contract 2): codes as numbers are refused, the same codes as text are not", () => {
    // two equal sectors in different 2-digit groups: HHI 0.5, entropy 1 bit, unrelated 1, related 0
    const ok = call("VARIETY", [[[50], [50]], [["01.11"], ["02.10"]], 2]);
    if (!isTableResult(ok)) throw new Error(show(ok));
    expect(localizeTable(ok, "en").map((r) => r[1])).toEqual(["Value", 0.5, 1, 1, 0]);
    const bad = call("VARIETY", [[[50], [50]], [[1.11], ["02.10"]], 2]);
    if (!isBLError(bad)) throw new Error(show(bad));
    expect(bad.code).toBe("#VALUE!");
    expect(explain(bad, "en", spec("VARIETY"))).toMatch(/as text/);
    expect(explain(bad, "nl", spec("VARIETY"))).toMatch(/als tekst/);
  });

  test("CLASSSIZE.COST (contract 2): who pays is the essay's view", () => {
    // 60 pupils: 30 → 2 groups, 20 → 3; 1 extra group · 50,000; 1 room · 50 m² · 2,000 = 100,000; /40 = 2,500
    const t = call("CLASSSIZE.COST", [[[60]], 30, 20, 50000, 50, 2000]);
    if (!isTableResult(t)) throw new Error(show(t));
    const nl = localizeTable(t, "nl");
    expect(nl[0]?.[2]).toBe("Wie betaalt, volgens Allers (2017)");
    expect(nl[5]).toEqual(["Personeelskosten per jaar", 50000, "volgens Allers (2017): Rijk"]);
    expect(nl[8]).toEqual(["Huisvestingslasten per jaar", 2500, "volgens Allers (2017): gemeente"]);
  });
});
