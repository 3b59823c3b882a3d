import type { AnySpec } from "../src/core/spec";
import type { InArg } from "../src/core/types";
import { literalArgs } from "../test/helpers/literal";

/** The literal arguments of a catalogue example (numbers, "text" and {a;b} columns). */
export function exampleArgs(spec: AnySpec): InArg[] {
  return literalArgs(spec.example).args;
}
