import type { AnySpec } from "../src/core/spec";
import type { InArg, InCell } from "../src/core/types";

/** The literal arguments of a catalogue example (numbers, "text" and {a;b} columns). */
export function exampleArgs(spec: AnySpec): InArg[] {
  const body = spec.example.slice(spec.example.indexOf("(") + 1, spec.example.lastIndexOf(")"));
  const out: InArg[] = [];
  let depth = 0;
  let cur = "";
  const push = () => {
    const t = cur.trim();
    cur = "";
    if (t === "") return out.push(undefined);
    if (t.startsWith("{")) return out.push(t.slice(1, -1).split(";").map((c): InCell[] => [cell(c)]));
    return out.push(cell(t));
  };
  for (const ch of body) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (ch === "," && depth === 0) push();
    else cur += ch;
  }
  push();
  return out;
}

function cell(s: string): InCell {
  const t = s.trim();
  return t.startsWith('"') ? t.slice(1, -1) : Number(t);
}
