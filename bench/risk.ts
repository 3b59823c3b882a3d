// The risk simulation's speed: risk draws per second (risks × runs) in the
// core, and a 100-risk register to a stable P90, each against a bare loop that
// only draws the same random numbers from the same generators (the
// Latin hypercube's offsets and swaps), so the ratio is the cost of
// everything the simulation adds: distributions, sums, sorting, the standard
// error and the stop. Goals: ≥ 2,000,000 draws/s; the 100-risk register
// stable in under 1 s. The ratio is the main figure: the benchmark usually runs
// on a machine shared with other work, where absolute times swing with the
// load and the ratio of two loops measured back to back much less.

import { cpus, loadavg } from "node:os";
import { isError } from "../src/core/errors";
import type { Amount } from "../src/risk/distributions";
import { Xoshiro128 } from "../src/risk/random";
import { batchSizes } from "../src/risk/sampler";
import { simulate, type Risk, type Simulation, type SimulationOptions } from "../src/risk/simulate";

/**
 * Draws exactly the random numbers the simulation draws for independent risks,
 * and adds them up. Plain loops and a local sum (a variable captured by a
 * closure would live in memory and slow the baseline, flattering the ratio).
 */
export function bareLoop(risks: number, runs: number, seed: number): number {
  const sizes = batchSizes(runs);
  let sink = 0;
  for (let b = 0; b < sizes.length; b++) {
    const n = sizes[b] as number;
    for (let j = 0; j < risks; j++) {
      const rng = Xoshiro128.fromSeed(seed, b, j);
      let s = 0;
      for (let i = 0; i < n; i++) s += rng.next();
      for (let i = n - 1; i > 0; i--) s += rng.below(i + 1);
      sink += s;
    }
  }
  return sink;
}

/** A register like a municipality's: fixed amounts, triangular and PERT ranges, the usual probability classes. */
export function register(count: number, mixed: boolean): Risk[] {
  const classes = [0.1, 0.3, 0.5, 0.7, 0.9];
  return Array.from({ length: count }, (_, i): Risk => {
    const base = 50_000 + ((i * 7919) % 40) * 25_000;
    const kind = mixed ? i % 3 : 0;
    const amount: Amount =
      kind === 0
        ? { kind: "fixed", value: base }
        : kind === 1
          ? { kind: "triangular", min: base * 0.5, mode: base, max: base * 2.5 }
          : { kind: "pert", min: base * 0.25, mode: base, max: base * 3 };
    return { probability: classes[i % classes.length] as number, amount };
  });
}

/** Many small chances of large losses: the register whose P90 takes the most runs to settle. */
export function rareRegister(count: number): Risk[] {
  return Array.from({ length: count }, (_, i): Risk => ({ probability: 0.02, amount: { kind: "fixed", value: 10_000 * (1 + ((i * 7919) % 100) / 100) } }));
}

interface Paired {
  /** Best time of each, in ms. */
  readonly core: number;
  readonly bare: number;
  /** Median over the pairs of core time / bare time: the main figure. */
  readonly ratio: number;
}

/**
 * Core and bare timed alternately, `repeat` pairs. The ratio is the median of
 * each pair's own ratio: a pair runs back to back, so a change in the machine's
 * load between pairs falls on both of its halves and cancels.
 */
function paired(core: () => void, bare: () => void, repeat: number): Paired {
  let tc = Infinity;
  let tb = Infinity;
  const ratios: number[] = [];
  for (let k = 0; k < repeat; k++) {
    let t0 = performance.now();
    core();
    const c = performance.now() - t0;
    t0 = performance.now();
    bare();
    const b = performance.now() - t0;
    tc = Math.min(tc, c);
    tb = Math.min(tb, b);
    ratios.push(c / b);
  }
  ratios.sort((x, y) => x - y);
  return { core: tc, bare: tb, ratio: ratios[Math.floor(ratios.length / 2)] as number };
}

function sim(risks: readonly Risk[], o: SimulationOptions): Simulation {
  const s = simulate(risks, o);
  if (isError(s)) throw new Error(`simulation failed: ${s.reason}`);
  return s;
}

