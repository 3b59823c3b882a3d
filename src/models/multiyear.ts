// Any yearly euro amount laid out over the years of the meerjarenraming (the
// budget year and the three after it): in the prices of the year the amount
// was measured in (prijspeil), in the prices of each year after indexation,
// and as a present value in the budget year. A council reads a model's
// outcome the way it reads its own budget.

import { label, table } from "../core/errors";
import type { OutCell, Result } from "../core/types";

export const MULTIYEAR_HEADER = ["my.year", "my.constant", "my.current", "my.pv"] as const;

export function multiYear(a: { amount: number; budget_year: number; price_year: number; indexation: number; discount_rate: number; years: number }): Result {
  const rows: OutCell[][] = [MULTIYEAR_HEADER.map(label)];
  let constant = 0;
  let current = 0;
  let present = 0;
  for (let k = 0; k < a.years; k++) {
    const year = a.budget_year + k;
    const nominal = a.amount * (1 + a.indexation) ** (year - a.price_year);
    // The budget year itself is not discounted: its amounts are today's money.
    const pv = nominal / (1 + a.discount_rate) ** k;
    rows.push([year, a.amount, nominal, pv]);
    constant += a.amount;
    current += nominal;
    present += pv;
  }
  rows.push([label("my.total"), constant, current, present]);
  return table(rows);
}
