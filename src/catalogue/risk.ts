// The risk simulation behind the paragraaf weerstandsvermogen as spreadsheet
// functions. Same seed and run count, same answer in Excel, the embedded
// engine and the command line: all three call src/risk.

import { DIV0, invalid, isError, label, table } from "../core/errors";
import { defineFunction, type CodesParam, type NumbersParam, type RowsParam } from "../core/spec";
import type { BLError, OutCell, Result } from "../core/types";
import { gradeOf } from "../risk/grade";
import { simulate, type Risk, type Simulation } from "../risk/simulate";
import { triangularQuantile } from "../risk/distributions";
import { AMOUNT, CERTAINTY, DEFAULT_CERTAINTY, DEFAULT_SEED, PROBABILITY, RUNS, SEED } from "../risk/validate";
import { NON_NEGATIVE, num, share, SHARE } from "./params";

const basis = {
  en: "the *paragraaf weerstandsvermogen en risicobeheersing* of every Dutch budget: a Monte Carlo risk simulation at 90% certainty, graded on the scale of the Nederlands Adviesbureau voor Risicomanagement (docs/SOURCES.md).",
  nl: "de *paragraaf weerstandsvermogen en risicobeheersing* van elke begroting: een Monte-Carlo-risicosimulatie bij 90% zekerheid, beoordeeld op de schaal van het Nederlands Adviesbureau voor Risicomanagement (docs/SOURCES.md).",
};

const probabilities: NumbersParam<"probabilities"> = {
  id: "probabilities",
  nl: "kansen",
  type: "numbers",
  aligned: true,
  range: PROBABILITY,
  share: true,
  help: {
    en: "Probability that each risk happens, one cell per risk (10% or 0.1). Classes: zeer klein up to 10%, klein up to 30%, middel up to 50%, groot up to 70%, zeer groot above (docs/SOURCES.md); enter the percentage your register takes for each class.",
    nl: "Kans dat elk risico optreedt, één cel per risico (10% of 0,1). Klassen: zeer klein tot 10%, klein tot 30%, middel tot 50%, groot tot 70%, zeer groot daarboven (docs/SOURCES.md); vul het percentage in dat uw register per klasse aanhoudt.",
  },
};

const amounts: RowsParam<"amounts"> = {
  id: "amounts",
  nl: "bedragen",
  type: "rows",
  widths: [1, 3],
  aligned: true,
  range: AMOUNT,
  help: {
    en: "Financial effect of each risk if it happens, one row per risk: one column (a fixed amount), or three columns minimum, most likely, maximum (a triangular range). Any unit, as long as it is one unit: the result is in the same unit.",
    nl: "Financieel gevolg van elk risico als het optreedt, één rij per risico: één kolom (een vast bedrag), of drie kolommen minimum, meest waarschijnlijk, maximum (een driehoeksverdeling). Elke eenheid, als het er één is: de uitkomst is in dezelfde eenheid.",
  },
};

const certainty = share(
  "certainty",
  "zekerheid",
  {
    en: "Certainty level, above 0 and below 1. Default 0.9: Dutch budgets report the capacity at 90% certainty (docs/SOURCES.md).",
    nl: "Zekerheidsniveau, groter dan 0 en kleiner dan 1. Standaard 0,9: begrotingen geven de capaciteit bij 90% zekerheid (docs/SOURCES.md).",
  },
  DEFAULT_CERTAINTY,
  CERTAINTY,
);

const runs = num(
  "runs",
  "runs",
  {
    en: "Number of simulation runs, a whole number up to 1,000,000. Default 0: automatic, run until the result is stable to 0.5% (1.96 standard errors), at most 1,000,000 runs.",
    nl: "Aantal simulatieruns, een geheel getal tot en met 1.000.000. Standaard 0: automatisch, door tot de uitkomst stabiel is op 0,5% (1,96 standaardfouten), ten hoogste 1.000.000 runs.",
  },
  RUNS,
  { default: 0 },
);

const seed = num(
  "seed",
  "startgetal",
  {
    en: "Seed of the random numbers, a whole number from 0 to 99,999,999. The same seed gives the same result on every computer. Default 1.",
    nl: "Startgetal van de toevalsgetallen, een geheel getal van 0 tot en met 99.999.999. Hetzelfde startgetal geeft op elke computer dezelfde uitkomst. Standaard 1.",
  },
  SEED,
  { default: DEFAULT_SEED },
);

const groups: CodesParam<"groups"> = {
  id: "groups",
  nl: "groepen",
  type: "codes",
  aligned: true,
  optional: true,
  blanks: true,
  names: true,
  help: {
    en: "Correlation group of each risk (optional): risks with the same group happen together, the most likely whenever a less likely one does; an empty cell is an independent risk.",
    nl: "Correlatiegroep van elk risico (optioneel): risico's met dezelfde groep treden samen op, het waarschijnlijkste telkens als een minder waarschijnlijk risico optreedt; een lege cel is een onafhankelijk risico.",
  },
};

