// The one catalogue of BL functions. Excel metadata, the embedded engine's
// plugin, argument validation and the README's reference are derived from it.

import type { AnySpec } from "../core/spec";
import { AGGLOMERATION } from "./agglomeration";
import { CLASSSIZE } from "./classsize";
import { PARTICIPATION } from "./participation";
import { REVOLVING } from "./revolving";
import { STIMULUS } from "./stimulus";
import { TAXMIGRATION } from "./taxmigration";
import { VVE } from "./vve";
import { LEVEL_FUNCTIONS } from "./levels";
import { MULTIYEAR } from "./multiyear";
import { RISK_FUNCTIONS } from "./risk";

export const CATALOGUE: readonly AnySpec[] = [
  ...REVOLVING,
  ...VVE,
  ...CLASSSIZE,
  ...PARTICIPATION,
  ...TAXMIGRATION,
  ...STIMULUS,
  ...AGGLOMERATION,
  ...MULTIYEAR,
  ...LEVEL_FUNCTIONS,
  ...RISK_FUNCTIONS,
];

const byId = new Map(CATALOGUE.map((s) => [s.id, s]));

export function specById(id: string): AnySpec | undefined {
  return byId.get(id);
}
