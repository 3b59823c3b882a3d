// MODELS.md §1–7 written out by hand: names, argument order, defaults and ranges.
// The tests compare the catalogue against this and use these ranges (not the
// catalogue's) for the boundary and out-of-range probes.

import type { InArg, NumRange } from "../../src/core/types";
import { RISK_CONTRACT } from "../risk/contract";
import { col } from "./helpers";

export interface CParam {
  readonly id: string;
  /**
   * range notation: "[0,1]", "[0,1)", "(-1,1]", "(0,1]", ">=0", ">0", ">=1", "int>=0", "int>=1", "int[a,b]",
   * "pp[a,b]" (percentage points as a fraction, contract version 2), "any", "codes" (text only, contract
   * version 2), "names" (text or numbers: the risk functions' correlation groups), "?" (MODELS.md gives none)
   */
  readonly range: string;
  readonly dflt?: number;
  /** a range (or single cell) of values rather than one value */
  readonly list?: boolean;
  /** a range that may be left out (an empty list) */
  readonly optional?: boolean;
}

export interface CFunc {
  readonly id: string;
  readonly en: string;
  readonly nl: string;
  readonly params: readonly CParam[];
  readonly table: boolean;
  /** a scalar result that is text (a grade) rather than a number */
  readonly text?: boolean;
  /** a valid argument list with every argument given */
  readonly base: readonly InArg[];
}

const p = (id: string, range: string, dflt?: number): CParam => (dflt === undefined ? { id, range } : { id, range, dflt });
const l = (id: string, range: string): CParam => ({ id, range, list: true });

const share = (id: string, dflt?: number) => p(id, "[0,1]", dflt);
const rev = { rec: share("recovery_rate", 0), int: share("interest_rate", 0), cost: share("cost_rate", 0), disc: p("discount_rate", "(-1,1]", 0) };
const vveHead = [p("children", ">=0"), share("target_share"), p("cost_per_child", ">=0"), p("years", ">0", 1)];
const taxRate = (id: string, dflt?: number) => p(id, "[0,1)", dflt);
/** Contract version 2: the box-1 top rate 2024–2025. */
const NATIONAL = 0.495;
/** Contract version 2: ten percentage points a year at most. */
const INCREASE = "pp[-0.1,0.1]";
const stim = [share("mpc"), share("import_share"), share("tax_rate", 0)];

