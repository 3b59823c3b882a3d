// Participation ceilings (MODELS.md §4; essay, section "Productiviteit en
// participatie"): growth from more people working runs into a natural ceiling.

import { div, label, noAnswer, table } from "../core/errors";
import type { OutCell, Result } from "../core/types";

export function headroom(a: { population: number; current_rate: number; ceiling: number }): Result {
  return a.population * Math.max(0, a.ceiling - a.current_rate);
}

export function yearsToCeiling(a: { current_rate: number; ceiling: number; annual_increase: number }): Result {
  if (a.current_rate >= a.ceiling) return 0;
  if (a.annual_increase <= 0) return noAnswer("never", { arg: "annual_increase", value: a.annual_increase });
  return (a.ceiling - a.current_rate) / a.annual_increase;
}

/**
 * A group counts as at its ceiling within this tolerance: 0.50 + 0.005·36 is
 * 0.6799999999999999 in floating point, yet the group has reached 0.68.
 */
export const CEILING_TOLERANCE = 1e-9;

export const PROJECT_HEADER = ["part.year", "part.population", "part.employed", "part.rate", "part.atCeiling"] as const;

/** The rate of one group in year t: a group already at its ceiling stays where it is. */
export function rateAt(rateNow: number, ceiling: number, increase: number, t: number): number {
  if (rateNow >= ceiling) return rateNow;
  return Math.min(ceiling, Math.max(0, rateNow + increase * t));
}

export function project(a: {
  population_now: readonly number[];
  population_future: readonly number[];
  rate_now: readonly number[];
  ceiling: readonly number[];
  annual_increase: readonly number[];
  years: number;
}): Result {
  const rows: OutCell[][] = [PROJECT_HEADER.map(label)];
  for (let t = 0; t <= a.years; t++) {
    let population = 0;
    let employed = 0;
    let atCeiling = 0;
    a.population_now.forEach((now, g) => {
      const ceiling = a.ceiling[g] ?? 0;
      const pop = now + ((a.population_future[g] ?? 0) - now) * (t / a.years);
      const rate = rateAt(a.rate_now[g] ?? 0, ceiling, a.annual_increase[g] ?? 0, t);
      population += pop;
      employed += pop * rate;
      if (rate >= ceiling - CEILING_TOLERANCE) atCeiling++;
    });
    rows.push([t, population, employed, div(employed, population), atCeiling]);
  }
  return table(rows);
}
