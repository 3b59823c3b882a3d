// Revolving funds (MODELS.md §1; essay, section "Innovatie"): a fund that lends
// where the market will not must expect losses, so "policy that costs nothing"
// is an illusion. Annual portfolio model, the whole capital lent out.

import { finite, label, noAnswer, table } from "../core/errors";
import type { OutCell, Result } from "../core/types";

export interface FundRates {
  readonly default_rate: number;
  readonly recovery_rate: number;
  readonly interest_rate: number;
  readonly cost_rate: number;
}

/** Growth factor per year; a negative factor means the fund is gone, so it counts as 0. */
export function growth(a: FundRates): number {
  const g = (1 - a.default_rate) * (1 + a.interest_rate) + a.default_rate * a.recovery_rate - a.cost_rate;
  return Math.max(0, g);
}

export function capital(a: FundRates & { capital: number; years: number }): Result {
  return finite(a.capital * growth(a) ** a.years);
}

export function lossRate(a: FundRates & { discount_rate: number }): Result {
  return finite(1 - growth(a) / (1 + a.discount_rate));
}

export function cost(a: FundRates & { capital: number; years: number; discount_rate: number }): Result {
  return finite(a.capital - (a.capital * growth(a) ** a.years) / (1 + a.discount_rate) ** a.years);
}

/**
 * The highest default rate at which the fund keeps its value at the discount
 * rate. A default rate is a share, so the answer is at most 1: when recoveries
 * make up for defaults (1 + r − rec ≤ 0) or the formula exceeds 1, every
 * default rate keeps the fund's value and the answer is 1 (contract version 2).
 */
export function breakEven(a: Omit<FundRates, "default_rate"> & { discount_rate: number }): Result {
  const margin = a.interest_rate - a.cost_rate - a.discount_rate;
  if (margin < 0) return noAnswer("noBreakEven", { value: margin });
  const denominator = 1 + a.interest_rate - a.recovery_rate;
  if (denominator <= 0) return 1;
  return finite(Math.min(1, margin / denominator));
}

export function annualDefault(a: { cumulative_default: number; loan_years: number }): Result {
  return finite(1 - (1 - a.cumulative_default) ** (1 / a.loan_years));
}

export const TABLE_HEADER = [
  "rev.year",
  "rev.start",
  "rev.interest",
  "rev.defaults",
  "rev.recoveries",
  "rev.costs",
  "rev.end",
  "rev.pv",
] as const;

export function fundTable(a: FundRates & { capital: number; years: number; discount_rate: number }): Result {
  const g = growth(a);
  const rows: OutCell[][] = [TABLE_HEADER.map(label)];
  let k = a.capital;
  for (let year = 1; year <= a.years; year++) {
    const end = k * g;
    const pv = end / (1 + a.discount_rate) ** year;
    rows.push([
      year,
      k,
      k * (1 - a.default_rate) * a.interest_rate,
      k * a.default_rate,
      k * a.default_rate * a.recovery_rate,
      k * a.cost_rate,
      end,
      pv,
    ]);
    k = end;
  }
  return table(rows);
}
