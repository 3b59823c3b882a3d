// Parameter definitions used by more than one function, so each name, range and
// help text is written once.

import type { NumberParam } from "../core/spec";
import type { NumRange, Text } from "../core/types";

export const SHARE: NumRange = { min: 0, max: 1 };
export const NON_NEGATIVE: NumRange = { min: 0 };
export const POSITIVE: NumRange = { min: 0, minOpen: true };
/** A local tax rate: below 100%, and national plus local below 100% (checked in the model). */
export const TAX_RATE: NumRange = { min: 0, max: 1, maxOpen: true };

export function num<const Id extends string>(
  id: Id,
  nl: string,
  help: Text,
  range: NumRange,
  extra: { share?: boolean; points?: boolean; default?: number } = {},
): NumberParam<Id> {
  return { id, nl, help, type: "number", range, ...extra };
}

/** A fraction with the "did you mean 30%?" hint. */
export function share<const Id extends string>(id: Id, nl: string, help: Text, dflt?: number, range: NumRange = SHARE): NumberParam<Id> {
  return num(id, nl, help, range, dflt === undefined ? { share: true } : { share: true, default: dflt });
}
