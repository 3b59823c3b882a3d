// `npm run bench` (entry part): what checking the arguments adds to a call.
// For every scalar function of the catalogue, in the same process and on the
// same example arguments:
// - bare: the formula alone, the function's compute on arguments checked beforehand;
// - validated: callFunction, the entry every host uses (checks, then compute);
// - Excel: the function Excel calls (functions/adapter.ts), arguments as Excel
//   passes them, result as the one-cell table the metadata declares.
// Goals (issue 10): ≥ 5,000,000 validated calls/s for the closed-form
// functions and ≤ 100 ns added per call over the bare formula.

import { isError } from "../src/core/errors";
import type { AnySpec } from "../src/core/spec";
import type { InArg } from "../src/core/types";
import { callFunction, validateArgs } from "../src/core/validate";
import { excelFunction } from "../functions/adapter";
import { exampleArgs } from "./examples";

type Print = (rows: string[][]) => void;
type PerSecond = (fn: () => void, minMs?: number) => number;

const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");
const addedNs = (rate: number, bare: number): string => (1e9 / rate - 1e9 / bare).toFixed(0);

/** Excel's view of an argument: a number or text as it is, an omitted one as null. */
function asExcel(a: InArg): unknown {
  return a === undefined ? null : a;
}

export function entryBench(specs: readonly AnySpec[], perSecond: PerSecond, print: Print): void {
  process.stdout.write("\nThe validated entry against the bare formula, calls/s and ns added per call (goals: ≥ 5,000,000 validated calls/s, ≤ 100 ns added).\n");
  process.stdout.write("bare = the function's compute on arguments checked beforehand; validated = callFunction; Excel = the function Excel calls.\n\n");
  const rows: string[][] = [["function", "bare calls/s", "validated calls/s", "+ns", "Excel calls/s", "+ns"]];
  const rt = { lang: () => "nl" as const, error: (code: string, message?: string) => ({ code, message }) };
  let sink = 0;
  const use = (r: unknown): void => {
    sink += typeof r === "number" ? r : 1;
  };
  let worstRate = Infinity;
  let worstNs = 0;
  for (const spec of specs) {
    if (spec.result !== "scalar") continue;
    const raw = exampleArgs(spec);
    const checked = validateArgs(spec, raw);
    if (isError(checked)) throw new Error(`${spec.id}: the example arguments do not pass the check`);
    const excel = excelFunction(spec, rt);
    const excelArgs = raw.map(asExcel);
    const bare = perSecond(() => use(spec.compute(checked as never)));
    const validated = perSecond(() => use(callFunction(spec, raw)));
    const inExcel = perSecond(() => use(excel(...excelArgs)));
    worstRate = Math.min(worstRate, validated);
    worstNs = Math.max(worstNs, 1e9 / validated - 1e9 / bare);
    rows.push([spec.id, fmt(bare), fmt(validated), addedNs(validated, bare), fmt(inExcel), addedNs(inExcel, bare)]);
  }
  if (sink === 0) process.stdout.write("(no work done)\n");
  print(rows);
  process.stdout.write(`\nSlowest validated entry: ${fmt(worstRate)} calls/s; most added: ${worstNs.toFixed(0)} ns per call.\n`);
}
