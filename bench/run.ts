// `npm run bench`: speed of the BL functions. Every figure is a ratio against a
// baseline measured in the same process, so the machine's speed cancels out.

import { HyperFormula } from "hyperformula";
import { BLWorkbook } from "../engine";
import { CATALOGUE } from "../src/catalogue";
import { fullName, type AnySpec } from "../src/core/spec";
import type { InArg } from "../src/core/types";
import { callFunction } from "../src/core/validate";
import { blCall, native } from "./native";
import { exampleArgs } from "./examples";
import { checkLine, type LineInput } from "../src/levels";
import { generateLines } from "../test/helpers/lines";
import { devCorpusLines } from "../test/helpers/corpus-lines";
import { browserBench } from "./browser";
import { riskBench } from "./risk";
import { entryBench } from "./entry";
import { filesBench } from "./files";

function perSecond(fn: () => void, minMs = 300): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  // Batches of 1000 keep the clock out of the loop.
  while (now - start < minMs) {
    for (let i = 0; i < 1000; i++) fn();
    n += 1000;
    now = performance.now();
  }
  return (n / (now - start)) * 1000;
}

function fmt(x: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(x);
}

/**
 * Cells recalculated per second: the arguments sit in row 1, N formulas read
 * them with absolute references; changing the first argument recalculates all.
 */
function hfCellsPerSecond(args: readonly InArg[], formula: string, rows: number): number {
  const sheet: (number | string | null)[][] = [args.map((a) => (typeof a === "number" ? a : null))];
  for (let r = 0; r < rows; r++) sheet.push([formula]);
  const wb = new BLWorkbook({ S: sheet });
  const first = args[0] as number;
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    wb.hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[first * (1 + (k % 2) * 1e-9)]]);
    times.push(performance.now() - t0);
  }
  wb.destroy();
  times.sort((a, b) => a - b);
  return rows / ((times[3] as number) / 1000);
}

function main(): void {
  const only = process.argv.slice(2);
  process.stdout.write(`Begrotingslab benchmark — Node ${process.version}, HyperFormula ${HyperFormula.version}\n\n`);
  process.stdout.write("Closed-form functions: core calls/s (validation included), and in HyperFormula\n");
  process.stdout.write("cells recalculated/s for the BL function vs the same formula in native operators.\n\n");
  const head = ["function", "core calls/s", "HF BL cells/s", "HF native cells/s", "BL/native", "core/native"];
  const rows: string[][] = [head];
  const ROWS = 5000;
  // The risk functions are simulations, measured in their own section (bench/risk.ts).
  const closedForm = CATALOGUE.filter((s) => !s.id.startsWith("RISK."));
  for (const spec of closedForm) {
    if (only.length && !only.some((o) => spec.id.includes(o))) continue;
    const args = exampleArgs(spec);
    if (spec.result !== "scalar") continue;
    const core = perSecond(() => callFunction(spec, args));
    const nat = native(spec.id, 1);
    const scalarArgs = args.every((a) => typeof a === "number");
    if (!nat || !scalarArgs) {
      rows.push([spec.id, fmt(core), "", "", "", ""]);
      continue;
    }
    const bl = hfCellsPerSecond(args, blCall(fullName(spec, "en"), args.length, 1, true), ROWS);
    const nv = hfCellsPerSecond(args, native(spec.id, 1, true) as string, ROWS);
    rows.push([spec.id, fmt(core), fmt(bl), fmt(nv), (bl / nv).toFixed(2), (core / nv).toFixed(1)]);
  }
  printTable(rows);
  if (only.length === 0 || only.includes("entry")) entryBench(closedForm, perSecond, printTable);

  process.stdout.write("\nSpill tables: microseconds per call in the core (goal for a 50-row table: ≤ 20 µs).\n\n");
  const t: string[][] = [["function", "rows", "µs per call"]];
  for (const spec of closedForm.filter((s) => s.result === "table")) {
    if (only.length && !only.some((o) => spec.id.includes(o))) continue;
    const args = fiftyRows(spec, exampleArgs(spec));
    const result = callFunction(spec, args);
    const n = typeof result === "object" && result.kind === "table" ? result.rows.length - 1 : 0;
    const rate = perSecond(() => callFunction(spec, args));
    t.push([spec.id, String(n), (1e6 / rate).toFixed(2)]);
  }
  printTable(t);
  if (only.length === 0 || only.includes("levels")) levelCheck();
  if (only.length === 0 || only.includes("risk")) riskBench(printTable);
}

