// The risk simulation's speed: risk draws per second (risks × runs) in the
// core, and a 100-risk register to a stable P90, each against a bare loop that
// only draws the same random numbers from the same generators (the
// Latin hypercube's offsets and swaps), so the ratio is the cost of
// everything the simulation adds: distributions, sums, sorting, the standard
// error and the stop. Goals: ≥ 2,000,000 draws/s; the 100-risk register
// stable in under 1 s.

import { isError } from "../src/core/errors";
import type { Amount } from "../src/risk/distributions";
import { Xoshiro128 } from "../src/risk/random";
import { batchSizes } from "../src/risk/sampler";
import { simulate, type Risk, type Simulation, type SimulationOptions } from "../src/risk/simulate";

/** Draws exactly the random numbers the simulation draws for independent risks, and adds them up. */
export function bareLoop(risks: number, runs: number, seed: number): number {
  let sink = 0;
  batchSizes(runs).forEach((n, b) => {
    for (let j = 0; j < risks; j++) {
      const rng = Xoshiro128.fromSeed(seed, b, j);
      for (let i = 0; i < n; i++) sink += rng.next();
      for (let i = n - 1; i > 0; i--) sink += rng.below(i + 1);
    }
  });
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

function best(f: () => void, repeat = 5): number {
  let t = Infinity;
  for (let k = 0; k < repeat; k++) {
    const t0 = performance.now();
    f();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
}

function sim(risks: readonly Risk[], o: SimulationOptions): Simulation {
  const s = simulate(risks, o);
  if (isError(s)) throw new Error(`simulation failed: ${s.reason}`);
  return s;
}

const fmt = (x: number, digits = 0) => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);

export function riskBench(print: (rows: string[][]) => void): void {
  process.stdout.write("\nRisk simulation: risk draws/s (risks × runs) in the core against a bare loop drawing the same random numbers\n");
  process.stdout.write("(goal ≥ 2,000,000 draws/s), and a 100-risk register to a stable P90 (goal < 1 s).\n\n");
  const rows: string[][] = [["register", "runs", "core ms", "core draws/s", "bare ms", "bare draws/s", "core/bare time"]];
  let sink = 0;
  for (const [label, mixed] of [
    ["100 risks, fixed amounts", false],
    ["100 risks, fixed/triangular/PERT", true],
  ] as const) {
    const risks = register(100, mixed);
    const runs = 100_000;
    // Warm up both, so neither pays for compilation.
    sim(risks, { runs: 10_000, seed: 2 });
    sink += bareLoop(100, 10_000, 2);
    const core = best(() => {
      sink += sim(risks, { runs, seed: 1 }).capacity;
    });
    const bare = best(() => {
      sink += bareLoop(100, runs, 1);
    });
    const draws = 100 * runs;
    rows.push([label, fmt(runs), fmt(core, 1), fmt((draws / core) * 1000), fmt(bare, 1), fmt((draws / bare) * 1000), (core / bare).toFixed(2)]);
  }
  print(rows);

  process.stdout.write("\n100-risk register (fixed/triangular/PERT) to a stable P90: automatic runs until 1.96 × standard error ≤ 0.5%.\n\n");
  const risks = register(100, true);
  const stable: string[][] = [["what", "runs", "ms", "bare ms", "time/bare", "P90", "standard error"]];
  for (const [label, options] of [
    ["P90, stop at 0.5%", { seed: 1 }],
    ["P90 + contributions", { seed: 1, contributions: true }],
  ] as const) {
    let s: Simulation | undefined;
    const t = best(() => {
      s = sim(risks, options);
    });
    const done = s as Simulation;
    const bare = best(() => {
      sink += bareLoop(100, done.runs, 1);
    });
    stable.push([label, fmt(done.runs), fmt(t, 1), fmt(bare, 1), (t / bare).toFixed(2), fmt(done.p90), fmt(done.standardError)]);
  }
  print(stable);
  if (sink === 0) process.stdout.write("(no work done)\n");
}