const simParams = [probabilities, amounts, certainty, runs, seed, groups] as const;

interface SimArgs {
  readonly probabilities: readonly number[];
  readonly amounts: readonly (readonly number[])[];
  readonly certainty: number;
  readonly runs: number;
  readonly seed: number;
  readonly groups: readonly string[];
}

function risksOf(a: SimArgs): Risk[] | BLError {
  const out: Risk[] = [];
  for (let i = 0; i < a.probabilities.length; i++) {
    const row = a.amounts[i] as readonly number[];
    const group = a.groups[i] ?? "";
    if (row.length === 1) {
      out.push({ probability: a.probabilities[i] as number, amount: { kind: "fixed", value: row[0] as number }, group });
      continue;
    }
    const [min, mode, max] = row as [number, number, number];
    if (!(min <= mode && mode <= max)) return invalid("threePoint", { arg: "amounts", index: i + 1, values: row });
    out.push({ probability: a.probabilities[i] as number, amount: { kind: "triangular", min, mode, max }, group });
  }
  return out;
}

// A cell of a workbook typically holds CAPACITY, SIMULATE and CONTRIBUTIONS on
// the same register: the last few simulations are kept so they run once.
// Results depend only on the arguments, so this changes no answer.
const recent = new Map<string, Simulation | BLError>();

/**
 * A cell recalculates with every change, so its automatic stop is capped lower than the
 * command line's: a register whose capacity sits where the stop can never be reached
 * (a capacity of 0 with a spread around it) would otherwise run a million draws per recalculation.
 */
const CELL_MAX_RUNS = 200_000;

function simulated(a: SimArgs): Simulation | BLError {
  const key = JSON.stringify([a.probabilities, a.amounts, a.groups, a.certainty, a.runs, a.seed]);
  const hit = recent.get(key);
  if (hit) return hit;
  const risks = risksOf(a);
  const result = isError(risks) ? risks : simulate(risks, { certainty: a.certainty, runs: a.runs, seed: a.seed, contributions: true, maxRuns: CELL_MAX_RUNS });
  if (recent.size >= 8) recent.delete(recent.keys().next().value as string);
  recent.set(key, result);
  return result;
}

function simulationTable(s: Simulation): Result {
  const rows: OutCell[][] = [
    [label("risk.item"), label("risk.value")],
    [label("risk.capacity"), s.capacity],
    [label("risk.certainty"), s.certainty],
    [label("risk.se"), s.standardError],
    [label("risk.sum"), s.sum],
    [label("risk.expected"), s.expected],
    [label("risk.p50"), s.p50],
    [label("risk.p90"), s.p90],
    [label("risk.p95"), s.p95],
    [label("risk.runs"), s.runs],
    [label("risk.seed"), s.seed],
  ];
  return table(rows);
}

function contributionTable(s: Simulation): Result {
  const rows: OutCell[][] = [[label("risk.risk"), label("risk.contribution"), label("risk.share")]];
  (s.contributions ?? []).forEach((c, i) => rows.push([i + 1, c, s.capacity > 0 ? c / s.capacity : DIV0]));
  // A register without risks still gets a body row, so the spill keeps its shape.
  if (rows.length === 1) rows.push([null, 0, DIV0]);
  return table(rows);
}

const point = (id: "minimum" | "most_likely" | "maximum", nl: string, en: string, nlHelp: string) => num(id, nl, { en, nl: nlHelp }, {});