/**
 * Lines per second of the level check on realistic lines, against a bare pass
 * over the same lines that only lowercases them and strips their diacritics.
 */
function levelCheck(): void {
  process.stdout.write("\nLevel check: lines/s (goal ≥ 1,000,000) and time relative to lowercasing and stripping diacritics only (goal ≤ 5×).\n");
  process.stdout.write("The two are timed back to back, seven pairs, each timing at least 100,000 lines (passes over the set); the ratio is the median of the pairs' ratios (a load that comes and goes moves both).\n");
  process.stdout.write("\"published\": every description of the corpus' dev split, as governments published them.\n\n");
  const out: string[][] = [["lines", "check lines/s (best)", "bare lines/s (best)", "check/bare time (median of pairs)", "heap growth MB"]];
  const published = devCorpusLines();
  const sets: [string, LineInput[]][] = [
    [fmt(10_000), generateLines(10_000, 7)],
    [fmt(100_000), generateLines(100_000, 7)],
    // Generated lines repeat about a hundred phrases; the corpus' lines are as varied as real budgets.
    [`${fmt(published.length)} published`, published],
  ];
  for (const [name, lines] of sets) {
    const n = lines.length;
    let sink = 0;
    // A timing covers at least 100,000 lines (passes over a smaller set, the same for both),
    // so that a pause of the machine does not decide the ratio of two short passes.
    const passes = Math.ceil(100_000 / n);
    const time = (f: () => void) => {
      const t0 = performance.now();
      for (let p = 0; p < passes; p++) f();
      return (performance.now() - t0) / passes;
    };
    const bare = () => {
      for (const l of lines) sink += l.description.toLowerCase().normalize("NFD").replace(DIACRITICS, "").length;
    };
    const check = () => {
      for (const l of lines) sink += checkLine(l).confidence;
    };
    // Warm both before timing: the first pass compiles and fills the engine's word caches.
    bare();
    check();
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let bestBare = Infinity;
    let bestCheck = Infinity;
    const ratios: number[] = [];
    for (let k = 0; k < 7; k++) {
      const b = time(bare);
      const c = time(check);
      bestBare = Math.min(bestBare, b);
      bestCheck = Math.min(bestCheck, c);
      ratios.push(c / b);
    }
    const heap1 = process.memoryUsage().heapUsed;
    ratios.sort((a, b) => a - b);
    if (sink === 0) process.stdout.write("(no work done)\n");
    out.push([name, fmt((n / bestCheck) * 1000), fmt((n / bestBare) * 1000), (ratios[3] as number).toFixed(2), ((heap1 - heap0) / 1e6).toFixed(1)]);
  }
  printTable(out);
}

const DIACRITICS = /[\u0300-\u036f]/g;

/** Where a table's length is an argument, ask for 50 rows. */
function fiftyRows(spec: AnySpec, args: InArg[]): InArg[] {
  const i = spec.params.findIndex((p) => p.id === "years");
  if (i < 0) return args;
  const copy = [...args];
  while (copy.length <= i) copy.push(undefined);
  copy[i] = spec.id === "PARTICIPATION.PROJECT" || spec.id === "TAXMIGRATION.SPIRAL" ? 49 : 50;
  return copy;
}

function printTable(rows: string[][]): void {
  const w: number[] = [];
  for (const r of rows) r.forEach((c, j) => (w[j] = Math.max(w[j] ?? 0, c.length)));
  for (const r of rows) process.stdout.write(`${r.map((c, j) => (j === 0 ? c.padEnd(w[j] ?? 0) : c.padStart(w[j] ?? 0))).join("  ")}\n`);
}

main();
// Then the command line on large files (bench/files.ts; `npm run bench -- files` runs only this part),
// last the bundle sizes and the workbench in headless Chromium (bench/browser.ts; `npm run bench -- browser`).
async function afterwards(): Promise<void> {
  const onlyArgs = process.argv.slice(2);
  const parts: [string, () => Promise<void>][] = [
    ["files", () => filesBench(printTable)],
    ["browser", browserBench],
  ];
  for (const [name, part] of parts) {
    if (onlyArgs.length > 0 && !onlyArgs.includes(name)) continue;
    try {
      await part();
    } catch (e: unknown) {
      process.stderr.write(`${name} bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  }
}
void afterwards();