export const CONTRACT: readonly CFunc[] = [
  {
    id: "REVOLVING.CAPITAL", en: "REVOLVING.CAPITAL", nl: "REVOLVEREND.KAPITAAL", table: false,
    params: [p("capital", ">=0"), p("years", "int[0,1000]"), share("default_rate"), rev.rec, rev.int, rev.cost],
    base: [1000000, 10, 0.1, 0.2, 0.03, 0.01],
  },
  {
    id: "REVOLVING.LOSSRATE", en: "REVOLVING.LOSSRATE", nl: "REVOLVEREND.VERLIESVOET", table: false,
    params: [share("default_rate"), rev.rec, rev.int, rev.cost, rev.disc],
    base: [0.05, 0.3, 0.03, 0.01, 0.02],
  },
  {
    id: "REVOLVING.COST", en: "REVOLVING.COST", nl: "REVOLVEREND.KOSTEN", table: false,
    params: [p("capital", ">=0"), p("years", "int[0,1000]"), share("default_rate"), rev.rec, rev.int, rev.cost, rev.disc],
    base: [10000000, 10, 0.06, 0.2, 0.03, 0.01, 0.02],
  },
  {
    id: "REVOLVING.BREAKEVEN", en: "REVOLVING.BREAKEVEN", nl: "REVOLVEREND.OMSLAGPUNT", table: false,
    params: [rev.rec, rev.int, rev.cost, rev.disc],
    base: [0.3, 0.05, 0.01, 0.01],
  },
  {
    id: "REVOLVING.ANNUALDEFAULT", en: "REVOLVING.ANNUALDEFAULT", nl: "REVOLVEREND.JAARWANBETALING", table: false,
    params: [p("cumulative_default", "[0,1)"), p("loan_years", ">0")],
    base: [0.3, 5],
  },
  {
    id: "REVOLVING.TABLE", en: "REVOLVING.TABLE", nl: "REVOLVEREND.TABEL", table: true,
    params: [p("capital", ">=0"), p("years", "int[1,1000]"), share("default_rate"), rev.rec, rev.int, rev.cost, rev.disc],
    base: [1000000, 5, 0.08, 0.25, 0.04, 0.01, 0.02],
  },
  {
    id: "VVE.UNIVERSAL", en: "VVE.UNIVERSAL", nl: "VVE.ALGEMEEN", table: false,
    params: [...vveHead, share("takeup", 1)],
    base: [1200, 0.15, 8100, 1.5, 0.9],
  },
  {
    id: "VVE.TARGETED", en: "VVE.TARGETED", nl: "VVE.GERICHT", table: false,
    params: [...vveHead, share("takeup", 1), share("sensitivity", 1), share("false_positive_rate", 0), p("screening_cost", ">=0", 0)],
    base: [1200, 0.15, 8100, 1.5, 0.9, 0.85, 0.05, 40],
  },
  {
    id: "VVE.COMPARE", en: "VVE.COMPARE", nl: "VVE.VERGELIJK", table: true,
    params: [
      ...vveHead, share("takeup_universal", 1), share("takeup_targeted", 1), share("sensitivity", 1), share("false_positive_rate", 0),
      p("screening_cost", ">=0", 0), p("effect_target", "?", 1), p("effect_other", "?", 0),
    ],
    base: [1200, 0.15, 8100, 1.5, 0.9, 0.8, 0.85, 0.05, 40, 1, 0.1],
  },
  {
    id: "CLASSSIZE.GROUPS", en: "CLASSSIZE.GROUPS", nl: "KLASSEN.GROEPEN", table: false,
    params: [l("pupils", "int>=0"), p("max_class_size", "int>=1")],
    base: [col(57, 64, 49), 28],
  },
  {
    id: "CLASSSIZE.COST", en: "CLASSSIZE.COST", nl: "KLASSEN.KOSTEN", table: true,
    params: [
      l("pupils", "int>=0"), p("current_max", "int>=1"), p("target_max", "int>=1"), p("teacher_cost", ">=0"),
      p("classroom_m2", "?", 0), p("cost_per_m2", ">=0", 0), p("spare_classrooms", "?", 0), p("depreciation_years", ">=1", 40), share("interest_rate", 0),
    ],
    base: [col(57, 64, 49, 81), 30, 24, 85000, 60, 2847, 1, 40, 0.02],
  },
  {
    id: "PARTICIPATION.HEADROOM", en: "PARTICIPATION.HEADROOM", nl: "PARTICIPATIE.RUIMTE", table: false,
    params: [p("population", ">=0"), share("current_rate"), share("ceiling")],
    base: [42000, 0.64, 0.72],
  },
  {
    id: "PARTICIPATION.YEARS", en: "PARTICIPATION.YEARS", nl: "PARTICIPATIE.JAREN", table: false,
    params: [share("current_rate"), share("ceiling"), p("annual_increase", INCREASE)],
    base: [0.64, 0.72, 0.005],
  },
  {
    id: "PARTICIPATION.PROJECT", en: "PARTICIPATION.PROJECT", nl: "PARTICIPATIE.PROJECTIE", table: true,
    params: [l("population_now", ">=0"), l("population_future", ">=0"), l("rate_now", "[0,1]"), l("ceiling", "[0,1]"), l("annual_increase", INCREASE), p("years", "int[1,200]")],
    base: [col(40000, 41000, 18000), col(39000, 40500, 21000), col(0.73, 0.64, 0.25), col(0.8, 0.72, 0.35), col(0.002, 0.006, 0.01), 10],
  },
  {
    id: "TAXMIGRATION.STAYERS", en: "TAXMIGRATION.STAYERS", nl: "BELASTINGVLUCHT.BLIJVERS", table: false,
    params: [p("households", ">=0"), taxRate("local_rate"), taxRate("neighbour_rate"), p("elasticity", ">=0"), taxRate("national_rate", NATIONAL)],
    base: [5000, 0.05, 0.02, 1.8, 0.4],
  },
  {
    id: "TAXMIGRATION.REVENUE", en: "TAXMIGRATION.REVENUE", nl: "BELASTINGVLUCHT.OPBRENGST", table: false,
    params: [p("households", ">=0"), p("income", ">0"), taxRate("local_rate"), taxRate("neighbour_rate"), p("elasticity", ">=0"), taxRate("national_rate", NATIONAL)],
    base: [5000, 120000, 0.05, 0.02, 1.8, 0.4],
  },
  {
    id: "TAXMIGRATION.MAXRATE", en: "TAXMIGRATION.MAXRATE", nl: "BELASTINGVLUCHT.MAXTARIEF", table: false,
    params: [p("elasticity", ">=0"), taxRate("national_rate", NATIONAL)],
    base: [1.8, 0.4],
  },
  {
    id: "TAXMIGRATION.SPIRAL", en: "TAXMIGRATION.SPIRAL", nl: "BELASTINGVLUCHT.SPIRAAL", table: true,
    params: [
      p("rich", ">0"), p("poor", ">=0"), p("income_rich", ">0"), p("transfer", ">=0"), p("elasticity", ">=0"), p("years", "int[1,200]", 10),
      taxRate("national_rate", NATIONAL), taxRate("neighbour_rate", 0), p("adjustment", "(0,1]", 1), p("poor_elasticity", ">=0", 0), p("base_benefit", ">=0", 0),
    ],
    base: [2000, 3000, 100000, 3000, 2, 10, 0.4, 0.05, 0.5, 1, 10000],
  },
  {
    id: "STIMULUS.MULTIPLIER", en: "STIMULUS.MULTIPLIER", nl: "STIMULERING.MULTIPLIER", table: false,
    params: stim,
    base: [0.8, 0.6, 0.3],
  },
  {
    id: "STIMULUS.LEAKAGE", en: "STIMULUS.LEAKAGE", nl: "STIMULERING.WEGLEK", table: false,
    params: stim,
    base: [0.8, 0.6, 0.3],
  },
  {
    id: "AGGLOMERATION.PRODUCTIVITY", en: "AGGLOMERATION.PRODUCTIVITY", nl: "AGGLOMERATIE.PRODUCTIVITEIT", table: false,
    params: [p("wage_city", ">0"), p("wage_elsewhere", ">0"), share("sorting_share", 0.5)],
    base: [48000, 40000, 0.5],
  },
  {
    id: "VARIETY", en: "VARIETY", nl: "VARIETEIT", table: true,
    params: [l("employment", ">=0"), l("sector_codes", "codes"), p("group_digits", "?", 2)],
    base: [col(120, 80, 40, 300, 60), col("2511", "2562", "2822", "4711", "4719"), 2],
  },
  // The comparisons the essay's arguments need: not in MODELS.md but documented in its
  // style in the README reference (issue 14, item 4); written out here from that page.
  {
    id: "REVOLVING.COMPARE", en: "REVOLVING.COMPARE", nl: "REVOLVEREND.VERGELIJK", table: true,
    params: [p("capital", ">=0"), p("years", "int[0,1000]"), share("default_rate"), p("financing_rate", "(-1,1]"), rev.rec, rev.int, rev.cost, p("remaining_life", ">=0", 0)],
    base: [10000000, 10, 0.05, 0.025, 0.2, 0.03, 0.01, 3],
  },
  {
    id: "VVE.OPTIONS", en: "VVE.OPTIONS", nl: "VVE.VARIANTEN", table: true,
    params: [
      ...vveHead, share("takeup_universal", 1), share("takeup_targeted", 1), share("sensitivity", 1), share("false_positive_rate", 0),
      p("screening_cost", ">=0", 0), p("effect_target", ">=0", 1), p("effect_other", ">=0", 0), share("base_share", 0.625), p("grant", ">=0", 0), p("parent_contribution", ">=0", 0),
    ],
    base: [1000, 0.15, 8100, 1.5, 0.9, 0.77, 0.85, 0.05, 40, 1, 0.1, 0.625, 1500000, 500],
  },
  {
    id: "AGGLOMERATION.DENSITY", en: "AGGLOMERATION.DENSITY", nl: "AGGLOMERATIE.DICHTHEID", table: true,
    params: [p("density_now", ">0"), p("density_new", ">0"), p("wage_city", ">0"), p("wage_elsewhere", ">0"), share("density_elasticity", 0.048), share("sorting_share", 0.5)],
    base: [2000, 2400, 48000, 40000, 0.048, 0.5],
  },
  {
    id: "MULTIYEAR", en: "MULTIYEAR", nl: "MEERJARIG", table: true,
    params: [p("amount", "any"), p("budget_year", "int[1900,2200]"), p("price_year", "int[1900,2200]"), p("indexation", "(-1,1]", 0), p("discount_rate", "(-1,1]", 0), p("years", "int[1,50]", 4)],
    base: [250000, 2026, 2024, 0.025, 0.03, 4],
  },
  ...RISK_CONTRACT,
];