export const RISK_FUNCTIONS = [
  defineFunction({
    id: "RISK.CAPACITY",
    name: { en: "RISK.CAPACITY", nl: "RISICO.CAPACITEIT" },
    description: {
      en: "Benodigde weerstandscapaciteit: the amount the simulated total of the risks stays at or below with the given certainty (smallest x with P(total ≤ x) ≥ certainty).",
      nl: "Benodigde weerstandscapaciteit: het bedrag waar het gesimuleerde totaal van de risico's met de gegeven zekerheid op of onder blijft (kleinste x met P(totaal ≤ x) ≥ zekerheid).",
    },
    basis,
    params: simParams,
    result: "scalar",
    example: "=BL.RISK.CAPACITY({0.1;0.3;0.5;0.7}, {250000;100000;40000;80000})",
    compute: (a) => {
      const s = simulated(a);
      return isError(s) ? s : s.capacity;
    },
  }),
  defineFunction({
    id: "RISK.SIMULATE",
    name: { en: "RISK.SIMULATE", nl: "RISICO.SIMULATIE" },
    description: {
      en: "The risk simulation in a table: capacity at the certainty with its standard error, the simple sum, the expected value, P50, P90, P95, runs and seed.",
      nl: "De risicosimulatie in een tabel: capaciteit bij de zekerheid met de standaardfout, de eenvoudige som, de verwachte waarde, P50, P90, P95, runs en startgetal.",
    },
    basis,
    params: simParams,
    result: "table",
    example: "=BL.RISK.SIMULATE({0.1;0.3;0.5;0.7}, {100000,250000,600000;100000,100000,100000;20000,40000,90000;80000,80000,80000}, 0.9, 20000, 7)",
    compute: (a) => {
      const s = simulated(a);
      return isError(s) ? s : simulationTable(s);
    },
  }),
  defineFunction({
    id: "RISK.CONTRIBUTIONS",
    name: { en: "RISK.CONTRIBUTIONS", nl: "RISICO.BIJDRAGEN" },
    description: {
      en: "Each risk's share of the capacity: its average loss in the runs whose total is at the capacity, scaled so the shares add up to it. One row per risk, to name the top risks in the paragraph.",
      nl: "Het aandeel van elk risico in de capaciteit: het gemiddelde verlies in de runs waarvan het totaal bij de capaciteit ligt, zo geschaald dat de aandelen optellen tot de capaciteit. Eén rij per risico, om de grootste risico's in de paragraaf te noemen.",
    },
    basis,
    params: simParams,
    result: "table",
    example: "=BL.RISK.CONTRIBUTIONS({0.1;0.3;0.5;0.7}, {250000;100000;40000;80000}, 0.9, 20000)",
    compute: (a) => {
      const s = simulated(a);
      return isError(s) ? s : contributionTable(s);
    },
  }),
  defineFunction({
    id: "RISK.GRADE",
    name: { en: "RISK.GRADE", nl: "RISICO.KLASSE" },
    description: {
      en: "Grade A–F of the ratio weerstandsvermogen (beschikbare / benodigde weerstandscapaciteit): A above 2.0, B from 1.4, C from 1.0, D from 0.8, E from 0.6, F below 0.6.",
      nl: "Klasse A–F van de ratio weerstandsvermogen (beschikbare / benodigde weerstandscapaciteit): A boven 2,0, B vanaf 1,4, C vanaf 1,0, D vanaf 0,8, E vanaf 0,6, F onder 0,6.",
    },
    basis,
    params: [
      num(
        "ratio",
        "ratio",
        {
          en: "Beschikbare divided by benodigde weerstandscapaciteit, at least 0. Each grade includes its lower bound: 1.0 is C (voldoende), 2.0 is B; A is above 2.0 (NAR scale, docs/SOURCES.md).",
          nl: "Beschikbare gedeeld door benodigde weerstandscapaciteit, ten minste 0. Elke klasse omvat haar ondergrens: 1,0 is C (voldoende), 2,0 is B; A is boven 2,0 (schaal van het NAR, docs/SOURCES.md).",
        },
        NON_NEGATIVE,
      ),
    ],
    result: "scalar",
    text: true,
    example: "=BL.RISK.GRADE(1.25)",
    compute: (a) => gradeOf(a.ratio),
  }),
  defineFunction({
    id: "RISK.TRIANGULAR",
    name: { en: "RISK.TRIANGULAR", nl: "RISICO.DRIEHOEK" },
    description: {
      en: "Percentile of a triangular range (minimum, most likely, maximum): the exact inverse of its distribution function.",
      nl: "Percentiel van een driehoeksverdeling (minimum, meest waarschijnlijk, maximum): de exacte inverse van de verdelingsfunctie.",
    },
    basis,
    params: [
      point("minimum", "minimum", "Lowest value of the range.", "Laagste waarde van de bandbreedte."),
      point("most_likely", "meest_waarschijnlijk", "Most likely value, from minimum to maximum.", "Meest waarschijnlijke waarde, van minimum tot en met maximum."),
      point("maximum", "maximum", "Highest value of the range, at least the most likely value.", "Hoogste waarde van de bandbreedte, ten minste de meest waarschijnlijke waarde."),
      share(
        "certainty",
        "zekerheid",
        { en: "Certainty from 0 to 1: 0.1 gives P10, 0.5 the median, 0.9 P90. Default 0.9.", nl: "Zekerheid van 0 tot en met 1: 0,1 geeft P10, 0,5 de mediaan, 0,9 P90. Standaard 0,9." },
        DEFAULT_CERTAINTY,
        SHARE,
      ),
    ],
    result: "scalar",
    example: "=BL.RISK.TRIANGULAR(100000, 250000, 600000, 0.9)",
    compute: (a) => {
      if (a.most_likely < a.minimum) return invalid("order", { arg: "most_likely", value: a.most_likely, other: "minimum", limit: a.minimum });
      if (a.maximum < a.most_likely) return invalid("order", { arg: "maximum", value: a.maximum, other: "most_likely", limit: a.most_likely });
      return triangularQuantile(a.minimum, a.most_likely, a.maximum, a.certainty);
    },
  }),
];
