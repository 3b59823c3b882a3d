// Tax migration (MODELS.md §5; essay, section "Wie doet wat?"): a city that
// taxes the rich to support the poor sees the rich move to a neighbour with
// lower rates, until only the poor remain.

import { div, invalid, label, table } from "../core/errors";
import type { BLError, OutCell, Result } from "../core/types";

interface Rates {
  readonly national_rate: number;
  readonly neighbour_rate: number;
}

/** Local rates are only meaningful while national plus local stays below 100%. */
function checkRate(arg: string, rate: number, national: number): BLError | undefined {
  if (national + rate >= 1) return invalid("rateSum", { arg, other: "national_rate", value: national + rate });
  return undefined;
}

function stayerFactor(local: number, a: Rates & { elasticity: number }): number {
  return ((1 - a.national_rate - local) / (1 - a.national_rate - a.neighbour_rate)) ** a.elasticity;
}

type StayerArgs = Rates & { households: number; local_rate: number; elasticity: number };

function checkedStayers(a: StayerArgs): number | BLError {
  const bad = checkRate("local_rate", a.local_rate, a.national_rate) ?? checkRate("neighbour_rate", a.neighbour_rate, a.national_rate);
  if (bad) return bad;
  // No households, no stayers, however strong the response (0 · ∞ would be NaN).
  return a.households === 0 ? 0 : a.households * stayerFactor(a.local_rate, a);
}

export function stayers(a: StayerArgs): Result {
  return checkedStayers(a);
}

export function revenue(a: StayerArgs & { income: number }): Result {
  const s = checkedStayers(a);
  if (typeof s !== "number") return s;
  return a.local_rate * a.income * s;
}

export function maxRate(a: { elasticity: number; national_rate: number }): Result {
  return (1 - a.national_rate) / (1 + a.elasticity);
}

export const SPIRAL_HEADER = ["tax.year", "tax.rich", "tax.poor", "tax.rate", "tax.perRich", "tax.status"] as const;

/** Contract version 2: "stable" hid a required rate climbing towards collapse, so the row says which way it moves. */
export type SpiralStatus = "start" | "rising" | "falling" | "steady" | "collapse";
export const SPIRAL_STATUSES: readonly SpiralStatus[] = ["start", "rising", "falling", "steady", "collapse"];
const STEADY = 1e-9;

function spiralStatus(t: number, rate: number, previous: number): Exclude<SpiralStatus, "collapse"> {
  if (t === 0) return "start";
  if (rate > previous + STEADY) return "rising";
  if (rate < previous - STEADY) return "falling";
  return "steady";
}

export interface SpiralArgs extends Rates {
  readonly rich: number;
  readonly poor: number;
  readonly income_rich: number;
  readonly transfer: number;
  readonly elasticity: number;
  readonly years: number;
  readonly adjustment: number;
  readonly poor_elasticity: number;
  readonly base_benefit: number;
}

export function spiral(a: SpiralArgs): Result {
  const bad = checkRate("neighbour_rate", a.neighbour_rate, a.national_rate);
  if (bad) return bad;
  if (a.poor_elasticity > 0 && a.base_benefit <= 0) {
    return invalid("basePositive", { arg: "base_benefit", other: "poor_elasticity", value: a.base_benefit });
  }
  const n = a.national_rate;
  // Generous schemes attract poor households; with no response the poor stay put.
  const poorTarget = a.poor_elasticity === 0 ? a.poor : a.poor * ((a.base_benefit + a.transfer) / a.base_benefit) ** a.poor_elasticity;
  const rows: OutCell[][] = [SPIRAL_HEADER.map(label)];
  let r = a.rich;
  let p = a.poor;
  let previous = 0;
  for (let t = 0; t <= a.years; t++) {
    const rate = div(a.transfer * p, a.income_rich * r);
    const collapse = typeof rate !== "number" || rate >= 1 - n || r < 1;
    const perRich = typeof rate === "number" ? rate * a.income_rich : rate;
    rows.push([t, r, p, rate, perRich, label(`tax.${collapse || typeof rate !== "number" ? "collapse" : spiralStatus(t, rate, previous)}`)]);
    if (collapse || typeof rate !== "number") break;
    previous = rate;
    const richTarget = a.rich * ((1 - n - rate) / (1 - n - a.neighbour_rate)) ** a.elasticity;
    r += a.adjustment * (richTarget - r);
    p += a.adjustment * (poorTarget - p);
  }
  return table(rows);
}
