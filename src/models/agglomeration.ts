// Agglomeration and economic structure (MODELS.md §7; essay, sections
// "Agglomeratie en clustering" and "Toenemende gevoeligheid voor internationale
// economische schokken"): part of the urban wage premium is sorting, and
// resilience is served by related variety.

import { div, invalid, label, table } from "../core/errors";
import type { OutCell, Result } from "../core/types";

export function productivity(a: { wage_city: number; wage_elsewhere: number; sorting_share: number }): Result {
  return (a.wage_city / a.wage_elsewhere) ** (1 - a.sorting_share) - 1;
}

function entropy(shares: Iterable<number>): number {
  let h = 0;
  // −p·log2(p), not p·log2(1/p): 1/p overflows for a vanishing share.
  for (const p of shares) if (p > 0) h -= p * Math.log2(p);
  return h;
}

export const VARIETY_ROWS = ["var.hhi", "var.total", "var.unrelated", "var.related"] as const;

export function variety(a: { employment: readonly number[]; sector_codes: readonly string[]; group_digits: number }): Result {
  // The same sector written twice ("01.1" and "011") is one sector.
  const bySector = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < a.employment.length; i++) {
    const code = (a.sector_codes[i] ?? "").replace(/\D/g, "");
    if (code === "") return invalid("noDigits", { arg: "sector_codes", index: i + 1, value: a.sector_codes[i] ?? "" });
    const e = a.employment[i] ?? 0;
    bySector.set(code, (bySector.get(code) ?? 0) + e);
    total += e;
  }
  if (!(total > 0)) return invalid("positiveTotal", { arg: "employment", value: total });

  const groups = new Map<string, number[]>();
  let hhi = 0;
  const shares: number[] = [];
  for (const [code, e] of bySector) {
    const p = e / total;
    shares.push(p);
    hhi += p * p;
    const g = code.slice(0, a.group_digits);
    const members = groups.get(g);
    if (members) members.push(p);
    else groups.set(g, [p]);
  }
  let unrelated = 0;
  let related = 0;
  for (const members of groups.values()) {
    const pg = members.reduce((s, p) => s + p, 0);
    if (pg <= 0) continue;
    unrelated -= pg * Math.log2(pg);
    related += pg * entropy(members.map((p) => p / pg));
  }
  const values = [hhi, entropy(shares), unrelated, related];
  return table([[label("var.item"), label("var.value")], ...VARIETY_ROWS.map((key, i) => [label(key), values[i] ?? null])]);
}

export const DENSITY_ROWS = ["dens.change", "dens.effect", "dens.premium", "dens.net", "dens.needed"] as const;

/**
 * What a change in density does to productivity (constant elasticity:
 * (D₁/D₀)^ε − 1), beside the city's wage premium before and after taking
 * out the sorting of productive workers, and the density multiple that would
 * be needed to produce that net premium through density alone.
 */
export function density(a: {
  density_now: number;
  density_new: number;
  wage_city: number;
  wage_elsewhere: number;
  density_elasticity: number;
  sorting_share: number;
}): Result {
  const ratio = a.density_new / a.density_now;
  const wages = a.wage_city / a.wage_elsewhere;
  // log form: (w_c/w_e)^((1 − s)/ε); #DIV/0! when density has no effect at all.
  const exponent = div((1 - a.sorting_share) * Math.log(wages), a.density_elasticity);
  const values: OutCell[] = [ratio - 1, ratio ** a.density_elasticity - 1, wages - 1, wages ** (1 - a.sorting_share) - 1, typeof exponent === "number" ? Math.exp(exponent) : exponent];
  return table([[label("dens.item"), label("dens.value")], ...DENSITY_ROWS.map((key, i) => [label(key), values[i] ?? null])]);
}