export function contractOf(id: string): CFunc {
  const f = CONTRACT.find((c) => c.id === id);
  if (!f) throw new Error(`no contract entry for ${id}`);
  return f;
}

/** The range a notation stands for; undefined for "any", "codes", "names" and "?". */
export function parseRange(n: string): NumRange | undefined {
  if (n === "any" || n === "codes" || n === "names" || n === "?") return undefined;
  const integer = n.startsWith("int");
  const s = integer ? n.slice(3) : n.startsWith("pp") ? n.slice(2) : n;
  const r: { min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean; integer?: boolean } = integer ? { integer: true } : {};
  const cmp = /^(>=|>)(-?[\d.]+)$/.exec(s);
  if (cmp) {
    r.min = Number(cmp[2]);
    if (cmp[1] === ">") r.minOpen = true;
    return r;
  }
  const iv = /^([[(])(-?[\d.]+),(-?[\d.]+)([\])])$/.exec(s);
  if (!iv) throw new Error(`bad range notation ${n}`);
  r.min = Number(iv[2]);
  r.max = Number(iv[3]);
  if (iv[1] === "(") r.minOpen = true;
  if (iv[4] === ")") r.maxOpen = true;
  return r;
}

/** A rate, share or probability (MODELS.md: fractions, with the "did you mean 30%?" hint). */
export function isFraction(n: string): boolean {
  if (isPoints(n)) return false;
  const r = parseRange(n);
  return r !== undefined && r.max !== undefined && r.max <= 1 && (r.min ?? 0) >= -1 && !r.integer;
}

/** A change in percentage points as a fraction (contract version 2: annual_increase). */
export function isPoints(n: string): boolean {
  return n.startsWith("pp");
}
