// Exact distributions of registers of fixed amounts, for the reference tests:
// every combination of risks that happen, enumerated. Written here, not taken
// from src/, so the simulation is checked against an independent computation.

export interface Discrete {
  /** Distinct totals, ascending. */
  readonly values: number[];
  /** P(total ≤ values[i]). */
  readonly cdf: number[];
}

/**
 * Independent risks with fixed amounts: 2^n combinations (n ≤ 22), or, with
 * `groups`, risks of one group happening together. A group whose risks all
 * share one uniform u has |group| + 1 states: the risks with probability
 * above 1 − u happen, i.e. the k most likely ones.
 */
export function exactDistribution(ps: readonly number[], amounts: readonly number[], groups: readonly string[] = []): Discrete {
  // Each independent unit (a risk or a group) is a small discrete distribution.
  const units: { v: number; p: number }[][] = [];
  const byGroup = new Map<string, number[]>();
  ps.forEach((p, i) => {
    const g = groups[i] ?? "";
    if (g === "") units.push([{ v: 0, p: 1 - p }, { v: amounts[i] as number, p }]);
    else byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  });
  for (const members of byGroup.values()) {
    // Sorted by probability, most likely first: state k has the first k happening.
    const order = [...members].sort((a, b) => (ps[b] as number) - (ps[a] as number));
    const states: { v: number; p: number }[] = [];
    let total = 0;
    let prevP = 1;
    // P(exactly the first k) = p_k − p_{k+1}, with p_0 = 1 and p_{n+1} = 0
    for (let k = 0; k <= order.length; k++) {
      const next = k < order.length ? (ps[order[k] as number] as number) : 0;
      states.push({ v: total, p: prevP - next });
      if (k < order.length) total += amounts[order[k] as number] as number;
      prevP = next;
    }
    units.push(states);
  }
  // Convolution over a map of totals: exact for integers, and small registers stay small.
  let dist = new Map<number, number>([[0, 1]]);
  for (const u of units) {
    const next = new Map<number, number>();
    for (const [v, p] of dist) for (const s of u) if (s.p > 0) next.set(v + s.v, (next.get(v + s.v) ?? 0) + p * s.p);
    dist = next;
  }
  const values = [...dist.keys()].sort((a, b) => a - b);
  const cdf: number[] = [];
  let F = 0;
  for (const v of values) {
    F += dist.get(v) as number;
    cdf.push(F);
  }
  return { values, cdf };
}

/** Smallest total x with P(total ≤ x) ≥ c. */
export function exactQuantile(d: Discrete, c: number): number {
  // The cumulative sum may end a hair below 1; c is compared with that rounding in mind.
  const i = d.cdf.findIndex((F) => F >= c - 1e-12);
  return d.values[i < 0 ? d.values.length - 1 : i] as number;
}

/** Expected total above the c-quantile level, ∫_c^1 VaR_u du / (1 − c): the tail mean (TVaR). */
export function exactTailMean(d: Discrete, c: number): number {
  let acc = 0;
  let prev = 0;
  for (let i = 0; i < d.values.length; i++) {
    const F = d.cdf[i] as number;
    const lo = Math.max(prev, c);
    if (F > lo) acc += (F - lo) * (d.values[i] as number);
    prev = F;
  }
  return acc / (1 - c);
}
