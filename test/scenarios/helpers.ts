// Shared by the scenario tests: the expected outputs come from the core's
// callFunction on the catalogue, never from the scenario modules under test.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { specById } from "../../src/catalogue";
import { isError, isTable } from "../../src/core/errors";
import type { InArg } from "../../src/core/types";
import { callFunction } from "../../src/core/validate";
import type { ModelTemplate } from "../../src/scenarios/types";

export function tempDir(prefix = "bl-scen-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Each output as the core computes it, following the template's declared function and arguments. */
export function expectedOutputs(t: ModelTemplate, values: Readonly<Record<string, number>>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const o of t.outputs) {
    const spec = specById(o.fn);
    if (!spec) throw new Error(o.fn);
    const args: InArg[] = o.args.map((a) => (typeof a === "number" ? a : a in values ? (values[a] as number) : (out[a] as number)));
    const r = callFunction(spec, args);
    let v: number | string;
    if (isError(r)) v = r.code;
    else if (isTable(r)) {
      const c = r.rows[(o.pick?.row ?? 1) - 1]?.[(o.pick?.col ?? 1) - 1];
      v = typeof c === "number" ? c : isError(c) ? c.code : "?";
    } else v = typeof r === "number" ? r : "?";
    // `times` names an input, or an earlier output (a euro amount in the budget year's prices).
    if (o.times !== undefined && typeof v === "number") v *= (o.times in values ? values[o.times] : out[o.times]) as number;
    out[o.key] = v;
  }
  return out;
}

export function close(a: unknown, b: number, rel = 1e-9): boolean {
  return typeof a === "number" && Math.abs(a - b) <= (b === 0 ? 1e-12 : rel * Math.abs(b));
}

export function expectClose(a: unknown, b: number, what: string, rel = 1e-9): void {
  if (!close(a, b, rel)) throw new Error(`${what}: expected ${b}, got ${JSON.stringify(a)}`);
}
