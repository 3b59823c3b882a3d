// Local stimulus leakage (MODELS.md §6; essay, section "Wie doet wat?"): extra
// local spending leaks away at once, because much of it buys imported goods.

import { invalid } from "../core/errors";
import type { BLError, Result } from "../core/types";

interface Economy {
  readonly mpc: number;
  readonly import_share: number;
  readonly tax_rate: number;
}

function localMultiplier(a: Economy): number | BLError {
  const respent = a.mpc * (1 - a.tax_rate) * (1 - a.import_share);
  if (respent >= 1) return invalid("mpcBound", { arg: "mpc", value: respent });
  return (1 - a.import_share) / (1 - respent);
}

export function multiplier(a: Economy): Result {
  return localMultiplier(a);
}

export function leakage(a: Economy): Result {
  const m = localMultiplier(a);
  if (typeof m !== "number") return m;
  return 1 - m * (1 - a.mpc * (1 - a.tax_rate));
}
