// Reads the literal arguments of a formula such as
// =BL.X(1, "a", {1;2}, , TRUE) into host-neutral values, so tests can call the
// core and the Excel adapter with exactly what a formula passes to the engine.

import type { InArg, InCell } from "../../src/core/types";

function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === "{")) depth++;
    if (!quoted && (ch === ")" || ch === "}")) depth--;
    if (!quoted && depth === 0 && ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function scalar(s: string): InCell {
  const t = s.trim();
  if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  if (t.toUpperCase() === "TRUE") return true;
  if (t.toUpperCase() === "FALSE") return false;
  const n = Number(t);
  if (t === "" || Number.isNaN(n)) throw new Error(`not a literal: ${s}`);
  return n;
}

export function literalArgs(formula: string): { name: string; args: InArg[] } {
  const m = /^=\s*([A-Z0-9.]+)\((.*)\)\s*$/is.exec(formula.trim());
  if (!m) throw new Error(`not a function call: ${formula}`);
  const body = m[2] as string;
  const args = body.trim() === "" ? [] : splitTop(body, ",").map((a): InArg => {
    const t = a.trim();
    if (t === "") return undefined;
    if (t.startsWith("{")) {
      // The same syntax as the engine: "," between columns, ";" between rows.
      return splitTop(t.slice(1, -1), ";").map((row) => splitTop(row, ",").map(scalar));
    }
    return scalar(t);
  });
  return { name: m[1] as string, args };
}
