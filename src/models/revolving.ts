// Revolving funds (MODELS.md §1; essay, section "Innovatie"): a fund that lends
// where the market will not must expect losses, so "policy that costs nothing"
// is an illusion. Annual portfolio model, the whole capital lent out.

import { div, finite, label, noAnswer, table } from "../core/errors";
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

export const COMPARE_ROWS = [
  "revc.money",
  "revc.writeDowns",
  "revc.costs",
  "revc.interest",
  "revc.budget",
  "revc.book",
  "revc.value",
  "revc.economic",
  "revc.perSubsidy",
  "revc.element",
] as const;

/**
 * The fund beside a plain subsidy with the same economic cost (essay,
 * Innovatie: "policy that costs nothing" is an illusion). The budget records
 * write-downs, management costs and interest received, nominally; the money
 * tied up in the fund could have saved interest at the municipality's own
 * financing rate, which the budget never shows. The economic cost is the
 * capital less the value of the loans at the horizon, discounted at that
 * rate; loans still outstanding are valued at what they bring back over their
 * remaining life (the fund's growth factor, discounted), so with a remaining
 * life of 0 they count at book value.
 */
export function compareWithSubsidy(
  a: FundRates & { capital: number; years: number; financing_rate: number; remaining_life: number },
): Result {
  const g = growth(a);
  const i = a.financing_rate;
  let k = a.capital;
  let writeDowns = 0;
  let costs = 0;
  let interest = 0;
  for (let t = 0; t < a.years; t++) {
    writeDowns += k * a.default_rate * (1 - a.recovery_rate);
    costs += k * a.cost_rate;
    interest += k * (1 - a.default_rate) * a.interest_rate;
    k *= g;
  }
  const value = k * (g / (1 + i)) ** a.remaining_life;
  const economic = a.capital - value / (1 + i) ** a.years;
  const budget = writeDowns + costs - interest;
  const fund: OutCell[] = [a.capital, writeDowns, costs, interest, budget, k, value, economic, div(a.capital, economic), div(economic, a.capital)];
  // A subsidy of the same economic cost: paid at once, shown in full, nothing left to value.
  const subsidy: OutCell[] = [economic, null, null, null, economic, 0, 0, economic, 1, 1];
  const rows: OutCell[][] = [[label("revc.item"), label("revc.fund"), label("revc.subsidy")]];
  COMPARE_ROWS.forEach((key, r) => rows.push([label(key), fund[r] ?? null, subsidy[r] ?? null]));
  return table(rows);
}