const fmt = (x: number, digits = 0) => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);

const DRAWS_GOAL = 2_000_000;
const STABLE_GOAL_MS = 1000;

/** The machine's cores and load now: absolute times on a shared machine are read with these in mind. */
function machine(): string {
  const [one, five] = loadavg() as [number, number, number];
  return `${cpus().length} cores, load average ${one.toFixed(1)} (1 min) / ${five.toFixed(1)} (5 min)`;
}

const verdict = (met: boolean) => (met ? "met" : "NOT met");

export function riskBench(print: (rows: string[][]) => void): void {
  process.stdout.write("\nRisk simulation. Main figure: core/bare, the simulation's time over the time of a bare loop that only draws\n");
  process.stdout.write("the same random numbers, measured back to back in this run. Absolute figures depend on the machine and its\n");
  process.stdout.write(`load (${machine()}; when other work shares the cores they swing, the ratio much less).\n`);
  process.stdout.write(`Goals: ≥ ${fmt(DRAWS_GOAL)} risk draws/s (risks × runs) in the core; a 100-risk register to a stable P90 in < 1 s.\n\n`);
  const rows: string[][] = [["register", "runs", "core/bare (median of pairs)", "best core ms", "core draws/s", "best bare ms", "bare draws/s", "≥ 2M draws/s"]];
  let sink = 0;
  for (const [label, mixed] of [
    ["100 risks, fixed amounts", false],
    ["100 risks, fixed/triangular/PERT", true],
  ] as const) {
    const risks = register(100, mixed);
    const runs = 100_000;
    // Warm up both, so neither pays for compilation.
    // Many short calls first: a long loop met cold runs in on-stack-replaced
    // code, which for the bare loop was twice as slow as the optimised function.
    for (let k = 0; k < 30; k++) {
      sink += sim(risks, { runs: 1_000, seed: 2 + k }).capacity;
      sink += bareLoop(100, 1_000, 2 + k);
    }
    const { core, bare, ratio } = paired(
      () => (sink += sim(risks, { runs, seed: 1 }).capacity),
      () => (sink += bareLoop(100, runs, 1)),
      7,
    );
    const draws = 100 * runs;
    const rate = (draws / core) * 1000;
    rows.push([label, fmt(runs), ratio.toFixed(2), fmt(core, 1), fmt(rate), fmt(bare, 1), fmt((draws / bare) * 1000), verdict(rate >= DRAWS_GOAL)]);
  }
  print(rows);

  process.stdout.write("\n100-risk registers to a stable P90: automatic runs until 1.96 × standard error ≤ 0.5% (at least 10,000).\n");
  process.stdout.write("A register of rare risks has a lumpy total and needs more runs before its P90 settles.\n\n");
  const mixed = register(100, true);
  const rare = rareRegister(100);
  const stable: string[][] = [["register", "what", "runs", "core/bare (median of pairs)", "best ms", "best bare ms", "P90", "standard error", "< 1 s"]];
  for (const [name, risks, label, options] of [
    ["fixed/triangular/PERT", mixed, "P90", { seed: 1 }],
    ["fixed/triangular/PERT", mixed, "P90 + contributions", { seed: 1, contributions: true }],
    ["rare (2% each), fixed", rare, "P90", { seed: 1 }],
    ["rare (2% each), fixed", rare, "P90 + contributions", { seed: 1, contributions: true }],
  ] as const) {
    // The run count is the simulation's own choice: one run first tells the bare loop how many to draw.
    const done = sim(risks, options);
    const { core: t, bare, ratio } = paired(
      () => (sink += sim(risks, options).capacity),
      () => (sink += bareLoop(100, done.runs, 1)),
      7,
    );
    stable.push([name, label, fmt(done.runs), ratio.toFixed(2), fmt(t, 1), fmt(bare, 1), fmt(done.p90), fmt(done.standardError), verdict(done.converged && t < STABLE_GOAL_MS)]);
  }
  print(stable);
  if (sink === 0) process.stdout.write("(no work done)\n");
}
