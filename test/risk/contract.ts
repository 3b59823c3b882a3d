// The risk functions' contract written out by hand (issue 13 and the README
// reference): names, argument order, defaults and ranges. It joins the models'
// contract (test/models/contract.ts), so the catalogue and bad-input tests
// probe every argument of these functions the same way.

import type { CFunc, CParam } from "../models/contract";
import { col } from "../models/helpers";

const p = (id: string, range: string, dflt?: number): CParam => (dflt === undefined ? { id, range } : { id, range, dflt });
const l = (id: string, range: string): CParam => ({ id, range, list: true });

const simulation = [l("probabilities", "[0,1]"), l("amounts", ">=0"), p("certainty", "(0,1)", 0.9), p("runs", "int[0,1000000]", 0), p("seed", "int[0,99999999]", 1), { id: "groups", range: "names", list: true, optional: true }];
// 2,000 runs keep the hundreds of probes quick; the default (automatic) is probed by the tests of defaults.
const register = [col(0.1, 0.3, 0.5, 0.7), col(250000, 100000, 40000, 80000), 0.9, 2000, 7, col("grond", "", "grond", "")];

export const RISK_CONTRACT: readonly CFunc[] = [
  { id: "RISK.CAPACITY", en: "RISK.CAPACITY", nl: "RISICO.CAPACITEIT", table: false, params: simulation, base: register },
  { id: "RISK.SIMULATE", en: "RISK.SIMULATE", nl: "RISICO.SIMULATIE", table: true, params: simulation, base: register },
  { id: "RISK.CONTRIBUTIONS", en: "RISK.CONTRIBUTIONS", nl: "RISICO.BIJDRAGEN", table: true, params: simulation, base: register },
  { id: "RISK.GRADE", en: "RISK.GRADE", nl: "RISICO.KLASSE", table: false, text: true, params: [p("ratio", ">=0")], base: [1.25] },
  {
    id: "RISK.TRIANGULAR", en: "RISK.TRIANGULAR", nl: "RISICO.DRIEHOEK", table: false,
    params: [p("minimum", "any"), p("most_likely", "any"), p("maximum", "any"), p("certainty", "[0,1]", 0.9)],
    base: [100000, 250000, 600000, 0.9],
  },
];
